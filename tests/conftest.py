"""Shared fixtures: a real store on SQLite and on PostgreSQL, and an isolated AIRFLOW_HOME."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("AIRFLOW_HOME", str(REPO))
PG_ADMIN_URL = os.environ.get("CLAIMWATCH_TEST_PG", "postgresql://127.0.0.1:5432/test")


def _pg_reachable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable here"
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}"


@pytest.fixture(scope="session")
def pg_unreachable() -> str | None:
    return _pg_reachable()


def _create_pg_database() -> tuple[str, str]:
    import psycopg

    name = f"cw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return name, f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"


def _drop_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, monkeypatch, pg_unreachable) -> Iterator[str]:
    """A fresh, migrated store, on SQLite and on PostgreSQL; CLAIMWATCH_DB_URL points at it."""
    from claimwatch.store.db import engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'claimwatch.db'}"
        monkeypatch.setenv("CLAIMWATCH_DB_URL", url)
        engine(url)
        yield url
        engine(url).dispose()
        return
    if pg_unreachable:
        pytest.skip(pg_unreachable)
    name, url = _create_pg_database()
    monkeypatch.setenv("CLAIMWATCH_DB_URL", url)
    engine(url)
    try:
        yield url
    finally:
        engine(url).dispose()
        _drop_pg_database(name)


@pytest.fixture
def sqlite_url(tmp_path, monkeypatch) -> str:
    """A fresh SQLite store only, for tests that are not about the database."""
    url = f"sqlite:///{tmp_path / 'claimwatch.db'}"
    monkeypatch.setenv("CLAIMWATCH_DB_URL", url)
    return url
