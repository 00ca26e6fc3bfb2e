"""From a Scrapy response to a PageItem, turning away what is not a decodable HTML page."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from spiders.decoding import Decoded, decode_html, looks_like_html, media_type
from spiders.discovery import canonical_link
from spiders.items import PageItem, kept_headers
from spiders.tally import Tally
from spiders.urls import normalize_url


def header(response, name: str) -> str | None:  # noqa: ANN001 - scrapy Response
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None


def same_site(a: str, b: str) -> bool:
    """Same host, ignoring a leading www."""
    host_a = (urlsplit(a).hostname or "").removeprefix("www.")
    return bool(host_a) and host_a == (urlsplit(b).hostname or "").removeprefix("www.")


def decoded_page(response, tally: Tally) -> Decoded | None:  # noqa: ANN001 - scrapy Response
    """The response's HTML decoded, or None (counted and logged) when it is not HTML or cannot
    be decoded."""
    content_type = header(response, "Content-Type")
    body = response.body
    if not looks_like_html(content_type, body):
        tally.bad("not_html", response.url, media_type(content_type) or "no content type")
        return None
    decoded = decode_html(body, content_type)
    if decoded is None:
        tally.bad("undecodable", response.url, f"{len(body)} bytes")
    return decoded


def page_item(
    response,  # noqa: ANN001 - scrapy Response
    url: str,
    tally: Tally,
    *,
    outlet: str | None = None,
    outlet_id: int | None = None,
) -> PageItem | None:
    """The page, or None (counted and logged) when it is not HTML or cannot be decoded."""
    decoded = decoded_page(response, tally)
    if decoded is None:
        return None
    canonical = canonical_link(decoded.text, response.url)
    if canonical is not None and not same_site(canonical, response.url):
        canonical = None  # a syndicated copy names its original: still a page of its own
    if canonical is None and normalize_url(response.url) != url:
        canonical = response.url  # redirected: where it answered is the better name
    return PageItem(
        url=url,
        fetched_url=response.url,
        status=response.status,
        fetched_at=datetime.now(UTC),
        html=decoded.text,
        canonical_url=normalize_url(canonical) if canonical else None,
        headers=kept_headers(response.headers),
        encoding=decoded.encoding,
        outlet=outlet,
        outlet_id=outlet_id,
    )
