"""Deciding, for one story and one item, whether it picks up, rewords or retracts a claim.

Pure functions on plain data: the store and the DAG tasks are the shell around them.

A passage *carries* a claim when it holds most of the claim's terms (same word, form, synonym or
spelling of a name), the claim's first name among them, and is not mostly about something else.
It is a *pick-up* when it repeats, in runs of words, a passage known to carry the claim (the claim,
a learned variant, or a source sentence that carries it), with no hedge, negation or number
changed; otherwise it is a *rewording*. A *retraction* is a sentence with a denial, falsity or
correction cue whose scope (the clause it denies, or the sentence it points back to) carries the
claim, or a carrying sentence negated (in the clause that says the claim) where the claim is not.
A concessive clause that only leaves a detail open ("though the exact figure is disputed", "but
they have not said how many") is a hedge: it makes a rewording, never a retraction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipelines.claim_parts import (
    SAYING,
    ClaimParts,
    bygone,
    claim_parts,
    conjuncts,
    demanded,
    done_by_another,
    foretold,
    negated_head,
    parts_carried,
    prospective,
    rare_subject,
    rare_words,
    reversed_comparison,
    split_attribution,
)
from pipelines.embeddings import Verifier, default_verifier
from pipelines.evidence import (
    REPORTING_CANON,
    Overlap,
    Terms,
    changed_words,
    claim_hedges,
    claim_weights,
    matched_terms,
    narrowed,
    overlap,
    replaced_by,
    replaced_figures,
    spelling_fixed,
    substitution,
    terms,
    verbatim,
    verbatim_share,
)
from pipelines.fingerprint import hamming, simhash64
from pipelines.index import SimIndex
from pipelines.lexicon import (
    COMMON_ZIPF,
    NEGATIONS,
    canonical,
    is_common_plural,
    is_content,
    is_everyday,
    is_specific,
    opposites,
    word_classes,
    zipf,
)
from pipelines.normalize import raw_tokens
from pipelines.passages import sentences
from pipelines.quantities import (
    SCALES,
    another_compared,
    another_group,
    another_measure,
    another_role,
)
from pipelines.retraction import (
    NEGATED_SAYING,
    PLANS_DROPPED,
    Cue,
    claims_own_word,
    clauses,
    contrast,
    cue_object,
    find_cue,
    negates,
    negative_claim,
    qualification,
    revision,
    unqualified,
    verdict,
    without_verdict,
)

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


@dataclass(frozen=True)
class Thresholds:
    """The decision boundaries, set by measurement on the dev corpus (pipelines/evaluate.py)."""

    carry: float = 0.55  # weighted share of the claim's terms a carrying passage holds
    carry_names: float = 0.3  # share of the claim's names it holds
    predicate: float = 0.45  # share of the claim's other terms it holds
    density: float = 0.25  # share of the passage's own terms that are the claim's
    verbatim: float = 0.6  # share of a carrying anchor repeated word for word: a pick-up
    verbatim_all: float = 0.4  # the same for a passage with all the claim's terms (a light edit)
    retract: float = 0.45  # share of the claim's terms in what a retraction cue points at
    update_retract: float = 0.3  # the same for a correction added to a page that carried it
    reword_change: float = 0.85  # below this verbatim share, a page's carrying passage changed
    subject: float = 0.3  # share of the claim's subject (what it is about) a carrying passage holds
    said: float = 0.45  # share of the claim's predicate (what it says of the subject) it holds
    headless: float = 0.55  # the share needed when the predicate's head word is not there
    denied_subject: float = 0.8  # a clause negating the head must name this much of the subject
    denied_said: float = 0.2  # and hold this much of the predicate
    replaced: float = 0.4  # share of the old carrying passage held by a new sentence in its place
    contrast: float = 0.3  # share of the claim's terms around a contrast that sets it aside

    def loose(self) -> Thresholds:
        """The bar for a page that carried the claim and may still carry it, in other words:
        its subject must stay, a little of what it says of it is enough."""
        return replace(
            self, carry=0.35, predicate=0.2, said=0.2, headless=0.2, density=0.1, subject=0.6
        )


DEFAULT = Thresholds()
FULL_RECALL = 0.95  # a passage with (nearly) all of the claim's terms
FROM_SETTING = object()  # the verifier argument's default: follow CLAIMWATCH_EMBEDDINGS


# ---------------------------------------------------------------------------------------------
# Items: the analysed text of a page, computed once and shared by every story.


@dataclass(frozen=True)
class Item:
    """A text cut into sentences and two-sentence windows, each with its terms."""

    text: str
    sentences: tuple[str, ...]
    sentence_terms: tuple[Terms, ...]
    windows: tuple[tuple[int, int, Terms], ...]  # (first, last sentence index, terms)
    content: frozenset[str]


def analyse(text: str) -> Item:
    sents = tuple(sentences(text or "", min_words=2))
    st = tuple(terms(s) for s in sents)
    wins = [(i, i, t) for i, t in enumerate(st)]
    wins += [(i, i + 1, terms(sents[i] + " " + sents[i + 1])) for i in range(len(sents) - 1)]
    content = frozenset().union(*(t.content for t in st)) if st else frozenset()
    return Item(text or "", sents, st, tuple(wins), content)


# ---------------------------------------------------------------------------------------------
# Stories: claims, variants and the source sentences that carry them (anchors).


@dataclass(frozen=True)
class Anchor:
    """A wording known to carry a claim: the claim itself, a variant, or a source sentence."""

    claim: TrackedClaim
    terms: Terms
    origin: str  # claim | variant | source


@dataclass(frozen=True)
class PreparedStory:
    story: TrackedStory
    claims: tuple[tuple[TrackedClaim, Terms], ...]
    anchors: tuple[Anchor, ...]
    subject: dict  # claim text -> the ways to name whom it is about (_subject_names)
    weights: dict  # claim text -> {term: weight}
    parts: dict  # claim text -> ClaimParts
    speakers: dict  # claim text -> the surname of whom it reports as saying it (or empty)
    denied: dict  # claim text -> the ways a denial can name whom it is about (_denied_subject)
    # claim text -> its two statements when it joins two verbs with "and" (conjuncts), each
    # with its terms; their parts and weights are in `parts` and `weights` under their text
    halves: dict = field(default_factory=dict)

    def statements(self) -> list[tuple[TrackedClaim, str, Terms]]:
        """Each claim, and either statement of a claim of two ("will cut 900 jobs and close its
        Lanford base"), as (the claim, the statement's text, its terms)."""
        return [
            (c, text, t)
            for c, ct in self.claims
            for text, t in ((c.text, ct), *self.halves.get(c.text, ()))
        ]


def _capitalised_inside(texts: tuple[str, ...]) -> frozenset[str]:
    """Canonical words a story writes capitalised after the first word of a sentence."""
    return frozenset(
        canonical(w)
        for text in texts
        for s in sentences(text)
        for w in raw_tokens(s)[1:]
        if w[:1].isupper()
    )


def _lower_case(texts: tuple[str, ...]) -> frozenset[str]:
    """Canonical words a story writes in lower case."""
    return frozenset(canonical(w) for text in texts for w in raw_tokens(text) if w.islower())


def _subject_names(claim: Terms, inside: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The ways a page can name whom the claim is about, each a set of canonical names it must
    hold: the claim's first name, or for a title and a full name, the full name or the title
    and surname ("Sprinter Jonah Ferrand": "Jonah Ferrand" or "sprinter Ferrand", not "sprinter"
    alone; "Calder Energy": "Calder"). A capitalised first word counts only when the story
    writes it capitalised inside a sentence (`inside`: "China"), or it is rare in English and
    either very rare or followed by a name ("Calder Energy"; not "Older adults" or "Cloud
    company Sorvane"). Empty when the claim names no one."""
    for i, w in enumerate(claim.words):
        c = canonical(w)
        if c in claim.names:
            if i == 0 and c not in inside and _everyday_opening(claim):
                continue  # "Older adults", "Cloud company Sorvane": an everyday word opens it
            run = [c]
            for nxt in claim.words[i + 1 :]:
                if canonical(nxt) not in claim.names:
                    break
                run.append(canonical(nxt))
            # a title and a full name: the name, or the title and surname; a first word that is
            # no English word is no title ("Ashmoor Ambulance Service": not "Ambulance Service")
            if len(run) >= 3 and zipf(w) >= COMMON_ZIPF:
                return frozenset(run[-2:]), frozenset({run[0], run[-1]})
            return (frozenset({c}),)
    return ()


def _name_follows_opening(t: Terms) -> bool:
    """Whether the word after a text's first word is a name ("Calder [Energy]")."""
    return len(t.words) > 1 and canonical(t.words[1]) in t.names


def _everyday_opening(claim: Terms) -> bool:
    """Whether the claim's first word is too common to name anyone: not rare in English, or not
    very rare and no name follows it ("Cloud company Sorvane"; not "Calder Energy")."""
    w = claim.words[0]
    return not is_specific(w) or (not _name_follows_opening(claim) and zipf(w) >= COMMON_ZIPF)


def _reported_subject(
    claim: str, claim_terms: Terms, inside: frozenset[str]
) -> tuple[frozenset[str], ...]:
    """The ways to name whom a claim is about (_subject_names); for a claim that reports what
    someone said, each with one of the rarer names of the reported statement too ("Minister
    Ekwall said the new Kirkhaven General Hospital will open in 2028": the same words of another
    hospital are another claim)."""
    ways = _subject_names(claim_terms, inside)
    reported = _reported(claim)
    if not ways or reported is None:
        return ways
    statement, attribution = reported
    rare = sorted(
        {canonical(w) for w in terms(statement).words if is_specific(w)} & claim_terms.names
    )
    by_role = tuple(
        names | {role}
        for names in _subject_names(terms(statement), inside)
        for role in _roles(attribution, claim_terms)
    )
    return (tuple(w | {n} for w in ways for n in rare) or ways) + by_role


def _roles(attribution: str, claim: Terms) -> frozenset[str]:
    """The words of an attribution that name the speaker's office ("The senior [coroner] for
    Easterdale, Helen Maitland, said"): a page may call her by it ("the coroner said")."""
    t = terms(attribution)
    return frozenset(
        c
        for w in t.words
        if (c := canonical(w)) in t.content
        and c not in claim.names
        and c not in REPORTING_CANON
        and is_specific(w)
    )


def _denied_subject(
    claim: str, ways: tuple[frozenset[str], ...], inside: frozenset[str]
) -> tuple[frozenset[str], ...]:
    """The ways a denial can name whom a claim is about: for a claim that reports what someone
    said, also what the statement itself is about ("the Corley branch, not the Pellbridge line,
    will run hourly" denies "Commissioner Wrenfield said the Pellbridge line will run hourly"
    without naming him)."""
    statement = _said(claim)
    return ways if statement is None else ways + _subject_names(terms(statement), inside)


def _said(claim: str) -> str | None:
    """The statement of a claim that reports what someone said ("X said [the bridge will
    close]"), else None."""
    reported = _reported(claim)
    return reported[0] if reported else None


def _reported(claim: str) -> tuple[str, str] | None:
    """(the statement, its attribution) of a claim that reports what someone said, else None."""
    statement, attribution = split_attribution(claim)
    return (statement, attribution) if SAYING.search(attribution) else None


def _names_whom(subject: tuple[frozenset[str], ...], ov: Overlap, th: Thresholds) -> bool:
    """Whether an overlap holds enough of the claim's names, among them whom the claim is about
    (`subject`, from _subject_names: no one in particular when empty)."""
    if ov.name_recall < th.carry_names:
        return False
    return not subject or any(names <= ov.matched for names in subject)


def _names_inside(text: str) -> bool:
    """Whether a claim names someone or something after its first word (a capitalised first
    word proves nothing: "Drinking ...", "Children who ...")."""
    return any(w[:1].isupper() and is_content(w.lower()) for w in raw_tokens(text)[1:])


def carries(
    claim: Terms,
    passage: Terms,
    th: Thresholds,
    subject: tuple[frozenset[str], ...],
    weights: dict,
    parts: ClaimParts | None = None,
) -> Overlap | None:
    """The overlap when `passage` carries `claim`, else None. With the claim's `parts`, the
    passage must also hold enough of its subject and of what it says of it: the same predicate
    of another subject, or the same subject with another predicate, is another claim."""
    if len(claim.content & passage.content) < 2 and len(passage.content) > 0:
        # cheap gate before fuzzy matching: at least two shared terms, or a name spelled apart
        if not claim.names or not (claim.content & passage.content):
            return None
    ov = overlap(claim, passage, weights)
    if ov.recall < th.carry or ov.predicate_recall < th.predicate or ov.density < th.density:
        return None
    # "Tarrow has been fined ..." for "Judge Ruth Amis fined Tarrow ...": the doer may go
    doer_dropped = parts is not None and _doer_dropped(parts, claim, passage, ov)
    if not _names_whom(subject, ov, th) and not doer_dropped:
        return None
    if parts is not None and parts.parsed:
        held = parts_carried(parts, ov.matched, ov.dropped)
        said = th.said if held.head else max(th.said, th.headless)
        subject_held = (
            held.subject >= th.subject or _speaker_for_subject(parts, claim, ov) or doer_dropped
        )
        if not subject_held or held.predicate < said:
            return None
        if _opposite_put(parts, claim, passage):
            return None  # "gained 1.4 million subscribers" is not "lost 1.4 million ..."
    if parts is not None and not _rare_word_kept(claim, parts, subject, ov):
        return None  # "four streaming services ..., up 22 percent" is no boiler service's price
    if parts is not None and demanded(parts, claim.words, passage.words):
        return None  # "calling for the mayor to resign" is not "the mayor has resigned"
    if parts is not None and done_by_another(parts, claim.names, passage):
        return None  # "Alderbury won ... defeats by Kessington" is not "Kessington won"
    if prospective(claim.text, passage.text):
        return None  # "will study whether bees ..." is not "bees were found to ..."
    if parts is not None and foretold(parts, claim.words, passage.words):
        return None  # "will try to win the race" is not "won the race"
    if parts is not None and bygone(parts, claim.words, passage.words):
        return None  # "cut 600 jobs two years ago" is not "will cut 600 jobs"
    if reversed_comparison(claim.words, passage.words):
        return None  # "more likely than petrol cars" is not "less likely than petrol cars"
    if parts is not None and _narrows(parts, claim, (passage,)):
        return None  # "homes for social rent" with a figure of their own are other homes
    if another_group(claim.words, passage.words):
        return None  # "people aged 19 to 24" are not "people aged under 19"
    if another_measure(claim.words, passage.words):
        return None  # "risen to 62 pounds" is not "risen to 11 weeks"
    if another_role(claim.words, passage.words):
        return None  # "41 percent of first homes" is not "up 41 percent"
    if another_compared(claim.words, passage.words):
        return None  # "6 percent more time lying down" is not "6 percent more milk"
    return ov


def _done_to(parts: ClaimParts, claim: Terms) -> frozenset[str]:
    """The names of whom the claim's head was done to: the subject of a claim in the passive
    ("Striker Leo Marsh has been banned ..."), else the names of its predicate ("A judge jailed
    Derek Amblin ...")."""
    if _in_passive(claim.text, parts.head):
        return claim.names & parts.subject
    return claim.names & (parts.predicate - parts.subject)


def _doer_dropped(parts: ClaimParts, claim: Terms, passage: Terms, ov: Overlap) -> bool:
    """Whether a passage says the claim's head in the passive without its doer, of all the
    names of whom it was done to ("Tarrow Developments has been fined ..." for "Judge Ruth Amis
    fined Tarrow Developments ...")."""
    patient = _done_to(parts, claim)
    return (
        parts.parsed
        and bool(patient)
        and patient <= ov.matched
        and _passive(passage.text, parts.head, doer=False)
    )


def _opposite_put(parts: ClaimParts, claim: Terms, passage: Terms) -> bool:
    """Whether a passage puts the opposite of the claim's head in its place, one word for one
    ("Skyloom [gained] 1.4 million subscribers" for "[lost]"; of a head of two words, the one it
    leaves out: "voted to [extend]" for "voted to [close]"), negating nothing (no new home
    "will be [allowed]" one is "banned")."""
    if NEGATIONS & set(passage.words) or negates(passage.text):
        return False
    return any(opposites(h) & replaced_by(claim, passage, h) for h in parts.head - passage.content)


def _rare_word_kept(
    claim: Terms, parts: ClaimParts, names: tuple[frozenset[str], ...], ov: Overlap
) -> bool:
    """Whether a passage keeps one of the rarer words of a claim that names nothing (rare_words),
    when the claim has any; a claim with names is told from others by them (_names_whom)."""
    if names:
        return True
    rare = rare_words(claim, parts)
    return not rare or bool(rare & ov.matched)


def _narrows(parts: ClaimParts, claim: Terms, passages: tuple[Terms, ...]) -> bool:
    """Whether one of the passages says the claim of a narrower group, with a figure of its own
    ("Just 6,400 homes for social rent were completed ..." for "148,200 new homes were completed
    ..."). A rewording that narrows nothing, or keeps the figure, is left alone."""
    return parts.parsed and any(
        replaced_figures(claim, st) and narrowed(claim, st, parts.subject, parts.head) is not None
        for st in passages
    )


def substitutes(
    claim: Terms, sentence_terms: tuple[Terms, ...] | list[Terms], parts: ClaimParts | None
) -> bool:
    """Whether one of the sentences says the claim's words of something else (another claim)."""
    head = parts.head if parts is not None else frozenset()
    reporter = parts.reporter if parts is not None else frozenset()
    subject = parts.subject if parts is not None else frozenset()
    return any(
        substitution(claim, st, head, reporter, subject) is not None for st in sentence_terms
    )


def _claim_terms(text: str, inside: frozenset[str], lower: frozenset[str]) -> Terms:
    """The claim's terms; its capitalised first word is not a name when the story never writes
    it capitalised inside a sentence and either writes it in lower case, or it is the plural of
    a common noun ("Hackers broke into ..."), or English knows it and no name follows it
    ("Songbirds nesting near ...")."""
    t = terms(text)
    c = canonical(t.words[0]) if t.words else ""
    if c in t.names and c not in inside and (c in lower or _english_opening(t)):
        return replace(t, names=t.names - {c})
    return t


def _english_opening(t: Terms) -> bool:
    """Whether a text's capitalised first word is English rather than a name: the plural of a
    common noun ("Hackers broke into ..."), or a word English knows with no name after it
    ("Songbirds nesting near ...", "Adults over 65 ...")."""
    first = t.words[0] if t.words else ""
    return is_common_plural(first) or (not _name_follows_opening(t) and bool(word_classes(first)))


def _speaker(claim: str) -> frozenset[str]:
    """The last name in a claim's attribution ("Deputy Mayor Ines Rautio said ...": rautio), when
    the claim reports what someone said; else empty."""
    reported = _reported(claim)
    if reported is None:
        return frozenset()
    t = terms(reported[1])
    named = [canonical(w) for w in t.words if canonical(w) in t.names]
    return frozenset(named[-1:])


ATTRIBUTION_WEIGHT = 0.5


def _attribution_light(claim: str, weights: dict[str, float]) -> dict[str, float]:
    """The weights with the words only of who says the claim lowered ("[The chief executive of
    streaming service] Skyloom said it had lost ..."): a version may name the speaker otherwise
    ("people familiar with the figures"), or not at all."""
    core, attribution = split_attribution(claim)
    if not attribution or not claim.startswith(attribution.split()[0]):
        return weights  # only a leading one: "..., a study found" says what kind of claim
    said = terms(attribution)
    only = said.content - said.names - REPORTING_CANON - terms(core).content
    return {t: w * (ATTRIBUTION_WEIGHT if t in only else 1.0) for t, w in weights.items()}


def prepare(story: TrackedStory, th: Thresholds = DEFAULT) -> PreparedStory:
    inside = _capitalised_inside((*(c.text for c in story.claims), *story.sources))
    lower = _lower_case((*(c.text for c in story.claims), *story.sources))
    claims = tuple((c, _claim_terms(c.text, inside, lower)) for c in story.claims)
    subject = {c.text: _reported_subject(c.text, t, inside) for c, t in claims}
    parts = {c.text: claim_parts(c.text) for c, _ in claims}
    source_terms = [terms(s) for source in story.sources for s in sentences(source)]
    weights = {
        c.text: _attribution_light(c.text, claim_weights(t, source_terms)) for c, t in claims
    }
    anchors = [Anchor(c, t, c.kind if c.kind == "variant" else "claim") for c, t in claims]
    for st in source_terms:
        for c, ct in claims:
            if carries(ct, st, th, subject[c.text], weights[c.text], parts[c.text]) and not (
                substitutes(ct, [st], parts[c.text])
            ):
                anchors.append(Anchor(c, st, "source"))
                break
    speakers = {c.text: _speaker(c.text) for c, _ in claims}
    denied = {c.text: _denied_subject(c.text, subject[c.text], inside) for c, _ in claims}
    halves: dict[str, tuple[tuple[str, Terms], ...]] = {}
    for c, _ in claims:
        said = []
        for h, p in conjuncts(c.text):
            t = _claim_terms(h, inside, lower)
            parts[h], weights[h] = p, claim_weights(t, source_terms)
            said.append((h, t))
        halves[c.text] = tuple(said)
    return PreparedStory(
        story, claims, tuple(anchors), subject, weights, parts, speakers, denied, halves
    )


# ---------------------------------------------------------------------------------------------
# Deciding.


@dataclass(frozen=True)
class Carrying:
    claim: TrackedClaim
    claim_terms: Terms
    window: Terms
    first: int
    last: int
    overlap: Overlap


def best_carrying(ps: PreparedStory, item: Item, th: Thresholds) -> Carrying | None:
    best: Carrying | None = None
    for claim, ct in ps.claims:
        if len(ct.content & item.content) < 2:
            continue
        fit: dict[int, tuple[bool, bool]] = {}  # sentence -> _sentence_fit, once per sentence
        for first, last, wt in item.windows:
            ov = carries(
                ct, wt, th, ps.subject[claim.text], ps.weights[claim.text], ps.parts[claim.text]
            )
            own = item.sentence_terms[first : last + 1]
            if ov is None or substitutes(ct, own, ps.parts[claim.text]):
                continue
            if last > first and _narrows(ps.parts[claim.text], ct, own):
                continue  # a headline joined to a sentence that says it of a narrower group
            if last > first:
                for i in range(first, last + 1):
                    if i not in fit:
                        fit[i] = _sentence_fit(ps, claim, ct, item.sentence_terms[i], th)
                each = [fit[i] for i in range(first, last + 1)]
                if any(called for called, _ in each) or not any(named for _, named in each):
                    continue  # a call for it joined to the next sentence; a subject spread thin
            # prefer higher recall; on a tie, the single sentence
            key = (round(ov.recall, 3), -(last - first), ov.density)
            if best is None or key > (
                round(best.overlap.recall, 3),
                -(best.last - best.first),
                best.overlap.density,
            ):
                best = Carrying(claim, ct, wt, first, last, ov)
    return best


def _sentence_fit(
    ps: PreparedStory, claim: TrackedClaim, ct: Terms, st: Terms, th: Thresholds
) -> tuple[bool, bool]:
    """What one sentence of a two-sentence window says of the claim: whether it only calls for
    it ("recommended that the quota be cut"), and whether it names what the claim is about. A
    window whose next sentence names the subject ("coral reefs") while the first says the same
    of another ("seagrass meadows") is not the claim."""
    parts = ps.parts[claim.text]
    called = demanded(parts, ct.words, st.words)
    if not parts.parsed:
        return called, True
    ov = overlap(ct, st, ps.weights[claim.text])
    return called, parts_carried(parts, ov.matched, ov.dropped).subject >= th.subject


def _negated(carrying: Carrying, item: Item) -> str | None:
    """The carrying sentence when it is negated where the claim is not."""
    if negative_claim(carrying.claim_terms.text):
        return None
    for i in range(carrying.first, carrying.last + 1):
        s = item.sentences[i]
        # the negation must sit in the clause that says the claim, not in what a clause concedes
        # or in a contrast that sets aside something else ("fined £14.5 million, not the £20
        # million prosecutors sought"; but "carrying a dummy, not the two satellites" counts)
        parts_of_s = contrast(s)
        if parts_of_s is not None and not (
            matched_terms(carrying.claim_terms, terms(parts_of_s[1])) - SCALES.keys()
        ):
            s = parts_of_s[0]
        for clause in clauses(unqualified(s)):
            if negates(clause):
                ov = overlap(carrying.claim_terms, terms(clause), None)
                if ov.recall >= 0.5 * carrying.overlap.recall:
                    return s
    return None


def _denied_head(
    ps: PreparedStory,
    item: Item,
    th: Thresholds,
    only: set[int] | None = None,
    *,
    by_any_name: bool = False,
) -> Retraction | None:
    """A clause that names the claim's subject and negates the word its predicate turns on
    ("the mayor has not resigned"), even when it repeats little else of the claim (in the
    sentences `only`, when given). With `by_any_name` (a sentence added to a page that carried
    the claim), another of the claim's names will do for its subject ("No ruling on the Callow
    Moor appeal has been made")."""
    # (either statement of a claim of two: "will not close its base at Lanford" denies "will
    # cut 900 jobs and close its Lanford base")
    for claim, text, ct in ps.statements():
        parts = ps.parts[text]
        if not parts.parsed:
            continue
        for i, (s, st) in enumerate(zip(item.sentences, item.sentence_terms, strict=True)):
            if only is not None and i not in only:
                continue
            if not negated_head(parts, ct.words, st.words):
                continue  # cheap test on the whole sentence before cutting it into clauses
            for clause in clauses(unqualified(s)):
                t = terms(clause)
                if not negated_head(parts, ct.words, t.words):
                    continue
                ov = overlap(ct, t, ps.weights[text])
                held = parts_carried(parts, ov.matched, ov.dropped)
                named = held.subject >= th.denied_subject and _names_whom(
                    ps.denied[claim.text], ov, th
                )
                if by_any_name and not named:
                    named = bool(ov.matched & ct.names)
                if not named and _passive(clause, parts.head, doer=False):
                    # "Colin Pryor was not jailed": whom the claim's doer jailed, in the passive
                    patient = _done_to(parts, ct)
                    named = bool(patient) and patient <= ov.matched
                if named and _predicate_said(parts, text, ov) >= th.denied_said:
                    return Retraction(claim, s, clause, ov.recall, "negation")
    return None


def _contrasted(
    ps: PreparedStory, item: Item, th: Thresholds, only: set[int] | None = None
) -> Retraction | None:
    """A sentence about the claim (among `only`, when given) that sets aside what its subject or
    head names, or its figure, for something else ("caused by a cut cable, not by a software
    update"; "sold, not closed"; "£1.45 million, not £14.5 million")."""
    for i, s in enumerate(item.sentences):
        if only is not None and i not in only:
            continue
        parts_of_s = contrast(s)
        if parts_of_s is None:
            continue
        asserted, denied = terms(parts_of_s[0]), terms(parts_of_s[1])
        scope = " ".join(item.sentences[max(0, i - 1) : i + 2])
        scope_terms = terms(scope)
        for claim, ct in ps.claims:
            parts = ps.parts[claim.text]
            if negative_claim(claim.text):
                continue  # "not from its own systems" may be what the claim itself says
            key = (parts.subject | parts.head) if parts.parsed else ct.content
            key = key - ct.numbers
            # what it sets aside names something ("new" alone, in "the rents new tenants
            # agreed", is anyone's word)
            everyday = {canonical(w) for w in ct.words if is_everyday(w)}
            set_aside = (matched_terms(ct, denied) & key) - everyday
            if asserted.numbers - ct.numbers:
                # "the fine was £1.45 million, not £14.5 million": the claim's figure set aside
                set_aside |= denied.numbers & ct.numbers
            # what the sentence still asserts of the claim; a figure only as written (158,300
            # is near enough to 148,200 to match it, not to assert it)
            kept = matched_terms(ct, asserted) - (ct.numbers - asserted.numbers)
            if not set_aside or set_aside & kept:
                continue
            ov = overlap(ct, scope_terms, ps.weights[claim.text])
            denied = ps.denied[claim.text]
            if ov.recall < th.contrast or not _names_whom(denied, ov, th):
                continue
            if not _rare_word_kept(ct, parts, denied, ov):
                continue  # "plugging holes rather than improving services" after a tax rise
            if parts.parsed:
                held = parts_carried(parts, ov.matched, ov.dropped)
                if held.subject < th.subject and not _speaker_for_subject(parts, ct, ov):
                    continue  # about the claim's subject, not only its verb ("a link, not a cut")
                with_aside = parts_carried(parts, ov.matched | set_aside, ov.dropped)
                if with_aside.predicate < th.said:
                    continue  # says little of the rest of the claim ("not what households pay")
            return Retraction(claim, s, scope, ov.recall, "contrast")
    return None


def _speaker_for_subject(parts: ClaimParts, claim: Terms, ov: Overlap) -> bool:
    """Whether the claim's subject is one common word ("the diocese") of a claim its named
    speaker made ("The Bishop of Morrowby, X, said the diocese would ..."), and the passage
    names the speaker: what the speaker says of the plan speaks for the body she leads."""
    return (
        len(parts.subject) == 1
        and not parts.subject & claim.names
        and bool(parts.reporter & claim.names & ov.matched)
    )


def _verdict(carrying: Carrying, item: Item) -> Retraction | None:
    """A fact-check's verdict line that finds false what the page quotes ("Verdict: false."),
    when it or the sentence after it is about the claim, or when it is the page's only verdict
    and names nothing (it judges the claim the page checks): the quoted claim is what it
    judges."""
    lines = [(i, s) for i, s in enumerate(item.sentences) if verdict(s) is not None]
    for i, s in lines:
        scope = " ".join(item.sentences[i : i + 2])
        ov = overlap(carrying.claim_terms, terms(scope), None)
        if ov.matched or (len(lines) == 1 and not terms(without_verdict(s)).content):
            return Retraction(carrying.claim, s, scope, ov.recall, "verdict")
    return None


def _qualification(carrying: Carrying, item: Item) -> str | None:
    """The clause of the carrying passage that leaves a detail of the claim open, if any."""
    for i in range(carrying.first, carrying.last + 1):
        q = qualification(item.sentences[i])
        if q is not None:
            return q
    return None


def _core(
    parts: ClaimParts,
    claim: str,
    clause: Overlap,
    scope: Overlap,
    th: Thresholds,
    *,
    agentless: bool,
) -> bool:
    """Whether a denied clause names the claim's subject and the word its predicate turns on,
    in a sentence that says some of the rest ("denied that Ferrand has been banned"). A clause
    that says the head in the passive without its doer (`agentless`) leaves the subject to the
    sentence: "Greyford have denied reports that their manager has been sacked"."""
    held = parts_carried(parts, clause.matched, clause.dropped)
    around = parts_carried(parts, scope.matched, scope.dropped)
    subject = around.subject if agentless else held.subject
    said = _predicate_said(parts, claim, scope)
    return held.head and subject >= th.denied_subject and said >= th.denied_said


# A clause that only says when or why ("once its new plant opens", "because sales fell").
_SUBORDINATE = re.compile(
    r"\b(?:once|when|whenever|after|before|until|unless|if|because|while|since)\b[^,;]*",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _said_only_why(claim: str) -> frozenset[str]:
    """The claim's terms said only in a clause of when or why ("was lost [after its rocket's
    second stage failed ...]")."""
    m = _SUBORDINATE.search(claim)
    if m is None:
        return frozenset()
    rest = claim[: m.start()] + " " + claim[m.end() :]
    return terms(m.group(0)).content - terms(rest).content


def _predicate_said(parts: ClaimParts, claim: str, ov: Overlap) -> float:
    """How much of what the claim says of its subject `ov` holds, with or without what its
    when or why clause says: a denial need not repeat why ("the satellite had not been lost")."""
    held = parts_carried(parts, ov.matched, ov.dropped).predicate
    why = _said_only_why(claim)
    if not why:
        return held
    main = replace(parts, predicate=parts.predicate - why)
    return max(held, parts_carried(main, ov.matched, ov.dropped).predicate)


def _head_in_main_clause(parts: ClaimParts, claim: Terms, clause: str) -> bool:
    """Whether a denied clause says the claim's head outside what only says when or why:
    "denied that it will close its bakery once its new plant [opens]" denies a closure."""
    return bool(parts.head & matched_terms(claim, terms(_SUBORDINATE.sub(" ", clause))))


def _unsaid(ps: PreparedStory, claim: TrackedClaim, scope: Overlap, clause: Overlap) -> bool:
    """Whether "X did not say that <clause>" denies the claim "X said ...": the sentence names
    the claim's speaker and the clause holds its head."""
    speaker = ps.speakers[claim.text]
    head = ps.parts[claim.text].head
    return bool(speaker) and speaker <= scope.matched and bool(head & clause.matched)


_PRONOUN = re.compile(r"\W*(?:that\s+)?(?:it|they|he|she)\b", re.IGNORECASE)


def _done_to_named(
    parts: ClaimParts, claim: Terms, named: Terms, scope: Overlap, th: Thresholds
) -> bool:
    """Whether what a cue names says the claim's head in the passive without its doer, of whom
    the claim says it was done to ("reports that [Derek Amblin had been jailed for six years]"
    for "A judge ... jailed Derek Amblin ... for six years", or for "Striker Leo Marsh has been
    banned ..."), in a sentence that says enough of the rest."""
    if not _passive(named.text, parts.head, doer=False):
        return False
    shared = matched_terms(claim, named)
    return bool(
        parts.head & shared
        and _done_to(parts, claim) & shared
        and scope.name_recall >= th.carry_names
        and _predicate_said(parts, claim.text, scope) >= th.denied_said
    )


def _named_subject_and_head(parts: ClaimParts, claim: Terms, named: Terms, th: Thresholds) -> bool:
    """Whether what a cue names says the claim's head of its subject, with all its names and
    nothing of its own, though not all the claim says ("the claim that [one-bedroom rents in
    Carston rose 14 percent]" for "Average rents for a one-bedroom flat in Carston rose by 14
    percent last year to 1,050 pounds a month")."""
    shared = matched_terms(claim, named)
    held = parts_carried(parts, shared)
    return bool(
        held.head
        and parts.head
        and held.subject >= th.subject
        and claim.names <= shared
        and not named.content - shared  # nothing of its own: "[office] rents", "its [museum]"
    )


def _denied_clause(sentence: str, cue: Cue) -> str:
    """What a denial denies ("X denied that <clause>"), with the denier standing in for a
    pronoun that opens it ("Brannock Bank denied that it will close ...": it is the bank;
    "Morvane's agent denied reports that she has withdrawn": she is Morvane)."""
    if _PRONOUN.match(cue.after) or PLANS_DROPPED.fullmatch(cue.word):
        # (and "X has dropped plans to <clause>": X is who would have done it)
        return sentence[: sentence.find(cue.word)] + " " + cue.after
    return cue.after


@dataclass(frozen=True)
class Retraction:
    claim: TrackedClaim
    sentence: str
    scope: str
    recall: float
    cue: str


def find_retraction(
    ps: PreparedStory,
    item: Item,
    th: Thresholds,
    *,
    threshold: float | None = None,
    only: set[int] | None = None,
) -> Retraction | None:
    """The sentence that denies, debunks or corrects one of the story's claims, if any."""
    need = th.retract if threshold is None else threshold
    best: Retraction | None = None
    said = ps.statements()
    for i, s in enumerate(item.sentences):
        if only is not None and i not in only:
            continue
        cue = find_cue(s)
        if cue is not None and all(claims_own_word(cue, c.text, s) for c, _, _ in said):
            # the claims' own word ("reports that the plans were [rejected] are wrong"): the
            # sentence may still retract them by another word
            cue = find_cue(s.replace(cue.word, "", 1)) or cue
        if cue is None:
            continue
        clause = terms(_denied_clause(s, cue)) if cue.of_what_follows else None
        # the claims this cue may retract: not one whose own word it is ("was unfairly
        # [dismissed by]"), nor one that does not say what the cue names ("Ms Pell denies [any
        # wrongdoing]" after a sentence that carries the claim)
        named = cue_object(s, cue)
        object_terms = terms(named) if named is not None else None
        retractable = [
            (claim, text, ct)
            for claim, text, ct in said
            if not claims_own_word(cue, claim.text, s)
            and (object_terms is None or _names_it(ps.parts[text], ct, object_terms))
            # a note that an earlier version gave another name or figure ("said the launch
            # was on Monday") corrects a detail the claim does not give
            and not (
                cue.kind == "correction"
                and object_terms is not None
                and _gave_other(ct, object_terms)
            )
        ]
        scopes = [s]
        if cue.anaphoric:
            # "We apologise for the error" may close a note that first quotes what was wrong,
            # then sets out what is right; what it corrects is said in a sentence or two of it,
            # not gathered from words spread over the page
            back = 4 if cue.kind == "correction" else 2
            if cue.kind == "denial" and i > 0 and _about_others(item.sentence_terms[i - 1], ps):
                back = 1  # "... Ann Hale is being investigated. Her lawyer said she denied [it]"
            for k in range(1, min(back, i) + 1):
                scopes.append(" ".join((*item.sentences[i - k : min(i - k + 2, i)], s)))
            if cue.kind in ("denial", "falsity") and i + 1 < len(item.sentences):
                # a denial that goes on to say what is so instead ("..., contradicting the
                # estimate. They said this year's crop should be close to normal")
                scopes.append(s + " " + item.sentences[i + 1])
        for scope in scopes:
            sc = terms(scope)
            for claim, text, ct in retractable:
                subject = ps.denied[claim.text]
                parts = ps.parts[text]
                ov = overlap(ct, sc, ps.weights[text])
                if text != claim.text and not _half_denied(parts, item.sentence_terms[i], ov):
                    continue
                core = False  # "denied that Ferrand has been banned": its subject and head
                unsaid = False  # "Rautio did not say that ...": the speaker is whom it is about
                if clause is not None:
                    # "X denied that <clause>": what the claim says must be in the clause
                    in_clause = overlap(ct, clause, ps.weights[text])
                    agentless = _passive(clause.text, parts.head, doer=False)
                    core = (
                        parts.parsed
                        and _core(parts, text, in_clause, ov, th, agentless=agentless)
                        and _head_in_main_clause(parts, ct, clause.text)
                    )
                    if NEGATED_SAYING.match(cue.word) and ps.speakers[claim.text]:
                        # "Rautio did not say that the bridge will close": whom the claim
                        # reports as saying it, and the word its predicate turns on (a claim
                        # that names no speaker: "we never said rents rose", as any denial)
                        core = unsaid = _unsaid(ps, claim, ov, in_clause)
                    if in_clause.predicate_recall < th.predicate and not core:
                        continue
                elif object_terms is not None and parts.parsed:
                    # "reports that Derek Amblin had been jailed were wrong": whom the head was
                    # done to, named as the passive's subject, stands for the claim's doer
                    core = unsaid = _done_to_named(parts, ct, object_terms, ov, th)
                    # "the claim that [one-bedroom rents in Carston rose 14 percent] was wrong":
                    # its subject and head and nothing of its own, though not all the claim says
                    core = core or _named_subject_and_head(parts, ct, object_terms, th)
                if not core and (ov.recall < need or ov.predicate_recall < th.predicate):
                    continue
                # the speaker named and the head said not to have been said is enough
                if not unsaid and not _of_the_subject(subject, parts, claim, ct, ov, th):
                    continue
                if best is None or ov.recall > best.recall:
                    best = Retraction(claim, s, scope, ov.recall, cue.word)
    return best


def _about_others(sentence: Terms, ps: PreparedStory) -> bool:
    """Whether a sentence names others (two names or more: "Ann Hale", not "Tuesday") and none of
    the story's claims' names: a denial that points back after it points at them."""
    names = frozenset().union(*(ct.names for _, ct in ps.claims))
    return len(sentence.names - names) >= 2 and not sentence.names & names


def _gave_other(claim: Terms, named: Terms) -> bool:
    """Whether what a correction says was wrong has a name or a number the claim does not."""
    return bool((named.names | named.numbers) - claim.names - claim.numbers)


# Words that set what they name apart from the claim's: "no plans to close [other] sites".
_OTHERS = frozenset("other another further more".split())


def _names_it(parts: ClaimParts, claim: Terms, named: Terms) -> bool:
    """Whether what a cue names as denied or false says something of the claim: it shares a
    term, and when it says more ("reports of [a fire at the bakery last week]"), the claim's
    head or more than one of its terms; not what it sets apart as other ("no plans to close
    [other] sites")."""
    shared = matched_terms(claim, named)
    if not shared or (_OTHERS & set(named.words)) - set(claim.words):
        return False
    return len(named.content) < 3 or len(shared) > 1 or bool(parts.head & shared)


def _half_denied(parts: ClaimParts, sentence: Terms, scope: Overlap) -> bool:
    """Whether a denial may be of one statement of a claim of two: the sentence holds its verb,
    and the scope most of what it says besides ("reports of a production cut at its Ledmore
    factory were wrong", not "denied it is in talks, after a report said a deal was close")."""
    rest = parts.predicate - parts.head - parts.subject
    return bool(parts.head & sentence.content) and 2 * len(rest & scope.matched) >= len(rest)


def _of_the_subject(
    subject: tuple[frozenset[str], ...],
    parts: ClaimParts,
    claim: TrackedClaim,
    said: Terms,
    ov: Overlap,
    th: Thresholds,
) -> bool:
    """Whether what a retraction points at is about the claim's subject and says what the claim
    (or the statement of it `said`) says of it."""
    if not _names_whom(subject, ov, th) or not _rare_word_kept(said, parts, subject, ov):
        return False
    if not parts.parsed:
        return True
    held = parts_carried(parts, ov.matched, ov.dropped)
    subject_held = held.subject >= th.subject or _speaker_for_subject(parts, said, ov)
    if not subject_held or not (held.head or held.predicate >= th.said):
        return False
    # a subject without a name is told from others of its kind by its rarer words ("students"
    # and "university" without "medicine": others); a named one by its name (_names_whom)
    rare = frozenset() if subject else rare_subject(claim.text)
    return not rare or bool(rare & ov.matched)


def _anchor_match(ps: PreparedStory, carrying: Carrying) -> tuple[float, Anchor | None]:
    best, which = 0.0, None
    weights = ps.weights[carrying.claim.text]
    for a in ps.anchors:
        if a.claim != carrying.claim:
            continue
        v = verbatim_share(a.terms, carrying.window, carrying.overlap.matched, weights)
        if v > best:
            best, which = v, a
    return best, which


def _evidence(c: Carrying, item: Item) -> dict:
    passage = " ".join(item.sentences[c.first : c.last + 1])
    return {
        "claim": c.claim.text,
        "claim_kind": c.claim.kind,
        "passage": passage,
        "recall": round(c.overlap.recall, 3),
        "name_recall": round(c.overlap.name_recall, 3),
        "density": round(c.overlap.density, 3),
        "matched_terms": sorted(c.overlap.matched),
        "missing_terms": sorted(c.overlap.missing),
        "simhash_distance": hamming(simhash64(c.claim.text), simhash64(passage)),
    }


def decide_new(
    ps: PreparedStory,
    item: Item,
    th: Thresholds,
    *,
    is_source: bool,
    verifier: Verifier | None = None,
) -> Decision | None:
    """The event a page seen for the first time raises for one story.

    With a `verifier` (sentence embeddings), a rewording of a claim without names must also be
    close to the claim in meaning: names anchor the others, nothing anchors these."""
    slug = ps.story.slug
    if is_source:
        return None  # a story's own source, seen for the first time, is where the claim began
    retraction = find_retraction(ps, item, th)
    carrying = best_carrying(ps, item, th)
    if retraction is None and carrying is not None:
        neg = _negated(carrying, item)
        if neg is not None:
            retraction = Retraction(carrying.claim, neg, neg, carrying.overlap.recall, "negation")
    if retraction is None:
        retraction = _denied_head(ps, item, th)
    if retraction is None:
        retraction = _contrasted(ps, item, th)
    if retraction is None and carrying is not None:
        retraction = _verdict(carrying, item)
    if retraction is not None:
        ev = {
            "claim": retraction.claim.text,
            "retracting_sentence": retraction.sentence,
            "retracted_passage": retraction.scope,
            "cue": retraction.cue,
            "recall": round(retraction.recall, 3),
            "reason": {"negation": "negated", "verdict": "verdict"}.get(retraction.cue, "denial"),
        }
        if carrying is not None:
            ev["passage"] = " ".join(item.sentences[carrying.first : carrying.last + 1])
        return Decision(slug, RETRACTED, round(retraction.recall, 3), retraction.claim.id, ev)
    if carrying is None:
        return None
    ev = _evidence(carrying, item)
    v, anchor = _anchor_match(ps, carrying)
    ev["verbatim"] = round(v, 3)
    if anchor is not None:
        ev["anchor"] = anchor.terms.text
        ev["anchor_origin"] = anchor.origin
    parts = ps.parts[carrying.claim.text]
    if v >= th.verbatim_all and _swaps_head_and_figures(parts, carrying):
        return None
    hedges = claim_hedges(carrying.claim_terms, carrying.window)
    new_hedges = hedges - (anchor.terms.hedges if anchor else frozenset())
    qualified = _qualification(carrying, item)
    if qualified is not None:
        new_hedges |= {"qualified"}
        ev["qualification"] = qualified
    # a light edit keeps every term of the claim but may move its attribution, breaking runs
    need = th.verbatim_all if carrying.overlap.recall >= FULL_RECALL else th.verbatim
    # a passage of the claim's words and no others may reorder them ("has refused for a second
    # year running to sign off the accounts of ...")
    same_words = carrying.overlap.recall >= FULL_RECALL and carrying.overlap.density >= FULL_RECALL
    if (
        (v >= need or same_words)
        and not new_hedges
        and not carrying.overlap.numbers_changed
        and not _voice_turned(carrying, ev["passage"], parts.head)
    ):
        return Decision(
            slug, PICKED_UP, round(max(v, carrying.overlap.recall), 3), carrying.claim.id, ev
        )
    base = anchor.terms if anchor is not None else carrying.claim_terms
    ev["changed"] = changed_words(base, carrying.window)
    if new_hedges:
        ev["hedges"] = sorted(new_hedges)
    if carrying.overlap.numbers_changed:
        ev["numbers_changed"] = True
    if verifier is not None and not _names_inside(carrying.claim.text):
        ok, cos = verifier.agrees(carrying.claim.text, ev["passage"])
        ev["cosine"] = round(cos, 3)
        if not ok:
            return None
    return Decision(slug, REWORDED, round(carrying.overlap.recall, 3), carrying.claim.id, ev)


# A passive ("was approved", "has been sacked"), with its doer after "by" when it is named.
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|never)\s+)?(?:\w+ly\s+)?"
    r"(\w+(?:ed|en|wn|t))\b(\s+by\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _in_passive(text: str, head: frozenset[str]) -> bool:
    """Whether a text says the claim's `head` verb in the passive, with its doer or without."""
    return _passive(text, head) or _passive(text, head, doer=False)


def _passive(text: str, head: frozenset[str], *, doer: bool = True) -> bool:
    """Whether a text says the claim's `head` verb in the passive with its doer ("was approved
    by the council"), or without it when `doer` is false ("has been sacked")."""
    return any(
        canonical(m.group(1)) in head and bool(m.group(2)) == doer for m in _PASSIVE.finditer(text)
    )


def _voice_turned(carrying: Carrying, passage: str, head: frozenset[str]) -> bool:
    """Whether a passage says the claim's head verb in the other voice: a copy that turns "was
    approved by the council" into "the council approved" rewrites it. A passage with another
    word for the verb ("was halted by" for "was blocked by") keeps the voice it has."""
    if not head & carrying.window.content:
        return False
    return _passive(carrying.claim.text, head) != _passive(passage, head)


def _swaps_head_and_figures(parts: ClaimParts, carrying: Carrying) -> bool:
    """Whether a passage that follows the claim's wording swaps both its head and all its
    figures: the same frame of another measure ("Work started on 131,000 new homes last year,
    14 percent fewer ..." for "148,200 new homes were completed last year, 9 percent fewer
    ..."). A rewording that changes the figures says them in other words too."""
    claim, ov = carrying.claim_terms, carrying.overlap
    return (
        parts.parsed
        and not parts_carried(parts, ov.matched, ov.dropped).head
        and bool(claim.numbers)
        and replaced_figures(claim, carrying.window, ov.matched) == claim.numbers
    )


def _replacement(
    before: Carrying | None, item: Item, added: set[int], th: Thresholds
) -> Carrying | None:
    """The new sentence (or two) that takes the place of the passage the page used to carry, in
    other words ("Card numbers of 4.1 million Tessivo customers were taken by attackers ..."): the
    page reworded the claim rather than dropped it."""
    if before is None:
        return None
    old = _no_opening_capital(before.window, before.claim_terms)
    best: Carrying | None = None
    for first, last, window in item.windows:  # one new sentence, or two in a row
        if not all(i in added for i in range(first, last + 1)):
            continue
        ov = overlap(old, window)
        if ov.recall >= th.replaced and ov.name_recall >= th.carry_names:
            if best is None or ov.recall > best.overlap.recall:
                best = Carrying(before.claim, before.claim_terms, window, first, last, ov)
    return best


def _passage_corrected(
    ps: PreparedStory, item: Item, added: set[int], prev_passage: str, th: Thresholds
) -> Retraction | None:
    """An added sentence that corrects the passage the page used to carry: a correction note,
    any retraction cue about enough of that passage, or an account revised since (_revises)."""
    pt = terms(prev_passage)
    # the update as a whole, for a cue that points back at what it is about ("it was wrong")
    update_recall = overlap(pt, terms(" ".join(item.sentences[i] for i in sorted(added)))).recall
    for i in sorted(added):
        s, st = item.sentences[i], item.sentence_terms[i]
        cue = find_cue(s) or revision(s)
        if cue is None:
            continue
        ov = overlap(pt, st)
        if (
            ov.recall >= th.update_retract
            or (cue.anaphoric and update_recall >= th.update_retract)
            or cue.kind == "correction"
            or (cue.kind == "revision" and _revises(ps, st))
        ):
            return Retraction(ps.claims[0][0], s, prev_passage, ov.recall, cue.word)
    return None


def _revises(ps: PreparedStory, st: Terms) -> bool:
    """Whether a sentence that revises an account ("the agency now says ...") says something
    else of what a claim is about: it names the subject, by a name or a rarer word of it ("the
    camera" for "the Sarnell telescope's main camera"), and not the word the claim turns on
    (saying that again confirms it; saying it negated is _denied_head's)."""
    for claim, ct in ps.claims:
        parts = ps.parts[claim.text]
        matched = overlap(ct, st, ps.weights[claim.text]).matched
        named = parts.subject & (ct.names | rare_subject(claim.text))
        if named & matched and not parts.head & matched:
            return True
    return False


def _no_opening_capital(t: Terms, claim: Terms | None = None) -> Terms:
    """A passage's terms without the capital of an English first word as a name ("Older
    adults with hearing loss ...", "Adults over 65 ..."), or of a word the `claim` holds and
    does not take for a name ("Froglets that emerge ...")."""
    first = t.words[0] if t.words else ""
    c = canonical(first)
    english = (
        not is_specific(first)
        or _english_opening(t)
        or (claim is not None and c in claim.content and c not in claim.names)
    )
    return replace(t, names=t.names - {c}) if c in t.names and english else t


def decide_update(
    ps: PreparedStory,
    item: Item,
    previous: Item,
    th: Thresholds,
    *,
    gone: bool,
    is_source: bool,
    verifier: Verifier | None = None,
) -> Decision | None:
    """The event a new version of a page raises for one story, given the version before."""
    slug = ps.story.slug
    before = decide_new(ps, previous, th, is_source=False)
    if before is None and is_source:
        # a source carries the claim by definition, even when worded far from the claim
        before_carrying = None
        for claim, _ in ps.claims:
            before = Decision(slug, PICKED_UP, 1.0, claim.id, {"claim": claim.text, "passage": ""})
            break
    else:
        before_carrying = best_carrying(ps, previous, th)
    if before is None:
        return None if gone else decide_new(ps, item, th, is_source=is_source, verifier=verifier)
    if before.event == RETRACTED:
        return None
    claim_text = before.evidence.get("claim", "")
    claim_id = before.claim_id
    prev_passage = before.evidence.get("passage", "")
    if gone:
        ev = {"claim": claim_text, "reason": "gone", "previous_passage": prev_passage}
        return Decision(slug, RETRACTED, 1.0, claim_id, ev)
    old = set(previous.sentences)
    added = {i for i, s in enumerate(item.sentences) if s not in old}
    retraction = find_retraction(ps, item, th, threshold=th.update_retract, only=added)
    if retraction is None and prev_passage:
        retraction = _passage_corrected(ps, item, added, prev_passage, th)
    if retraction is None:
        retraction = _contrasted(ps, item, th, only=added)  # "fell by 3 percent, not 12"
    if retraction is None:
        # an added sentence that negates what the claim turns on, of its subject ("no record
        # was set"): on a page that carried the claim, it needs nothing else of the claim
        retraction = _denied_head(
            ps, item, replace(th, denied_said=0.0), only=added, by_any_name=True
        )
    if retraction is not None:
        ev = {
            "claim": claim_text,
            "retracting_sentence": retraction.sentence,
            "cue": retraction.cue,
            "previous_passage": prev_passage,
            "reason": "correction",
        }
        return Decision(slug, RETRACTED, round(max(retraction.recall, 0.5), 3), claim_id, ev)
    now = best_carrying(ps, item, th)
    if now is not None:
        neg = _negated(now, item)
        if neg is not None:
            ev = {"claim": claim_text, "retracting_sentence": neg, "reason": "negated"}
            return Decision(slug, RETRACTED, round(now.overlap.recall, 3), claim_id, ev)
    if before_carrying is None:
        return None  # a source whose claim passage we cannot pin down: nothing to compare
    if now is None:
        # the claim's wording is gone from the page: reworded past recognition, or removed
        now = best_carrying(ps, item, th.loose()) or _replacement(before_carrying, item, added, th)
        if now is None:
            ev = {"claim": claim_text, "reason": "claim removed", "previous_passage": prev_passage}
            return Decision(slug, RETRACTED, 0.6, claim_id, ev)
    passage = " ".join(item.sentences[now.first : now.last + 1])
    prev_t = before_carrying.window
    same = min(verbatim(prev_t, now.window), verbatim(now.window, prev_t))
    numbers_changed = prev_t.numbers != now.window.numbers
    if not numbers_changed and (same >= th.reword_change or spelling_fixed(prev_t, now.window)):
        return None  # the same wording, or a typo fixed: nothing new to alert
    ev = _evidence(now, item)
    ev.update(
        previous_passage=prev_passage,
        passage=passage,
        verbatim_to_previous=round(same, 3),
        changed=changed_words(prev_t, now.window),
        reason="page reworded",
    )
    return Decision(slug, REWORDED, round(1 - same, 3), now.claim.id, ev)


def classify(
    story: TrackedStory,
    text: str,
    *,
    previous_text: str | None = None,
    gone: bool = False,
    is_source: bool = False,
    thresholds: Thresholds = DEFAULT,
    verifier: Verifier | None | object = FROM_SETTING,
) -> Decision | None:
    """The event this item raises for this story, or None. The embedding check of rewordings
    follows CLAIMWATCH_EMBEDDINGS unless a `verifier` (or None, for none) is given."""
    ps = prepare(story, thresholds)
    item = analyse("" if gone else text)
    v = default_verifier() if verifier is FROM_SETTING else verifier
    if previous_text is not None:
        return decide_update(
            ps, item, analyse(previous_text), thresholds, gone=gone, is_source=is_source, verifier=v
        )
    return decide_new(ps, item, thresholds, is_source=is_source, verifier=v)


class Matcher:
    """Classifies items against many stories; an index of terms and fingerprints picks the
    candidate stories first, so the cost grows with the stories an item could concern."""

    def __init__(
        self,
        stories: list[TrackedStory],
        thresholds: Thresholds = DEFAULT,
        verifier: Verifier | None | object = FROM_SETTING,
    ) -> None:
        self.thresholds = thresholds
        # the embedding check of rewordings: from CLAIMWATCH_EMBEDDINGS unless given (None: off)
        self.verifier = default_verifier() if verifier is FROM_SETTING else verifier
        self.prepared = [prepare(s, thresholds) for s in stories]
        postings: dict[str, set[int]] = {}
        ids, hashes = [], []
        for n, ps in enumerate(self.prepared):
            for _, ct in ps.claims:
                for t in ct.content:
                    postings.setdefault(t, set()).add(n)
            for a in ps.anchors:
                ids.append(n)
                hashes.append(simhash64(a.terms.text))
        self._postings = postings
        self._need = [
            max(2, min(4, min((len(ct.content) for _, ct in ps.claims), default=2) // 3))
            for ps in self.prepared
        ]
        self._index = SimIndex(ids, hashes)

    def candidates(self, *items: Item, k: int = 3) -> list[int]:
        """Stories an item could concern: enough shared claim terms, or a near-copy passage."""
        hits: Counter[int] = Counter()
        content = frozenset().union(*(it.content for it in items))
        for t in content:
            for n in self._postings.get(t, ()):
                hits[n] += 1
        chosen = {n for n, c in hits.items() if c >= self._need[n]}
        for it in items:
            for s in it.sentences:
                for n, _ in self._index.near(simhash64(s), k):
                    chosen.add(n)
        return sorted(chosen)

    def match(
        self,
        text: str,
        *,
        previous_text: str | None = None,
        gone: bool = False,
        sources_of: frozenset[str] = frozenset(),
    ) -> list[Decision]:
        item = analyse("" if gone else text)
        previous = analyse(previous_text) if previous_text is not None else None
        chosen = set(self.candidates(item, *([previous] if previous else [])))
        chosen |= {n for n, ps in enumerate(self.prepared) if ps.story.slug in sources_of}
        decisions = []
        for n in sorted(chosen):
            ps = self.prepared[n]
            is_source = ps.story.slug in sources_of
            if previous is not None:
                d = decide_update(
                    ps,
                    item,
                    previous,
                    self.thresholds,
                    gone=gone,
                    is_source=is_source,
                    verifier=self.verifier,
                )
            else:
                d = decide_new(
                    ps, item, self.thresholds, is_source=is_source, verifier=self.verifier
                )
            if d is not None:
                decisions.append(d)
        return decisions
