"""The figures a passage states as values, and which of a claim's figures it restates rounded.

"Nearly 1,500" restates 1,480, "about one in eight" restates 12 percent, "a third" restates
31 percent, "around a dozen" restates eleven and "almost a metre" 94 centimetres: the same
figure in other words, which makes a rewording (a changed number), not another claim. Pure
functions on normalised words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipelines.lexicon import (
    NUMBER_WORDS,
    bounded_figure,
    canonical,
    is_common_plural,
    word_classes,
)

SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
DENOMINATORS = {
    form: n
    for n, word in enumerate(
        "half third quarter fifth sixth seventh eighth ninth tenth".split(), start=2
    )
    for form in (word, word + "s")
} | {"halves": 2}
# Words that count in round numbers ("more than a dozen", "hundreds of"): figures in words.
# The counts a plural round number stands for: "hundreds of jobs" for 350, "dozens" for 40.
ROUND_RANGES = {
    "dozens": (24.0, 144.0),
    "hundreds": (200.0, 1000.0),
    "thousands": (2000.0, 1e6),
    "millions": (2e6, 1e9),
}
ROUND_COUNTS = frozenset({"dozen", *ROUND_RANGES})
# Units a figure may be restated in ("almost a metre" for 94 centimetres, "a day" for 24 hours):
# each word's dimension and its size in that dimension's base unit.
_UNIT_SIZES = {
    # (a speed is read as the distance of its hour: "191 kilometres per hour", "nearly 120
    # miles an hour" and "119mph" are one figure)
    "length": {
        "millimetre mm": 1e-3,
        "centimetre cm": 1e-2,
        "inch inches": 0.0254,
        "foot feet ft": 0.3048,
        "metre": 1.0,
        "kilometre km kph": 1e3,
        "mile mph": 1609.344,
    },
    "mass": {"gram": 1e-3, "kilogram kilo kg": 1.0, "tonne ton": 1e3},
    "time": {
        "second": 1.0,
        "minute": 60.0,
        "hour": 3600.0,
        "day": 86400.0,
        "week": 604800.0,
        "month": 2629800.0,  # a twelfth of a year
        "year": 31557600.0,  # 365.25 days
        "decade": 315576000.0,
    },
}
UNITS = {
    form: (dimension, size)
    for dimension, sizes in _UNIT_SIZES.items()
    for spellings, size in sizes.items()
    for word in spellings.split()
    for singular in (word, word.replace("metre", "meter"))  # British and American spelling
    for form in (singular, singular + "s")
}
# Words that say a figure is rounded, and which way the true figure lies: "nearly 1,500" (at most
# 1,500), "more than 400 million" (at least), "about 30 percent" (either side).
AT_MOST = frozenset("nearly almost under less fewer close".split())
AT_LEAST = frozenset("over more upwards least".split())
ABOUT = frozenset("about around roughly approximately some estimated".split())
CLOSE = 0.1  # a bare figure this close (relative) to the claim's restates it
ROUNDED = 0.2  # a figure with a rounding word this close restates it


@dataclass(frozen=True)
class Figure:
    """One figure of a passage: its value, whether it is a share (percent or fraction) or a
    count, whether a rounding word comes before it, and the words it is written with."""

    value: float
    share: bool
    rounded: str  # "" (a bare figure), "about", "at most" or "at least"
    words: tuple[str, ...]
    unit: str = ""  # its unit's dimension ("length", "time"); `value` is then in the base unit


_AND_A_HALF = ("and", "a", "half")


def _unit_suffix(word: str) -> tuple[float, str] | None:
    """A figure written together with its unit ("41cm", "3.5km"): its value and unit word."""
    head = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = word[len(head) :]
    if head and unit in UNITS and unit not in SUFFIXES and (v := _digits(head)) is not None:
        return v, unit
    return None


def _digits(word: str) -> float | None:
    w = word.replace(",", "")
    for suffix, scale in SUFFIXES.items():
        if w.endswith(suffix) and w[: -len(suffix)].replace(".", "", 1).isdigit():
            return float(w[: -len(suffix)]) * scale
    if w.replace(".", "", 1).isdigit():
        return float(w)
    return None


def _count(word: str) -> float | None:
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if word in ("a", "an", "one"):
        return 1.0
    return _digits(word)


def _rounding(before: tuple[str, ...]) -> str:
    for w in reversed(before):
        if w in AT_MOST:
            return "at most"
        if w in AT_LEAST:
            return "at least"
        if w in ABOUT:
            return "about"
    return ""


def _is_year(word: str, value: float) -> bool:
    return word.isdigit() and len(word) == 4 and 1800 <= value <= 2100


@lru_cache(maxsize=8192)
def figures(words: tuple[str, ...]) -> tuple[Figure, ...]:
    """The figures in a passage's words, in order. Years are left out: a year is a date, and
    1987 is not "nearly 1990"."""
    out: list[Figure] = []
    i = 0
    while i < len(words):
        w = words[i]
        start = i
        value: float | None = None
        share = False
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in DENOMINATORS:
            # "half", "a third", "two thirds" (a numerator already read as a figure is its part)
            prev = words[i - 1] if i > 0 else ""
            num = _count(prev)
            if num is None and not w.startswith("hal"):
                i += 1
                continue  # an ordinal: "the third time", "her tenth birthday"
            if num is not None and out and out[-1].words == (prev,):
                out.pop()
            start = i - 1 if num is not None else i
            value, share = (num or 1.0) / DENOMINATORS[w], True
            # a part of a unit or a scale: "half a year", "a quarter of a billion"
            k = i + 2 if words[i + 1 : i + 2] == ("of",) else i + 1
            if words[k : k + 1] in (("a",), ("an",)) and k + 1 < len(words):
                after = words[k + 1]
                if after in SCALES:
                    value, share, i = value * SCALES[after], False, k + 1
                elif after in UNITS:
                    share, i = False, k  # the unit is read below
        elif w == "dozen":
            num = _count(words[i - 1]) if i > 0 else None
            if out and i > 0 and out[-1].words == (words[i - 1],):
                out.pop()
            value = 12.0 * (num or 1.0)
            start = i - 1 if num is not None else i
        elif (joined := _unit_suffix(w)) is not None:
            dimension, size = UNITS[joined[1]]
            rounded = _rounding(words[max(0, i - 2) : i])
            out.append(Figure(joined[0] * size, False, rounded, (w,), dimension))
            i += 1
            continue
        elif (c := _count(w)) is not None and (w not in ("a", "an") or nxt in UNITS):
            value = c
            if w in NUMBER_WORDS and nxt in NUMBER_WORDS and int(NUMBER_WORDS[w]) >= 20:
                value += float(NUMBER_WORDS[nxt])  # "twenty five"
                i += 1
            if words[i + 1 : i + 4] == _AND_A_HALF and words[i + 4 : i + 5] != ("of",):
                value += 0.5  # "two and a half million"
                i += 3
            # "one in eight", "two out of five"
            rest = words[i + 1 : i + 4]
            if rest[:1] == ("in",) or rest[:2] == ("out", "of"):
                k = 1 if rest[0] == "in" else 2
                if k < len(rest) and rest[k] == "every":
                    k += 1
                den = _count(rest[k]) if k < len(rest) else None
                if den and not _is_year(rest[k], den):
                    rounded = _rounding(words[max(0, start - 2) : start])
                    out.append(Figure(value / den, True, rounded, words[start : i + 2 + k]))
                    i += 2 + k
                    continue
            while i + 1 < len(words) and words[i + 1] in SCALES:
                value *= SCALES[words[i + 1]]
                i += 1
            if i + 1 < len(words) and words[i + 1] == "percent":  # "21%", "per cent" too
                value, share = value / 100, True
                i += 1
            if _is_year(w, value) and i == start:
                value = None
        unit = ""
        if value is not None and not share and i + 1 < len(words) and words[i + 1] in UNITS:
            unit, size = UNITS[words[i + 1]]
            value *= size
            i += 1
            if words[i + 1 : i + 4] == _AND_A_HALF:
                value += 0.5 * size  # "a year and a half"
                i += 3
        if value is not None:
            rounded = _rounding(words[max(0, start - 2) : start])
            out.append(Figure(value, share, rounded, words[start : i + 1], unit))
        i += 1
    return tuple(out)


def _agree(claim: Figure, passage: Figure) -> bool:
    """Whether a passage's figure is the claim's, perhaps rounded ("nearly 1,500" for 1,480;
    not "over 80" for 75)."""
    if claim.share != passage.share or claim.unit != passage.unit or not claim.value:
        return False
    off = (passage.value - claim.value) / claim.value
    if not passage.rounded:
        return abs(off) <= CLOSE
    if passage.rounded == "at most":
        return 0 <= off <= ROUNDED
    if passage.rounded == "at least":
        return -ROUNDED <= off <= 0
    return abs(off) <= ROUNDED


@lru_cache(maxsize=65536)
def restated(
    claim_words: tuple[str, ...], passage_words: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str]]:
    """The canonical words of the claim's figures (with "percent" for a share) that the passage
    states with the same value in other words ("£410m" for "£410 million"), and those it
    restates rounded ("nearly 1,500" for 1,480): a changed number."""
    same: set[str] = set()
    near: set[str] = set()
    ours = figures(passage_words)
    plural_counts = [ROUND_RANGES[w] for w in passage_words if w in ROUND_RANGES]
    for f in figures(claim_words):
        words = {canonical(w) for w in f.words}
        if any(p.share == f.share and p.unit == f.unit and p.value == f.value for p in ours):
            same |= words
        elif any(_agree(f, p) for p in ours):
            near |= words
        elif not f.share and not f.unit and any(lo <= f.value < hi for lo, hi in plural_counts):
            near |= words  # "hundreds of jobs" for 350 jobs
    return frozenset(same), frozenset(near)


# Figures that bound a group of people rather than count or measure: "adults [over 65]", "people
# aged [under 19]", "the [over-60s]", "those aged [25 and over]", "volunteers aged [65 to 88]".
_BOUND_BEFORE = {"under": "under", "below": "under", "over": "over", "above": "over"}
_THAN = {"younger": "under", "older": "over"}
_BOUND_AFTER = _BOUND_BEFORE | _THAN  # "25 and over", "65 or older"
_PEOPLE = frozenset("people children men women those aged".split())


def _group_figure(words: tuple[str, ...], i: int) -> float | None:
    bounded = bounded_figure(words, i)  # "the over-[60s]"
    if bounded is not None:
        return float(bounded)
    return _count(words[i]) if words[i] not in ("a", "an", "one") else None


def _group_side(words: tuple[str, ...], i: int) -> tuple[str, int] | None:
    """Which side of the figure at `i` a group lies ("under", "over", "range" or "aged"), and
    where the words of the group's bound start; None for a figure that bounds no group."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1 : i + 3]
    if before in _BOUND_BEFORE:
        return _BOUND_BEFORE[before], i - 1
    if before == "than" and i > 1 and words[i - 2] in _THAN:
        return _THAN[words[i - 2]], i - 2
    if len(after) == 2 and after[0] in ("and", "or") and after[1] in _BOUND_AFTER:
        return _BOUND_AFTER[after[1]], i
    if before == "aged":
        ranged = after[:1] == ("to",) or (after and _count(after[0]) is not None)
        return ("range" if ranged else "aged"), i
    if before == "to" and i > 2 and words[i - 3] == "aged" and _count(words[i - 2]) is not None:
        return "range", i - 3  # the end of a range: "aged 60 to [70]"
    return None


