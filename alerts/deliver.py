"""Delivering the outbox: each pending alert to the JSONL file, email and Slack, once.

Exactly once where the sink allows it, at least once where it does not:
- JSONL: exactly once. The file is appended under a lock only with ids it does not hold yet.
- email and Slack: a delivery is claimed (status `sending`, lease in `next_attempt_at`) in its own
  committed transaction before the send, and marked delivered right after. A task retry, a re-run
  or a concurrent run skips claimed and delivered rows, so nothing is sent twice. If the process
  dies in the small window between the channel accepting a message and the mark, the lease expires
  and the message is sent again (logged as such): we chose at-least-once, because a lost
  retraction is worse for an analyst than a repeated one. Repeats are recognisable: an email keeps
  its Message-ID (mail clients fold duplicates), a Slack message its alert id.
A channel that is down or rate-limited leaves its rows pending for a later run (back-off, or the
channel's Retry-After); after MAX_ATTEMPTS they are failed, visible in the log and in
`claimwatch alerts`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from alerts import outbox
from alerts.channels import SLACK_CONN_ID, SMTP_CONN_ID, SendError, connection_defined
from alerts.outbox import DueDelivery
from claimwatch import settings
from claimwatch.store.db import session_scope

log = logging.getLogger("claimwatch.alerts")

SLACK_CHANNEL_CONN_PREFIX = "claimwatch_slack_"
_ADDRESS = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+$")


@dataclass
class _Unit:
    """What one send carries: one alert, or a run's digest for one destination."""

    rows: list[DueDelivery]
    destination: tuple


@dataclass
class _Run:
    db_url: str | None
    now: datetime
    max_attempts: int
    summary: dict[str, Counter] = field(default_factory=dict)
    defined: dict[str, bool] = field(default_factory=dict)

    def count(self, channel: str, status: str, n: int = 1) -> None:
        if n:
            self.summary.setdefault(channel, Counter())[status] += n

    def conn_defined(self, conn_id: str) -> bool:
        if conn_id not in self.defined:
            self.defined[conn_id] = connection_defined(conn_id)
        return self.defined[conn_id]


def _describe(row: DueDelivery) -> str:
    return f"alert {row.alert_id[:12]} ({row.record.story} {row.record.event} {row.record.url})"


def _due(run: _Run, channel: str) -> list[DueDelivery]:
    with session_scope(run.db_url) as session:
        return outbox.due(session, channel, run.now)


def _skip_all(run: _Run, channel: str, rows: Sequence[DueDelivery], reason: str) -> None:
    if not rows:
        return
    with session_scope(run.db_url) as session:
        n = outbox.skip(session, [r.id for r in rows], reason)
    run.count(channel, outbox.SKIPPED, n)
    log.warning("%s channel skipped for %d alert(s) this run: %s", channel, n, reason)


def _send_unit(
    run: _Run, channel: str, unit: _Unit, send: Callable[[list[DueDelivery]], str]
) -> SendError | None:
    """Claim, send, mark. Returns the SendError when the channel refused (for rate limits)."""
    with session_scope(run.db_url) as session:
        taken = set(outbox.claim(session, [r.id for r in unit.rows], run.now))
    rows = [r for r in unit.rows if r.id in taken]
    if not rows:
        return None  # another run has them
    for row in rows:
        if row.status == outbox.SENDING:
            log.warning(
                "%s: %s was interrupted during an earlier send (attempt %d): sending again, "
                "the recipients may see it twice",
                channel,
                _describe(row),
                row.attempts,
            )
    ids = [r.id for r in rows]
    try:
        what = send(rows)
    except Exception as exc:  # noqa: BLE001 - any channel trouble is a failed attempt, not a crash
        error = f"{type(exc).__name__}: {exc}"
        retry_after = exc.retry_after if isinstance(exc, SendError) else None
        with session_scope(run.db_url) as session:
            result = outbox.mark_failed_attempt(
                session, ids, run.now, error, retry_after=retry_after, max_attempts=run.max_attempts
            )
        for status, n in result.items():
            run.count(channel, status, n)
        log.warning(
            "%s: %d alert(s) not sent (%s); %d will be retried, %d failed for good",
            channel,
            len(ids),
            error[:300],
            result[outbox.PENDING],
            result[outbox.FAILED],
        )
        return exc if isinstance(exc, SendError) else SendError(error)
    with session_scope(run.db_url) as session:
        n = outbox.mark_delivered(session, ids, run.now)
    run.count(channel, outbox.DELIVERED, n)
    log.info("%s: delivered %s", channel, what)
    return None


