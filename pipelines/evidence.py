"""Lexical evidence that a passage carries a claim: matched terms, names, numbers, verbatim runs."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.lexicon import (
    APPROXIMATE,
    ATTRIBUTING,
    HEDGES,
    IRREGULAR,
    MULTIPLIERS,
    NEGATIONS,
    NUMBER_WORDS,
    REPORTING,
    STOP,
    TIMES,
    bounded_figure,
    canonical,
    canonical_at,
    derived_match,
    is_common_plural,
    is_content,
    is_everyday,
    is_specific,
    only_adverb,
    phrasal_particle,
    root,
    similar_words,
    word_classes,
    zipf,
)
from pipelines.normalize import raw_tokens
from pipelines.quantities import DENOMINATORS, ROUND_COUNTS, SCALES, UNITS, restated

NAME_WEIGHT = 1.5
NUMBER_WEIGHT = 1.0
REPORTING_WEIGHT = 0.3


@dataclass(frozen=True)
class Terms:
    """A passage as the matcher sees it."""

    text: str
    words: tuple[str, ...]  # all normalised words, in order (for verbatim runs)
    content: frozenset[str]  # canonical content words
    names: frozenset[str]  # canonical words written as names (capitalised)
    numbers: frozenset[str]
    negations: frozenset[str]
    hedges: frozenset[str]
    # adjacent word pairs written as one word, (joined, first, second): "honey bees" / honeybee
    pairs: frozenset[tuple[str, str, str]] = frozenset()


def _is_number(word: str) -> bool:
    return (
        word.replace(",", "").replace(".", "").isdigit()
        or word in NUMBER_WORDS
        or word in MULTIPLIERS
    )


# "appear to have bred", "seems to cut", "is expected to recall": a hedge only before "to"
# ("appeared in court", "worse than expected" are not).
SEEMING = frozenset(
    "appear appears appeared seem seems seemed expected poised understood thought".split()
)
# Reported as said by others: "is [reported to] have resigned", "are [said to] be in talks".
SAID_TO = frozenset("reported said alleged rumoured rumored".split())


def _initial_name(word: str, lower: str, words: tuple[str, ...]) -> bool:
    """A capitalised first word is a name unless it is a common word (by its form or use)."""
    if lower in STOP or lower.endswith(("ing", "ly", "ed")) or lower in HEDGES:
        return False
    return lower not in words[1:] or word.isupper()


def terms(text: str) -> Terms:
    """The words, content terms, names and numbers of one passage."""
    raw = raw_tokens(text)
    words = tuple(w.lower() for w in raw)
    content, names, numbers = set(), set(), set()
    particles: set[int] = set()  # "throws [away]": part of the verb before it
    for i, (w, lw) in enumerate(zip(raw, words, strict=True)):
        if not is_content(lw) or i in particles:
            continue
        if (at := phrasal_particle(words, i)) is not None:
            particles.add(at)
        c = canonical_at(words, i)
        if lw in TIMES and i > 0 and _is_number(words[i - 1]):
            # "three times as likely": a multiplier, not a count of three
            n = canonical(words[i - 1])
            numbers.discard(n)
            content.discard(n)
            c = n if n.endswith("x") else n + "x"
            content.add(c)
            numbers.add(c)
            continue
        content.add(c)
        if _is_number(lw) or bounded_figure(words, i) is not None:
            numbers.add(c)
        elif w[:1].isupper() and (i > 0 or _initial_name(w, lw, words)):
            names.add(c)
    return Terms(
        text=text,
        words=words,
        content=frozenset(content),
        names=frozenset(names),
        numbers=frozenset(numbers),
        negations=frozenset(w for w in words if w in NEGATIONS or w.endswith("n't")),
        hedges=frozenset(w for w in words if w in HEDGES)
        | frozenset(a for a, b in zip(words, words[1:], strict=False) if a in SEEMING and b == "to")
        | frozenset(
            a
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
            if a in SAID_TO and b == "to" and c in ("have", "be")
        ),
        pairs=frozenset(
            (canonical(a + b), canonical(a), canonical(b))
            for a, b in zip(words, words[1:], strict=False)
            if a.isalpha() and b.isalpha() and is_content(a) and is_content(b)
        ),
    )


REPORTING_CANON = frozenset(canonical(w) for w in REPORTING)
BACKGROUND_DISCOUNT = 0.7
PARENTHETICAL_WEIGHT = 0.3
# A relative clause set off by commas after a name ("The Orrin Board, which runs the exams,
# will ..."): background on whom the claim is about, not what it says.
PARENTHETICAL = re.compile(r",\s*(?:which|who|whose)\b[^,;]{3,120},", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parenthetical_terms(text: str) -> frozenset[str]:
    """The content terms a claim has only in a relative clause set off by commas."""
    spans = [m.group(0) for m in PARENTHETICAL.finditer(text)]
    if not spans:
        return frozenset()
    rest = PARENTHETICAL.sub(" ", text)
    return frozenset().union(*(terms(s).content for s in spans)) - terms(rest).content


def claim_weights(claim: Terms, background: list[Terms] = ()) -> dict[str, float]:
    """How much each claim term counts: names of several words share a name's weight; reporting
    verbs and a relative clause set off by commas count little; terms found in most sentences
    of the story's sources (its topic, not its claim) count less."""
    phrases: list[list[str]] = []
    prev_name = False
    for w in claim.words:
        c = canonical(w)
        is_name = c in claim.names
        if is_name and prev_name:
            phrases[-1].append(c)
        elif is_name:
            phrases.append([c])
        prev_name = is_name or (prev_name and w in ("of", "the", "de", "al"))
    name_w: dict[str, float] = {}
    for ph in phrases:
        for c in ph:
            name_w[c] = max(name_w.get(c, 0.0), NAME_WEIGHT / len(ph))
    aside = parenthetical_terms(claim.text)
    out = {}
    for t in claim.content:
        if t in aside:
            w = PARENTHETICAL_WEIGHT
        elif t in claim.numbers:
            w = NUMBER_WEIGHT
        elif t in REPORTING_CANON:
            w = REPORTING_WEIGHT
        elif t in name_w:
            w = name_w[t]
        else:
            w = 1.0
        if background:
            df = sum(1 for b in background if t in b.content) / len(background)
            w *= 1.0 - BACKGROUND_DISCOUNT * df
        out[t] = w
    return out


