"""`claimwatch alerts`: what the outbox holds, for operators; `--retry` sends failed ones again."""

from __future__ import annotations

import argparse
import json

VISIBLE = ("pending", "sending", "failed")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--all", action="store_true", help="list every delivery, not just pending and failed"
    )
    parser.add_argument("--channel", choices=("email", "slack", "jsonl"), help="only this channel")
    parser.add_argument("--limit", type=int, default=100, help="rows to list (default 100)")
    parser.add_argument("--json", action="store_true", help="one JSON object per delivery")
    parser.add_argument(
        "--retry", action="store_true", help="make failed deliveries pending again (next run)"
    )
    parser.add_argument(
        "--retry-skipped",
        action="store_true",
        help="make skipped deliveries pending again (after defining a missing connection)",
    )
    parser.set_defaults(run=run)


def _when(moment) -> str:  # noqa: ANN001
    return moment.strftime("%Y-%m-%d %H:%M:%SZ") if moment else "-"


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from alerts import outbox
    from claimwatch.store.db import session_scope
    from claimwatch.store.models import Alert, Delivery

    channel = getattr(args, "channel", None)
    with session_scope() as session:
        for flag, status in (("retry", outbox.FAILED), ("retry_skipped", outbox.SKIPPED)):
            if getattr(args, flag, False):
                n = outbox.reset(session, status, channel)
                print(f"{n} {status} deliveries made pending: the next delivery run sends them")
        totals = outbox.counts(session)
        query = (
            select(Delivery, Alert.record)
            .join(Alert, Alert.id == Delivery.alert_id)
            .order_by(Delivery.id.desc())
            .limit(max(getattr(args, "limit", 100), 0))
        )
        if not getattr(args, "all", False):
            query = query.where(Delivery.status.in_(VISIBLE))
        if channel:
            query = query.where(Delivery.channel == channel)
        rows = session.execute(query).all()
    if getattr(args, "json", False):
        for delivery, record in rows:
            record = record or {}
            print(
                json.dumps(
                    {
                        "alert": delivery.alert_id,
                        "channel": delivery.channel,
                        "status": delivery.status,
                        "attempts": delivery.attempts,
                        "next_attempt_at": _when(delivery.next_attempt_at),
                        "delivered_at": _when(delivery.delivered_at),
                        "last_error": delivery.last_error,
                        "story": record.get("story"),
                        "event": record.get("event"),
                        "url": record.get("url"),
                    }
                )
            )
        return 0
    if not totals:
        print("the outbox is empty: no alert yet")
        return 0
    for name in sorted(totals):
        parts = ", ".join(f"{status} {n}" for status, n in sorted(totals[name].items()))
        print(f"{name:6} {parts}")
    if rows:
        print()
        print(f"{'channel':7} {'status':9} {'tries':>5} {'next/done':20} {'event':10} story / url")
    for delivery, record in rows:
        record = record or {}
        when = delivery.delivered_at if delivery.status == "delivered" else delivery.next_attempt_at
        print(
            f"{delivery.channel:7} {delivery.status:9} {delivery.attempts:>5} {_when(when):20} "
            f"{str(record.get('event', '?')):10} {record.get('story', '?')} {record.get('url', '')}"
        )
        if delivery.last_error and delivery.status != "delivered":
            print(f"{'':7} {delivery.last_error[:200]}")
    return 0
