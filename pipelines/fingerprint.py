"""64-bit simhash fingerprints of normalised text, as signed integers fit for a BIGINT column."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """NFKC, plain quotes and dashes, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


def to_signed(value: int) -> int:
    return value - (1 << 64) if value >= (1 << 63) else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def simhash64(text: str) -> int:
    """The simhash of a text's word 3-shingles, as a signed 64-bit integer."""
    from simhash import Simhash

    toks = tokens(text)
    features = [" ".join(toks[i : i + 3]) for i in range(max(1, len(toks) - 2))]
    return to_signed(Simhash(features, f=64).value)
