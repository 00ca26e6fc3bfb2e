"""Deciding, for one story and one item, whether it picks up, rewords or retracts a claim.

Pure functions on plain data: the store and the DAG tasks are the shell around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.fingerprint import tokens

PICKED_UP, REWORDED, RETRACTED = "picked_up", "reworded", "retracted"
EVENTS = (PICKED_UP, REWORDED, RETRACTED)


@dataclass(frozen=True)
class TrackedClaim:
    """A claim (or a learned variant of it) as the classifier sees it."""

    text: str
    id: int | None = None
    kind: str = "claim"  # claim | variant


@dataclass(frozen=True)
class TrackedStory:
    """A story as the classifier sees it: its claims and its sources' texts (background)."""

    slug: str
    title: str
    claims: tuple[TrackedClaim, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """One event for one story, with the evidence an analyst needs to trust it."""

    story: str
    event: str
    score: float
    claim_id: int | None = None
    evidence: dict = field(default_factory=dict)


_SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“‘'])|\n+")
_STOP = frozenset(
    "a an the of to in on at for and or but is are was were be been will would may might has have "
    "had it its this that these those with by from as into about than then there their they he she "
    "his her we our you your i not no".split()
)
_RETRACTION = re.compile(
    r"\b(den(y|ies|ied|ying)|not true|false|fake|untrue|retract\w*|correct(ion|ed)|"
    r"debunk\w*|no evidence|misleading|withdr[ae]w\w*|rejected|dismissed)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and len(s.split()) >= 4]


def content_words(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in _STOP and len(t) > 1}


def containment(claim: str, passage: str) -> float:
    """Share of the claim's content words found in the passage."""
    c = content_words(claim)
    return len(c & content_words(passage)) / len(c) if c else 0.0


def best_passage(claim: str, text: str) -> tuple[float, str]:
    scored = [(containment(claim, s), s) for s in sentences(text)]
    return max(scored, default=(0.0, ""))


def classify(
    story: TrackedStory,
    text: str,
    *,
    previous_text: str | None = None,
    gone: bool = False,
    is_source: bool = False,
) -> Decision | None:
    """The event this item raises for this story, or None."""
    best = max(
        ((best_passage(c.text, text) if text else (0.0, ""), c) for c in story.claims),
        key=lambda pair: pair[0][0],
    )
    (score, passage), claim = best
    prev_score = 0.0
    if previous_text is not None:
        prev_score = max(best_passage(c.text, previous_text)[0] for c in story.claims)
    evidence = {"claim": claim.text, "passage": passage, "score": round(score, 3)}

    if previous_text is not None and prev_score >= 0.5:
        if gone:
            return Decision(story.slug, RETRACTED, 1.0, claim.id, {**evidence, "reason": "gone"})
        new_sentences = [s for s in sentences(text) if s not in previous_text]
        for s in new_sentences:
            if _RETRACTION.search(s):
                return Decision(
                    story.slug,
                    RETRACTED,
                    0.9,
                    claim.id,
                    {**evidence, "retracting_sentence": s, "reason": "correction"},
                )
        prev_passage = best_passage(claim.text, previous_text)[1]
        if 0.3 <= score and passage != prev_passage:
            return Decision(
                story.slug,
                REWORDED,
                score,
                claim.id,
                {**evidence, "previous_passage": prev_passage},
            )
        return None
    if score < 0.5:
        return None
    if _RETRACTION.search(passage):
        return Decision(
            story.slug, RETRACTED, score, claim.id, {**evidence, "retracting_sentence": passage}
        )
    if is_source:
        return None
    if score >= 0.85:
        return Decision(story.slug, PICKED_UP, score, claim.id, evidence)
    return Decision(story.slug, REWORDED, score, claim.id, evidence)


class Matcher:
    """Classifies items against many stories (the index narrows the candidates)."""

    def __init__(self, stories: list[TrackedStory]) -> None:
        self.stories = list(stories)

    def match(
        self,
        text: str,
        *,
        previous_text: str | None = None,
        gone: bool = False,
        sources_of: frozenset[str] = frozenset(),
    ) -> list[Decision]:
        decisions = []
        for story in self.stories:
            decision = classify(
                story,
                text,
                previous_text=previous_text,
                gone=gone,
                is_source=story.slug in sources_of,
            )
            if decision is not None:
                decisions.append(decision)
        return decisions
