"""Text normalisation before fingerprinting and matching: NFKC, quotes, dashes, case, spaces."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
_TOKEN = re.compile(r"[^\W_]+(?:['.,][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """NFKC with typographic quotes and dashes made plain and footnote marks dropped; case kept."""
    return _FOOTNOTE.sub("", unicodedata.normalize("NFKC", text).translate(_FOLD))


def normalize(text: str) -> str:
    """NFKC, plain quotes and dashes, lower case, single spaces."""
    return " ".join(fold(text).lower().split())


def tokens(text: str) -> list[str]:
    """The words of a text after normalisation (apostrophes and inner dots kept: u.s., don't)."""
    return _TOKEN.findall(normalize(text))


# A share written with a sign or in two words ("21%", "21 per cent") is the word "percent".
_PERCENT = re.compile(r"(?<=\d)\s*%|\bper\s+cent\b", re.IGNORECASE)


def _folded_shares(text: str) -> str:
    return _PERCENT.sub(" percent", fold(text))


def raw_tokens(text: str) -> list[str]:
    """The words of a folded text with their case, for telling names from common words; a
    share is always written "percent"."""
    return _TOKEN.findall(_folded_shares(text))


def hyphen_joined(text: str) -> frozenset[int]:
    """Indices of the words of `raw_tokens(text)` joined by a hyphen to a word of more than
    three letters before them, both all letters ("sugar-[free]", "long-[term]"; not
    "re-elected", "co-founded", "under-16s"): the second half of a compound."""
    folded = _folded_shares(text)
    found = list(_TOKEN.finditer(folded))
    return frozenset(
        i
        for i, m in enumerate(found)
        if i > 0
        and folded[found[i - 1].end() : m.start()] == "-"
        and len(found[i - 1].group()) > 3
        and found[i - 1].group().isalpha()
        and m.group().isalpha()
    )
