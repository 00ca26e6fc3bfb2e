"""Crawl throughput: pages per second for 2,000 loopback pages listed in a sitemap, and the
peak memory of the crawl process.

The bench outlet sets politeness to download_delay 0, autothrottle off and concurrency 8: the
defaults (1 s delay, AutoThrottle, 2 per domain) would measure the politeness, not the crawler.
Every page goes the whole way: download, charset decoding, trafilatura extraction, SQLite store.
"""

from __future__ import annotations

import logging
import resource
import tempfile
import time
from pathlib import Path

import yaml

PAGES = 2_000
HOST = "127.0.1.250"


def main() -> None:
    from spiders.crawl import crawl_outlet
    from spiders.loopback import LoopbackSite, Route, article_html, article_text, sitemap

    logging.getLogger("claimwatch.crawl").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp, LoopbackSite(HOST) as site:
        paths = [f"/news/{i:05d}" for i in range(PAGES)]
        for path in paths:
            site.routes[path] = Route(article_html(f"Story {path}", article_text(path, 5, 60)))
        site.routes["/sitemap.xml"] = Route(
            sitemap([site.url(p) for p in paths]), content_type="application/xml"
        )
        outlet = Path(tmp) / "bench.yaml"
        outlet.write_text(
            yaml.safe_dump(
                {
                    "name": "bench",
                    "sitemaps": [site.url("/sitemap.xml")],
                    "max_items": PAGES,
                    "politeness": {"download_delay": 0, "autothrottle": False, "concurrency": 8},
                }
            ),
            encoding="utf-8",
        )
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        stats = crawl_outlet(outlet, db_url)
        wall = time.perf_counter() - started
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

    fetched = stats["items"] + stats["no_text"]
    print(f"pages listed            {PAGES}")
    print(f"pages fetched, stored   {fetched}, new versions {stats['new_items']}")
    print(f"requests                {stats['requests']}  errors {stats['errors'] or 'none'}")
    print(f"crawl time (in spider)  {stats['duration']:.1f} s")
    print(f"wall time (with start)  {wall:.1f} s")
    print(f"pages per second        {fetched / stats['duration']:.1f} (spider)")
    print(f"                        {fetched / wall:.1f} (wall, incl. process start)")
    print(f"peak RSS crawl process  {peak_kib / 1024:.0f} MiB (getrusage RUSAGE_CHILDREN)")


if __name__ == "__main__":
    main()
