"""parse_listing / section_links / canonical_link: article links from feeds, sitemaps, pages."""

import gzip
import re

from spiders.discovery import canonical_link, parse_listing, section_links
from spiders.loopback import atom, rss1, rss2, sitemap, sitemap_index

BASE = "https://news.example.org/feed"
URLS = ["https://news.example.org/a/1", "https://news.example.org/a/2"]


def test_rss_2_and_0_91():
    for version in ("2.0", "0.91", "0.92"):
        listing = parse_listing(rss2(URLS, version).encode(), BASE)
        assert (listing.kind, listing.urls, listing.malformed) == ("rss", URLS, False)


def test_rss_guid_permalink_used_when_link_missing():
    body = (
        '<rss version="2.0"><channel><item><guid>https://news.example.org/g/1</guid></item>'
        '<item><guid isPermaLink="false">tag:x</guid></item></channel></rss>'
    )
    assert parse_listing(body.encode(), BASE).urls == ["https://news.example.org/g/1"]


def test_rss_1_0_rdf():
    listing = parse_listing(rss1(URLS).encode(), BASE)
    assert (listing.kind, listing.urls) == ("rdf", URLS)


def test_atom_with_relative_links():
    body = atom(["/a/1", "/a/2"]).encode()
    assert parse_listing(body, BASE) == parse_listing(atom(URLS).encode(), BASE)
    assert parse_listing(body, BASE).kind == "atom"


def test_sitemap_newest_first_and_gzipped():
    body = sitemap(URLS).encode()  # lastmod 2024-05-01, 2024-05-02
    listing = parse_listing(body, BASE)
    assert (listing.kind, listing.urls) == ("sitemap", URLS[::-1])
    assert parse_listing(gzip.compress(body), BASE) == listing


def test_news_sitemap_and_index():
    assert parse_listing(sitemap(URLS, news=True).encode(), BASE).kind == "news_sitemap"
    index = parse_listing(sitemap_index(["https://news.example.org/s1.xml"]).encode(), BASE)
    assert (index.kind, index.urls) == ("sitemap_index", ["https://news.example.org/s1.xml"])


def test_empty_malformed_and_not_xml():
    assert parse_listing(b"", BASE).kind == "empty"
    assert parse_listing(rss2([]).encode(), BASE).urls == []
    broken = parse_listing(rss2(URLS).encode()[:-30], BASE)  # truncated mid-document
    assert broken.malformed and broken.urls == URLS
    assert parse_listing(b"<<<>>> not xml at all &&&", BASE).kind == "not_xml"
    assert parse_listing(b"<!DOCTYPE html><html><body>hi</body></html>", BASE).kind == "not_xml"
    assert parse_listing(b"<opml><body/></opml>", BASE).kind == "unknown"


def test_section_links_follow_regexes_and_selector():
    html = (
        '<nav><a href="/world/">World</a><a href="/about">About</a></nav>'
        '<div class="river"><a href="/world/2024/05/one">One</a>'
        '<a href="https://news.example.org/world/2024/05/two#c">Two</a></div>'
        '<aside><a href="/world/2023/01/old">Old</a></aside>'
    )
    follow = [re.compile(r"/world/\d{4}/")]
    base = "https://news.example.org/world/"
    assert section_links(html, base, follow) == [
        "https://news.example.org/world/2024/05/one",
        "https://news.example.org/world/2024/05/two#c",
        "https://news.example.org/world/2023/01/old",
    ]
    assert len(section_links(html, base, follow, "div.river")) == 2
    assert len(section_links(html, base, follow, "xpath://div//a/@href")) == 2
    assert len(section_links(html, base, follow, "div.river a")) == 2
    # a selector alone (no follow regexes) takes every link it selects
    assert len(section_links(html, base, [], "div.river a")) == 2


def test_canonical_link():
    html = '<head><link rel="canonical" href="/a/1"></head>'
    assert canonical_link(html, "https://news.example.org/a/1?x=1") == URLS[0]
    assert canonical_link("<p>none</p>", URLS[0]) is None
