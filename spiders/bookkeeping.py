"""What the crawl keeps in the project's store besides pages: outlets, runs, already-seen URLs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimwatch.store.models import Article, CrawlRun, Outlet

CHUNK = 500  # SQLite caps the number of bound parameters of one statement


def upsert_outlet(session: Session, name: str, title: str) -> int:
    """The outlet's row id, creating the row or updating its title."""
    outlet = session.scalars(select(Outlet).where(Outlet.name == name)).first()
    if outlet is None:
        outlet = Outlet(name=name, title=title)
        session.add(outlet)
    else:
        outlet.title = title
    session.flush()
    return outlet.id


def start_run(session: Session, kind: str, outlet_id: int | None = None) -> int:
    run = CrawlRun(kind=kind, outlet_id=outlet_id, status="running", stats={})
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, status: str, stats: dict) -> None:
    run = session.get(CrawlRun, run_id)
    if run is None:
        return
    run.status = status
    run.stats = stats
    run.finished_at = datetime.now(UTC)


def stored_urls(session: Session, urls: Iterable[str]) -> set[str]:
    """Those of the (normalised) URLs already stored, as an article's URL or canonical URL."""
    wanted = sorted(set(urls))
    found: set[str] = set()
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i : i + CHUNK]
        found.update(session.scalars(select(Article.url).where(Article.url.in_(chunk))))
        found.update(
            u
            for u in session.scalars(
                select(Article.canonical_url).where(Article.canonical_url.in_(chunk))
            )
            if u
        )
    return found
