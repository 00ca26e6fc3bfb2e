"""What the DAG tasks do: the imperative shell around spiders, the matching core and the outbox.

Each function takes and returns small plain data (XCom-sized); the real data lives in the store.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from claimwatch import settings
from claimwatch.config.outlet import OutletConfig, load_outlets
from claimwatch.domain_lock import hold_domains
from claimwatch.health import silent_breakage
from claimwatch.revisit_schedule import next_revisit_at
from claimwatch.store.db import session_scope
from claimwatch.store.models import (
    Article,
    ArticleVersion,
    Claim,
    CrawlRun,
    Match,
    Outlet,
    Source,
    Story,
)
from claimwatch.stories_sync import sync_story_files, upsert_story

log = logging.getLogger("claimwatch.tasks")
MATCH_BATCH = 200


def outlet_by_name(name: str) -> tuple[Path, OutletConfig]:
    loaded = load_outlets(settings.outlets_dir())
    for path, outlet in loaded.items.items():
        if outlet.name == name:
            return path, outlet
    raise LookupError(f"no valid outlet file named {name!r} in {settings.outlets_dir()}")


# --- stories -------------------------------------------------------------------------------


def sync_stories() -> dict:
    """Bring the story files into the store, then fetch any source URL not fetched yet."""
    with session_scope() as session:
        summary = sync_story_files(session, settings.stories_dir())
    summary["sources_fetched"] = fetch_new_sources()
    log.info("stories: %s", summary)
    return summary


def track_story(config) -> dict:  # noqa: ANN001 - a StoryConfig
    """Start tracking a story given from the UI; its source URLs are fetched now."""
    with session_scope() as session:
        story, changed = upsert_story(session, config, origin="ui")
        slug = story.slug
    fetched = fetch_new_sources()
    return {"story": slug, "changed": changed, "sources_fetched": fetched}


def fetch_new_sources() -> int:
    """Fetch story sources given by URL that have no article yet, and link them."""
    from claimwatch.store.pages import find_article
    from spiders.crawl import RevisitTarget, revisit_pages
    from spiders.urls import normalize_url

    with session_scope() as session:
        urls = sorted(
            set(
                session.scalars(
                    select(Source.url).where(Source.url.is_not(None), Source.article_id.is_(None))
                )
            )
        )
    if not urls:
        return 0
    revisit_pages([RevisitTarget(url=u) for u in urls])
    now = datetime.now(UTC)
    linked = 0
    with session_scope() as session:
        for source in session.scalars(
            select(Source).where(Source.url.is_not(None), Source.article_id.is_(None))
        ):
            article = find_article(session, normalize_url(source.url))
            if article is None:
                log.error("story source %s could not be fetched; will retry next run", source.url)
                continue
            source.article_id = article.id
            article.tracked = True
            article.next_revisit_at = next_revisit_at(article.first_seen_at, now)
            linked += 1
    return linked


# --- crawling ------------------------------------------------------------------------------


def crawl(outlet_name: str) -> dict:
    """Crawl one outlet in its own process; returns the run's stats."""
    from spiders.crawl import crawl_outlet

    path, outlet = outlet_by_name(outlet_name)
    with hold_domains(outlet.domains):
        stats = crawl_outlet(path)
    check_outlet_health(outlet.name)
    return stats


def check_outlet_health(outlet_name: str) -> list[str]:
    """Tell the operators when an outlet has silently broken."""
    with session_scope() as session:
        outlet = session.scalars(select(Outlet).where(Outlet.name == outlet_name)).first()
        if outlet is None:
            return []
        runs = session.scalars(
            select(CrawlRun)
            .where(CrawlRun.outlet_id == outlet.id, CrawlRun.kind == "crawl")
            .order_by(CrawlRun.id.desc())
            .limit(10)
        ).all()
        recent = [r.stats or {} for r in runs]
    problems = silent_breakage(recent, outlet_name)
    if problems:
        from alerts.operator import notify_operators

        for problem in problems:
            log.warning(problem)
        notify_operators(f"[claimwatch] outlet {outlet_name} needs attention", "\n".join(problems))
    return problems


# --- matching ------------------------------------------------------------------------------