@lru_cache(maxsize=8192)
def group_bounds(words: tuple[str, ...], *, said_of_people: bool = True) -> dict[float, set[str]]:
    """The figures that bound a group of people, each with the sides its groups lie on. With
    `said_of_people`, only a bound that follows a word for people or a plural noun counts
    ("adults over 65", not "lasted over 40 minutes" or "by over 20 percent"). Not to be
    changed: the result is cached."""
    out: dict[float, set[str]] = {}
    for i in range(len(words)):
        value = _group_figure(words, i)
        side = _group_side(words, i) if value is not None else None
        if value is None or side is None:
            continue
        start = side[1]
        noun = words[start - 1] if start > 0 else ""
        named = bounded_figure(words, i) is not None  # "the over-60s" name a group themselves
        group = named or noun in _PEOPLE or is_common_plural(noun)
        if said_of_people and not group:
            continue
        out.setdefault(value, set()).add(side[0])
    return out


def another_group(claim_words: tuple[str, ...], passage_words: tuple[str, ...]) -> bool:
    """Whether a passage bounds the claim's group of people on another side of its figure:
    "people aged 19 to 24" for "people aged under 19", "adults under 65" for "adults over 65".
    A passage that gives the figure no bound, or also the claim's, is left alone."""
    ours = group_bounds(passage_words, said_of_people=False)
    for value, sides in group_bounds(claim_words).items():
        seen = ours.get(value, set())
        if seen and not seen & sides:
            return True
    return False


