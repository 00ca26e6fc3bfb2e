"""Scrapy item pipeline: extract each fetched page's text and store it with record_page."""

from __future__ import annotations

import dataclasses
import logging

from claimwatch.config.outlet import Selectors
from claimwatch.store.db import session_scope
from claimwatch.store.pages import Fetch, record_page
from pipelines.extract import Extracted, extract

log = logging.getLogger("claimwatch.store_items")
PREFIX = "claimwatch/"


def apply_selectors(html: str, selectors: Selectors | None) -> tuple[str, str | None]:
    """The HTML to extract from and a title override, when the outlet names its selectors."""
    if selectors is None or not (selectors.body or selectors.title):
        return html, None
    from parsel import Selector

    page = Selector(text=html)

    def pick(expr: str) -> list[str]:
        if expr.startswith("xpath:"):
            return page.xpath(expr.removeprefix("xpath:")).getall()
        return page.css(expr).getall()

    title = None
    if selectors.title:
        found = pick(selectors.title)
        if found:
            title = " ".join(Selector(text=found[0]).xpath("string()").get("").split()) or None
    if selectors.body:
        parts = pick(selectors.body)
        if parts:
            head = f"<title>{title}</title>" if title else ""
            body = "".join(parts)
            html = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    return html, title


def fetch_of(item, extracted: Extracted | None) -> Fetch:  # noqa: ANN001 - a PageItem
    canonical = item.canonical_url
    return Fetch(
        url=item.url,
        status=item.status,
        extracted=extracted,
        canonical_url=canonical,
        etag=item.etag,
        last_modified=item.last_modified,
        fetched_at=item.fetched_at,
    )


class StoreItemsPipeline:
    """Extract (outside the store's transaction), then record the page; count what happened."""

    def __init__(self, crawler) -> None:  # noqa: ANN001
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):  # noqa: ANN001, ANN206
        return cls(crawler)

    def open_spider(self) -> None:
        """Warm up before the first download: importing trafilatura and migrating the store
        block the reactor for a second or so, which would eat into requests' timeouts."""
        import trafilatura  # noqa: F401

        from claimwatch.store.db import engine

        engine(getattr(self.crawler.spider, "db_url", None))

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(PREFIX + key)

    def process_item(self, item):  # noqa: ANN001, ANN201
        spider = self.crawler.spider
        db_url = getattr(spider, "db_url", None)
        extracted = None
        if item.status == 200 and item.html:
            outlet = getattr(spider, "outlet", None)
            html, title = apply_selectors(item.html, getattr(outlet, "selectors", None))
            try:
                extracted = extract(html, item.fetched_url)
            except Exception as exc:  # noqa: BLE001 - one bad page never stops a crawl
                self._count("errors/extract_failed")
                log.warning("error extract_failed: %s (%s)", item.url, exc)
                return item
            if extracted is None:
                self._count("no_text")
                log.info("no article text: %s", item.url)
            else:
                self._count("items")
                if title:
                    extracted = dataclasses.replace(extracted, title=title)
        try:
            with session_scope(db_url) as session:
                version = record_page(session, fetch_of(item, extracted), item.outlet_id)
                version_id = version.id if version is not None else None
        except Exception as exc:  # noqa: BLE001 - counted, logged, and the crawl goes on
            self._count("errors/store_failed")
            log.error("error store_failed: %s (%s)", item.url, exc)
            return item
        if version_id is not None:
            self._count("new_items")
        elif item.status == 200 and extracted is not None:
            self._count("unchanged")
        results = getattr(spider, "results", None)
        if results is not None:
            results[item.url] = {"status": item.status, "version_id": version_id}
        return item