# --- JSONL ---------------------------------------------------------------------------------


def _deliver_jsonl(run: _Run) -> None:
    from alerts.channels import append_jsonl

    rows = _due(run, "jsonl")
    path = settings.alerts_jsonl()
    if path is None:
        _skip_all(run, "jsonl", rows, "CLAIMWATCH_ALERTS_JSONL is not set")
        return
    if not rows:
        return

    def send(claimed: list[DueDelivery]) -> str:
        written = append_jsonl(path, [r.record.to_dict() for r in claimed])
        return f"{len(written)} alert(s) appended to {path} ({len(claimed) - len(written)} there)"

    _send_unit(run, "jsonl", _Unit(rows, (str(path),)), send)


# --- email ---------------------------------------------------------------------------------


def recipients_for(routing: dict) -> list[str]:
    """The story's `email_to`, else CLAIMWATCH_EMAIL_TO; anything not an address is dropped."""
    given = routing.get("email_to") or []
    if isinstance(given, str):
        given = [given]
    chosen = [str(a).strip() for a in given if str(a).strip()] or settings.default_email_to()
    good = [a for a in chosen if _ADDRESS.match(a)]
    for bad in set(chosen) - set(good):
        log.warning("email: ignoring %r: not an email address", bad[:100])
    return sorted(set(good))


def message_id(alert_ids: Sequence[str]) -> str:
    """Stable per alert (or digest), so a repeated send is recognisable as the same message."""
    import hashlib

    key = (
        alert_ids[0]
        if len(alert_ids) == 1
        else hashlib.sha256("\x00".join(sorted(alert_ids)).encode()).hexdigest()[:32]
    )
    return f"<{key}@claimwatch.invalid>"


def _deliver_email(run: _Run) -> None:
    from alerts.channels import send_email
    from alerts.render_email import render_email_digest

    rows = _due(run, "email")
    if not rows:
        return
    if not run.conn_defined(SMTP_CONN_ID):
        _skip_all(run, "email", rows, f"Airflow connection {SMTP_CONN_ID!r} is not defined")
        return
    units: list[_Unit] = []
    digests: dict[tuple, _Unit] = {}
    no_one: list[DueDelivery] = []
    for row in rows:
        to = tuple(recipients_for(row.routing))
        if not to:
            no_one.append(row)
        elif row.routing.get("digest"):
            digests.setdefault(to, _Unit([], to)).rows.append(row)
        else:
            units.append(_Unit([row], to))
    for row in no_one:
        log.warning(
            "email: %s has no recipients (story email_to and CLAIMWATCH_EMAIL_TO are empty): "
            "skipped",
            _describe(row),
        )
    if no_one:
        with session_scope(run.db_url) as session:
            run.count(
                "email",
                outbox.SKIPPED,
                outbox.skip(session, [r.id for r in no_one], "no recipients"),
            )
    for unit in [*units, *digests.values()]:

        def send(claimed: list[DueDelivery], to: tuple = unit.destination) -> str:
            records = [r.record for r in claimed]
            content = render_email_digest(records)  # one record: the single alert's email
            refused = send_email(content, to=to, message_id=message_id([r.id for r in records]))
            if refused:
                log.warning("email: refused by the server for %s: %s", list(refused), refused)
            return (
                f"{len(records)} alert(s) in one email to {len(to)} recipient(s): {content.subject}"
            )

        _send_unit(run, "email", unit, send)


# --- Slack ---------------------------------------------------------------------------------


def _channel_conn(channel: str) -> str:
    return SLACK_CHANNEL_CONN_PREFIX + re.sub(r"[^a-z0-9]+", "_", channel.lower()).strip("_")


def _slack_target(run: _Run, channel: str | None) -> tuple[str, str | None] | None:
    """(connection id, channel to name in the payload) or None when Slack is not configured.

    A story's `slack_channel` uses the connection `claimwatch_slack_<channel>` if there is one
    (an incoming webhook is bound to one channel); else the default webhook, naming the channel
    in the payload (honoured by legacy webhooks, ignored by Slack-app ones).
    """
    if channel:
        specific = _channel_conn(channel)
        if run.conn_defined(specific):
            return specific, None
    if run.conn_defined(SLACK_CONN_ID):
        return SLACK_CONN_ID, channel or None
    return None


