"""crawl_outlet: the generic outlet spider, run in its own process against loopback sites."""

from __future__ import annotations

import gzip
import itertools
import logging
import os
import re
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from claimwatch.store.db import session_scope
from claimwatch.store.models import Article, ArticleVersion, CrawlRun, Outlet
from spiders.crawl import CrawlError, _run_child, crawl_outlet
from spiders.loopback import (
    LoopbackSite,
    Route,
    article_html,
    article_text,
    atom,
    rss1,
    rss2,
    sitemap,
    sitemap_index,
)
from spiders.urls import normalize_url

HOSTS = (f"127.0.1.{i}" for i in itertools.count(10))
FAST = {"download_delay": 0, "autothrottle": False, "retries": 0, "timeout": 5}
XML = "application/xml"


@pytest.fixture
def sites():
    started: list[LoopbackSite] = []

    def make(routes: dict | None = None) -> LoopbackSite:
        site = LoopbackSite(next(HOSTS), routes).start()
        started.append(site)
        return site

    yield make
    for site in started:
        site.stop()


def outlet_file(tmp_path: Path, name: str, **fields) -> Path:
    fields.setdefault("politeness", FAST)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"name": name, **fields}), encoding="utf-8")
    return path


def add_articles(site: LoopbackSite, paths: list[str]) -> list[str]:
    for path in paths:
        site.routes[path] = Route(article_html(f"Story {path}", article_text(path)))
    return [site.url(p) for p in paths]


def stored(url: str) -> dict[str, list[str]]:
    """Stored article URLs -> texts of their versions."""
    with session_scope(url) as session:
        return {a.url: [v.text for v in a.versions] for a in session.scalars(select(Article)).all()}


def article_hits(site: LoopbackSite) -> list[str]:
    return [p for p in site.paths() if p.startswith("/a/")]


# --- discovery ----------------------------------------------------------------------------


def test_rss_crawl_stores_articles_run_and_outlet(tmp_path, sites, db_url, caplog):
    site = sites()
    urls = add_articles(site, ["/a/1", "/a/2", "/a/3"])
    site.routes["/rss.xml"] = Route(rss2(urls), content_type="application/rss+xml")
    path = outlet_file(tmp_path, "wire", title="The Wire", feeds=[site.url("/rss.xml")])

    with caplog.at_level(logging.INFO, logger="claimwatch.crawl"):
        stats = crawl_outlet(path, db_url)

    assert stats["status"] == "ok" and stats["new_items"] == 3 and stats["items"] == 3
    assert stats["links_found"] == 3 and stats["sources"] == {"rss": 1}
    assert stats["requests"] == 5 and stats["bytes"] > 0 and stats["errors"] == {}
    with session_scope(db_url) as session:
        outlet = session.scalars(select(Outlet)).one()
        assert (outlet.name, outlet.title) == ("wire", "The Wire")
        articles = session.scalars(select(Article)).all()
        assert sorted(a.url for a in articles) == sorted(normalize_url(u) for u in urls)
        assert all(a.outlet_id == outlet.id and a.http_status == 200 for a in articles)
        versions = session.scalars(select(ArticleVersion)).all()
        assert len(versions) == 3 and all(v.matched_at is None for v in versions)
        assert all(article_text(v.title.removeprefix("Story "))[0] in v.text for v in versions)
        run = session.scalars(select(CrawlRun)).one()
        assert (run.kind, run.status, run.outlet_id) == ("crawl", "ok", outlet.id)
        assert run.finished_at is not None and run.stats["new_items"] == 3
    agents = {h.headers.get("user-agent") for h in site.hits}
    assert agents == {"claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"}
    relayed = [r.getMessage() for r in caplog.records if r.name == "claimwatch.crawl"]
    assert any("Spider opened" in m for m in relayed)  # the child's log, line by line