def matched_terms(claim: Terms, passage: Terms) -> set[str]:
    """The claim's content terms the passage carries (same word, form, synonym or spelling)."""
    found = set(claim.content & passage.content)
    for t in claim.names - found:
        if any(similar_words(t, p) for p in passage.names):
            found.add(t)
    for t in claim.content - found:
        r = root(t)
        if r is not None and r in passage.content:
            found.add(t)
    # the same word in another part of speech: "pregnant" / "pregnancy", "by mistake" /
    # "mistaken releases"
    others = passage.content - passage.numbers - passage.names
    for t in claim.content - found - claim.numbers - claim.names:
        if derived_match(t, others):
            found.add(t)
    # a compound written apart, or two words written as one: "honeybees" / "honey bees"
    apart = {joined for joined, _, _ in passage.pairs}
    found |= {t for t in claim.content - found if t in apart}
    for joined, a, b in claim.pairs:
        if joined in passage.content:
            found |= {a, b} & claim.content
    if claim.numbers - found:
        # a figure in other words or rounded: "£410m", "nearly 1,500" for 1,480, "a third" for 31%
        found |= frozenset().union(*restated(claim.words, passage.words)) & claim.content
    return found


def replaced_figures(
    claim: Terms, passage: Terms, matched: frozenset[str] | set[str] | None = None
) -> frozenset[str]:
    """The claim's figures that a passage with figures of its own does not hold, even rounded
    (`matched`: the claim's terms it carries, when already known)."""
    if not passage.numbers - claim.numbers:
        return frozenset()
    held = matched_terms(claim, passage) if matched is None else matched
    return frozenset(claim.numbers - held)


@dataclass(frozen=True)
class Overlap:
    """How much of a claim a passage carries."""

    recall: float  # weighted share of the claim's terms found in the passage
    name_recall: float  # share of the claim's names found
    predicate_recall: float  # share of the claim's other terms (what it says of them) found
    density: float  # share of the passage's terms that belong to the claim
    matched: frozenset[str]
    missing: frozenset[str]
    numbers_changed: bool  # the claim has numbers, the passage has others (or rounds them) instead
    dropped: frozenset[str]  # the claim's figures the passage leaves out as a whole (count less)


