"""Scrapy settings from an outlet's politeness block: robots.txt, throttling, timeouts, retries."""

from __future__ import annotations

from claimwatch import settings
from claimwatch.config.outlet import Politeness

VERSION = "0.1"
MAX_REDIRECTS = 5
# Feeds and sitemaps may be far bigger than an article page (the sitemap protocol allows 50 MB).
LISTING_MAX_BYTES = 50_000_000


def user_agent() -> str:
    """Who we are and where a site owner can reach the operator."""
    return f"claimwatch/{VERSION} (+{settings.user_agent_contact()})"


def scrapy_settings(politeness: Politeness, *, max_seconds: float | None = None) -> dict:
    """The Scrapy settings that make a crawl polite (see README, "Politeness")."""
    delay = politeness.download_delay
    return {
        "USER_AGENT": user_agent(),
        "ROBOTSTXT_OBEY": politeness.obey_robots_txt,
        "ROBOTSTXT_USER_AGENT": "claimwatch",
        "DOWNLOAD_DELAY": delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if delay > 0 else 0.0,  # 0.5x-1.5x the delay
        "CONCURRENT_REQUESTS_PER_DOMAIN": politeness.concurrency,
        "CONCURRENT_REQUESTS": max(16, politeness.concurrency),
        "AUTOTHROTTLE_ENABLED": politeness.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(delay, 1.0),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": min(float(politeness.concurrency), 2.0),
        "DOWNLOAD_TIMEOUT": politeness.timeout,
        "RETRY_ENABLED": politeness.retries > 0,
        "RETRY_TIMES": politeness.retries,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "DOWNLOAD_MAXSIZE": politeness.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": MAX_REDIRECTS,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # no listening ports in a crawl process
        "HTTPCACHE_ENABLED": False,
        "CLOSESPIDER_TIMEOUT": max_seconds or 0,
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "%(levelname)s %(name)s: %(message)s",
        "LOG_STDOUT": False,
        "LOGSTATS_INTERVAL": 60.0,
        "ITEM_PIPELINES": {"pipelines.store_items.StoreItemsPipeline": 300},
    }
