"""Counting what a crawl met: failures by kind, skipped links, and the run's summary stats."""

from __future__ import annotations

import logging

PREFIX = "claimwatch/"


def failure_kind(exc: BaseException) -> str:
    """A short, stable name for why a request failed (the key in the run's `errors`)."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError

    name = type(exc).__name__
    message = str(exc).lower()
    if isinstance(exc, HttpError):
        status = exc.response.status
        return "http_4xx" if 400 <= status < 500 else "http_5xx" if status >= 500 else "http_other"
    if "max size" in message or "maxsize" in message or "exceeded download" in message:
        return "oversized"
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in message:
            return "robots"
        if "offsite" in message:
            return "offsite"
        if "redirect" in message:
            return "redirect_loop"
        return "ignored"
    if "timeout" in name.lower() or "timed out" in message:
        return "timeout"
    if "refused" in name.lower() or "refused" in message:
        return "connection_refused"
    if "dns" in name.lower() or "resolve" in name.lower():
        return "dns"
    return "download_failed"


# Kinds that are the crawler declining a request, not something going wrong.
SKIP_KINDS = {"robots", "offsite"}


class Tally:
    """Counts into Scrapy's stats collector, and logs each bad URL once."""

    def __init__(self, stats, logger: logging.Logger) -> None:
        self.stats = stats
        self.log = logger
        self._logged: set[tuple[str, str]] = set()

    def count(self, key: str, n: int = 1) -> None:
        self.stats.inc_value(PREFIX + key, n)

    def bad(self, kind: str, url: str, detail: str = "") -> None:
        """A bad input: counted under errors (or skipped), logged once with its URL."""
        group = "skipped" if kind in SKIP_KINDS else "errors"
        self.count(f"{group}/{kind}")
        if (kind, url) in self._logged:
            return
        self._logged.add((kind, url))
        level = logging.INFO if group == "skipped" else logging.WARNING
        self.log.log(level, "%s %s: %s%s", group[:-1], kind, url, f" ({detail})" if detail else "")


def summarize(scrapy_stats: dict) -> dict:
    """The run's stats as stored with the CrawlRun and returned to the caller."""
    ours = {k[len(PREFIX) :]: v for k, v in scrapy_stats.items() if k.startswith(PREFIX)}

    def group(name: str) -> dict[str, int]:
        prefix = name + "/"
        return {k[len(prefix) :]: v for k, v in sorted(ours.items()) if k.startswith(prefix)}

    start, finish = scrapy_stats.get("start_time"), scrapy_stats.get("finish_time")
    duration = scrapy_stats.get("elapsed_time_seconds")
    if duration is None and start and finish:
        duration = (finish - start).total_seconds()
    summary = {
        "requests": scrapy_stats.get("downloader/request_count", 0),
        "responses": scrapy_stats.get("downloader/response_count", 0),
        "links_found": ours.get("links_found", 0),
        "items": ours.get("items", 0),
        "new_items": ours.get("new_items", 0),
        "no_text": ours.get("no_text", 0),
        "errors": group("errors"),
        "skipped": group("skipped"),
        "sources": group("sources"),
        "bytes": scrapy_stats.get("downloader/response_bytes", 0),
        "duration": round(float(duration or 0.0), 3),
        "peak_memory_bytes": scrapy_stats.get("memusage/max", 0),
        "finish_reason": scrapy_stats.get("finish_reason", "unknown"),
    }
    for key in ("not_modified", "unchanged", "gone", "confirmed_live"):
        if key in ours:
            summary[key] = ours[key]
    return summary


class TalliedSpider:
    """Mixin giving a spider its `tally`, made on first use from its crawler's stats."""

    _tally: Tally | None = None

    @property
    def tally(self) -> Tally:
        if self._tally is None:
            self._tally = Tally(self.crawler.stats, logging.getLogger("claimwatch.spider"))
        return self._tally

    def tally_failure(self, failure) -> str:  # noqa: ANN001 - twisted Failure
        """Count and log a failed request once, under the URL it was listed as; its kind."""
        request = failure.request
        kind = failure_kind(failure.value)
        listed = (request.meta.get("redirect_urls") or [request.url])[0]
        role = request.meta.get("role", "")
        detail = f"{role}: {failure.value}" if role else str(failure.value)
        if listed != request.url:
            detail += f" at {request.url}"
        self.tally.bad(kind, listed, detail[:300])
        return kind
