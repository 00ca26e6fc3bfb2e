"""The durable outbox: alerts are written with their match and delivered per channel later."""

from __future__ import annotations

from sqlalchemy.orm import Session

from alerts.record import AlertRecord
from claimwatch.store.models import Alert, Delivery

CHANNELS = ("jsonl", "email", "slack")


def enqueue(session: Session, record: AlertRecord, match_id: int) -> Alert:
    """Add the alert and one pending delivery per channel, in the caller's transaction."""
    alert = Alert(id=record.id, match_id=match_id, record=record.to_dict())
    session.add(alert)
    for channel in CHANNELS:
        session.add(Delivery(alert_id=record.id, channel=channel))
    session.flush()
    return alert
