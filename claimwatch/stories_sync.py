"""Keeping the store's stories in step with the story files and the track_story form."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimwatch.config.story import StoryConfig, load_stories
from claimwatch.store.models import Claim, Source, Story

log = logging.getLogger("claimwatch.stories")


def config_hash(story: StoryConfig) -> str:
    return hashlib.sha256(story.model_dump_json().encode()).hexdigest()


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:60].rstrip("-") or "story"


def upsert_story(session: Session, config: StoryConfig, origin: str) -> tuple[Story, bool]:
    """Create or update one story; returns it and whether anything changed."""
    digest = config_hash(config)
    story = session.scalars(select(Story).where(Story.slug == config.slug)).first()
    if story is not None and story.config_hash == digest and story.active:
        return story, False
    if story is None:
        story = Story(slug=config.slug, title=config.title, origin=origin)
        session.add(story)
        session.flush()
    story.title, story.origin, story.config_hash, story.active = (
        config.title,
        origin,
        digest,
        True,
    )
    story.routing = {
        "email_to": list(config.email_to),
        "slack_channel": config.slack_channel,
        "digest": config.digest,
    }
    _sync_claims(session, story, config.claims)
    _sync_sources(session, story, config)
    return story, True


def _sync_claims(session: Session, story: Story, texts: list[str]) -> None:
    existing = {c.text: c for c in story.claims if c.kind == "claim"}
    for claim in existing.values():
        claim.active = claim.text in texts
    for text in texts:
        if text not in existing:
            session.add(Claim(story_id=story.id, text=text, kind="claim"))


def _sync_sources(session: Session, story: Story, config: StoryConfig) -> None:
    wanted = {(s.url, s.text) for s in config.sources}
    for source in list(story.sources):
        if (source.url, source.text) not in wanted:
            session.delete(source)
    have = {(s.url, s.text) for s in story.sources}
    for source in config.sources:
        if (source.url, source.text) not in have:
            session.add(Source(story_id=story.id, url=source.url, text=source.text))
    session.flush()


def sync_story_files(session: Session, directory: Path) -> dict:
    """Upsert every valid story file; deactivate file stories whose file is gone.

    A broken file is reported and skipped: the other stories still sync, and the story it
    described (if any) keeps its last good version.
    """
    loaded = load_stories(directory)
    for problem in loaded.problems:
        log.error("story file problem: %s", problem)
    changed = []
    for config in loaded.items.values():
        story, did_change = upsert_story(session, config, origin="file")
        if did_change:
            changed.append(story.slug)
    present = {c.slug for c in loaded.items.values()}
    broken = {p.file.stem for p in loaded.problems}
    deactivated = []
    for story in session.scalars(select(Story).where(Story.origin == "file", Story.active)):
        if story.slug not in present and story.slug not in broken:
            story.active = False
            deactivated.append(story.slug)
    return {
        "stories": len(present),
        "changed": changed,
        "deactivated": deactivated,
        "problems": [str(p) for p in loaded.problems],
    }


def story_from_form(
    title: str,
    claims: list[str],
    source_urls: list[str],
    source_text: str,
    email_to: list[str] | None = None,
) -> StoryConfig:
    """The StoryConfig an analyst's track_story form describes (validated like a file)."""
    sources = [{"url": u.strip()} for u in source_urls if u and u.strip()]
    if source_text and source_text.strip():
        sources.append({"text": source_text})
    return StoryConfig.model_validate(
        {
            "slug": slugify(title),
            "title": title,
            "claims": [c for c in claims if c and c.strip()],
            "sources": sources,
            "email_to": email_to or [],
        }
    )
