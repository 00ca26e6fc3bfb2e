"""Re-fetching known pages with conditional requests; a 404/410 is confirmed before it counts."""

from __future__ import annotations

from datetime import UTC, datetime

import scrapy

from spiders.items import PageItem, kept_headers
from spiders.responses import page_item
from spiders.tally import TalliedSpider
from spiders.urls import normalize_url

GONE = (404, 410)


class RevisitSpider(TalliedSpider, scrapy.Spider):
    """Targets are dicts: url, etag, last_modified, outlet_id (see spiders.crawl.RevisitTarget)."""

    name = "revisit"
    handle_httpstatus_list = [304, *GONE]

    def __init__(self, targets: list[dict], db_url: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.targets = targets
        self.db_url = db_url
        self.results: dict[str, dict] = {}

    async def start(self):
        seen: set[str] = set()
        for target in self.targets:
            url = normalize_url(target["url"])
            if url in seen:
                continue
            seen.add(url)
            headers = {}
            if target.get("etag"):
                headers["If-None-Match"] = target["etag"]
            if target.get("last_modified"):
                headers["If-Modified-Since"] = target["last_modified"]
            yield scrapy.Request(
                target["url"],
                headers=headers,
                callback=self.parse_page,
                errback=self.on_error,
                dont_filter=True,
                meta={"target_url": url, "outlet_id": target.get("outlet_id")},
            )

    def parse_page(self, response):  # noqa: ANN001
        url, outlet_id = response.meta["target_url"], response.meta["outlet_id"]
        if response.status == 304:
            self.tally.count("not_modified")
            yield self._bare(response, url, outlet_id)
            return
        if response.status in GONE:
            if not response.meta.get("confirming"):
                # One 404 can be a deploy hiccup: ask again (no conditional headers) first.
                yield response.request.replace(
                    headers={},
                    dont_filter=True,
                    meta={**response.meta, "confirming": True},
                )
                return
            self.tally.count("gone")
            self.tally.log.info("gone (confirmed %d): %s", response.status, url)
            yield self._bare(response, url, outlet_id)
            return
        if response.meta.get("confirming"):
            self.tally.count("confirmed_live")
            self.tally.log.info("not gone after all (second answer %d): %s", response.status, url)
        item = page_item(response, url, self.tally, outlet_id=outlet_id)
        if item is not None:
            yield item
        else:
            self.results[url] = {"status": response.status, "version_id": None, "error": True}

    def _bare(self, response, url: str, outlet_id: int | None) -> PageItem:  # noqa: ANN001
        return PageItem(
            url=url,
            fetched_url=response.url,
            status=response.status,
            fetched_at=datetime.now(UTC),
            headers=kept_headers(response.headers),
            outlet_id=outlet_id,
        )

    def on_error(self, failure) -> None:  # noqa: ANN001 - twisted Failure
        kind = self.tally_failure(failure)
        url = failure.request.meta.get("target_url", failure.request.url)
        self.results[url] = {"status": None, "version_id": None, "error": kind}