def _listing_modes(site: LoopbackSite, urls: list[str]) -> dict[str, dict]:
    site.routes["/rss1.xml"] = Route(rss1(urls), content_type="application/rdf+xml")
    site.routes["/rss091.xml"] = Route(rss2(urls, "0.91"), content_type="text/xml")
    site.routes["/atom.xml"] = Route(atom(urls), content_type="application/atom+xml")
    site.routes["/sitemap.xml"] = Route(sitemap(urls), content_type=XML)
    site.routes["/news.xml"] = Route(sitemap(urls, news=True), content_type=XML)
    site.routes["/part.xml.gz"] = Route(
        gzip.compress(sitemap(urls).encode()), content_type="application/gzip"
    )
    site.routes["/index.xml"] = Route(sitemap_index([site.url("/part.xml.gz")]), content_type=XML)
    return {
        "rdf": {"feeds": [site.url("/rss1.xml")]},
        "rss": {"feeds": [site.url("/rss091.xml")]},
        "atom": {"feeds": [site.url("/atom.xml")]},
        "sitemap": {"sitemaps": [site.url("/sitemap.xml")]},
        "news_sitemap": {"sitemaps": [site.url("/news.xml")]},
        "sitemap_index": {"sitemaps": [site.url("/index.xml")]},
    }


@pytest.mark.parametrize("mode", ["rdf", "rss", "atom", "sitemap", "news_sitemap", "sitemap_index"])
def test_each_listing_kind_is_detected_from_content(tmp_path, sites, sqlite_url, mode):
    site = sites()
    urls = add_articles(site, ["/a/x", "/a/y"])
    config = _listing_modes(site, urls)[mode]
    stats = crawl_outlet(outlet_file(tmp_path, "o", **config), sqlite_url)
    assert stats["sources"].get(mode) == 1
    assert stats["new_items"] == 2 and stats["errors"] == {}
    assert sorted(stored(sqlite_url)) == sorted(normalize_url(u) for u in urls)


def test_section_pages_follow_only_matching_links(tmp_path, sites, sqlite_url):
    site = sites()
    add_articles(site, ["/a/2024/one", "/a/2024/two", "/a/about-us"])
    site.routes["/world/"] = Route(
        '<html><body><nav><a href="/a/about-us">About</a><a href="/world/">World</a></nav>'
        '<ul><li><a href="/a/2024/one">One</a></li><li><a href="/a/2024/two?utm_source=s">'
        "Two</a></li></ul></body></html>"
    )
    path = outlet_file(tmp_path, "sec", sections=[site.url("/world/")], follow=[r"/a/\d{4}/"])
    stats = crawl_outlet(path, sqlite_url)
    assert stats["sources"] == {"section": 1} and stats["new_items"] == 2
    assert sorted(article_hits(site)) == ["/a/2024/one", "/a/2024/two?utm_source=s"]
    assert sorted(stored(sqlite_url)) == [site.url("/a/2024/one"), site.url("/a/2024/two")]


# --- politeness and incrementality ---------------------------------------------------------


def test_robots_disallowed_url_in_feed_is_never_requested(tmp_path, sites, sqlite_url):
    site = sites()
    urls = add_articles(site, ["/a/open", "/a/private/secret"])
    site.routes["/robots.txt"] = Route(
        "User-agent: *\nDisallow: /a/private/\n", content_type="text/plain"
    )
    site.routes["/rss.xml"] = Route(rss2(urls), content_type=XML)
    stats = crawl_outlet(outlet_file(tmp_path, "r", feeds=[site.url("/rss.xml")]), sqlite_url)
    assert site.paths()[0] == "/robots.txt"
    assert "/a/private/secret" not in site.paths()
    assert stats["skipped"] == {"robots": 1} and stats["new_items"] == 1


