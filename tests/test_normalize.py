"""Normalisation of text before matching: folded quotes and dashes, words, shares."""

from pipelines.normalize import normalize, raw_tokens


def test_quotes_dashes_case_and_spaces_are_folded():
    assert normalize("\u201cUp\u201d \u2014 by  20\u00a0percent") == '"up" - by 20 percent'


def test_a_share_is_the_word_percent_however_written():
    assert raw_tokens("up 21% or 21 % or 21 per cent or 21 Per Cent") == [
        "up",
        "21",
        "percent",
        "or",
        "21",
        "percent",
        "or",
        "21",
        "percent",
        "or",
        "21",
        "percent",
    ]
