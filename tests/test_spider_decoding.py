"""decode_html: charset by header, then <meta>, then detection; garbage is refused."""

import os

from spiders.decoding import decode_html, looks_like_html

TEXT = "Le président a visité Zürich et São Paulo — « une journée chargée »."


def page(charset_meta: str | None = None) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f"<html><head>{meta}</head><body><p>{TEXT}</p></body></html>"


def test_header_charset_is_used():
    decoded = decode_html(page().encode("cp1252"), "text/html; charset=windows-1252")
    assert TEXT in decoded.text and decoded.how == "header"


def test_meta_charset_used_when_header_has_none():
    russian = "Министр заявил, что доклад будет опубликован на следующей неделе."
    body = f'<html><head><meta charset="koi8-r"></head><body><p>{russian}</p></body></html>'
    decoded = decode_html(body.encode("koi8-r"), "text/html")
    assert russian in decoded.text and decoded.how == "meta"


def test_wrong_header_latin1_over_utf8_is_overridden():
    decoded = decode_html(page().encode("utf-8"), "text/html; charset=iso-8859-1")
    assert TEXT in decoded.text and decoded.encoding == "utf-8"


def test_wrong_header_utf8_over_cp1252_falls_through_to_meta_then_detection():
    body = page("windows-1252").encode("cp1252")
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert TEXT in decoded.text and decoded.how == "meta"
    decoded = decode_html(page().encode("cp1252"), "text/html")
    assert "Zürich" in decoded.text and decoded.how == "detected"


def test_missing_charset_utf8_detected():
    decoded = decode_html(page().encode("utf-8"), None)
    assert TEXT in decoded.text


def test_utf8_bom_wins():
    decoded = decode_html(b"\xef\xbb\xbf" + page().encode("utf-8"), "text/html; charset=latin-1")
    assert TEXT in decoded.text and decoded.how == "bom"


def test_binary_garbage_is_undecodable():
    assert decode_html(os.urandom(20_000), "text/html; charset=utf-8") is None
    assert decode_html(b"   ", "text/html") is None


def test_html_detection_by_type_and_sniffing():
    assert looks_like_html("text/html; charset=utf-8", b"")
    assert looks_like_html("application/xhtml+xml", b"")
    assert not looks_like_html("application/pdf", b"%PDF-1.7")
    assert not looks_like_html("image/png", b"<html>")
    assert looks_like_html(None, b"  <!DOCTYPE html><html>")
    assert not looks_like_html(None, b"%PDF-1.7")
