"""Defaults every claimwatch DAG shares: owner, retries with back-off, the operators' notifier."""

from __future__ import annotations

from datetime import datetime, timedelta

START_DATE = datetime(2026, 1, 1)
TAGS = ["claimwatch"]


def default_args() -> dict:
    from alerts.operator import OperatorNotifier

    return {
        "owner": "claimwatch",
        "retries": 2,
        "retry_delay": timedelta(minutes=1),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=15),
        "on_failure_callback": OperatorNotifier(),
    }
