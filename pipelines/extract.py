"""Main-text extraction from HTML with trafilatura: a pure function from page to Extracted."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    """What a page says, stripped of its chrome."""

    text: str
    title: str | None = None
    published: str | None = None
    canonical_url: str | None = None
    language: str | None = None


MIN_TEXT_CHARS = 200


def extract(html: str, url: str | None = None) -> Extracted | None:
    """The article in `html`, or None when the page holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    if doc is None or not (doc.text or "").strip() or len(doc.text) < MIN_TEXT_CHARS:
        return None
    return Extracted(
        text=doc.text.strip(),
        title=doc.title,
        published=doc.date,
        canonical_url=doc.url if doc.url and doc.url != url else None,
        language=doc.language,
    )
