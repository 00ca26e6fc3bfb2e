"""Cutting a text into sentences and short windows: the passages that carry or miss a claim."""

from __future__ import annotations

import re

from pipelines.normalize import fold

_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep st jr sr inc ltd co corp no vs "
    "etc approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e".split()
)
# A sentence ends at . ! ? (possibly followed by closing quotes/brackets) before a space and a
# capital, a digit or an opening quote; a line break always ends one.
_END = re.compile(r"""([.!?]+["')\]]*)\s+(?=["'(\[]?[A-Z0-9])""")
_LINES = re.compile(r"\s*\n\s*")
_BULLET = re.compile(r"^[\s\u2022*\-\u25cf\u25aa>]+")
MIN_WORDS = 4


def _split_line(line: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _END.finditer(line):
        end = m.end(1)
        before = line[start : m.start(1)].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group(1) == "." and (last in _ABBREV or (len(last) == 1 and last.isalpha())):
            continue
        out.append(line[start:end].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def sentences(text: str, min_words: int = MIN_WORDS) -> list[str]:
    """The sentences of a text (folded quotes, no bullets), those under `min_words` dropped."""
    out = []
    for line in _LINES.split(fold(text)):
        line = _BULLET.sub("", line)
        for s in _split_line(line):
            if len(s.split()) >= min_words:
                out.append(s)
    return out


def windows(sents: list[str], size: int = 2) -> list[tuple[int, str]]:
    """Each sentence and each run of up to `size` neighbours, with the index of the first."""
    out = [(i, s) for i, s in enumerate(sents)]
    for width in range(2, size + 1):
        out += [(i, " ".join(sents[i : i + width])) for i in range(len(sents) - width + 1)]
    return out
