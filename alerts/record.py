"""The alert record (CONTRACT.md): one per event, the source of every channel's message."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


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
