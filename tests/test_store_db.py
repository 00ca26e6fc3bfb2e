"""The store on SQLite and PostgreSQL: migrations, versions, concurrency, transactions."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from claimwatch.store.db import engine, make_engine, session_scope, upgrade
from claimwatch.store.models import Article, ArticleVersion, Base, Match, Story
from claimwatch.store.pages import Fetch, record_page
from pipelines.extract import Extracted

ORIGINAL = (
    "Kestria will send two elite commando units to Dalmora to fight the separatist militants. "
    "The announcement was posted on the page of the Varsk air base on Tuesday evening. "
    "Kestria has traditionally kept its forces out of its neighbour's conflicts."
)


def fetch(text: str | None, status: int = 200, url: str = "http://a.test/story") -> Fetch:
    return Fetch(url=url, status=status, extracted=Extracted(text=text) if text else None)


def test_migrations_create_exactly_the_models_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine(db_url).connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_upgrade_again_keeps_the_data(db_url):
    with session_scope(db_url) as s:
        record_page(s, fetch(ORIGINAL))
    upgrade(make_engine(db_url))
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 1


def test_a_page_seen_again_is_a_new_version_only_when_it_changed_materially(db_url):
    with session_scope(db_url) as s:
        first = record_page(s, fetch(ORIGINAL))
        assert first is not None and first.diff is None
        assert record_page(s, fetch(ORIGINAL)) is None
        assert record_page(s, fetch(ORIGINAL.replace("Tuesday", "Tuesdy"))) is None
        corrected = ORIGINAL + " Correction: the ministry has denied that any units were sent."
        second = record_page(s, fetch(corrected))
        assert second is not None
        assert "+" in second.diff and "Correction" in second.diff


def test_a_removed_page_is_one_gone_version_and_comes_back_live(db_url):
    with session_scope(db_url) as s:
        record_page(s, fetch(ORIGINAL))
        gone = record_page(s, fetch(None, status=404))
        assert gone is not None and gone.text == "" and gone.http_status == 404
        assert record_page(s, fetch(None, status=410)) is None
        article = s.scalars(select(Article)).one()
        assert article.state == "gone"
        back = record_page(s, fetch(ORIGINAL))
        assert back is not None and article.state == "live"


def test_not_modified_changes_nothing(db_url):
    with session_scope(db_url) as s:
        record_page(s, fetch(ORIGINAL))
        assert record_page(s, fetch(None, status=304)) is None
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 1


def test_a_canonical_url_finds_the_same_article(db_url):
    with session_scope(db_url) as s:
        record_page(
            s,
            Fetch(
                url="http://a.test/x",
                status=200,
                canonical_url="http://a.test/c",
                extracted=Extracted(text=ORIGINAL),
            ),
        )
        record_page(s, Fetch(url="http://a.test/c", status=200, extracted=Extracted(ORIGINAL)))
        assert s.scalar(select(func.count()).select_from(Article)) == 1


def test_a_failed_transaction_leaves_nothing_behind(db_url):
    with pytest.raises(RuntimeError), session_scope(db_url) as s:
        record_page(s, fetch(ORIGINAL))
        raise RuntimeError("crash mid-run")
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 0


def test_an_event_is_stored_once_per_story_and_article(db_url):
    with session_scope(db_url) as s:
        version = record_page(s, fetch(ORIGINAL))
        story = Story(slug="kestria", title="Kestria")
        s.add(story)
        s.flush()
        s.add(Match(story_id=story.id, article_id=version.article_id, event="picked_up", score=1.0))
    with pytest.raises(IntegrityError), session_scope(db_url) as s:
        s.add(Match(story_id=story.id, article_id=version.article_id, event="picked_up", score=0.9))


def _write_articles(url: str, worker: int, count: int) -> None:
    for i in range(count):
        with session_scope(url) as s:
            record_page(
                s, fetch(f"{ORIGINAL} Worker {worker} item {i}.", url=f"http://w{worker}.test/{i}")
            )


def test_concurrent_writers_lose_no_rows(db_url):
    workers, per_worker = 4, 25
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_write_articles, args=(db_url, w, per_worker)) for w in range(workers)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * workers
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(Article)) == workers * per_worker
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == workers * per_worker


def test_timestamps_are_stored_timezone_aware(db_url):
    when = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    with session_scope(db_url) as s:
        record_page(
            s,
            Fetch(
                url="http://a.test/t", status=200, extracted=Extracted(ORIGINAL), fetched_at=when
            ),
        )
    with session_scope(db_url) as s:
        stored = s.scalars(select(Article)).one().last_fetched_at
        assert stored.replace(tzinfo=stored.tzinfo or UTC) == when
