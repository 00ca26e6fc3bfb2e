"""The item both spiders yield: one fetched page, ready for extraction and storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Response headers worth keeping: they drive conditional revisits and charset/language handling.
KEPT_HEADERS = ("content-type", "content-language", "etag", "last-modified", "date")


@dataclass
class PageItem:
    """A page as fetched.

    url: the normalised URL it is stored under (the one that was requested);
    fetched_url: where it finally answered, after redirects;
    html: decoded text ("" for 304, 404, 410); headers: KEPT_HEADERS, lower-cased names.
    """

    url: str
    fetched_url: str
    status: int
    fetched_at: datetime
    html: str = ""
    canonical_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    outlet: str | None = None
    outlet_id: int | None = None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def kept_headers(headers) -> dict[str, str]:  # noqa: ANN001 - scrapy Headers
    """The KEPT_HEADERS of a Scrapy response, as text."""
    kept = {}
    for name in KEPT_HEADERS:
        value = headers.get(name)
        if value is not None:
            kept[name] = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return kept
