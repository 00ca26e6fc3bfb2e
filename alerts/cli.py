"""`claimwatch alerts`: what the outbox holds, for operators."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from claimwatch.store.db import session_scope
    from claimwatch.store.models import Delivery

    with session_scope() as session:
        rows = session.execute(
            select(Delivery.channel, Delivery.status, func.count()).group_by(
                Delivery.channel, Delivery.status
            )
        ).all()
    for channel, status, count in rows:
        print(f"{channel:6} {status:10} {count}")
    return 0