def load_tracked_stories(session) -> list:  # noqa: ANN001
    """The active stories as the classifier sees them (claims, variants, source texts).

    The same few queries whatever the number of stories: the stories, their claims, their
    sources, and the first text of every source given by URL."""
    from pipelines.classify import TrackedClaim, TrackedStory

    stories = session.scalars(
        select(Story)
        .where(Story.active)
        .options(selectinload(Story.claims), selectinload(Story.sources))
    ).all()
    url_articles = {
        s.article_id
        for st in stories
        for s in st.sources
        if not s.text and s.article_id is not None
    }
    first_versions = (
        select(func.min(ArticleVersion.id))
        .where(ArticleVersion.article_id.in_(url_articles), ArticleVersion.text != "")
        .group_by(ArticleVersion.article_id)
    )
    first_text = (
        dict(
            session.execute(
                select(ArticleVersion.article_id, ArticleVersion.text).where(
                    ArticleVersion.id.in_(first_versions)
                )
            ).all()
        )
        if url_articles
        else {}
    )
    tracked = []
    for story in stories:
        claims = tuple(
            TrackedClaim(text=c.text, id=c.id, kind=c.kind) for c in story.claims if c.active
        )
        source_texts = tuple(
            s.text or first_text[s.article_id]
            for s in story.sources
            if s.text or s.article_id in first_text
        )
        if claims:
            tracked.append(TrackedStory(story.slug, story.title, claims, source_texts))
    return tracked


def match_pending() -> dict:
    """Classify every version not matched yet; each version is its own transaction."""
    from pipelines.classify import Matcher

    counts = {"versions": 0, "picked_up": 0, "reworded": 0, "retracted": 0, "already_alerted": 0}
    while True:
        with session_scope() as session:
            ids = session.scalars(
                select(ArticleVersion.id)
                .where(ArticleVersion.matched_at.is_(None))
                .order_by(ArticleVersion.id)
                .limit(MATCH_BATCH)
            ).all()
            if not ids:
                break
            # rebuilt per batch: variants learned from the batch before are known to the next
            matcher = Matcher(load_tracked_stories(session))
        for version_id in ids:
            with session_scope() as session:
                for event in match_version(session, matcher, version_id):
                    counts[event] += 1
            counts["versions"] += 1
    log.info("matching: %s", counts)
    return counts


def match_version(session, matcher, version_id: int) -> list[str]:  # noqa: ANN001
    """Classify one version, store its matches, their alerts and its fingerprints.

    Returns the outcomes. All of it is one transaction with `matched_at`, so a crash leaves the
    version pending as a whole.
    """
    from alerts.outbox import enqueue
    from alerts.record import build_record
    from claimwatch.store.fingerprints import index_text

    version = session.get(ArticleVersion, version_id)
    if version is None or version.matched_at is not None:
        return []
    article = version.article
    previous = session.scalars(
        select(ArticleVersion)
        .where(ArticleVersion.article_id == article.id, ArticleVersion.id < version.id)
        .order_by(ArticleVersion.id.desc())
        .limit(1)
    ).first()
    sources_of = frozenset(
        session.scalars(
            select(Story.slug)
            .join(Source, Source.story_id == Story.id)
            .where(Source.article_id == article.id)
        ).all()
    )
    decisions = matcher.match(
        version.text,
        previous_text=previous.text if previous is not None else None,
        gone=version.http_status in (404, 410),
        sources_of=sources_of,
    )
    now = datetime.now(UTC)
    outcomes = []
    copies: list[tuple[int, str]] | None = None  # near-copies of this page, looked up once
    for decision in decisions:
        story = session.scalars(select(Story).where(Story.slug == decision.story)).one()
        exists = session.scalars(
            select(Match.id).where(
                Match.story_id == story.id,
                Match.article_id == article.id,
                Match.event == decision.event,
            )
        ).first()
        if exists is not None:
            outcomes.append("already_alerted")
            continue
        evidence = _with_original_claim(session, decision)
        if copies is None:
            copies = _near_copies(session, version)
        copy_of = _matched_copy(session, copies, story.id)
        if copy_of is not None:
            evidence["copy_of"] = copy_of
        match = Match(
            story_id=story.id,
            article_id=article.id,
            version_id=version.id,
            claim_id=decision.claim_id,
            event=decision.event,
            score=float(decision.score),
            evidence=evidence,
            detected_at=now,
        )
        session.add(match)
        session.flush()
        record = build_record(
            story_slug=story.slug,
            story_title=story.title,
            outlet=article.outlet.name if article.outlet else _host(article.url),
            url=article.url,
            title=version.title
            or (previous.title if previous is not None else None)
            or article.url,
            event=decision.event,
            evidence=evidence,
            detected_at=now,
        )
        enqueue(session, record, match.id)
        _learn_variant(session, story, decision)
        outcomes.append(decision.event)
        log.info("%s: %s %s (score %.2f)", story.slug, decision.event, article.url, decision.score)
    if decisions or sources_of:
        article.tracked = True
        if article.next_revisit_at is None:
            article.next_revisit_at = next_revisit_at(article.first_seen_at, now)
    index_text(session, "version", version.id, version.text)
    version.matched_at = now
    return outcomes


