"""The crawl process: `python -m spiders.run outlet|revisit ...`, started by spiders.crawl.

Runs one Scrapy crawl in this process (Twisted's reactor cannot restart), records the run's
stats in the store and writes them as JSON to --stats-out for the parent to read.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("claimwatch.spider")


QUIET_LOGGERS = ("alembic", "scrapy.middleware", "scrapy.addons", "scrapy.extensions.telnet")


def _run(spider_cls, scrapy_settings: dict, **spider_kwargs):  # noqa: ANN001, ANN202
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(settings=scrapy_settings)
    for name in QUIET_LOGGERS:  # start-up chatter, not what an operator reads a crawl log for
        logging.getLogger(name).setLevel(logging.WARNING)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **spider_kwargs)
    process.start()
    return crawler


def _finish(run_id: int | None, db_url: str, stats: dict, out: Path) -> int:
    from claimwatch.store.db import session_scope
    from spiders.bookkeeping import finish_run

    status = "ok" if stats.get("finish_reason") in ("finished", "closespider_timeout") else "failed"
    stats["status"] = status
    if run_id is not None:
        stats["run_id"] = run_id
        with session_scope(db_url) as session:
            finish_run(session, run_id, status, stats)
    out.write_text(json.dumps(stats, default=str), encoding="utf-8")
    return 0 if status == "ok" else 1


def crawl_outlet_here(args: argparse.Namespace) -> int:
    from claimwatch.config.loading import load_file
    from claimwatch.config.outlet import OutletConfig
    from spiders.outlet_spider import OutletSpider
    from spiders.politeness import scrapy_settings
    from spiders.tally import summarize

    outlet, problems = load_file(args.file, OutletConfig)
    if outlet is None:
        for problem in problems:
            log.error("%s", problem)
        return 2
    crawler = _run(
        OutletSpider,
        scrapy_settings(outlet.politeness, max_seconds=args.max_seconds),
        outlet=outlet,
        outlet_id=args.outlet_id,
        db_url=args.db_url,
    )
    stats = {"kind": "crawl", "outlet": outlet.name, **summarize(crawler.stats.get_stats())}
    return _finish(args.run_id, args.db_url, stats, args.stats_out)


def revisit_here(args: argparse.Namespace) -> int:
    from claimwatch.config.outlet import Politeness
    from spiders.politeness import scrapy_settings
    from spiders.revisit_spider import RevisitSpider
    from spiders.tally import summarize

    payload = json.loads(args.targets.read_text(encoding="utf-8"))
    politeness = Politeness.model_validate(payload.get("politeness") or {})
    crawler = _run(
        RevisitSpider,
        scrapy_settings(politeness, max_seconds=args.max_seconds),
        targets=payload["targets"],
        db_url=args.db_url,
    )
    stats = {"kind": "revisit", **summarize(crawler.stats.get_stats())}
    stats["pages"] = crawler.spider.results
    return _finish(args.run_id, args.db_url, stats, args.stats_out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m spiders.run")
    sub = parser.add_subparsers(dest="mode", required=True)
    for mode, func in (("outlet", crawl_outlet_here), ("revisit", revisit_here)):
        p = sub.add_parser(mode)
        if mode == "outlet":
            p.add_argument("--file", type=Path, required=True, help="the outlet YAML file")
            p.add_argument("--outlet-id", type=int, default=None)
        else:
            p.add_argument("--targets", type=Path, required=True, help="JSON: targets, politeness")
        p.add_argument("--db-url", required=True)
        p.add_argument("--run-id", type=int, default=None)
        p.add_argument("--stats-out", type=Path, required=True)
        p.add_argument("--max-seconds", type=float, default=None)
        p.set_defaults(func=func)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
