"""Main-text extraction from HTML with trafilatura: a pure function from page to Extracted.

Options measured on the corpus pages wrapped in three kinds of site chrome
(benchmarks/bench_matching.py and /tmp measurements reported in the issue): every configuration
kept all article words; `favor_precision` with `fast` (no fallback extractors) leaked the least
chrome (0.988 word precision vs 0.979 default) and ran 7x faster (520 vs 73 pages/s).
"""

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


MIN_WORDS = 12  # below this, what is left is a caption or a menu, not an article
OPTIONS = dict(
    include_comments=False,
    include_tables=False,
    favor_precision=True,
    fast=True,
    with_metadata=True,
    deduplicate=False,
)


def extract(html: str, url: str | None = None) -> Extracted | None:
    """The article in `html`, or None when the page holds no article text."""
    import trafilatura

    if not html or not html.strip():
        return None
    try:
        doc = trafilatura.bare_extraction(html, url=url, **OPTIONS)
    except (ValueError, TypeError):  # unparseable markup
        return None
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        return None
    canonical = doc.url if doc.url and doc.url != url else None
    return Extracted(
        text=text,
        title=doc.title or None,
        published=doc.date or None,
        canonical_url=canonical,
        language=doc.language or None,
    )
