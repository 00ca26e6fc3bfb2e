"""Deciding whether a page's new text is a material change, and the diff kept with it."""

from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def is_material_change(old: str, new: str) -> bool:
    """True when the words changed beyond a typo, a timestamp or a stray line of chrome."""
    a, b = words(old), words(new)
    if a == b:
        return False
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    changed = sum(
        max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
    )
    # A handful of changed words (a typo, a date, an ad line) is not material.
    return changed > 3


def diff_text(old: str, new: str) -> str:
    """A unified diff of two texts, line by line."""
    return "\n".join(
        difflib.unified_diff(old.splitlines(), new.splitlines(), "before", "after", lineterm="")
    )
