"""The durable outbox: alerts are written with their match and delivered per channel later.

A delivery row moves pending -> sending (claimed, with a lease in `next_attempt_at`) -> delivered,
or back to pending (with a back-off or the channel's Retry-After in `next_attempt_at`), or to
failed after MAX_ATTEMPTS claims, or to skipped (channel not configured, no recipients). Every
move is a compare-and-set UPDATE in its own short transaction, so two runs (task retries,
concurrent DAGs, two threads) never both claim a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from alerts.record import AlertRecord
from claimwatch.store.models import Alert, Delivery, Match, Story

CHANNELS = ("jsonl", "email", "slack")
PENDING, SENDING, DELIVERED, FAILED, SKIPPED = (
    "pending",
    "sending",
    "delivered",
    "failed",
    "skipped",
)
MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=10)  # longer than any send can take (SMTP and Slack time out sooner)
BACKOFF_BASE_S = 60
BACKOFF_MAX_S = 6 * 3600


@dataclass(frozen=True)
class DueDelivery:
    """A delivery that may be attempted now, with what its channel needs to send it."""

    id: int
    alert_id: str
    channel: str
    status: str
    attempts: int
    record: AlertRecord
    routing: dict


def enqueue(session: Session, record: AlertRecord, match_id: int) -> Alert:
    """Add the alert and one pending delivery per channel, in the caller's transaction.

    Routing is not copied here: it is read from the story at delivery time, so a corrected
    recipient list applies to alerts still pending.
    """
    alert = Alert(id=record.id, match_id=match_id, record=record.to_dict())
    session.add(alert)
    for channel in CHANNELS:
        session.add(Delivery(alert_id=record.id, channel=channel))
    session.flush()
    return alert


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, ... minutes after the 1st, 2nd, 3rd failed attempt, at most 6 hours."""
    return timedelta(seconds=min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_MAX_S))


def _claimable(now: datetime):  # noqa: ANN202
    return or_(
        and_(
            Delivery.status == PENDING,
            or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now),
        ),
        and_(Delivery.status == SENDING, Delivery.next_attempt_at <= now),  # lease expired
    )


def due(session: Session, channel: str, now: datetime, limit: int = 500) -> list[DueDelivery]:
    """Deliveries of a channel that may be attempted now, oldest alert first."""
    rows = session.execute(
        select(Delivery, Alert.record, Story.routing)
        .join(Alert, Alert.id == Delivery.alert_id)
        .outerjoin(Match, Match.id == Alert.match_id)
        .outerjoin(Story, Story.id == Match.story_id)
        .where(Delivery.channel == channel, _claimable(now))
        .order_by(Alert.created_at, Delivery.id)
        .limit(limit)
    ).all()
    return [
        DueDelivery(
            id=d.id,
            alert_id=d.alert_id,
            channel=d.channel,
            status=d.status,
            attempts=d.attempts,
            record=AlertRecord.from_dict(record or {}),
            routing=dict(routing or {}),
        )
        for d, record, routing in rows
    ]


def claim(session: Session, ids: Iterable[int], now: datetime) -> list[int]:
    """Take the rows still claimable for this run (pending, or sending with an expired lease)."""
    wanted = list(ids)
    if not wanted:
        return []
    taken = session.scalars(
        update(Delivery)
        .where(Delivery.id.in_(wanted), _claimable(now))
        .values(status=SENDING, attempts=Delivery.attempts + 1, next_attempt_at=now + LEASE)
        .returning(Delivery.id)
        .execution_options(synchronize_session=False)
    ).all()
    order = {delivery_id: n for n, delivery_id in enumerate(wanted)}
    return sorted(taken, key=order.__getitem__)


def _set(session: Session, ids: Sequence[int], only: str, **values: object) -> int:
    if not ids:
        return 0
    result = session.execute(
        update(Delivery)
        .where(Delivery.id.in_(list(ids)), Delivery.status == only)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def mark_delivered(session: Session, ids: Sequence[int], now: datetime) -> int:
    return _set(
        session, ids, SENDING, status=DELIVERED, delivered_at=now, next_attempt_at=None,
        last_error=None,
    )  # fmt: skip


def mark_failed_attempt(
    session: Session,
    ids: Sequence[int],
    now: datetime,
    error: str,
    *,
    retry_after: float | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> dict[str, int]:
    """Back to pending for a later try (honouring Retry-After), or failed after max_attempts.

    Rows that land in the same state are written by one UPDATE (a digest's rows share their
    attempt count, so this is one or two statements however many alerts it holds)."""
    groups: dict[tuple[str, datetime | None], list[int]] = {}
    for delivery in session.scalars(select(Delivery).where(Delivery.id.in_(list(ids)))):
        if delivery.status != SENDING:
            continue
        if delivery.attempts >= max_attempts:
            status, next_at = FAILED, None
        else:
            wait = backoff(delivery.attempts)
            if retry_after is not None:
                wait = max(wait, timedelta(seconds=retry_after))
            status, next_at = PENDING, now + wait
        groups.setdefault((status, next_at), []).append(delivery.id)
    counts = {PENDING: 0, FAILED: 0}
    for (status, next_at), group in groups.items():
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(group), Delivery.status == SENDING)
            .values(status=status, next_attempt_at=next_at, last_error=error[:1000])
            .execution_options(synchronize_session=False)
        )
        counts[status] += len(group)
    return counts


def skip(session: Session, ids: Sequence[int], reason: str) -> int:
    """Rows this channel will not send (not configured, no recipients): kept, visible, final."""
    if not ids:
        return 0
    result = session.execute(
        update(Delivery)
        .where(Delivery.id.in_(list(ids)), Delivery.status.in_([PENDING, SENDING]))
        .values(status=SKIPPED, last_error=reason[:1000], next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def fail_exhausted_leases(session: Session, now: datetime, max_attempts: int = MAX_ATTEMPTS) -> int:
    """Rows whose sends were interrupted max_attempts times become failed, not retried forever."""
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.status == SENDING,
            Delivery.next_attempt_at <= now,
            Delivery.attempts >= max_attempts,
        )
        .values(status=FAILED, last_error="interrupted during send too many times")
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def counts(session: Session) -> dict[str, dict[str, int]]:
    """{channel: {status: n}} over the whole outbox."""
    out: dict[str, dict[str, int]] = {}
    rows = session.execute(
        select(Delivery.channel, Delivery.status, func.count()).group_by(
            Delivery.channel, Delivery.status
        )
    )
    for channel, status, n in rows:
        out.setdefault(channel, {})[status] = n
    return out


def reset(session: Session, status: str, channel: str | None = None) -> int:
    """Operator's retry: failed (or skipped) rows become pending with a fresh attempt count."""
    query = update(Delivery).where(Delivery.status == status)
    if channel:
        query = query.where(Delivery.channel == channel)
    result = session.execute(
        query.values(status=PENDING, attempts=0, next_attempt_at=None).execution_options(
            synchronize_session=False
        )
    )
    return result.rowcount