COPY_BITS = 3  # whole-document simhash distance within which a page is a copy of another


def _near_copies(session, version: ArticleVersion) -> list[tuple[int, str]]:  # noqa: ANN001
    """(article id, URL) of the other pages this version is a near-copy of (a syndicated or
    republished article), nearest first, from the store's near-duplicate index."""
    from claimwatch.store.fingerprints import near_duplicates
    from pipelines.fingerprint import simhash64

    if not version.text.strip():
        return []
    found = near_duplicates(
        session, simhash64(version.text), COPY_BITS, owner="version", whole_only=True
    )
    out = []
    for row, _distance in found:
        other = session.get(ArticleVersion, row.owner_id)
        if other is not None and other.article_id != version.article_id:
            out.append((other.article_id, other.article.url))
    return out


def _matched_copy(session, copies: list[tuple[int, str]], story_id: int) -> str | None:  # noqa: ANN001
    """The URL of the first of these pages already matched to the story, if any."""
    for article_id, url in copies:
        matched = session.scalars(
            select(Match.id).where(Match.story_id == story_id, Match.article_id == article_id)
        ).first()
        if matched is not None:
            return url
    return None


def _with_original_claim(session, decision) -> dict:  # noqa: ANN001
    """Evidence that names the story's claim even when a learned variant of it matched."""
    evidence = dict(decision.evidence or {})
    claim = session.get(Claim, decision.claim_id) if decision.claim_id else None
    if claim is not None and claim.kind == "variant" and claim.parent_id is not None:
        parent = session.get(Claim, claim.parent_id)
        if parent is not None:
            evidence["matched_variant"] = claim.text
            evidence["claim"] = parent.text
    return evidence


def _learn_variant(session, story: Story, decision) -> None:  # noqa: ANN001
    """A confirmed pick-up or rewording becomes a known variant of the claim."""
    passage = (decision.evidence or {}).get("passage")
    if decision.event not in ("picked_up", "reworded") or not passage:
        return
    known = {c.text for c in story.claims}
    if passage not in known and len(passage.split()) >= 6:
        session.add(
            Claim(story_id=story.id, text=passage, kind="variant", parent_id=decision.claim_id)
        )


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


# --- alerts --------------------------------------------------------------------------------


def deliver_alerts(run_id: str | None = None) -> dict:
    from alerts.deliver import deliver_pending

    return deliver_pending(run_id=run_id)


# --- revisits ------------------------------------------------------------------------------


def revisit(all_pages: bool = False) -> dict:
    """Re-fetch tracked pages that are due (or all of them), with conditional requests."""
    from spiders.crawl import RevisitTarget, revisit_pages

    now = datetime.now(UTC)
    with session_scope() as session:
        query = select(Article).where(Article.tracked)
        if not all_pages:
            query = query.where(
                (Article.next_revisit_at.is_(None)) | (Article.next_revisit_at <= now)
            )
        articles = session.scalars(query.order_by(Article.id)).all()
        targets = [
            RevisitTarget(
                url=a.url, etag=a.etag, last_modified=a.last_modified, outlet_id=a.outlet_id
            )
            for a in articles
        ]
        ids = [a.id for a in articles]
    if not targets:
        log.info("revisit: nothing is due")
        return {"due": 0}
    with hold_domains(_host(t.url) for t in targets):
        stats = revisit_pages(targets)
    done = datetime.now(UTC)
    with session_scope() as session:
        for article in session.scalars(select(Article).where(Article.id.in_(ids))):
            article.next_revisit_at = next_revisit_at(article.first_seen_at, done)
    # The per-page results stay with the crawl run in the store; XCom gets the counts only.
    return {"due": len(targets), **{k: v for k, v in stats.items() if k != "pages"}}
