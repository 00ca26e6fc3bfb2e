"""Cutting and cleaning untrusted text."""

from alerts.safe_text import clean, cut, one_line, safe_url


def test_cut_keeps_short_text_and_cuts_long_text_at_a_word():
    assert cut("short text", 20) == "short text"
    assert cut("the quick brown fox jumps", 15) == "the quick…"
    assert len(cut("the quick brown fox jumps", 15)) <= 15


def test_cut_splits_one_huge_word_rather_than_dropping_everything():
    assert cut("x" * 50, 10) == "x" * 9 + "…"


def test_control_characters_and_line_breaks_are_removed_or_normalised():
    assert clean("a\r\nb\rc\x00d\u202ee") == "a\nb\ncde"
    assert one_line(" a\r\n\tb \u2028 c ") == "a b c"


def test_only_plain_http_links_are_links():
    assert safe_url("https://example.org/a?b=1#c") == "https://example.org/a?b=1#c"
    for bad in ("javascript:alert(1)", "https://a b", "data:text/html,x", "https://x/<a>", "//x"):
        assert safe_url(bad) is None
