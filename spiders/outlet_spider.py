"""The one generic outlet spider: feeds, sitemaps and section pages in, new article pages out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

import scrapy

from claimwatch.config.outlet import OutletConfig
from claimwatch.store.db import session_scope
from spiders.bookkeeping import stored_urls
from spiders.decoding import media_type
from spiders.discovery import parse_listing, section_links
from spiders.politeness import LISTING_MAX_BYTES
from spiders.responses import decoded_page, header, page_item
from spiders.tally import TalliedSpider
from spiders.urls import normalize_url

MAX_INDEX_DEPTH = 3  # sitemap index -> index -> sitemap is as deep as real sites go


class OutletSpider(TalliedSpider, scrapy.Spider):
    """Crawl one outlet: list its articles, fetch those not stored yet, up to max_items."""

    name = "outlet"

    def __init__(
        self,
        outlet: OutletConfig,
        outlet_id: int | None = None,
        db_url: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(name=f"outlet_{outlet.name}", **kwargs)
        self.outlet = outlet
        self.outlet_id = outlet_id
        self.db_url = db_url
        self.allowed_domains = outlet.domains
        self.follow = [re.compile(p) for p in outlet.follow]
        self.queued: set[str] = set()
        self.budget = outlet.max_items

    async def start(self):
        for url in self.outlet.feeds:
            yield self._listing_request(url, "feed")
        for url in self.outlet.sitemaps:
            yield self._listing_request(url, "sitemap")
        for url in self.outlet.sections:
            yield scrapy.Request(
                url,
                callback=self.parse_section,
                errback=self.on_error,
                dont_filter=True,
                meta={"role": "section"},
            )

    def _listing_request(self, url: str, role: str, depth: int = 0) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_error,
            dont_filter=True,
            meta={"role": role, "depth": depth, "download_maxsize": LISTING_MAX_BYTES},
        )

    # --- listings --------------------------------------------------------------------------

    def parse_listing(self, response) -> Iterator[scrapy.Request]:  # noqa: ANN001
        listing = parse_listing(response.body, response.url)
        if listing.malformed:
            self.tally.bad("malformed_xml", response.url)
        if listing.kind in ("not_xml", "unknown"):
            if not listing.malformed:
                content_type = header(response, "Content-Type")
                self.tally.bad("not_a_feed", response.url, media_type(content_type))
            return
        self.tally.count(f"sources/{listing.kind}")
        if not listing.urls:
            self.tally.bad("empty_listing", response.url, listing.kind)
            return
        if listing.kind == "sitemap_index":
            depth = response.meta.get("depth", 0) + 1
            if depth > MAX_INDEX_DEPTH:
                self.tally.bad("sitemap_too_deep", response.url)
                return
            for url in listing.urls:
                if self._on_site(url):
                    yield self._listing_request(url, "sitemap", depth)
                else:
                    self.tally.bad("offsite", url)
            return
        yield from self.article_requests(listing.urls)

    def parse_section(self, response) -> Iterator[scrapy.Request]:  # noqa: ANN001
        decoded = decoded_page(response, self.tally)
        if decoded is None:
            return
        self.tally.count("sources/section")
        selectors = self.outlet.selectors
        links = section_links(
            decoded.text, response.url, self.follow, selectors.links if selectors else None
        )
        if not links:
            self.tally.bad("empty_listing", response.url, "section")
            return
        yield from self.article_requests(links)

    # --- articles --------------------------------------------------------------------------

    def _on_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def article_requests(self, urls: Iterable[str]) -> Iterator[scrapy.Request]:
        """Requests for the listed articles not stored yet and not queued in this run."""
        fresh: dict[str, str] = {}
        for url in urls:
            self.tally.count("links_found")
            norm = normalize_url(url)
            if norm in self.queued or norm in fresh:
                continue
            if not self._on_site(url):
                self.tally.bad("offsite", url)
                continue
            fresh[norm] = url
        if not fresh:
            return
        with session_scope(self.db_url) as session:
            seen = stored_urls(session, fresh)
        if seen:
            self.tally.count("skipped/seen", len(seen))
        for norm, url in fresh.items():
            if norm in seen:
                continue
            if self.budget <= 0:
                self.tally.count("skipped/over_max_items")
                continue
            self.budget -= 1
            self.queued.add(norm)
            yield scrapy.Request(
                url,
                callback=self.parse_article,
                errback=self.on_error,
                dont_filter=True,  # de-duplicated above, by normalised URL
                meta={"article_url": norm, "role": "article"},
            )

    def parse_article(self, response):  # noqa: ANN001
        item = page_item(
            response,
            response.meta["article_url"],
            self.tally,
            outlet=self.outlet.name,
            outlet_id=self.outlet_id,
        )
        if item is not None:
            yield item

    def on_error(self, failure) -> None:  # noqa: ANN001 - twisted Failure
        self.tally_failure(failure)
