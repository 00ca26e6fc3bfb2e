"""Operator notifications: failed tasks and silent outlets reach the operators' channels."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from alerts_support import SmtpServer, Webhook

from alerts.operator import OperatorNotifier, notify_operators


@pytest.fixture
def no_ops_channels(monkeypatch):
    for var in ("AIRFLOW_CONN_CLAIMWATCH_OPS_SLACK", "AIRFLOW_CONN_CLAIMWATCH_SMTP",
                "CLAIMWATCH_OPS_EMAIL_TO"):  # fmt: skip
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def ops_slack(monkeypatch, no_ops_channels):
    hook = Webhook("127.0.2.20").start()
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_OPS_SLACK", hook.conn_json("/ops"))
    yield hook
    hook.stop()


@pytest.fixture
def ops_mail(monkeypatch, no_ops_channels):
    server = SmtpServer("127.0.2.21").start()
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_SMTP", server.conn_json())
    monkeypatch.setenv("CLAIMWATCH_OPS_EMAIL_TO", "ops@example.org")
    yield server
    server.stop()


def test_a_silent_outlet_reaches_slack_and_email(ops_slack, ops_mail):
    notify_operators("[claimwatch] outlet gulfwire needs attention", "feed empty 3 runs in a row")

    ((path, payload),) = ops_slack.posts
    assert path == "/ops"
    assert payload["blocks"][0]["text"]["text"] == "[claimwatch] outlet gulfwire needs attention"
    assert payload["blocks"][1]["text"] == {
        "type": "plain_text", "text": "feed empty 3 runs in a row", "emoji": False,
    }  # fmt: skip
    ((_, rcpt, message),) = ops_mail.messages
    assert rcpt == ["ops@example.org"]
    assert message["Subject"] == "[claimwatch] outlet gulfwire needs attention"
    assert "feed empty 3 runs in a row" in message.get_body(("plain",)).get_content()


def test_with_no_channel_one_clear_line_is_logged(no_ops_channels, caplog):
    with caplog.at_level(logging.INFO, logger="claimwatch.alerts"):
        notify_operators("outlet x broke", "no text extracted")

    (line,) = [r.getMessage() for r in caplog.records]
    assert line.startswith("operators NOT notified")
    assert "claimwatch_ops_slack" in line and "CLAIMWATCH_OPS_EMAIL_TO" in line
    assert "outlet x broke | no text extracted" in line


def test_a_broken_channel_is_logged_and_never_raises(ops_slack, ops_mail, caplog):
    ops_slack.answers = [(500, {}, "down")]
    ops_mail.refuse = "554 5.7.1 no"

    with caplog.at_level(logging.ERROR, logger="claimwatch.alerts"):
        notify_operators("s", "t")

    assert len([r for r in caplog.records if "notification failed" in r.getMessage()]) == 2


def test_the_failure_callback_names_the_task_and_the_error(ops_slack):
    ti = SimpleNamespace(
        dag_id="watch_gulfwire", task_id="crawl", run_id="manual__1", try_number=3, map_index=-1,
        log_url="http://localhost:8080/log",
    )  # fmt: skip
    notifier = OperatorNotifier()

    notifier({"ti": ti, "exception": RuntimeError("<!channel> feed parse {{ boom }}")})

    ((_, payload),) = ops_slack.posts
    assert payload["blocks"][0]["text"]["text"] == "[claimwatch] task failed: watch_gulfwire.crawl"
    text = payload["blocks"][1]["text"]["text"]
    assert "Run:       manual__1" in text and "Try:       3" in text
    assert "RuntimeError: <!channel> feed parse {{ boom }}" in text  # literal plain_text
    assert payload["blocks"][1]["text"]["type"] == "plain_text"
