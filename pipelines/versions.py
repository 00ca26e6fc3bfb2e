"""Deciding whether a page's new text is a material change, and the diff kept with it.

Trivial: a typo (one word for a word at most two letters away), a time stamp or date, a short
line of chrome without figures (an ad label, "Share this"). Anything else is material, a changed
number above all (48,000 -> 61,000 is a new claim, not a typo).
"""

from __future__ import annotations

import difflib
import re

from pipelines.normalize import normalize

_WORD = re.compile(r"\w+(?:[:.,'/-]\w+)*", re.UNICODE)
_TIME = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d{1,2}(?:am|pm)|am|pm|gmt|utc|bst|cet|est|edt|pst|"
    r"updated|update|published|posted|modified|ago|today|yesterday|minutes?|hours?|mins?|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?|\d{1,2}(?:st|nd|rd|th)?|20\d\d)$"
)
MAX_TRIVIAL_WORDS = 8


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _close(a: str, b: str) -> bool:
    """Two words at most two edits apart (a typo), neither of them a number."""
    if any(c.isdigit() for c in a + b):
        return False
    if abs(len(a) - len(b)) > 2:
        return False
    return difflib.SequenceMatcher(a=a, b=b).ratio() >= 0.75


def _trivial(removed: list[str], added: list[str]) -> bool:
    if all(_TIME.match(w) for w in removed + added):
        return True
    if len(removed) == 1 and len(added) == 1 and _close(removed[0], added[0]):
        return True
    if not removed and len(added) <= 3 and not any(c.isdigit() for w in added for c in w):
        return True  # a short line of chrome added
    if not added and len(removed) <= 3 and not any(c.isdigit() for w in removed for c in w):
        return True
    return False


def is_material_change(old: str, new: str) -> bool:
    """True when the words changed beyond a typo, a timestamp or a stray line of chrome."""
    a, b = words(old), words(new)
    if a == b:
        return False
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    trivial_words = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        removed, added = a[i1:i2], b[j1:j2]
        if not _trivial(removed, added):
            return True
        trivial_words += max(len(removed), len(added))
    return trivial_words > MAX_TRIVIAL_WORDS


def diff_text(old: str, new: str) -> str:
    """A unified diff of two texts, line by line."""
    return "\n".join(
        difflib.unified_diff(old.splitlines(), new.splitlines(), "before", "after", lineterm="")
    )