# A passage that gives no figure at all (a hedged or vague version) drops the claim's quantities
# ("13 percent", "four days", "two-year") as a whole: they count this much of their weight.
QUANTITY_DROPPED = 0.5


# Words a number after which names a kind or a place in a series, not a count: "type 2
# diabetes", "stage 3 cancer", "category 4 storm".
_LABELS = frozenset("type stage grade category class level phase tier section article".split())


@lru_cache(maxsize=4096)
def quantity_terms(claim: Terms) -> frozenset[str]:
    """The claim's numbers and the word each one counts (its unit): 13 percent, four days."""
    out = set()
    for i, w in enumerate(claim.words):
        c = canonical(w)
        if c not in claim.numbers:
            continue
        out.add(c)
        if i > 0 and claim.words[i - 1] in _LABELS:
            continue  # a number that names a kind counts nothing: "type 2 [diabetes]"
        if i + 1 < len(claim.words) and is_content(claim.words[i + 1]):
            unit = canonical(claim.words[i + 1])
            if unit not in claim.numbers and unit not in claim.names:
                out.add(unit)
    return frozenset(out)


def overlap(claim: Terms, passage: Terms, weights: dict[str, float] | None = None) -> Overlap:
    found = matched_terms(claim, passage)
    w = weights if weights is not None else claim_weights(claim)
    dropped: frozenset[str] = frozenset()
    if claim.numbers and not passage.numbers:
        dropped = quantity_terms(claim) - found
        w = {t: v * QUANTITY_DROPPED if t in dropped else v for t, v in w.items()}
    total = sum(w[t] for t in claim.content) or 1.0
    got = sum(w[t] for t in found)
    names_total = sum(w[t] for t in claim.names)
    name_recall = sum(w[t] for t in claim.names & found) / names_total if names_total else 1.0
    others = claim.content - claim.names
    others_total = sum(w[t] for t in others)
    predicate_recall = sum(w[t] for t in others & found) / others_total if others_total else 1.0
    found_names = found & claim.names
    hit_in_passage = sum(
        1
        for p in passage.content
        if p in found or (p in passage.names and any(similar_words(p, t) for t in found_names))
    )
    density = hit_in_passage / len(passage.content) if passage.content else 0.0
    missing_numbers = claim.numbers - passage.numbers - restated(claim.words, passage.words)[0]
    numbers_changed = bool(missing_numbers) and bool(
        passage.numbers - claim.numbers or missing_numbers & found
    )
    return Overlap(
        recall=got / total,
        name_recall=name_recall,
        predicate_recall=predicate_recall,
        density=density,
        matched=frozenset(found),
        missing=frozenset(claim.content - found),
        numbers_changed=numbers_changed,
        dropped=dropped,
    )


# Modal hedges bind to their own verb: after the last of the claim's words, "could" or "likely"
# belongs to another clause ("..., warning that costs could rise", "..., and smaller ones are
# less likely to survive"); "reportedly" or "sources suggest" still attribute the claim.
MODALS = frozenset("may might could likely".split())


COLON_CLAUSE = 0.8  # share of the claim's terms after a colon for it to be the claim's clause


def claim_hedges(claim: Terms, passage: Terms) -> frozenset[str]:
    """The passage's hedges that bear on the claim it carries. What comes before a colon that
    introduces the claim is a clause of its own ("figures suggest it will get worse: 'X fell
    by 17 percent'")."""
    if not passage.hedges:
        return passage.hedges
    head, colon, rest = passage.text.partition(":")
    if colon and terms(head).hedges:
        after = terms(rest)
        if len(claim.content & after.content) >= COLON_CLAUSE * len(claim.content):
            return claim_hedges(claim, after)
    # where the claim ends: the last of its words, each where it first appears (a word said
    # again further on, "costs that could pass 200,000 [pounds]", does not stretch it)
    first: dict[str, int] = {}
    for i, w in enumerate(passage.words):
        c = canonical(w)
        if c in claim.content:
            first.setdefault(c, i)
    last = max(first.values(), default=-1)
    up_to_claim = set(passage.words[: last + 1])
    return frozenset(h for h in passage.hedges if h not in MODALS or h in up_to_claim)


