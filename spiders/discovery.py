"""Finding article links in feeds (RSS 0.9x/1.0/2.0, Atom), sitemaps and section pages."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

MAX_XML_BYTES = 50_000_000  # the sitemap protocol's own cap on an uncompressed file


@dataclass(frozen=True)
class Listing:
    """What a feed or sitemap lists.

    kind: rss | rdf | atom | sitemap | news_sitemap | sitemap_index | empty | not_xml | unknown
    urls: article URLs (or, for a sitemap index, child sitemap URLs), newest first where known.
    malformed: the XML was broken and what could be salvaged was.
    """

    kind: str
    urls: list[str] = field(default_factory=list)
    malformed: bool = False


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(elem, name: str) -> list:
    return [c for c in elem if _local(c.tag) == name]


def _text(elem) -> str:
    return (elem.text or "").strip() if elem is not None else ""


def maybe_gunzip(body: bytes, max_size: int = MAX_XML_BYTES) -> bytes:
    """Uncompress a gzipped sitemap (`.xml.gz` served as a file); other bytes pass through."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = decomp.decompress(body, max_size + 1)
    except zlib.error as exc:
        raise ValueError(f"broken gzip data: {exc}") from exc
    if len(data) > max_size:
        raise ValueError(f"uncompressed size exceeds {max_size} bytes")
    return data


def _parse(body: bytes):
    """(root element or None, malformed?)."""
    from lxml import etree

    strict = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, strict), False
    except etree.XMLSyntaxError:
        pass
    lenient = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=False
    )
    try:
        root = etree.fromstring(body, lenient)
    except etree.XMLSyntaxError:
        root = None
    return root, True


def parse_listing(body: bytes, base_url: str) -> Listing:
    """Detect a feed or sitemap from its content and list the URLs it points to."""
    try:
        body = maybe_gunzip(body)
    except ValueError:
        return Listing("not_xml", malformed=True)
    if not body.strip():
        return Listing("empty")
    head = body.lstrip()[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return Listing("not_xml")
    root, malformed = _parse(body.lstrip())
    if root is None:
        return Listing("not_xml", malformed=True)
    kind, urls = _read(root, base_url)
    return Listing(kind, urls, malformed)


def _read(root, base_url: str) -> tuple[str, list[str]]:
    name = _local(root.tag)
    if name == "rss":
        items = [i for ch in _children(root, "channel") for i in _children(ch, "item")]
        return "rss", _dedupe(_rss_link(i, base_url) for i in items)
    if name == "rdf":  # RSS 0.90 and 1.0 put items beside the channel
        return "rdf", _dedupe(_rss_link(i, base_url) for i in _children(root, "item"))
    if name == "feed":
        return "atom", _dedupe(_atom_link(e, base_url) for e in _children(root, "entry"))
    if name == "urlset":
        entries = _children(root, "url")
        news = any(_local(c.tag) == "news" for e in entries for c in e)
        dated = [(_lastmod(e), _resolve(_text(_first(e, "loc")), base_url)) for e in entries]
        return ("news_sitemap" if news else "sitemap"), _dedupe(_newest_first(dated))
    if name == "sitemapindex":
        dated = [
            (_lastmod(e), _resolve(_text(_first(e, "loc")), base_url))
            for e in _children(root, "sitemap")
        ]
        return "sitemap_index", _dedupe(_newest_first(dated))
    return "unknown", []


def _first(elem, name: str):
    found = _children(elem, name)
    return found[0] if found else None


def _lastmod(entry) -> str:
    """The entry's date (sitemap lastmod or news publication_date) as sortable ISO text."""
    stamp = _text(_first(entry, "lastmod"))
    news = _first(entry, "news")
    if news is not None:
        stamp = _text(_first(news, "publication_date")) or stamp
    return stamp


def _newest_first(dated: list[tuple[str, str]]) -> list[str]:
    """URLs by date, newest first; undated ones after, in document order (sort is stable)."""
    return [url for stamp, url in sorted(dated, key=lambda d: d[0], reverse=True)]


def _rss_link(item, base_url: str) -> str:
    link = _text(_first(item, "link"))
    if not link:
        guid = _first(item, "guid")
        if guid is not None and guid.get("isPermaLink", "true").lower() != "false":
            link = _text(guid)
    if not link:
        about = next((v for k, v in item.attrib.items() if _local(k) == "about"), "")
        link = about.strip()
    return _resolve(link, base_url)


def _atom_link(entry, base_url: str) -> str:
    links = _children(entry, "link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return _resolve(link.get("href").strip(), base_url)
    return ""


def _resolve(link: str, base_url: str) -> str:
    if not link:
        return ""
    url = urljoin(base_url, link)
    return url if urlsplit(url).scheme in ("http", "https") else ""


def _dedupe(urls: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for url in urls:
        if url:
            seen.setdefault(url, None)
    return list(seen)


def section_links(
    html: str, base_url: str, follow: list[re.Pattern[str]], links_selector: str | None = None
) -> list[str]:
    """Links of a section page that match one of the follow regexes, in page order.

    With a links selector and no follow regexes, every selected link is an article link.
    """
    from parsel import Selector

    sel = Selector(text=html)
    if links_selector:
        scope = (
            sel.xpath(links_selector.removeprefix("xpath:"))
            if links_selector.startswith("xpath:")
            else sel.css(links_selector)
        )
        hrefs = [href for node in scope for href in _hrefs_of(node)]
    else:
        hrefs = sel.css("a::attr(href)").getall()
    urls = (_resolve(h.strip(), base_url) for h in hrefs)
    wanted = (
        (lambda u: True)
        if links_selector and not follow
        else (lambda u: any(p.search(u) for p in follow))
    )
    return _dedupe(u for u in urls if u and wanted(u))


def _hrefs_of(node) -> list[str]:
    """A selected link element's href, a selected attribute value, or the links inside a block."""
    if isinstance(node.root, str):  # an attribute or text node, e.g. xpath://a/@href
        return [node.root]
    if node.attrib.get("href"):
        return [node.attrib["href"]]
    return node.css("a::attr(href)").getall()


def canonical_link(html: str, base_url: str) -> str | None:
    """The page's <link rel="canonical"> as an absolute URL, if it has one."""
    from parsel import Selector

    for node in Selector(text=html).css("link[href]"):
        rels = (node.attrib.get("rel") or "").lower().split()
        if "canonical" in rels:
            return _resolve(node.attrib["href"].strip(), base_url) or None
    return None
