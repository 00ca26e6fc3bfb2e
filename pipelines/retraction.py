"""Cues that a sentence denies, debunks or corrects something, and what it is about (its scope)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DENY_VERB = (
    r"den(?:y|ies|ied|ying|ial|ials)|refut\w*|rebut\w*|debunk\w*|dismiss(?:ed|es|ing)?|"
    r"reject(?:ed|s|ing)?|retract\w*|disput\w*|contradict\w*|disavow\w*|walk(?:ed)? back|"
    r"backtrack\w*|rul(?:ed|es|ing) out"
)
_FALSITY = (
    r"not true|untrue|false(?:ly|hood)?|fake|hoax|baseless|unfounded|groundless|"
    r"fabricat\w*|misleading|inaccurate|incorrect(?:ly)?|erroneous(?:ly)?|wrong(?:ly)?|"
    r"no evidence|no basis|no truth|no plans?|nonsense|myth|misinformation|disinformation|"
    r"not accurate|did not happen|never happened|not the case"
)
_CORRECTION = (
    r"correction|corrected|an earlier version|a previous version|previous versions?|"
    r"editor'?s'? note|editors note|clarification|we (?:incorrectly|wrongly|mistakenly|"
    r"erroneously) (?:reported|stated|said|wrote)|has been (?:updated|amended) to (?:remove|"
    r"correct)|retraction"
)
DENY = re.compile(rf"\b(?:{_DENY_VERB})\b", re.IGNORECASE)
FALSITY = re.compile(rf"\b(?:{_FALSITY})\b", re.IGNORECASE)
CORRECTION = re.compile(rf"\b(?:{_CORRECTION})\b", re.IGNORECASE)
# The denied thing named by a pointer back to what came before: "denied the report", "it's not".
_ANAPHOR = re.compile(
    r"\b(?:the|these|those|this|such|any|its|their|earlier|previous|"
    r"initial|original)\b\s*(?:\w+\s+)?(?:reports?|claims?|rumou?rs?|stor(?:y|ies)|"
    r"allegations?|accounts?|news|articles?|assertions?|statements?|posts?|study|studies|"
    r"papers?|findings|results)\b|"
    r"^\W*(?:it|this|that|these|those|they|such)\b|\b(?:denied|dismissed|rejected|refuted|"
    r"debunked) (?:it|this|them)\b",
    re.IGNORECASE,
)
_THAT_CLAUSE = re.compile(
    rf"\b(?:{_DENY_VERB})\b[^.;:]*?\b(?:that|reports? of|claims? of|rumou?rs? of|reports?|"
    r"claims?|suggestions?)\b",
    re.IGNORECASE,
)
# Polarity words in the carrying sentence itself: "China is not sending troops".
NEGATION = re.compile(
    r"\b(?:not|never)\b(?!\s+(?:only|just|least|yet)\b)|n't\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    """A retraction cue found in a sentence."""

    kind: str  # denial | falsity | correction
    word: str
    after: str  # the sentence after the cue's verb ("denied that <after>")
    anaphoric: bool  # the denied thing is named in an earlier sentence


def find_cue(sentence: str) -> Cue | None:
    """The strongest retraction cue of a sentence, or None."""
    for kind, pattern in (("correction", CORRECTION), ("denial", DENY), ("falsity", FALSITY)):
        m = pattern.search(sentence)
        if m is None:
            continue
        after = sentence[m.end() :]
        clause = _THAT_CLAUSE.search(sentence)
        if kind == "denial" and clause is not None:
            after = sentence[clause.end() :]
        words_after = len(after.split())
        anaphoric = words_after < 6 or kind == "correction"
        if not (kind == "denial" and clause is not None and clause.group(0).endswith("that")):
            anaphoric = anaphoric or bool(_ANAPHOR.search(sentence))
        return Cue(kind, m.group(0), after, anaphoric)
    return None