def verbatim(anchor: Terms, passage: Terms, min_run: int = 4) -> float:
    """Share of the anchor's words found in the passage in runs of >= `min_run` words, in order."""
    if not anchor.words:
        return 0.0
    sm = difflib.SequenceMatcher(a=anchor.words, b=passage.words, autojunk=False)
    covered = sum(b.size for b in sm.get_matching_blocks() if b.size >= min_run)
    return covered / len(anchor.words)


def verbatim_words(anchor: Terms, passage: Terms, min_run: int = 4) -> set[str]:
    """The anchor's words that the passage repeats in runs of >= `min_run` words, in the
    anchor's order, or elsewhere when the run says who reports it (a light edit may move "Judge
    X ruled that" to the end; a paraphrase that swaps the claim's clauses rewrites it)."""
    a, b = anchor.words, passage.words
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    out: set[str] = set()
    for block in sm.get_matching_blocks():
        if block.size >= min_run:
            out.update(a[block.a : block.a + block.size])
    runs = {tuple(b[j : j + min_run]) for j in range(len(b) - min_run + 1)}
    found = [False] * len(a)
    for i in range(len(a) - min_run + 1):
        if tuple(a[i : i + min_run]) in runs:
            found[i : i + min_run] = [True] * min_run
    start = None
    for i, hit in enumerate([*found, False]):
        if hit and start is None:
            start = i
        elif not hit and start is not None:
            if ATTRIBUTING & set(a[start:i]):
                out.update(a[start:i])
            start = None
    return out


def verbatim_share(
    anchor: Terms, passage: Terms, matched: frozenset[str], weights: dict[str, float]
) -> float:
    """Weighted share of the claim terms a passage carries that it repeats word for word (in runs
    of >= 4 words) from an anchor: 1.0 for a copy or a quote, 0.0 for a paraphrase."""
    total = sum(weights.get(t, 0.0) for t in matched)
    if not total:
        return 0.0
    copied = {canonical(w) for w in verbatim_words(anchor, passage)}
    return sum(weights.get(t, 0.0) for t in matched if t in copied) / total


def changed_words(anchor: Terms, passage: Terms) -> dict[str, list[str]]:
    """The words a passage drops from and adds to the wording it echoes."""
    sm = difflib.SequenceMatcher(a=anchor.words, b=passage.words, autojunk=False)
    removed, added = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("replace", "delete"):
            removed += [w for w in anchor.words[i1:i2] if is_content(w)]
        if op in ("replace", "insert"):
            added += [w for w in passage.words[j1:j2] if is_content(w)]
    return {"removed": removed[:30], "added": added[:30]}


TYPO_LIKENESS = 0.8  # a word this like the one it replaces (difflib ratio) is a spelling fix


def spelling_fixed(before: Terms, after: Terms) -> bool:
    """Whether `after` differs from `before` only in the spelling of a few words, each for one
    much like it ("techer" -> "teacher", "recieved" -> "received"): a typo fixed, no new
    wording."""
    sm = difflib.SequenceMatcher(a=before.words, b=after.words, autojunk=False)
    edits = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not edits or len(edits) > 3:
        return False
    for op, i1, i2, j1, j2 in edits:
        if op != "replace" or i2 - i1 != j2 - j1:
            return False
        for a, b in zip(before.words[i1:i2], after.words[j1:j2], strict=True):
            if difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio() < TYPO_LIKENESS:
                return False
    return True


FRAME_SHARE = 0.5  # share of the claim's content words, in order, a passage must follow
SLOT_WORDS = 4  # a substituted slot is a short phrase: at most this many content words a side


# A figure written with its unit: "15p", "200g", "3.5km", "20mph", "£4bn" (not "Hessa-4b").
_MEASURED = re.compile(r"[£$€]?\d[\d.,]*(?:p|g|kg|mg|ml|km|cm|mm|m|mph|kph|k|bn|tn)")


# Nouns that stand for any kind of person or body: writing "people" for "adults" or "group" for
# "maker" generalises a word, it does not put another thing in its place.
GENERIC_NOUNS = frozenset(
    canonical(w)
    for w in "people person individual adult resident citizen group business organisation "
    "organization body entity one thing company firm".split()  # "the [company's] Kite e-bike"
)


# Nouns that say how much of something there is: "the number of people applying" still says how
# many applied. (claim_parts._MEASURES are the units after a figure: "45 percent of nurses".)
AMOUNT_NOUNS = frozenset(
    canonical(w) for w in "number amount total share proportion level quantity count".split()
)


