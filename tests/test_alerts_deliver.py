"""Delivering the outbox against a real SMTP server and a real webhook receiver on loopback."""

from __future__ import annotations

import json
import logging
import threading
from datetime import timedelta

import pytest
from alerts_support import DETECTED, SmtpServer, Webhook, add_alert
from sqlalchemy import select

from alerts.deliver import deliver_pending
from claimwatch.store.db import session_scope
from claimwatch.store.models import Delivery

LATER = DETECTED + timedelta(minutes=1)


@pytest.fixture
def db_url(db_url, monkeypatch) -> str:
    """The shared store (SQLite and PostgreSQL) with no channel configured by the environment."""
    monkeypatch.delenv("CLAIMWATCH_EMAIL_TO", raising=False)
    monkeypatch.delenv("AIRFLOW_CONN_CLAIMWATCH_SLACK", raising=False)
    monkeypatch.delenv("AIRFLOW_CONN_CLAIMWATCH_SMTP", raising=False)
    return db_url


@pytest.fixture
def smtp(monkeypatch):
    server = SmtpServer("127.0.2.10").start()
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_SMTP", server.conn_json())
    yield server
    server.stop()


@pytest.fixture
def slack(monkeypatch):
    hook = Webhook("127.0.2.11").start()
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_SLACK", hook.conn_json())
    yield hook
    hook.stop()


@pytest.fixture
def jsonl(tmp_path, monkeypatch):
    path = tmp_path / "alerts.jsonl"
    monkeypatch.setenv("CLAIMWATCH_ALERTS_JSONL", str(path))
    return path


def statuses(db_url: str) -> dict[tuple[str, str], str]:
    with session_scope(db_url) as session:
        rows = session.scalars(select(Delivery)).all()
        return {(d.alert_id, d.channel): d.status for d in rows}


def delivery(db_url: str, alert_id: str, channel: str) -> Delivery:
    with session_scope(db_url) as session:
        return session.scalars(
            select(Delivery).where(Delivery.alert_id == alert_id, Delivery.channel == channel)
        ).one()


def test_an_alert_reaches_email_slack_and_jsonl_once(db_url, smtp, slack, jsonl):
    alert = add_alert(db_url, routing={"email_to": ["desk@example.org"]})

    summary = deliver_pending(db_url, run_id="run-1", now=LATER)

    assert summary == {
        "jsonl": {"delivered": 1},
        "email": {"delivered": 1},
        "slack": {"delivered": 1},
    }
    assert set(statuses(db_url).values()) == {"delivered"}
    ((mail_from, rcpt, message),) = smtp.messages
    assert rcpt == ["desk@example.org"]
    assert mail_from == "claimwatch@example.org"
    assert message["Subject"] == (
        "[claimwatch] RETRACTED: China sending special forces to Syria (gulfwire)"
    )
    assert message["Message-ID"] == f"<{alert}@claimwatch.invalid>"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert "not true that China is sending troops" in message.get_body(("plain",)).get_content()
    ((path, payload),) = slack.posts
    assert path == "/hook"
    assert payload["blocks"][0]["text"]["text"].startswith("RETRACTED: China sending")
    (line,) = jsonl.read_text().splitlines()
    record = json.loads(line)
    assert record["id"] == alert
    assert set(record) == {
        "id", "event", "story", "story_title", "outlet", "url", "title", "detected_at", "evidence",
    }  # fmt: skip
    assert record["detected_at"] == "2026-03-04T05:06:07Z"

    assert deliver_pending(db_url, run_id="run-2", now=LATER + timedelta(hours=1)) == {}
    assert len(smtp.messages) == 1 and len(slack.posts) == 1
    assert len(jsonl.read_text().splitlines()) == 1


