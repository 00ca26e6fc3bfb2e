"""An outlet that has silently broken reaches the operators' Slack channel."""

from __future__ import annotations

from alerts_support import Webhook

from claimwatch import tasks
from claimwatch.store.db import session_scope
from claimwatch.store.models import CrawlRun, Outlet


def add_runs(name: str, stats: list[dict]) -> None:
    with session_scope() as s:
        outlet = Outlet(name=name, title=name)
        s.add(outlet)
        s.flush()
        for run_stats in stats:
            s.add(CrawlRun(outlet_id=outlet.id, kind="crawl", status="ok", stats=run_stats))


def test_three_empty_crawls_notify_the_operators(sqlite_url, monkeypatch):
    hook = Webhook("127.0.3.50").start()
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_OPS_SLACK", hook.conn_json())
    try:
        add_runs("gulfwire", [{"items": 0, "links_found": 0}] * 3)
        add_runs("healthy", [{"items": 0, "links_found": 0}] * 2 + [{"items": 3}])
        assert tasks.check_outlet_health("healthy") == []
        assert hook.posts == []
        (problem,) = tasks.check_outlet_health("gulfwire")
        assert "gulfwire" in problem
        ((_, payload),) = hook.posts
        assert "gulfwire" in str(payload)
    finally:
        hook.stop()
