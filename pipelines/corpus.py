"""The labelled dev corpus (pipelines/corpus/*.yaml) and the seed labels, as plain data."""

from __future__ import annotations

import html as html_lib
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipelines.classify import TrackedClaim, TrackedStory

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
SEEDS_DIR = Path(os.environ.get("CLAIMWATCH_SEEDS_DIR", "/work/shared/seeds"))
EXPECTATIONS = ("picked_up", "reworded", "retracted", "none")


@dataclass(frozen=True)
class Page:
    """One labelled page: its text (and the version before), and the event it should raise."""

    group: str  # corpus | seeds: pages are matched against the stories of their group
    story: str
    id: str
    case: str
    split: str  # dev | holdout | blind | seeds
    expect: str
    text: str
    previous: str | None = None
    gone: bool = False
    source: bool = False  # the page is a source of its own story
    sources_of: tuple[str, ...] = ()  # other stories it is a source of
    also: tuple[tuple[str, str], ...] = ()

    def expected_for(self, slug: str) -> str:
        if slug == self.story:
            return self.expect
        return dict(self.also).get(slug, "none")


def load_corpus(directory: Path = CORPUS_DIR) -> tuple[list[TrackedStory], list[Page]]:
    """The stories and labelled pages of every corpus file."""
    stories, pages = [], []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        slug = data["slug"]
        claims = tuple(TrackedClaim(c, id=i + 1) for i, c in enumerate(data["claims"]))
        sources = tuple(s["text"] for s in data.get("sources", []) if s.get("text"))
        stories.append(TrackedStory(slug, data["title"], claims, sources))
        for p in data["pages"]:
            if p["expect"] not in EXPECTATIONS:
                raise ValueError(f"{path.name}: {p['id']}: unknown expect {p['expect']!r}")
            pages.append(
                Page(
                    group="corpus",
                    story=slug,
                    id=p["id"],
                    case=p.get("case", ""),
                    split=p.get("split", "dev"),
                    expect=p["expect"],
                    text=p.get("text") or "",
                    previous=p.get("previous"),
                    gone=bool(p.get("gone", False)),
                    source=bool(p.get("source", False)),
                    also=tuple((p.get("also") or {}).items()),
                )
            )
    return stories, pages


# The seed README's labels (the texts stay in /work/shared/seeds and are read at run time).
SEED_A = TrackedStory(
    "seed-china-special-forces",
    "China sending special forces to Syria",
    (
        TrackedClaim(
            "China will send elite special forces units (the Tigers of Siberia and the Night "
            "Tigers) to Syria to fight Uyghur militants of the East Turkestan Islamic Movement.",
            id=101,
        ),
    ),
)
SEED_B = TrackedStory(
    "seed-envoy-idlib",
    "Chinese envoy: military willing to join Idlib campaign",
    (
        TrackedClaim(
            "China's ambassador said the Chinese military is willing to participate in some way "
            "alongside the Syrian army in Idlib.",
            id=102,
        ),
    ),
)
SEED_LABELS = {  # file prefix -> (label for A, label for B, source of)
    "000": ("retracted", "none", None),
    "001": ("none", "none", SEED_A.slug),
    "002": ("reworded", "none", None),
    "003": ("none", "picked_up", None),
    "004": ("retracted", "none", SEED_B.slug),
}


def load_seeds(directory: Path = SEEDS_DIR) -> tuple[list[TrackedStory], list[Page]]:
    """The two seed stories and five labelled seed pages, or nothing when the seeds are absent."""
    files = {p.name[:3]: p for p in sorted(directory.glob("0*.txt"))} if directory.is_dir() else {}
    if not all(k in files for k in SEED_LABELS):
        return [], []
    texts = {k: files[k].read_text(encoding="utf-8") for k in SEED_LABELS}
    a = TrackedStory(SEED_A.slug, SEED_A.title, SEED_A.claims, (texts["001"],))
    b = TrackedStory(SEED_B.slug, SEED_B.title, SEED_B.claims, (texts["004"],))
    pages = []
    for k, (label_a, label_b, source_of) in SEED_LABELS.items():
        pages.append(
            Page(
                group="seeds",
                story=a.slug,
                id=f"seed-{k}",
                case="seed",
                split="seeds",
                expect=label_a,
                text=texts[k],
                source=source_of == a.slug,
                sources_of=(source_of,) if source_of and source_of != a.slug else (),
                also=((b.slug, label_b),),
            )
        )
    return [a, b], pages


_TEMPLATES = (
    """<html><head><title>{title} | The Daily Ledger</title>
<link rel="canonical" href="https://ledger.example/{id}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/health">Health</a> <a href="/login">Sign in</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Writer, 3 March 2024</p>
{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten things to do this weekend</a></li>
<li><a href="/b">Markets close higher as tech rallies</a></li></ul></aside></main>
<footer><p>Copyright 2024 The Daily Ledger. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>""",
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div>
<div class="menu"><ul><li>Live</li><li>Audio Only</li><li>Share on Facebook</li>
<li>Share on Twitter</li></ul></div>
<div class="content"><h1 class="headline">{title}</h1>
<div class="article-body">{paragraphs}</div>
<div class="share">Share this article: Facebook Twitter Email</div>
<div class="comments"><h4>Leave a reply</h4><p>Please enter your comment!</p></div></div>
<div class="footer">Newsletter: sign up for our daily briefing.</div></body></html>""",
    """<html><head><title>{title} - Wire Service</title></head><body>
<div id="top"><a href="/">Wire</a> | <a href="/latest">Latest</a> | <a href="/video">Video</a></div>
<div id="story"><h2>{title}</h2>{paragraphs}
<p class="related">Related coverage: <a href="/x">Earlier report</a></p></div>
<div id="bottom">Advertisement</div></body></html>""",
)


def to_html(text: str, page_id: str, n: int = 0) -> str:
    """A page's text wrapped in one of three kinds of site chrome. A first line without a full
    stop is the page's headline; a page that starts with a sentence gets a neutral one (cutting
    its first sentence short would make a fragment no real page has)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    headline = lines and not lines[0].endswith((".", "!", "?", '"', "\u201d", "'"))
    title = lines[0] if headline else "Latest news"
    paragraphs = "\n".join(f"<p>{html_lib.escape(line)}</p>" for line in lines)
    return _TEMPLATES[n % len(_TEMPLATES)].format(
        title=html_lib.escape(title), id=page_id, paragraphs=paragraphs
    )