def test_second_run_fetches_no_article_twice(tmp_path, sites, sqlite_url):
    site = sites()
    urls = add_articles(site, ["/a/1", "/a/2"])
    site.routes["/a/1-amp"] = Route(
        article_html("Story /a/1", article_text("/a/1"), canonical=site.url("/a/1"))
    )
    variants = [urls[0] + "?utm_source=feed#top", urls[0] + "/", site.url("/a/1-amp")]
    site.routes["/rss.xml"] = Route(rss2([*urls, *variants]), content_type=XML)
    path = outlet_file(tmp_path, "inc", feeds=[site.url("/rss.xml")])

    first = crawl_outlet(path, sqlite_url)
    assert first["new_items"] == 2
    assert sorted(article_hits(site)) == ["/a/1", "/a/1-amp", "/a/2"]  # variants of /a/1 once
    assert len(stored(sqlite_url)) == 2  # the amp copy names /a/1 as canonical: stored once

    more = add_articles(site, ["/a/3"])
    site.routes["/rss.xml"] = Route(rss2([*more, *urls, *variants]), content_type=XML)
    site.hits.clear()
    second = crawl_outlet(path, sqlite_url)
    # Stored URLs are not fetched again. The amp copy may be, when /a/1 was stored before it
    # (the store keeps no alias for a URL whose page names another as canonical); it is still
    # stored only once.
    assert set(article_hits(site)) - {"/a/1-amp"} == {"/a/3"}
    assert len(article_hits(site)) == len(set(article_hits(site)))
    assert second["new_items"] == 1 and second["skipped"]["seen"] >= 2
    assert len(stored(sqlite_url)) == 3


def test_max_items_caps_new_articles_per_run(tmp_path, sites, sqlite_url):
    site = sites()
    urls = add_articles(site, [f"/a/{i}" for i in range(5)])
    site.routes["/rss.xml"] = Route(rss2(urls), content_type=XML)
    path = outlet_file(tmp_path, "cap", feeds=[site.url("/rss.xml")], max_items=2)
    assert crawl_outlet(path, sqlite_url)["new_items"] == 2
    assert article_hits(site) == ["/a/0", "/a/1"] or sorted(article_hits(site)) == ["/a/0", "/a/1"]
    stats = crawl_outlet(path, sqlite_url)
    assert stats["new_items"] == 2 and stats["skipped"]["over_max_items"] == 1
    assert len(stored(sqlite_url)) == 4


# --- bad input -----------------------------------------------------------------------------

ACCENTS = "Zürich, São Paulo et Kraków: « le président était là » pour la réunion annuelle."


def _accented_page(charset_meta: str | None) -> str:
    return article_html("Accents", [ACCENTS, *article_text("accents")], meta_charset=charset_meta)