# Words after which a word is a verb ("may catch", "to limit"): a predicate, not a slot filler.
VERB_MARKERS = frozenset(
    "to will would shall should may might can could must do does did not never".split()
)


_Sequence = list[tuple[str, str, str]]  # a text's content words (_content_sequence)


def _content_sequence(t: Terms, claim: Terms | None = None) -> _Sequence:
    """(canonical, surface, the other words since the content word before it) of each content
    word in order; a passage's spellings of the claim's names are written as the claim's."""
    out = []
    after = 0  # where the words since the last content word begin
    for i, w in enumerate(t.words):
        if not is_content(w):
            continue
        c = canonical_at(t.words, i)
        if w in TIMES and i > 0 and _is_number(t.words[i - 1]):
            continue
        if claim is not None and c not in claim.content and c in t.names:
            c = next((n for n in claim.names if similar_words(n, c)), c)
        out.append((c, w, " ".join(t.words[after:i])))
        after = i + 1
    return out


def _verb_form(word: str) -> bool:
    """A participle or past form ("dealing", "dealt"): how something is done, not what."""
    return word.endswith(("ing", "ed")) or word in IRREGULAR


def _names_kind(seq: _Sequence, j: int, end: int, framed: bool) -> bool:
    """Whether the -ing word at `j`, in a slot of one word for one that ends at `end` before the
    claim's own words (`framed`), says what kind of thing the noun after it is ("[reading]
    tests" for "[maths] tests")."""
    return (
        framed
        and j == end - 1
        and seq[j][1].endswith("ing")
        and end < len(seq)
        and "NOUN" in word_classes(seq[end][1])
    )


def _after_verb_marker(seq: _Sequence, j: int) -> bool:
    """Whether the content word at `j` follows a word that marks a verb ("to", "would"), past
    any hedge or adverb between them ("would likely [leave]")."""
    while True:
        last = seq[j][2].rpartition(" ")[2]
        if last or j == 0 or not (seq[j - 1][1] in HEDGES or only_adverb(seq[j - 1][1])):
            return last in VERB_MARKERS
        j -= 1


# Verbs that only say where a figure has got to ("[reached] 38 pounds", "[topped] 1,000").
_FIGURE_VERBS = frozenset(canonical(w) for w in "reach hit top total exceed surpass pass".split())


def _puts_figure(seq: _Sequence, i: int, t: Terms) -> bool:
    """Whether the word at `i` only puts a figure ("now [stands] at 1,870 pounds", "[valued] at
    40 million", "[reached] 38 pounds"): another verb for that says the same."""
    if not (i + 1 < len(seq) and seq[i + 1][0] in t.numbers):
        return False
    before = seq[i + 1][2]
    return before == "at" or (before == "" and seq[i][0] in _FIGURE_VERBS)


def _words(seq: _Sequence, t: Terms) -> int:
    return sum(1 for c, _, _ in seq if c not in t.numbers)


# Words that usage tells apart but that say the same ("fewer than eight hours" / "less than").
_USAGE_PAIRS = frozenset({frozenset({"fewer", "less"})})


def _same_word(a: str, b: str) -> bool:
    """A misspelling, a compound or a usage variant of the same word ("spacport" / "spaceport",
    "scrub" / "scrubland", "fewer" / "less"): not another word put in the claim's slot."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return (
        similar_words(a, b)
        or frozenset((short, long_)) in _USAGE_PAIRS
        or (len(short) >= 4 and long_.startswith(short))
        or short in _positives(long_)  # "wettest" / "wet", "largest" / "large"
        or _letters_swapped(a.lower(), b.lower())
    )


def _letters_swapped(a: str, b: str) -> bool:
    """Whether one word is the other with two neighbouring letters swapped, and English does not
    know it ("factroy" / "factory"): a misspelling. Two real words ("trial" / "trail") are two."""
    if len(a) != len(b) or a == b or min(zipf(a), zipf(b)) > 0:
        return False
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


def _positives(word: str) -> frozenset[str]:
    """The plain forms a comparative or superlative may have ("wettest" -> wet, "safest" ->
    safe, "happiest" -> happy); empty for another word."""
    for ending in ("est", "er"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms = {stem, stem + "e"}
            if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                forms.add(stem[:-1])  # wett -> wet
            if stem.endswith("i"):
                forms.add(stem[:-1] + "y")  # happi -> happy
            return frozenset(forms)
    return frozenset()


@lru_cache(maxsize=4096)  # substitution and replaced_by ask for the same pair
def _frame(
    claim: Terms, passage: Terms
) -> tuple[_Sequence, _Sequence, list[tuple[str, int, int, int, int]]] | None:
    """The claim's and the passage's content sequences and the edits from one to the other,
    when the passage follows the claim's wording enough to have its frame; else None."""
    a = _content_sequence(claim)
    b = _content_sequence(passage, claim)
    sm = difflib.SequenceMatcher(a=[x[0] for x in a], b=[x[0] for x in b], autojunk=False)
    if sum(size for _, _, size in sm.get_matching_blocks()) < FRAME_SHARE * len(a):
        return None
    return a, b, sm.get_opcodes()


