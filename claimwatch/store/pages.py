"""Recording fetched pages as articles and versions: a new version only on a material change."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimwatch.store.models import Article, ArticleVersion
from pipelines.extract import Extracted
from pipelines.fingerprint import simhash64
from pipelines.versions import diff_text, is_material_change

GONE_STATUSES = (404, 410)


@dataclass(frozen=True)
class Fetch:
    """One HTTP fetch of a page, as the spider or the revisit saw it."""

    url: str  # normalised
    status: int
    extracted: Extracted | None = None
    canonical_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime | None = None


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_article(session: Session, url: str, canonical_url: str | None = None) -> Article | None:
    """The stored article for a URL, also found through its canonical URL."""
    candidates = {url} | ({canonical_url} if canonical_url else set())
    return session.scalars(
        select(Article)
        .where(Article.url.in_(candidates) | Article.canonical_url.in_(candidates))
        .order_by(Article.id)
    ).first()


def latest_version(session: Session, article: Article) -> ArticleVersion | None:
    return session.scalars(
        select(ArticleVersion)
        .where(ArticleVersion.article_id == article.id)
        .order_by(ArticleVersion.id.desc())
        .limit(1)
    ).first()


def record_page(
    session: Session, fetch: Fetch, outlet_id: int | None = None
) -> ArticleVersion | None:
    """Store a fetch; return the new version to match, or None when nothing material changed.

    A 404/410 on a live page becomes an empty "gone" version (the caller confirms it first);
    a gone page that answers again becomes live with a new version.
    """
    now = fetch.fetched_at or datetime.now(UTC)
    article = find_article(session, fetch.url, fetch.canonical_url)
    if article is None:
        article = Article(
            url=fetch.url, canonical_url=fetch.canonical_url, outlet_id=outlet_id, first_seen_at=now
        )
        session.add(article)
        session.flush()
    article.last_fetched_at = now
    article.http_status = fetch.status
    if fetch.status == 304:
        return None
    if fetch.etag:
        article.etag = fetch.etag
    if fetch.last_modified:
        article.last_modified = fetch.last_modified
    previous = latest_version(session, article)

    if fetch.status in GONE_STATUSES:
        if article.state == "gone" or previous is None:
            article.state = "gone"
            return None
        article.state, article.gone_since = "gone", now
        return _add_version(session, article, fetch.status, None, previous, now)

    if fetch.extracted is None:
        return None
    if article.state == "gone":
        article.state, article.gone_since = "live", None
    elif (
        previous is not None
        and previous.text
        and not is_material_change(previous.text, fetch.extracted.text)
    ):
        return None
    return _add_version(session, article, fetch.status, fetch.extracted, previous, now)


def _add_version(
    session: Session,
    article: Article,
    status: int,
    extracted: Extracted | None,
    previous: ArticleVersion | None,
    now: datetime,
) -> ArticleVersion:
    text = extracted.text if extracted else ""
    version = ArticleVersion(
        article_id=article.id,
        fetched_at=now,
        http_status=status,
        title=extracted.title if extracted else (previous.title if previous else None),
        text=text,
        text_hash=text_hash(text),
        simhash=simhash64(text) if text else None,
        published=extracted.published if extracted else None,
        language=extracted.language if extracted else None,
        diff=diff_text(previous.text, text) if previous is not None else None,
    )
    session.add(version)
    session.flush()
    return version