def test_bad_input_is_counted_logged_once_and_never_stops_the_crawl(
    tmp_path, sites, sqlite_url, caplog
):
    site = sites()
    good = add_articles(site, ["/a/good"])
    routes = {
        "/a/pdf": Route(b"%PDF-1.7 binary", content_type="application/pdf"),
        "/a/big": Route(_accented_page("utf-8") + "<!--" + "x" * 300_000 + "-->"),
        "/a/garbage": Route(os.urandom(30_000), content_type="text/html; charset=utf-8"),
        "/a/latin1-header": Route(
            _accented_page(None).encode("utf-8"), content_type="text/html; charset=iso-8859-1"
        ),
        "/a/cp1252": Route(
            _accented_page("windows-1252").encode("cp1252"),
            content_type="text/html; charset=utf-8",
        ),
        "/a/no-charset": Route(_accented_page(None).encode("utf-8"), content_type="text/html"),
        "/a/missing": Route("<html><body>gone</body></html>", status=404),
        "/a/broken": Route("<html><body>oops</body></html>", status=500),
        "/a/slow": Route(_accented_page("utf-8"), delay=4.0),
        "/a/loop1": Route(status=302, headers={"Location": "/a/loop2"}),
        "/a/loop2": Route(status=302, headers={"Location": "/a/loop1"}),
        "/a/no-text": Route("<html><body><p>Subscribe now.</p></body></html>"),
    }
    site.routes.update(routes)
    listed = good + [site.url(p) for p in routes if p != "/a/loop2"]
    site.routes["/rss.xml"] = Route(rss2(listed), content_type=XML)
    site.routes["/empty.xml"] = Route(rss2([]), content_type=XML)
    site.routes["/broken.xml"] = Route("<rss><channel><item><title>Cut & off", content_type=XML)
    site.routes["/not-a-feed"] = Route("<html><body>moved</body></html>")
    politeness = {**FAST, "timeout": 1, "retries": 1, "max_page_bytes": 100_000}
    path = outlet_file(
        tmp_path,
        "bad",
        feeds=[site.url(p) for p in ("/rss.xml", "/empty.xml", "/broken.xml", "/not-a-feed")],
        sitemaps=[site.url("/no-such-sitemap.xml")],
        politeness=politeness,
    )

    with caplog.at_level(logging.INFO, logger="claimwatch.crawl"):
        stats = crawl_outlet(path, sqlite_url)

    assert stats["status"] == "ok"
    expected = {
        "not_html": "/a/pdf",
        "oversized": "/a/big",
        "undecodable": "/a/garbage",
        "http_4xx": "/a/missing",
        "http_5xx": "/a/broken",
        "timeout": "/a/slow",
        "redirect_loop": "/a/loop1",
        "malformed_xml": "/broken.xml",
        "not_a_feed": "/not-a-feed",
    }
    for kind, where in expected.items():
        assert stats["errors"].get(kind, 0) >= 1, (kind, stats["errors"])
        lines = [
            r.getMessage()
            for r in caplog.records
            if r.name == "claimwatch.crawl" and f"error {kind}: " in r.getMessage()
        ]
        assert sum(site.url(where) in line for line in lines) == 1, (kind, lines)
    assert stats["errors"]["http_4xx"] == 2  # the article and the missing sitemap
    assert stats["errors"]["empty_listing"] == 2  # the empty feed and what the broken one kept
    assert stats["no_text"] == 1
    assert site.paths().count("/a/broken") == 2  # one bounded retry
    pages = stored(sqlite_url)
    with_text = {u for u, texts in pages.items() if texts}
    assert with_text == {
        normalize_url(good[0]),
        *(site.url(p) for p in ("/a/latin1-header", "/a/cp1252", "/a/no-charset")),
    }
    for path_ in ("/a/latin1-header", "/a/cp1252", "/a/no-charset"):
        assert ACCENTS in pages[site.url(path_)][0]
    assert all("\ufffd" not in t for texts in pages.values() for t in texts)
    assert pages[site.url("/a/no-text")] == []  # fetched, stored as seen, nothing to match


def test_unreachable_outlet_finishes_with_errors(tmp_path, sites, sqlite_url):
    site = sites()
    feed = site.url("/rss.xml")
    site.stop()  # nothing listens there any more
    stats = crawl_outlet(outlet_file(tmp_path, "down", feeds=[feed]), sqlite_url)
    assert stats["status"] == "ok" and stats["requests"] >= 1
    assert set(stats["errors"]) == {"connection_refused"}


def test_invalid_outlet_file_raises_crawl_error(tmp_path, sqlite_url):
    path = tmp_path / "bad.yaml"
    path.write_text("name: bad\nfeeds: [nope]\n", encoding="utf-8")
    with pytest.raises(CrawlError, match=r"bad.yaml: feeds.0: .*not an http\(s\) URL"):
        crawl_outlet(path, sqlite_url)


def test_failing_crawl_process_raises_and_marks_the_run_failed(tmp_path, sqlite_url):
    from spiders.bookkeeping import start_run

    with session_scope(sqlite_url) as session:
        run_id = start_run(session, "crawl")
    missing = tmp_path / "gone.yaml"
    with pytest.raises(CrawlError, match=r"(?s)exit code 2.*cannot read"):
        _run_child(["outlet", "--file", str(missing)], sqlite_url, run_id, "crawl of 'x'", 60)
    with session_scope(sqlite_url) as session:
        run = session.get(CrawlRun, run_id)
        assert run.status == "failed" and re.search("exit code 2", run.stats["error"])
