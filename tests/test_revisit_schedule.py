"""Revisit intervals: frequent while a page is young, rare once it has settled."""

from datetime import UTC, datetime, timedelta

from claimwatch.revisit_schedule import next_revisit_at, revisit_interval

SEEN = datetime(2026, 11, 1, tzinfo=UTC)


def test_intervals_grow_with_the_age_of_the_page():
    ages = [
        timedelta(minutes=10),
        timedelta(hours=12),
        timedelta(days=3),
        timedelta(days=20),
        timedelta(days=90),
    ]
    intervals = [revisit_interval(SEEN, SEEN + age) for age in ages]
    assert intervals == sorted(intervals) and len(set(intervals)) == len(intervals)
    assert intervals[0] <= timedelta(hours=1)
    assert intervals[-1] >= timedelta(days=7)


def test_next_revisit_counts_from_now():
    now = SEEN + timedelta(hours=2)
    assert next_revisit_at(SEEN, now) == now + revisit_interval(SEEN, now)