def replaced_by(claim: Terms, passage: Terms, term: str) -> frozenset[str]:
    """The passage's term that stands alone where the claim has `term` (with one more word at
    most: "[said ... lost]"), in the claim's own frame ("Skyloom [gained] 1.4 million
    subscribers" for "Skyloom [lost] ...")."""
    framed = _frame(claim, passage)
    if framed is None:
        return frozenset()
    a, b, ops = framed
    return frozenset(
        b[j1][0]
        for op, i1, i2, j1, j2 in ops
        if op == "replace" and i2 - i1 <= 2 and j2 - j1 == 1 and any(x[0] == term for x in a[i1:i2])
    )


def _name_swapped(lost: _Sequence, put: _Sequence, claim: Terms, passage: Terms) -> bool:
    """Whether the claim's names in a slot, found nowhere in the passage, stand replaced by names
    the claim does not have: "dog breeder [Colm Ferrick's] licence" / "dog breeder [Maura
    Kettle's] licence" is the same said of someone else. Other words of the slot may change with
    them ("former [bank manager Colin Pryor]" / "former [shop manager Dean Fisk]")."""
    gone = [c for c, _, _ in lost if c in claim.names]
    new = [c for c, _, _ in put if c in passage.names]
    return (
        len(gone) >= 2
        and len(new) >= 2
        and all(c not in passage.content for c in gone)
        and all(c not in claim.content for c in new)
    ) or (
        bool(lost)
        and bool(put)
        and all(c in claim.names and c not in passage.content for c, _, _ in lost)
        and all(c in passage.names and c not in claim.content for c, _, _ in put)
    )


