"""revisit_pages: conditional re-fetches, and 404/410 confirmed by a second request."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from claimwatch.config.outlet import Politeness
from claimwatch.store.db import session_scope
from claimwatch.store.models import Article, CrawlRun
from spiders.crawl import RevisitTarget, revisit_pages
from spiders.loopback import LoopbackSite, Route, article_html, article_text

HOSTS = (f"127.0.1.{i}" for i in itertools.count(120))
FAST = Politeness(download_delay=0, autothrottle=False, retries=0, timeout=5)
ETAG = '"v1"'
LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT"


@pytest.fixture
def site():
    with LoopbackSite(next(HOSTS)) as running:
        yield running


def conditional(html: str):
    """Answers 304 to a request carrying the current ETag or Last-Modified."""

    def answer(headers: dict[str, str]) -> Route:
        if headers.get("if-none-match") == ETAG or headers.get("if-modified-since") == (
            LAST_MODIFIED
        ):
            return Route(status=304, content_type=None, headers={"ETag": ETAG})
        return Route(html, headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})

    return answer


def versions(url: str, page_url: str) -> list[tuple[int, str]]:
    with session_scope(url) as session:
        article = session.scalars(select(Article).where(Article.url == page_url)).one()
        return [(v.http_status, v.text) for v in article.versions]


def test_first_fetch_then_304_stores_nothing_new(site, sqlite_url):
    html = article_html("Source", article_text("source"))
    site.routes["/a/source"] = conditional(html)
    first = revisit_pages([RevisitTarget(site.url("/a/source"))], sqlite_url, politeness=FAST)
    assert first["new_items"] == 1 and first["pages"][site.url("/a/source")]["version_id"]
    with session_scope(sqlite_url) as session:
        article = session.scalars(select(Article)).one()
        assert (article.etag, article.last_modified) == (ETAG, LAST_MODIFIED)
        assert article.outlet_id is None

    target = RevisitTarget(site.url("/a/source"), etag=ETAG, last_modified=LAST_MODIFIED)
    second = revisit_pages([target], sqlite_url, politeness=FAST)
    last = site.hits[-1]
    assert last.headers["if-none-match"] == ETAG
    assert last.headers["if-modified-since"] == LAST_MODIFIED
    assert second["not_modified"] == 1 and second["new_items"] == 0
    assert len(versions(sqlite_url, site.url("/a/source"))) == 1
    with session_scope(sqlite_url) as session:
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert [(r.kind, r.status) for r in runs] == [("revisit", "ok"), ("revisit", "ok")]


def test_changed_page_gets_a_new_version(site, sqlite_url):
    site.routes["/a/p"] = Route(article_html("P", article_text("before")))
    revisit_pages([RevisitTarget(site.url("/a/p"))], sqlite_url, politeness=FAST)
    corrected = ["Correction: an earlier version of this report was wrong.", *article_text("after")]
    site.routes["/a/p"] = Route(article_html("P", corrected))
    stats = revisit_pages([RevisitTarget(site.url("/a/p"))], sqlite_url, politeness=FAST)
    assert stats["new_items"] == 1
    texts = versions(sqlite_url, site.url("/a/p"))
    assert len(texts) == 2 and "Correction" in texts[1][1]


def test_404_confirmed_by_a_second_request_is_gone(site, sqlite_url):
    site.routes["/a/gone"] = Route(article_html("G", article_text("gone")))
    revisit_pages([RevisitTarget(site.url("/a/gone"))], sqlite_url, politeness=FAST)
    site.routes["/a/gone"] = Route("<html><body>Not found</body></html>", status=404)
    site.hits.clear()
    stats = revisit_pages(
        [RevisitTarget(site.url("/a/gone"), etag=ETAG)], sqlite_url, politeness=FAST
    )
    assert site.paths() == ["/robots.txt", "/a/gone", "/a/gone"]
    assert "if-none-match" not in site.hits[-1].headers  # the confirmation is unconditional
    assert stats["gone"] == 1 and stats["new_items"] == 1
    assert versions(sqlite_url, site.url("/a/gone"))[-1] == (404, "")
    with session_scope(sqlite_url) as session:
        assert session.scalars(select(Article)).one().state == "gone"


def test_404_then_200_on_confirmation_is_live(site, sqlite_url):
    html = article_html("F", article_text("flaky"))
    site.routes["/a/flaky"] = Route(html)
    revisit_pages([RevisitTarget(site.url("/a/flaky"))], sqlite_url, politeness=FAST)
    answers = iter([Route("<html><body>Not found</body></html>", status=410), Route(html)])
    site.routes["/a/flaky"] = lambda headers: next(answers)
    stats = revisit_pages([RevisitTarget(site.url("/a/flaky"))], sqlite_url, politeness=FAST)
    assert stats.get("gone", 0) == 0 and stats["confirmed_live"] == 1
    assert [status for status, _ in versions(sqlite_url, site.url("/a/flaky"))] == [200]
    with session_scope(sqlite_url) as session:
        assert session.scalars(select(Article)).one().state == "live"


def test_server_error_is_an_error_not_a_removal(site, sqlite_url):
    site.routes["/a/p"] = Route(article_html("P", article_text("p")))
    revisit_pages([RevisitTarget(site.url("/a/p"))], sqlite_url, politeness=FAST)
    site.routes["/a/p"] = Route("<html><body>down</body></html>", status=503)
    stats = revisit_pages([RevisitTarget(site.url("/a/p"))], sqlite_url, politeness=FAST)
    assert stats["errors"] == {"http_5xx": 1} and stats.get("gone", 0) == 0
    assert stats["pages"][site.url("/a/p")]["error"] == "http_5xx"
    assert [status for status, _ in versions(sqlite_url, site.url("/a/p"))] == [200]
    assert revisit_pages([], sqlite_url) == {"kind": "revisit", "requests": 0, "pages": {}}
