"""`claimwatch check PATH_OR_URL...`: classify pages against the story files, storing nothing."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

from claimwatch import settings
from pipelines.classify import Decision, Matcher, TrackedClaim, TrackedStory

FETCH_TIMEOUT_S = 15
MAX_BYTES = 10 * 1024 * 1024


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def fetch(url: str) -> str:
    """The body of a page fetched over HTTP(S), decoded as the crawler decodes pages."""
    request = urllib.request.Request(
        url, headers={"User-Agent": f"claimwatch-check (+{settings.user_agent_contact()})"}
    )
    from spiders.decoding import decode_html

    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
        body = response.read(MAX_BYTES)
        content_type = response.headers.get("Content-Type")
    decoded = decode_html(body, content_type)
    return decoded.text if decoded is not None else ""


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:2000].lower()
    return head.startswith("<") or "<html" in head or "<body" in head or "<p>" in head


def page_text(raw: str, url: str | None) -> str | None:
    """The article text of a page: extracted from HTML, or the text itself; None for no text."""
    if not _looks_like_html(raw):
        return raw.strip() or None
    from pipelines.extract import extract

    extracted = extract(raw, url)
    return extracted.text if extracted is not None else None


def tracked_stories(stories_dir: Path, notes: list[str]) -> tuple[list[TrackedStory], dict]:
    """The story files as the classifier sees them, and {source URL: story slug}."""
    from claimwatch.config.story import load_stories

    loaded = load_stories(stories_dir)
    notes.extend(f"story file problem: {p}" for p in loaded.problems)
    stories, source_urls = [], {}
    for config in loaded.items.values():
        texts = []
        for source in config.sources:
            if source.text:
                texts.append(source.text)
                continue
            source_urls[source.url] = config.slug
            try:
                text = page_text(fetch(source.url), source.url)
            except (OSError, urllib.error.URLError, ValueError) as exc:
                notes.append(f"{config.slug}: source {source.url} skipped: {exc}")
                continue
            if text:
                texts.append(text)
            else:
                notes.append(f"{config.slug}: source {source.url} skipped: no article text")
        claims = tuple(TrackedClaim(c, id=i + 1) for i, c in enumerate(config.claims))
        stories.append(TrackedStory(config.slug, config.title, claims, tuple(texts)))
    return stories, source_urls


def _as_dict(d: Decision) -> dict:
    return {"story": d.story, "event": d.event, "score": float(d.score), "evidence": d.evidence}


def check_one(matcher: Matcher, value: str, source_urls: dict) -> dict:
    """The result object for one input (a path or a URL)."""
    result: dict = {"input": value, "matches": []}
    try:
        if _is_url(value):
            raw, url = fetch(value), value
        else:
            path = Path(value)
            raw, url = path.read_text(encoding="utf-8", errors="replace"), None
    except (OSError, urllib.error.URLError, ValueError) as exc:
        result["error"] = f"cannot read: {exc}"
        return result
    text = page_text(raw, url)
    if text is None:
        result["note"] = "no article text"
        return result
    sources_of = frozenset({source_urls[value]}) if value in source_urls else frozenset()
    result["matches"] = [_as_dict(d) for d in matcher.match(text, sources_of=sources_of)]
    return result


def _line(result: dict) -> list[str]:
    if "error" in result:
        return [f"{result['input']}: {result['error']}"]
    if not result["matches"]:
        return [f"{result['input']}: no tracked claim ({result.get('note', 'no match')})"]
    out = []
    for m in result["matches"]:
        ev = m["evidence"]
        quote = ev.get("retracting_sentence") or ev.get("passage") or ev.get("reason", "")
        out.append(f"{result['input']}: {m['event']} {m['story']} (score {m['score']:.2f})")
        if quote:
            out.append(f"    {quote[:200]}")
    return out


def run_check(inputs: list[str], stories_dir: Path, as_json: bool) -> int:
    """Classify each input against the stories of `stories_dir`; print; store nothing."""
    notes: list[str] = []
    stories, source_urls = tracked_stories(stories_dir, notes)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    matcher = Matcher(stories)
    for value in inputs:
        result = check_one(matcher, value, source_urls)
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            print("\n".join(_line(result)))
    return 0