def test_two_concurrent_runs_send_each_alert_once(db_url, smtp, slack, jsonl):
    ids = [
        add_alert(db_url, url=f"https://gulfwire.example/a/{i}", routing={"email_to": ["d@x.org"]})
        for i in range(6)
    ]
    barrier = threading.Barrier(2)
    results = []

    def run(name: str) -> None:
        barrier.wait()
        results.append(deliver_pending(db_url, run_id=name, now=LATER))

    threads = [threading.Thread(target=run, args=(f"t{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(smtp.messages) == 6
    assert sorted(m["Message-ID"] for _, _, m in smtp.messages) == sorted(
        f"<{i}@claimwatch.invalid>" for i in ids
    )
    assert len(slack.posts) == 6
    assert sorted(json.loads(line)["id"] for line in jsonl.read_text().splitlines()) == sorted(ids)
    delivered = sum(r.get("email", {}).get("delivered", 0) for r in results)
    assert delivered == 6
    assert set(statuses(db_url).values()) == {"delivered"}


def test_a_missing_connection_is_skipped_with_one_line_and_others_still_deliver(
    db_url, smtp, jsonl, caplog
):
    for i in range(3):
        add_alert(db_url, url=f"https://gulfwire.example/b/{i}", routing={"email_to": ["d@x.org"]})

    with caplog.at_level(logging.INFO, logger="claimwatch.alerts"):
        summary = deliver_pending(db_url, now=LATER)

    assert summary["slack"] == {"skipped": 3}
    assert summary["email"] == {"delivered": 3}
    assert summary["jsonl"] == {"delivered": 3}
    lines = [r.getMessage() for r in caplog.records if "claimwatch_slack" in r.getMessage()]
    assert lines == ["slack channel skipped for 3 alert(s) this run: "
                     "Airflow connection 'claimwatch_slack' is not defined"]  # fmt: skip


def test_jsonl_unset_and_no_recipients_are_skipped_visibly(db_url, smtp, slack, caplog):
    alert = add_alert(db_url)  # no email_to in the story, no CLAIMWATCH_EMAIL_TO

    with caplog.at_level(logging.INFO, logger="claimwatch.alerts"):
        summary = deliver_pending(db_url, now=LATER)

    assert summary == {"jsonl": {"skipped": 1}, "email": {"skipped": 1}, "slack": {"delivered": 1}}
    assert delivery(db_url, alert, "email").last_error == "no recipients"
    assert any("has no recipients" in r.getMessage() for r in caplog.records)
    assert smtp.messages == []


def test_default_recipients_come_from_claimwatch_email_to(db_url, smtp, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_EMAIL_TO", "a@example.org, b@example.org")
    add_alert(db_url, story="no-routing")
    add_alert(db_url, story="routed", url="https://x.example/r", routing={"email_to": ["r@x.org"]})

    deliver_pending(db_url, now=LATER)

    assert sorted(tuple(rcpt) for _, rcpt, _ in smtp.messages) == [
        ("a@example.org", "b@example.org"),
        ("r@x.org",),
    ]


def test_a_story_slack_channel_uses_its_own_webhook_connection(db_url, slack, monkeypatch):
    legal = Webhook("127.0.2.12").start()
    try:
        monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_SLACK_LEGAL_DESK", legal.conn_json("/legal"))
        add_alert(db_url, story="legal", routing={"slack_channel": "#legal-desk"})
        add_alert(db_url, story="other", url="https://x.example/o", routing={"slack_channel": "#x"})
        add_alert(db_url, story="plain", url="https://x.example/p")

        deliver_pending(db_url, now=LATER)

        assert [(path, p.get("channel")) for path, p in legal.posts] == [("/legal", None)]
        # no connection for #x: the default webhook, naming the channel (legacy webhooks obey)
        assert sorted((p.get("channel") or "") for _, p in slack.posts) == ["", "#x"]
    finally:
        legal.stop()


def test_a_digest_story_gets_one_message_per_run_per_channel(db_url, smtp, slack, jsonl):
    routing = {"email_to": ["d@x.org"], "digest": True}
    ids = [
        add_alert(
            db_url, story="digest", url=f"https://x.example/d/{i}", event=event, routing=routing
        )  # fmt: skip
        for i, event in enumerate(["picked_up", "reworded", "retracted"])
    ]
    single = add_alert(
        db_url, story="single", url="https://x.example/s", routing={"email_to": ["d@x.org"]}
    )  # noqa: E501

    summary = deliver_pending(db_url, now=LATER)

    assert summary["email"] == {"delivered": 4} and summary["slack"] == {"delivered": 4}
    assert len(smtp.messages) == 2
    subjects = sorted(m["Subject"] for _, _, m in smtp.messages)
    assert subjects[0].startswith("[claimwatch] RETRACTED:")
    assert subjects[1] == "[claimwatch] digest: 3 alerts, China sending special forces to Syria"
    digest_text = next(m for _, _, m in smtp.messages if "digest" in m["Subject"])
    plain = digest_text.get_body(("plain",)).get_content()
    assert all(i in plain for i in [x[:12] for x in ids]) and single[:12] not in plain
    assert len(slack.posts) == 2
    assert len(jsonl.read_text().splitlines()) == 4


def test_a_channel_failing_then_recovering_delivers_later(db_url, smtp, slack, jsonl):
    alert = add_alert(db_url, routing={"email_to": ["d@x.org"]})
    smtp.refuse = "451 4.3.0 mailbox busy, try later"
    slack.answers = [(500, {}, "internal error")]

    first = deliver_pending(db_url, now=LATER)

    assert first == {"jsonl": {"delivered": 1}, "email": {"pending": 1}, "slack": {"pending": 1}}
    email_row = delivery(db_url, alert, "email")
    assert email_row.attempts == 1 and "451" in email_row.last_error
    assert email_row.next_attempt_at is not None
    # not due yet: nothing is tried again
    assert deliver_pending(db_url, now=LATER + timedelta(seconds=10)) == {}
    smtp.refuse = None

    second = deliver_pending(db_url, now=LATER + timedelta(minutes=5))

    assert second == {"email": {"delivered": 1}, "slack": {"delivered": 1}}
    assert len(smtp.messages) == 1 and len(slack.posts) == 1 and slack.hits == 2
    assert len(jsonl.read_text().splitlines()) == 1


def test_connection_refused_leaves_alerts_pending(db_url, monkeypatch):
    refused = SmtpServer("127.0.2.13").start()
    conn = refused.conn_json()
    refused.stop()  # nothing listens on that port any more
    monkeypatch.setenv("AIRFLOW_CONN_CLAIMWATCH_SMTP", conn)
    monkeypatch.setenv("CLAIMWATCH_EMAIL_TO", "d@x.org")
    alert = add_alert(db_url)

    assert deliver_pending(db_url, now=LATER)["email"] == {"pending": 1}
    assert "ConnectionRefusedError" in delivery(db_url, alert, "email").last_error


def test_slack_429_honours_retry_after_and_holds_the_rest_of_the_run(db_url, slack):
    first = add_alert(db_url, url="https://x.example/1")
    second = add_alert(db_url, url="https://x.example/2")
    slack.answers = [(429, {"Retry-After": "900"}, "rate_limited")]

    summary = deliver_pending(db_url, now=LATER)

    assert summary["slack"] == {"pending": 1, "deferred": 1}
    assert slack.hits == 1
    row = delivery(db_url, first, "slack")
    assert row.status == "pending" and "429" in row.last_error
    assert row.next_attempt_at.replace(tzinfo=None) == (LATER + timedelta(seconds=900)).replace(
        tzinfo=None
    )
    # the back-off alone (1 minute) would allow a retry; Retry-After says 15 minutes
    assert deliver_pending(db_url, now=LATER + timedelta(minutes=5))["slack"] == {"delivered": 1}
    assert delivery(db_url, first, "slack").status == "pending"
    assert delivery(db_url, second, "slack").status == "delivered"
    assert deliver_pending(db_url, now=LATER + timedelta(minutes=16))["slack"] == {"delivered": 1}
    assert len(slack.posts) == 2


def test_after_max_attempts_a_delivery_is_failed_and_reported(db_url, slack, caplog):
    alert = add_alert(db_url)
    slack.answers = [(500, {}, "down")] * 3
    now = LATER
    for _ in range(3):
        deliver_pending(db_url, now=now, max_attempts=3)
        now += timedelta(hours=7)

    row = delivery(db_url, alert, "slack")
    assert (row.status, row.attempts) == ("failed", 3)
    with caplog.at_level(logging.WARNING, logger="claimwatch.alerts"):
        assert deliver_pending(db_url, now=now) == {}
    assert any("FAILED" in r.getMessage() for r in caplog.records)
    assert slack.hits == 3


def test_a_send_interrupted_before_its_mark_is_sent_again_after_the_lease(db_url, slack):
    """The crash window: claimed, maybe sent, never marked. At-least-once: it goes out again."""
    from alerts import outbox

    alert = add_alert(db_url)
    row = delivery(db_url, alert, "slack")
    with session_scope(db_url) as session:  # a run that claimed it, then died
        assert outbox.claim(session, [row.id], LATER) == [row.id]

    assert deliver_pending(db_url, now=LATER + timedelta(minutes=1)).get("slack") is None
    assert slack.posts == []  # the lease still holds: a task retry does not send it

    after = deliver_pending(db_url, now=LATER + outbox.LEASE + timedelta(seconds=1))

    assert after["slack"] == {"delivered": 1}
    assert len(slack.posts) == 1
    assert delivery(db_url, alert, "slack").attempts == 2


def test_jsonl_written_but_not_marked_is_not_written_again(db_url, jsonl):
    from alerts import outbox
    from alerts.channels import append_jsonl
    from alerts.record import AlertRecord

    alert = add_alert(db_url)
    row = delivery(db_url, alert, "jsonl")
    with session_scope(db_url) as session:  # a run that claimed it, wrote it, then died
        outbox.claim(session, [row.id], LATER)
        stored = outbox.due(session, "jsonl", LATER + outbox.LEASE * 2)[0].record
    append_jsonl(jsonl, [AlertRecord.to_dict(stored)])

    summary = deliver_pending(db_url, now=LATER + outbox.LEASE * 2)

    assert summary["jsonl"] == {"delivered": 1}
    assert len(jsonl.read_text().splitlines()) == 1
