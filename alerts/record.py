"""The alert record (CONTRACT.md): one per event, the source of every channel's message."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime


def alert_id(story: str, url: str, event: str) -> str:
    """A stable dedupe key: the same event for the same story and page always has the same id."""
    return hashlib.sha256(f"{story}\x00{url}\x00{event}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class AlertRecord:
    """Exactly the fields of the contract's alert record."""

    id: str
    event: str
    story: str
    story_title: str
    outlet: str
    url: str
    title: str
    detected_at: str  # ISO 8601 UTC
    evidence: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> AlertRecord:
        """The record stored in the outbox; unknown keys are ignored, missing ones left empty."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        for name in names - {"evidence"}:
            values[name] = "" if values.get(name) is None else str(values[name])
        evidence = values.get("evidence")
        values["evidence"] = dict(evidence) if isinstance(evidence, dict) else {}
        return cls(**values)


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a `Z`; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def build_record(
    *,
    story_slug: str,
    story_title: str,
    outlet: str,
    url: str,
    title: str,
    event: str,
    evidence: dict,
    detected_at: datetime,
) -> AlertRecord:
    """The record of one event; its id is `alert_id(story, url, event)`."""
    return AlertRecord(
        id=alert_id(story_slug, url, event),
        event=event,
        story=story_slug,
        story_title=story_title,
        outlet=outlet,
        url=url,
        title=title,
        detected_at=iso_utc(detected_at),
        evidence=dict(evidence or {}),
    )
