"""Normalisation of text before matching: folded quotes and dashes, words, shares."""

from pipelines.normalize import hyphen_joined, normalize, raw_tokens


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


def test_the_second_half_of_a_hyphenated_compound_is_joined_to_the_first():
    text = "Sugar-free gum and long-term care re-elected the under-16s, said 20-year-old Ann."
    words = raw_tokens(text)
    assert [words[i] for i in sorted(hyphen_joined(text))] == ["free", "term", "old"]
    assert hyphen_joined("A sugar - free gum, with spaces round the dash.") == frozenset()