MONEY = frozenset("pound pounds pence penny euro euros dollar dollars".split())


def _dimension(f: Figure, words: tuple[str, ...]) -> str:
    """A figure's unit dimension, with money for a figure followed by a currency word."""
    if f.unit:
        return f.unit
    last = f.words[-1]
    for i, w in enumerate(words[:-1]):
        if w == last and words[i + 1] in MONEY:
            return "money"
    return ""


def another_measure(claim_words: tuple[str, ...], passage_words: tuple[str, ...]) -> bool:
    """Whether a passage gives figures in another unit where the claim measures something: "has
    risen to 62 pounds, up from 48 pounds" for "the average wait has risen to 11 weeks, up from
    six weeks". The claim's measured figures must all be missing (not even rounded: "nearly three
    months" restates weeks), and the passage must give as many of its own, all measured in
    other dimensions. A rate's "a year" is no measured figure."""
    ours = figures(passage_words)
    claimed = [f for f in figures(claim_words) if f.words[0] not in ("a", "an")]
    missing = [f for f in claimed if not any(_agree(f, p) for p in ours)]
    dimensions = {_dimension(f, claim_words) for f in missing}
    if not missing or "" in dimensions:
        return False
    new = [p for p in ours if not any(_agree(f, p) for f in claimed)]
    theirs = [_dimension(p, passage_words) for p in new]
    measured = [d for d in theirs if d]
    return len(measured) >= len(missing) and not dimensions & set(theirs)


