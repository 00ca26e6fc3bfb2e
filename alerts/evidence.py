"""An alert's evidence as plain data every renderer shares: passages, changed words, extras."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from alerts.record import AlertRecord
from alerts.safe_text import short

LABELS = {"picked_up": "PICKED UP", "reworded": "REWORDED", "retracted": "RETRACTED"}
REASONS = {
    "gone": "The page is gone (HTTP 404/410).",
    "correction": "The page now carries a correction.",
    "denial": "The item denies the claim.",
    "negated": "The item states the claim negated.",
    "verdict": "A fact-check finds the claim false.",
    "claim removed": "The page no longer carries the claim.",
    "page reworded": "The page now words the claim differently.",
}
KNOWN_KEYS = frozenset(
    {"claim", "passage", "score", "retracting_sentence", "previous_passage", "reason"}
)
REWORDING_BASES = (("previous_passage", "previous version"), ("anchor", "source passage"))
PASSAGE_LIMIT = 700
EXTRA_LIMIT = 300
MAX_EXTRAS = 12


@dataclass(frozen=True)
class Segment:
    """A run of words in a word diff: `same`, `added` or `removed`."""

    text: str
    kind: str


@dataclass(frozen=True)
class EvidenceView:
    """What an analyst reads: each field one clean line, cut to a readable length."""

    label: str
    claim: str
    passage: str
    retracting_sentence: str
    reason: str
    score: str
    previous: str  # what the page carried before (a retraction of a page that changed)
    changes: tuple[Segment, ...]  # the rewording, word by word; () when not a rewording
    changes_against: str  # "previous version" | "source passage" | "claim" | ""
    extras: tuple[tuple[str, str], ...]


def event_label(event: str) -> str:
    return LABELS.get(event) or short(event, 30).replace("_", " ").upper() or "ALERT"


def _words(text: str) -> list[str]:
    return text.split(" ") if text else []


def _key(word: str) -> str:
    return re.sub(r"\W+", "", word.casefold())


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """How `new` differs from `old`, word by word (case and punctuation do not count)."""
    a, b = _words(old), _words(new)
    matcher = difflib.SequenceMatcher(a=[_key(w) for w in a], b=[_key(w) for w in b])
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(Segment(" ".join(b[j1:j2]), "same"))
            continue
        if i2 > i1:
            segments.append(Segment(" ".join(a[i1:i2]), "removed"))
        if j2 > j1:
            segments.append(Segment(" ".join(b[j1:j2]), "added"))
    return tuple(segments)


def _compact(value: object) -> str:
    if isinstance(value, str):
        return short(value, EXTRA_LIMIT)
    if isinstance(value, dict) and set(value) <= {"added", "removed"}:
        parts = []
        for name in ("removed", "added"):
            words = value.get(name)
            if words:
                joined = ", ".join(map(str, words)) if isinstance(words, list) else str(words)
                parts.append(f"{name}: {joined}")
        return short("; ".join(parts), EXTRA_LIMIT)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return short(", ".join(value), EXTRA_LIMIT)
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return short(text, EXTRA_LIMIT)


def _score(value: object) -> str:
    try:
        return f"{float(value):.2f}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return short(value, 20) if value not in (None, "") else ""


def describe(record: AlertRecord, *, passage_limit: int = PASSAGE_LIMIT) -> EvidenceView:
    """The evidence of an alert, rendered defensively: any key may be missing or odd."""
    evidence = record.evidence if isinstance(record.evidence, dict) else {}
    claim = short(evidence.get("claim"), passage_limit)
    passage = short(evidence.get("passage"), passage_limit)
    previous = short(evidence.get("previous_passage"), passage_limit)
    changes: tuple[Segment, ...] = ()
    against, used = "", ""
    if record.event == "reworded" and passage:
        for key, name in REWORDING_BASES:
            base = short(evidence.get(key), passage_limit)
            if base and base != passage:
                changes, against, used = word_diff(base, passage), name, key
                break
        else:
            if claim:
                changes, against = word_diff(claim, passage), "claim"
    reason = evidence.get("reason")
    reason_text = REASONS.get(reason, short(reason, 200)) if isinstance(reason, str) else ""
    extras = tuple(
        (short(key, 40), _compact(value))
        for key, value in evidence.items()
        if key not in KNOWN_KEYS and key != used and value not in (None, "", [], {})
    )[:MAX_EXTRAS]
    return EvidenceView(
        label=event_label(record.event),
        claim=claim,
        passage=passage,
        retracting_sentence=short(evidence.get("retracting_sentence"), passage_limit),
        reason=reason_text,
        previous=previous if record.event != "reworded" and previous != passage else "",
        score=_score(evidence.get("score")),
        changes=changes,
        changes_against=against,
        extras=extras,
    )


def extra_label(key: str) -> str:
    return key.replace("_", " ").strip().capitalize() or "?"


def detected_text(detected_at: str) -> str:
    """`2026-01-02T03:04:05Z` as `2026-01-02 03:04 UTC` (as given if it does not parse)."""
    try:
        moment = datetime.fromisoformat(detected_at.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return short(detected_at, 40)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
