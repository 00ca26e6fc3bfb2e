"""Untrusted (scraped) text made safe to show: no control characters, one line, cut cleanly."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

ELLIPSIS = "…"
# C0/C1 controls (but tab and newline), DEL, bidi overrides and isolates, BOM.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """The text with line breaks normalised to `\\n` and control characters removed."""
    value = "" if text is None else str(text)
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", value))


def one_line(text: object) -> str:
    """`clean` text with every run of whitespace (newlines included) made one space."""
    return _SPACES.sub(" ", clean(text)).strip()


def cut(text: str, limit: int) -> str:
    """The text if it fits in `limit` characters, else cut at a word boundary plus an ellipsis."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS) + 1]
    boundary = max(head.rfind(" "), head.rfind("\n"))
    if boundary >= limit // 2:
        head = head[:boundary]
    else:  # one very long word: cut inside it rather than lose most of the text
        head = head[: limit - len(ELLIPSIS)]
    return head.rstrip(" \n,;:-–—") + ELLIPSIS


def short(text: object, limit: int) -> str:
    """One clean line of at most `limit` characters."""
    return cut(one_line(text), limit)


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) link without spaces or controls, else None."""
    value = "" if url is None else str(url).strip()
    if not value or len(value) > 2000 or _SPACES.search(value) or _CONTROL.search(value):
        return None
    if any(c in value for c in "<>\"'`|\\"):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value
