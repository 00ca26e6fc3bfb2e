"""`claimwatch alerts`: pending and failed deliveries for operators, and --retry."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from alerts_support import DETECTED, Webhook, add_alert

from alerts.cli import add_arguments
from alerts.deliver import deliver_pending


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(argv)
    return args.run(args)


def test_lists_failed_deliveries_and_retry_makes_them_pending(tmp_path, monkeypatch, capsys):
    db_url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("CLAIMWATCH_DB_URL", db_url)
    monkeypatch.delenv("CLAIMWATCH_ALERTS_JSONL", raising=False)
    monkeypatch.delenv("AIRFLOW_CONN_CLAIMWATCH_SMTP", raising=False)
    hook = Webhook("127.0.2.30").start()
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_SLACK", hook.conn_json())
    try:
        hook.answers = [(404, {}, "no_service")]
        alert = add_alert(db_url)
        deliver_pending(db_url, now=DETECTED, max_attempts=1)

        assert run_cli() == 0
        out = capsys.readouterr().out
        assert "slack  failed 1" in out
        assert "email  skipped 1" in out
        assert "no_service" in out and "china-forces" in out

        assert run_cli("--json", "--channel", "slack") == 0
        (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert (row["alert"], row["status"], row["attempts"]) == (alert, "failed", 1)

        assert run_cli("--retry") == 0
        assert "1 failed deliveries made pending" in capsys.readouterr().out
        summary = deliver_pending(db_url, now=DETECTED + timedelta(minutes=1), max_attempts=1)
        assert summary == {"slack": {"delivered": 1}}
        assert len(hook.posts) == 1
    finally:
        hook.stop()
