"""The demo newsroom's content and how each outlet renders it: pages, RSS, sitemap, sections."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import yaml

NEWSROOM_FILE = Path(__file__).with_name("newsroom.yaml")


@dataclass(frozen=True)
class DemoOutlet:
    name: str
    title: str
    host: str
    discovery: str  # rss | sitemap | section


@dataclass(frozen=True)
class DemoArticle:
    outlet: str
    path: str
    title: str
    date: str
    body: tuple[str, ...]
    phase2: dict = field(default_factory=dict)

    def paragraphs(self, phase: int) -> tuple[str, ...]:
        if phase >= 2 and "append" in self.phase2:
            return (*self.body, self.phase2["append"])
        return self.body

    def status(self, phase: int) -> int:
        return int(self.phase2.get("status", 200)) if phase >= 2 else 200


@dataclass(frozen=True)
class Newsroom:
    outlets: tuple[DemoOutlet, ...]
    articles: tuple[DemoArticle, ...]

    def outlet_for_host(self, host: str) -> DemoOutlet | None:
        return next((o for o in self.outlets if o.host == host), None)

    def articles_of(self, outlet: str) -> list[DemoArticle]:
        return [a for a in self.articles if a.outlet == outlet]


def load_newsroom(path: Path = NEWSROOM_FILE) -> Newsroom:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Newsroom(
        outlets=tuple(DemoOutlet(**o) for o in raw["outlets"]),
        articles=tuple(
            DemoArticle(**{**a, "body": tuple(a["body"]), "phase2": a.get("phase2") or {}})
            for a in raw["articles"]
        ),
    )


def _chrome(outlet: DemoOutlet, title: str, main: str) -> str:
    e = html.escape
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} | {e(outlet.title)}</title></head>
<body>
<header><nav><a href="/">{e(outlet.title)}</a> <a href="/politics/">Politics</a>
<a href="/business/">Business</a> <a href="/live">Live</a> <a href="/audio">Audio only</a></nav>
<ul class="share"><li>facebook</li><li>twitter</li><li>email</li></ul></header>
{main}
<footer><p>Subscribe to our newsletter</p><p>&copy; 2026 {e(outlet.title)}. All rights reserved.</p>
<form><label>Leave a reply</label><textarea></textarea></form></footer>
</body></html>"""


def render_article(outlet: DemoOutlet, article: DemoArticle, phase: int) -> str:
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in article.paragraphs(phase))
    main = f"""<main><article>
<h1>{e(article.title)}</h1>
<p class="byline">By staff reporters |
Published <time datetime="{article.date}">{article.date}</time></p>
{body}
</article>
<aside><h2>Related</h2><ul><li><a href="/">More news</a></li></ul></aside></main>"""
    return _chrome(outlet, article.title, main)


def render_section(outlet: DemoOutlet, articles: list[DemoArticle], section: str) -> str:
    e = html.escape
    links = "\n".join(
        f'<li><a href="{e(a.path)}">{e(a.title)}</a></li>'
        for a in articles
        if a.path.startswith(section)
    )
    return _chrome(outlet, section.strip("/").title(), f"<main><ul>{links}</ul></main>")


def render_rss(outlet: DemoOutlet, articles: list[DemoArticle], base: str) -> str:
    e = html.escape
    items = "\n".join(
        f"<item><title>{e(a.title)}</title><link>{e(base + a.path)}</link>"
        f"<pubDate>{a.date}</pubDate></item>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{e(outlet.title)}</title><link>{e(base)}/</link>{items}</channel></rss>"
    )


def render_sitemap(articles: list[DemoArticle], base: str) -> str:
    urls = "\n".join(
        f"<url><loc>{html.escape(base + a.path)}</loc><lastmod>{a.date}</lastmod></url>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