def substitution(
    claim: Terms,
    passage: Terms,
    head: frozenset[str] = frozenset(),
    reporter: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]] | None:
    """A specific word of the claim that the passage replaces, in the claim's own frame, with
    other words: "risk of [type 2 diabetes]" / "risk of [heart disease]", "cups of [green tea]" /
    "cups of [coffee]". Such a passage says the same of something else: another claim.

    Returns (claim words, passage words) of the first such slot, or None. Only words rarer than
    everyday English count on the claim's side (a paraphrase swaps common words: "from January"
    / "as early as January"), and not the claim's `head` verb (another verb for what happened is
    a rewording: "knocked [offline]" / "left without a connection"; a head that cannot be a verb
    counts: "fewer [migraine] days" / "fewer [headache] days"); hedges and rounding words
    ("as many as") never fill a slot; names and numbers are left to name recall and number
    checks. Nor do the words of the claim's `reporter` alone ("a study of 4,200 older
    [adults]"): a passage may say who reports it in other words."""
    framed = _frame(claim, passage)
    if framed is None:
        return None
    a, b, ops = framed
    units = quantity_terms(claim)
    # with figures of its own in place of the claim's, a passage that also swaps a word of the
    # claim's subject for another ("entries for [music] exams fell by 6 percent" for "[foreign-
    # language] exams ... by 9 percent") is about something else, even in words less rare
    loose = subject if subject and replaced_figures(claim, passage) else frozenset()
    # what the passage carries in another form ("honey bees" for "honeybees", "at night" for
    # "overnight") is not lost
    carried = matched_terms(claim, passage)
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace" or _words(a[i1:i2], claim) > SLOT_WORDS:
            continue
        left = k > 0 and ops[k - 1][0] == "equal"
        right = k + 1 < len(ops) and ops[k + 1][0] == "equal"
        frame = sum(o[2] - o[1] for o in (ops[k - 1 : k] if left else []))
        frame += sum(o[2] - o[1] for o in (ops[k + 1 : k + 2] if right else []))
        if frame < 2:
            continue
        if left and not right and i2 == len(a) and j2 == len(b):
            j2 = min(j2, j1 + SLOT_WORDS)  # the claim ends on the slot; the passage goes on
        elif right and not left and i1 == 0 and j1 == 0 and i2 == 1:
            pass  # the claim starts on a one-word slot: "[lynx] that were released ..."
        elif not (left and right):
            continue
        counted = left and a[i1 - 1][0] in claim.numbers  # the same number before the slot
        if (
            right
            and a[i2][0] in claim.names
            # (not the subject, apart from the name: "[nurses] at Kelby General will strike")
            and not (a[i2][2] and subject and all(x[0] in subject for x in a[i1:i2]))
            and not any(x[0] in claim.names for x in a[i1:i2])
            and not counted  # (not what a number counts: "240 [laptops] from a Pelham school")
        ):
            continue  # a descriptor of a name ("the dairy [maker] Brightmoor"): free to change
        if _name_swapped(a[i1:i2], b[j1:j2], claim, passage):
            return [w for _, w, _ in a[i1:i2]], [w for _, w, _ in b[j1:j2]]
        lost = [
            w
            for i, (c, w, _) in enumerate(a[i1:i2], start=i1)
            if c not in carried
            and not _MEASURED.fullmatch(w)  # a figure with its unit ("by [15p]"): a figure
            and not _puts_figure(a, i, claim)
            and c not in claim.names
            and c not in claim.numbers
            and (is_specific(w) or (c in loose and not is_everyday(w)))
            # no gerund, but a gerund subject ("[gardening] lowers") or one before a noun of
            # the slot ("four [streaming services]" / "four [takeaway delivery apps]")
            and (not w.endswith("ing") or i1 == 0 or i + 1 < i2)
            and (c not in head or "VERB" not in word_classes(w))
            and c not in reporter
            # "40 [seconds] after" / "[shortly] after": a figure dropped (its unit, not the
            # word before what it counts: "four [streaming] services")
            # ("four [libraries]" / "four [museums]": the same number of something else)
            and (c not in units or w.endswith("ing") or counted)
        ]
        if _words(b[j1:j2], passage) > SLOT_WORDS:
            continue
        one_for_one = right and i2 - i1 == 1 and j2 - j1 == 1
        put = [
            w
            for j, (c, w, before) in enumerate(b[j1:j2], start=j1)
            if c not in claim.content
            and c not in passage.numbers
            and (c not in passage.names or (j == 0 and is_common_plural(w)))
            and c not in GENERIC_NOUNS
            and w not in HEDGES
            and w not in APPROXIMATE
            and w not in UNITS  # "over [a decade]" for "over [ten years]": the figure restated
            and w not in DENOMINATORS  # "by almost a [quarter]": a figure in words
            and w not in ROUND_COUNTS  # "more than a [dozen]"
            and c not in AMOUNT_NOUNS  # "[the number of people applying]" for "[applications]"
            and not is_everyday(w)  # "89 percent of the [time]" for "89 percent [accuracy]"
            and not _after_verb_marker(b, j)
            # "[cycling] eases" for "[swimming] eases"; "[reading] tests" for "[maths] tests"
            and (
                not _verb_form(w)
                or j == i1 == 0
                or _names_kind(b, j, j2, one_for_one)
                or (one_for_one and a[i1][0] in subject)  # "who [cycled]" for "who [walked]"
            )
        ]
        lost = [w for w in lost if not any(_same_word(w, p) for p in put)]
        if lost and put and not _verb_as_noun(lost, put, subject):
            return lost, put
        kinds = _kinds(a[i1:i2]), _kinds(b[j1:j2])
        if kinds[0] and kinds[1] and not kinds[0] & kinds[1]:
            return [w for _, w, _ in a[i1:i2]], [w for _, w, _ in b[j1:j2]]
    return None


