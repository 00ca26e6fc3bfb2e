"""When to re-fetch a tracked page: often while it is young, rarely once it has settled."""

from __future__ import annotations

from datetime import datetime, timedelta

# News pages are edited mostly in their first day and still within a week. Age is counted from
# when claimwatch first saw the page, never from the page's own (often wrong) publication date.
SCHEDULE: tuple[tuple[timedelta, timedelta], ...] = (
    (timedelta(hours=6), timedelta(minutes=30)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=7), timedelta(hours=6)),
    (timedelta(days=30), timedelta(days=1)),
)
SETTLED_INTERVAL = timedelta(days=7)


def revisit_interval(first_seen_at: datetime, now: datetime) -> timedelta:
    """How long to wait before the next fetch of a page first seen at `first_seen_at`."""
    age = now - first_seen_at
    for max_age, interval in SCHEDULE:
        if age < max_age:
            return interval
    return SETTLED_INTERVAL


def next_revisit_at(first_seen_at: datetime, now: datetime) -> datetime:
    return now + revisit_interval(first_seen_at, now)