def _deliver_slack(run: _Run) -> None:
    from alerts.channels import send_slack
    from alerts.render_slack import DIGEST_MAX_ALERTS, render_slack_digest

    rows = _due(run, "slack")
    if not rows:
        return
    units: list[_Unit] = []
    digests: dict[tuple, _Unit] = {}
    unconfigured: list[DueDelivery] = []
    for row in rows:
        wanted = row.routing.get("slack_channel")
        target = _slack_target(run, str(wanted) if wanted else None)
        if target is None:
            unconfigured.append(row)
        elif row.routing.get("digest"):
            digests.setdefault(target, _Unit([], target)).rows.append(row)
        else:
            units.append(_Unit([row], target))
    _skip_all(run, "slack", unconfigured, f"Airflow connection {SLACK_CONN_ID!r} is not defined")
    for digest in digests.values():  # Slack caps blocks per message: big digests go in parts
        for start in range(0, len(digest.rows), DIGEST_MAX_ALERTS):
            units.append(_Unit(digest.rows[start : start + DIGEST_MAX_ALERTS], digest.destination))
    limited: dict[str, datetime] = {}
    for unit in units:
        conn_id, channel = unit.destination
        if conn_id in limited:  # rate-limited a moment ago: do not hammer it this run
            run.count("slack", "deferred", len(unit.rows))
            continue

        def send(claimed: list[DueDelivery], conn_id: str = conn_id, channel=channel) -> str:  # noqa: ANN001
            records = [r.record for r in claimed]
            payload = render_slack_digest(records)  # one record: the single alert's message
            if channel:
                payload["channel"] = channel
            send_slack(payload, conn_id=conn_id)
            where = f"{conn_id}" + (f" {channel}" if channel else "")
            return f"{len(records)} alert(s) in one Slack message via {where}"

        error = _send_unit(run, "slack", unit, send)
        if error is not None and error.retry_after is not None:
            limited[conn_id] = run.now + timedelta(seconds=error.retry_after)
            log.warning(
                "slack: %s rate-limited us; retry after %.0f s, the rest waits for a later run",
                conn_id,
                error.retry_after,
            )


# --- the run -------------------------------------------------------------------------------


def _report(run: _Run) -> None:
    from sqlalchemy import select

    from claimwatch.store.models import Alert, Delivery

    with session_scope(run.db_url) as session:
        totals = outbox.counts(session)
        failed = session.execute(
            select(Delivery, Alert.record)
            .join(Alert, Alert.id == Delivery.alert_id)
            .where(Delivery.status == outbox.FAILED)
            .order_by(Delivery.id.desc())
            .limit(20)
        ).all()
    pending = sum(c.get(outbox.PENDING, 0) + c.get(outbox.SENDING, 0) for c in totals.values())
    n_failed = sum(c.get(outbox.FAILED, 0) for c in totals.values())
    if pending:
        log.info("outbox: %d delivery(ies) pending for a later run", pending)
    if n_failed:
        log.warning(
            "outbox: %d delivery(ies) FAILED; see `claimwatch alerts`, retry with "
            "`claimwatch alerts --retry`",
            n_failed,
        )
        for delivery, record in failed:
            log.warning(
                "  failed %s alert %s (%s %s) after %d attempts: %s",
                delivery.channel,
                delivery.alert_id[:12],
                (record or {}).get("story"),
                (record or {}).get("event"),
                delivery.attempts,
                (delivery.last_error or "")[:200],
            )


CHANNEL_RUNNERS = (("jsonl", _deliver_jsonl), ("email", _deliver_email), ("slack", _deliver_slack))


def deliver_pending(
    db_url: str | None = None,
    *,
    run_id: str | None = None,
    now: datetime | None = None,
    max_attempts: int = outbox.MAX_ATTEMPTS,
) -> dict:
    """Send every due delivery; returns {channel: {status: count}} for this run.

    Never raises for a channel's failure; safe to call again or concurrently (see module doc).
    `now` exists so tests can let time pass.
    """
    run = _Run(db_url, now or datetime.now(UTC), max_attempts)
    log.info("delivering alerts (run %s)", run_id or "ad hoc")
    with session_scope(db_url) as session:
        outbox.fail_exhausted_leases(session, run.now, max_attempts)
    for channel, runner in CHANNEL_RUNNERS:
        try:
            runner(run)
        except Exception:  # noqa: BLE001 - one channel's trouble must not stop the others
            log.exception(
                "%s: delivery run stopped by an unexpected error; rows stay pending", channel
            )
            run.count(channel, "error")
    try:
        _report(run)
    except Exception:  # noqa: BLE001
        log.exception("outbox: could not report its state")
    summary = {channel: dict(counter) for channel, counter in run.summary.items()}
    log.info("alert delivery summary: %s", summary or "nothing was due")
    return summary
