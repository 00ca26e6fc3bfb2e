"""Turning a page's bytes into text: charset from the header, then <meta>, then detection."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A single-byte charset declared for bytes that are valid UTF-8 with non-ASCII sequences is
# almost always a wrong declaration: such sequences are vanishingly rare in real Latin-1 text.
_SINGLE_BYTE = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
MAX_BAD_CHAR_RATIO = 0.01


@dataclass(frozen=True)
class Decoded:
    """A page's text and how its charset was found (bom, header, meta, detected)."""

    text: str
    encoding: str
    how: str


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.+-]+)", content_type, re.I)
    return match.group(1) if match else None


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def looks_like_html(content_type: str | None, body: bytes) -> bool:
    """True for HTML content types, or for a missing/generic type whose bytes start like HTML."""
    kind = media_type(content_type)
    if kind in HTML_TYPES:
        return True
    if kind and kind not in ("application/octet-stream", "text/plain"):
        return False
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def _plausible(text: str) -> bool:
    if not text.strip():
        return False
    bad = len(_CONTROL.findall(text))
    return bad <= max(2, len(text) * MAX_BAD_CHAR_RATIO)


def _try(body: bytes, encoding: str) -> str | None:
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _plausible(text) else None


def _is_utf8_with_non_ascii(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(body: bytes, content_type: str | None = None) -> Decoded | None:
    """Decode a page: BOM, then the header's charset, then <meta>, then detection.

    A declared charset that cannot decode the bytes is skipped, and a single-byte declaration
    over valid UTF-8 is overridden. Returns None for bytes that are not text in any charset.
    """
    if not body.strip():
        return None
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            text = _try(body, name)
            return Decoded(text, name, "bom") if text is not None else None
    meta = _META_CHARSET.search(body[:4096])
    declared = [
        ("header", _codec(charset_of(content_type))),
        ("meta", _codec(meta.group(1).decode("ascii", "replace") if meta else None)),
    ]
    for how, encoding in declared:
        if encoding is None:
            continue
        if encoding in _SINGLE_BYTE and _is_utf8_with_non_ascii(body):
            return Decoded(body.decode("utf-8"), "utf-8", "detected")
        text = _try(body, encoding)
        if text is not None:
            return Decoded(text, encoding, how)
    return _detect(body)


def _detect(body: bytes) -> Decoded | None:
    text = _try(body, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "detected")
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is not None and best.encoding:
        text = _try(body, best.encoding)
        if text is not None:
            return Decoded(text, _codec(best.encoding) or best.encoding, "detected")
    return None