# Everyday words for kinds that exclude each other: people of one age or sex ("[adults] over 65"
# for "[children]" is another group), goods new or used ("a [new] car" for "a [second-hand]
# car"), or a colour ("[green] tea" / "[black] tea"), though all are too common to count as
# specific. A kind may take two words.
_KINDS = {
    kind: frozenset(" ".join(canonical(w) for w in phrase.split("-")) for phrase in words.split())
    for kind, words in {
        "young": "child children kid teenager teen adolescent youngster baby infant toddler pupil",
        "grown": "adult pensioner",
        "female": "woman women girl mother",
        "male": "man men boy father",
        "new": "new brand-new",
        "used": "used second-hand secondhand pre-owned preowned",
        # colours that name a kind of a thing ("[green] tea" / "[black] tea", "[red] meat")
        **{colour: colour for colour in "red green black white brown blue yellow".split()},
    }.items()
}


def _verb_as_noun(lost: list[str], put: list[str], subject: frozenset[str]) -> bool:
    """Whether a slot says a verb of the claim, not its subject's, as a noun ("after the city
    [lowered] speed limits" / "following the [introduction] of 20mph limits"): a paraphrase."""
    return all(word_classes(w) == {"VERB"} and canonical(w) not in subject for w in lost) and all(
        "VERB" not in word_classes(w) for w in put
    )


def _kinds(seq: _Sequence) -> frozenset[str]:
    """The exclusive kinds (_KINDS) a slot's words name, one word or two in a row."""
    words = [c for c, _, _ in seq]
    grams = set(words) | {f"{x} {y}" for x, y in zip(words, words[1:], strict=False)}
    return frozenset(k for k, group in _KINDS.items() if grams & group)


# Words that open a modifier after a noun that narrows what it names: "homes [for] social rent",
# "households [with] children", "patients [aged] over 80".
_NARROWING = frozenset("for with without in from of on at aged under over who that whose".split())


def narrowed(
    claim: Terms, passage: Terms, subject: frozenset[str], head: frozenset[str]
) -> list[str] | None:
    """Words a passage puts, in the claim's own frame, between the claim's subject and its head
    ("homes [for social rent] were completed", "households [with children] throw away") or
    after a figure of its own before the subject ("1,900 [buy-to-let] properties were
    repossessed" for "6,300 homes were repossessed"): the claim's predicate said of a narrower
    group. Returns those words, or None."""
    framed = _frame(claim, passage)
    if framed is None:
        return None
    a, b, ops = framed
    put = _modified_count(claim, passage, subject, a, b, ops)
    if put:
        return put
    for k in range(1, len(ops) - 1):
        op, i1, i2, j1, j2 = ops[k]
        if op != "insert" or ops[k - 1][0] != "equal" or ops[k + 1][0] != "equal":
            continue
        if a[i1 - 1][0] not in subject or a[i1][0] not in head:
            continue
        if _words(b[j1:j2], passage) > SLOT_WORDS:
            continue
        if b[j1][2].partition(" ")[0] not in _NARROWING:
            continue  # a verb, not a modifier ("homes [appear] to have been", "is in talks")
        put = [w for c, w, _ in b[j1:j2] if c not in claim.content and c not in passage.numbers]
        if put:
            return put
    return None


# Words that say a figure, not what it counts: "half a [million]", "[nearly] 6,000", "a [dozen]".
_FIGURE_WORDS = frozenset((*SCALES, *APPROXIMATE, *HEDGES, *UNITS, *DENOMINATORS, *ROUND_COUNTS))


def _modified_count(
    claim: Terms,
    passage: Terms,
    subject: frozenset[str],
    a: _Sequence,
    b: _Sequence,
    ops: list[tuple[str, int, int, int, int]],
) -> list[str]:
    """The words a passage adds after a figure that takes the place of the claim's, before a
    word of the claim's subject ("[1,900 buy-to-let] properties" for "[6,300] homes"); none
    for the figure restated ("[nearly 6,000] homes", "[half a million] offences")."""
    for k in range(len(ops) - 1):
        op, i1, i2, j1, j2 = ops[k]
        if op != "replace" or ops[k + 1][0] != "equal" or a[i2][0] not in subject:
            continue
        if not all(c in claim.numbers for c, _, _ in a[i1:i2]) or b[j1][0] not in passage.numbers:
            continue
        if _words(b[j1:j2], passage) > SLOT_WORDS + 1:
            continue
        put = [
            w
            for c, w, _ in b[j1 + 1 : j2]
            if c not in claim.content and c not in passage.numbers and w not in _FIGURE_WORDS
        ]
        if put:
            return put
    return []