_COMPARED = frozenset("more less fewer extra".split())


def _compared_after(words: tuple[str, ...]) -> dict[str, str]:
    """Each percentage's number and the thing it compares ("6 percent more [milk]"; not "13
    percent more productive")."""
    out = {}
    for i, w in enumerate(words[:-3]):
        if (
            w[:1].isdigit()
            and words[i + 1] == "percent"
            and words[i + 2] in _COMPARED
            and "NOUN" in word_classes(words[i + 3])
        ):
            out[w] = canonical(words[i + 3])
    return out


def another_compared(claim_words: tuple[str, ...], passage_words: tuple[str, ...]) -> bool:
    """Whether a passage gives the claim's percentage of more or less of another thing: "spent 6
    percent more time lying down" for "produced 6 percent more milk"."""
    ours = _compared_after(passage_words)
    said = {canonical(w) for w in passage_words}
    claimed = {canonical(w) for w in claim_words}
    return any(
        n in ours and thing not in said and ours[n] not in claimed
        for n, thing in _compared_after(claim_words).items()
    )


# A percentage says a rise ("up 41 percent", "rose by 41 percent", "a 41 percent rise") or a
# share ("41 percent of first homes"): the same figure in the other role is another measure. A
# fall can be a share lost ("cut by 70 percent" is "lose 70 percent of"); "rose to 7 percent" and
# "up from 4 percent" are levels.
_RISE_BEFORE = frozenset(
    "up rise rose risen rising jump jumped jumps climb climbed grew grown increase increased "
    "surged soared".split()
)
_RISE_AFTER = frozenset("more higher rise increase jump up".split())
_ROUNDING_WORDS = ABOUT | AT_MOST | AT_LEAST


def _percent_roles(words: tuple[str, ...]) -> dict[str, set[str]]:
    """Each percentage's number and the roles it plays in `words`: "rise", "share" or ""."""
    roles: dict[str, set[str]] = {}
    for i, w in enumerate(words[:-1]):
        if words[i + 1] != "percent" or not w[:1].isdigit():
            continue
        after = words[i + 2] if i + 2 < len(words) else ""
        before = [b for b in words[max(0, i - 3) : i] if b not in _ROUNDING_WORDS]
        if after == "of":
            role = "share"
        elif before[-1:] in (["to"], ["from"]):
            role = ""  # a level reached, or left: "rose to 7 percent, up from 4 percent"
        elif after in _RISE_AFTER or _RISE_BEFORE & set(before):
            role = "rise"
        else:
            role = ""
        roles.setdefault(w, set()).add(role)
    return roles


def another_role(claim_words: tuple[str, ...], passage_words: tuple[str, ...]) -> bool:
    """Whether a passage gives the claim's percentage of a rise only as a share: "41 percent
    of first homes were bought with ..." for "... repossessed, up 41 percent on a year
    earlier"."""
    ours = _percent_roles(passage_words)
    return any(
        roles == {"rise"} and ours.get(n) == {"share"}
        for n, roles in _percent_roles(claim_words).items()
    )
