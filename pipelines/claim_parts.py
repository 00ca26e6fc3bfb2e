"""The parts of a claim sentence: who or what it is about, what it says of them, and who says so.

A claim is one plain statement written by an analyst: "Cycling to work cuts the risk of heart
disease by 45 percent, according to a study of 250,000 commuters." Its *subject* is what comes
before the main verb ("cycling to work"), its *predicate* the main verb and what follows ("cuts
the risk of heart disease by 45 percent"), its *attribution* the clause that only says who
reports it ("according to a study ...", "..., an analysis found", "Officials said that ...").
The *head* is the word the predicate turns on: the main verb, or after a form of "be" or an
auxiliary, the first word of what is said ("likely", "productive").

A passage that carries the subject and the attribution but another predicate says something else
of the same thing; one that carries the predicate of another subject is another claim. The parse
is a small heuristic over closed-class words, good enough for one short sentence; where it finds
no main verb it returns no parts and the matcher falls back to the claim as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.evidence import (
    AMOUNT_NOUNS,
    QUANTITY_DROPPED,
    Terms,
    claim_weights,
    parenthetical_terms,
    quantity_terms,
    terms,
)
from pipelines.lexicon import (
    IRREGULAR,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    MULTIPLIERS,
    NUMBER_WORDS,
    PAST_AS_BASE,
    PAST_AS_PARTICIPLE,
    REFUSING,
    SAME_PAST,
    STOP,
    canonical,
    canonical_at,
    is_content,
    is_specific,
    only_adverb,
    only_verb,
    word_classes,
)
from pipelines.normalize import hyphen_joined, raw_tokens
from pipelines.passages import sentences
from pipelines.quantities import MONEY, UNITS

# Forms of "be", "have" and the modals: a main verb in their own right or the auxiliary of one.
AUXILIARIES = frozenset(
    "is are was were be been being will would shall should may might can could must has have "
    "had does do did 's 're".split()
)
# Words a finite verb is followed by ("cuts the risk", "recalled 48,000", "caused an
# estimated"): a determiner, a possessive, a number.
_AFTER_VERB = frozenset(
    "the a an its their his her our this these those some more fewer less up".split()
)
# Verbs that hand the predicate on to the verb after "to": "voted to ban", "plans to close".
_CONTROL_VERBS = frozenset(
    canonical(w)
    for w in "vote agree decide plan intend aim want expect promise pledge vow threaten set move "
    "seek prepare hope try order force require oblige compel".split()
)


RELATIVES = frozenset("who which that whose".split())
_PLACE_RELATIVES = frozenset("where when".split())
# Reporting verbs that make a clause an attribution ("..., a study found", "Officials said").
_REPORTING_VERBS = (
    "said says say told tells reported reports found finds find showed shows show suggested "
    "suggests concluded concludes estimated estimates claimed claims announced announces "
    "confirmed confirms warned warns revealed reveals added"
)
# An attribution that reports what someone said (not what a study found).
SAYING = re.compile(r"\b(?:said|says|told|announced|announces|stated|claimed|insisted)\b", re.I)
_TRAILING_ATTRIBUTION = re.compile(
    rf",\s*(?:according to\b.*|(?:[^,]{{0,80}}?\b(?:{_REPORTING_VERBS.replace(' ', '|')})\b"
    r"[^,]{0,40}))\s*[.!]?\s*$",
    re.IGNORECASE,
)
# (Not a participle before a preposition: "thefts [reported to] police", "[said to] be".)
_LEADING_ATTRIBUTION = re.compile(
    # an apposition may stand before the verb: "The head of Haldon University, Miriam Oyelaran,"
    r"^(?:according to [^,]+,|(?:[^,]{1,60},\s[^,]{1,40},\s)?[^,]{0,60}?\b(?:said|says|"
    r"told \w+|reported|claimed|announced|warned|insisted|"
    r"(?:found|finds|showed|shows|suggested|suggests|concluded|believes?)"
    r"(?=\s+that))(?!\s+(?:to|by|in|on|at|as|for|from|with|since|during)\b)"
    r"(?:\s+that)?\s*,?)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClaimParts:
    """Canonical content terms of each part of a claim (empty when the parse found no verb)."""

    subject: frozenset[str]
    predicate: frozenset[str]
    head: frozenset[str]  # the predicate's head word (canonical), and the verb it governs
    weights: dict[str, float]  # the claim's term weights (names, figures), no background discount
    figures: frozenset[str] = frozenset()  # its numbers and what they count ("45", "percent")
    reporter: frozenset[str] = frozenset()  # terms only of who reports it ("a study of ...")
    # what the subject's own relative clause says of it ("adults [who drink coffee after 2 pm]"):
    # the group the claim is about, without which "adults" is anyone
    condition: frozenset[str] = frozenset()

    @property
    def parsed(self) -> bool:
        return bool(self.subject) and bool(self.predicate)


def _content(raw: list[str]) -> frozenset[str]:
    return terms(" ".join(raw)).content


def split_attribution(text: str) -> tuple[str, str]:
    """(the statement, its attribution) of one claim sentence."""
    core, attribution = text.strip(), ""
    lead = _LEADING_ATTRIBUTION.match(core)  # a trailing one cannot start inside it
    m = _TRAILING_ATTRIBUTION.search(core, lead.end() if lead else 0)
    if m and m.start() > len(core) // 3:
        core, attribution = core[: m.start()], core[m.start() :]
    m = _LEADING_ATTRIBUTION.match(core)
    if m and len(core) - m.end() > len(core) // 3:
        attribution = (core[: m.end()] + " " + attribution).strip()
        core = core[m.end() :]
    return core, attribution


def _finite(word: str, following: str | None) -> bool:
    """Whether `word` reads as a finite main verb here ("cuts the", "recalled 48,000")."""
    if following is None:
        return False
    if word in IRREGULAR_PAST:
        return True  # "broke", "stole": never a participle
    if word.endswith("'s"):
        return False  # a possessive: "nine of [Wexmoor's] 27 stations"
    looks_verb = (word.endswith(("s", "ed")) and not word.endswith("ss")) or word in IRREGULAR
    if not looks_verb or word in STOP:
        return False
    if _keeps_doing(word, following):
        return True
    return following in _AFTER_VERB or following[:1].isdigit() or following in NUMBER_WORDS


def _keeps_doing(word: str, following: str) -> bool:
    """Whether a past form stands before the verb of what was kept up, begun or stopped
    ("[kept] flowing", "[stopped] working"): finite, like one before its object."""
    past = word.endswith("ed") or word in PAST_AS_PARTICIPLE
    return past and following.endswith("ing") and "VERB" in word_classes(following)


def _intransitive_past(before: str, word: str, following: str | None) -> bool:
    """Whether a past form after a noun takes no object, a preposition or a clause of when or
    why following it ("Mayor Joan Tilby [resigned] after an inquiry ...", "the bridge
    [collapsed] on Monday"); a participle that only describes the subject is told apart
    before (_reduced_relative)."""
    return (
        word.endswith("ed")
        and "VERB" in word_classes(word)
        and is_content(before)
        and before not in _NOUN_MARKERS
        and (following in _CLAUSE_ENDS or following in _PREPOSITIONS)
    )


def _plural_does(before: str, word: str, following: str | None) -> bool:
    """Whether a bare verb after a plural noun takes an object ("workers [skip] their lunch",
    "drivers [pay] the toll"): the present tense of a plural subject."""
    plural = before.endswith("s") and not before.endswith(("ss", "us", "is"))
    bare = not word.endswith(("s", "ed", "ing")) and "VERB" in word_classes(word)
    return plural and bare and following in _AFTER_VERB


def main_verb(words: list[str], joined: frozenset[int] = frozenset()) -> int | None:
    """Index of the main verb in the lower-cased words of a statement, or None. The words of a
    compound (`joined`: the indices of words joined by a hyphen to the word before) modify a
    noun and are read past: "who chew [sugar-free] gum after surgery leave hospital".

    The subject's own relative clause ("children who spend ...") is skipped (unless an auxiliary
    comes before it: "... was painted by X, whose father had ..."): after it, the main verb is
    the next auxiliary ("... are twice as likely"), or failing one, the next finite verb.
    A verb form right before "that" takes a clause ("the judge ruled that ..."): it is the main
    verb, and "that" no relative."""
    if joined:
        kept = [i for i in range(len(words)) if i not in joined and i + 1 not in joined]
        v = main_verb([words[i] for i in kept])
        return kept[v] if v is not None else None
    start, end = 1, len(words)
    if any(w in RELATIVES for w in words[1:]):
        r = next(i for i, w in enumerate(words) if i > 0 and w in RELATIVES)
        before = words[r - 1]
        if r > 1 and words[r] == "that" and (before.endswith("ed") or before in IRREGULAR_PAST):
            return r - 1
        early = [i for i in range(1, r) if words[i] in AUXILIARIES]
        if early:
            return early[0]  # the relative clause comes after the verb: "..., whose father had"
        # up to another relative clause ("... than those who do not", "... where it is")
        end = next(
            (i for i in range(r + 1, len(words)) if words[i] in RELATIVES | _PLACE_RELATIVES),
            len(words),
        )
        aux = [i for i in range(r + 2, end) if words[i] in AUXILIARIES]
        if aux:
            return aux[0]
        # past the relative clause's own verb: "that [were trained] on swabs identified"
        start = r + 3 if words[r + 1] in AUXILIARIES else r + 2
    for i in range(start, end):
        w = words[i]
        if words[i - 1] == "to":
            continue  # an infinitive inside the subject: "cycling to work"
        if words[i - 1] in _DETERMINERS and w not in AUXILIARIES:
            continue  # a noun: "[a plan] to close the lido was approved"
        if words[i - 1] in _PLACE_PREPOSITIONS:
            continue  # what a place is: "ponds near [gritted] roads"
        if _is_count(words[i - 1]) and w not in IRREGULAR_PAST and w not in AUXILIARIES:
            continue  # what a figure counts: "for two [hours] a week" (not "under 19 [fell]")
        nxt = words[i + 1] if i + 1 < len(words) else None
        if _reduced_relative(words, i):
            continue
        if start > 1 and i == start and _modifies_object(w, nxt):
            continue  # a participle before the relative clause's object: "who eat [fermented] food"
        if w in AUXILIARIES or _finite(w, nxt) or (nxt == "to" and canonical(w) in _CONTROL_VERBS):
            return i
        if _intransitive_past(words[i - 1], w, nxt):
            return i
        if _plural_does(words[i - 1], w, nxt):
            return i
        if start > 1 and i == start and nxt is not None and is_content(nxt):
            continue  # what the relative clause's verb takes: "who use [paid] childcare"
        if only_verb(w) and not w.endswith("ing"):
            after = words[i + 2] if i + 2 < len(words) else None
            if w.endswith("s") and nxt is not None and _finite(nxt, after):
                continue  # a plural the lexicon knows only as a verb: "beaver [dams] kept"
            return i  # a word that can be nothing but a verb: "reefs ... [recover] from"
    # failing that, a verb form right after a noun and before its bare object: "two hours a
    # week [lowers] stress"; as the second word, a past form only ("Stewards [suspended]
    # jockey Aidan Roule ...", not "Workers' [wages] ...")
    for i in range(max(start, 1), end - 1):
        w, before = words[i], words[i - 1]
        if start > 1 and i == start and _modifies_object(w, words[i + 1]):
            continue
        if (
            (i > 1 or (w.endswith("ed") and "VERB" in word_classes(w)))
            and w.endswith(("s", "ed"))
            and not w.endswith(("ss", "us", "is"))
            and is_content(w)
            and is_content(before)
            and before not in _PLACE_PREPOSITIONS
            and not _is_count(before)
            and is_content(words[i + 1])
        ):
            return i
    if start > 1:
        # after the subject's relative clause, a word that can be a verb and follows no
        # determiner: "adults who drink coffee after 2 pm [sleep] about 40 minutes less"
        for i in range(start + 1, end):
            after_noun = words[i - 1] not in _NOUN_MARKERS
            if after_noun and not words[i].endswith("ing") and "VERB" in word_classes(words[i]):
                return i
    return None


def _modifies_object(word: str, nxt: str | None) -> bool:
    """Whether a past form describes the noun after it ("[fermented] food", "[sweetened]
    drinks"), not a verb before its adverb ("lived longer")."""
    if nxt is None or not word.endswith("ed"):
        return False
    classes = word_classes(nxt)
    return "NOUN" in classes and not classes & {"ADJ", "ADV"}


_DETERMINERS = frozenset("a an the its their his her our this these those some any each".split())
_PREPOSITIONS = frozenset("to by in on at with from for under".split())
# Prepositions of place that English also reads as other words ("near", "outside")
_PLACE_PREPOSITIONS = frozenset(
    "near beside behind across along around outside inside between beyond opposite".split()
)
_NOUN_MARKERS = _DETERMINERS | _PREPOSITIONS | _PLACE_PREPOSITIONS  # no verb after one of these


# Words that end a clause: a verb after one is not the main verb of the clause before it.
_CLAUSE_ENDS = frozenset("and but or after before when while because as since until than".split())


def _reduced_relative(words: list[str], i: int) -> bool:
    """Whether the participle at `i` only describes the subject, the main verb coming later in
    the same clause: "honeybees [exposed] to low doses ... were found", "rats [trained] on
    saliva samples detected ...", "exams [taken] at 16 fell" (not "sales [dropped] by 5 percent
    after prices rose")."""
    participle = (
        words[i].endswith("ed")
        or words[i] in IRREGULAR_PARTICIPLES
        or words[i] in PAST_AS_PARTICIPLE
    )
    if not (participle and i + 1 < len(words) and words[i + 1] in _PREPOSITIONS):
        return False
    for w in words[i + 2 :]:
        if w in _CLAUSE_ENDS:
            return False
        if w in AUXILIARIES or w in IRREGULAR_PAST or (only_verb(w) and not w.endswith("ing")):
            return True
    return False


# Words that start a subject standing for someone the attribution names ("she", "her office").
_POINTERS = frozenset("he she it they his her its their".split())


def clause_verb(text: str) -> tuple[list[str], int | None]:
    """The lower-cased words of a clause and the index of its main verb (main_verb, the words
    of its hyphenated compounds read past)."""
    words = [w.lower() for w in raw_tokens(text)]
    return words, main_verb(words, hyphen_joined(text))


def _statement(text: str) -> tuple[str, str, list[str], list[str], int | None]:
    """(the statement, its attribution, the statement's words, the same lower-cased, the index
    of its main verb)."""
    core, attribution = split_attribution(text)
    words, verb = clause_verb(core)
    return core, attribution, raw_tokens(core), words, verb


@lru_cache(maxsize=4096)
def claim_parts(text: str, verb: int | None = None) -> ClaimParts:
    """The subject, predicate and head of one claim sentence, its attribution left aside (but
    for a subject that points back to it: "Prosecutor X said [her office] will ..."). The main
    verb is found, or given as the index of a word of the sentence without its attribution."""
    core, attribution, raw, words, found = _statement(text)
    v = found if verb is None or verb >= len(words) else verb
    claim = terms(text)
    weights, figures = claim_weights(claim), quantity_terms(claim)
    attributed = _content(raw_tokens(attribution))
    reporter = attributed - _content(raw)
    if v is None:
        nothing: frozenset[str] = frozenset()
        return ClaimParts(nothing, nothing, nothing, weights, figures, reporter)
    subject = _content(raw[:v]) - parenthetical_terms(text) or _content(raw[:v])
    if words[0] in _POINTERS or _points_back(words[0], subject, attributed):
        named = terms(attribution)  # the subject is whom the attribution names
        subject = named.names or subject
    predicate = _content(raw[v:])
    condition = _condition(core, raw, words, v) & subject
    return ClaimParts(subject, predicate, _head(words[v:]), weights, figures, reporter, condition)


def _points_back(first: str, subject: frozenset[str], attributed: frozenset[str]) -> bool:
    """Whether a subject such as "the chain" names again what the attribution (its terms
    `attributed`) named ("The head of supermarket chain Fernlow said [the chain] would ...")."""
    return first in ("the", "this") and subject <= attributed


def _condition(core: str, raw: list[str], words: list[str], v: int) -> frozenset[str]:
    """The terms of the relative clause that says which of a kind the subject is ("adults [who
    drink coffee]"); none for an aside ("Sorvane, which runs ...") or a "that" clause."""
    r = next((i for i in range(1, v) if words[i] in RELATIVES), None)
    if r is None or (words[r] == "that" and words[r + 1] in _DETERMINERS):
        return frozenset()
    if re.search(rf",\s*{words[r]}\b", core, re.IGNORECASE):
        return frozenset()
    return _content(raw[r + 1 : v])


@lru_cache(maxsize=4096)
def rare_subject(claim: str) -> frozenset[str]:
    """The subject's words, other than names, rarer than everyday English ("students accepted
    to study [medicine]"): what tells this subject from others of its kind."""
    parts, t = claim_parts(claim), terms(claim)
    subject = parts.subject - t.names  # names are checked on their own
    return frozenset(canonical(w) for w in t.words if canonical(w) in subject and is_specific(w))


def rare_words(claim: Terms, parts: ClaimParts) -> frozenset[str]:
    """The claim's words rarer than everyday English, other than its names, its numbers and
    their units, and the word its predicate turns on ("boiler", "uniform"; not "risen",
    "pounds"): what tells a claim without names from others of its kind ("the price of an
    annual boiler service has risen by 14 percent" from "households spend 38 pounds a month on
    streaming, up 22 percent")."""
    words = frozenset(canonical(w) for w in claim.words if is_specific(w))
    return (words & claim.content) - claim.names - claim.numbers - parts.head - _UNIT_WORDS


# Words skipped on the way to a predicate's head: a number and what it counts, comparatives.
_NOT_HEAD = frozenset("more less fewer times fold as than not".split())


def _head(predicate: list[str]) -> frozenset[str]:
    """The word a predicate turns on: its verb, or after an auxiliary (or "not", "no longer")
    the first word said ("are 60 times less likely" -> likely; "would no longer be crewed" ->
    crewed); with the verb after "to" ("voted to ban": vote, ban)."""
    rest = list(predicate)
    while rest and (rest[0] in AUXILIARIES | {"not", "never"} or rest[:2] == ["no", "longer"]):
        rest = rest[2:] if rest[0] == "no" else rest[1:]
    out: set[str] = set()
    for i, w in enumerate(rest):
        if not is_content(w) or w in _NOT_HEAD or _is_count(w) or only_adverb(w):
            continue
        if (
            i > 0
            and _is_count(rest[i - 1])
            and ((i + 1 < len(rest) and rest[i + 1] in _NOT_HEAD) or canonical(w) in _MEASURES)
        ):
            continue  # the unit of a figure: "13 percent more", "a 30 [percent] lower risk"
        out.add(canonical_at(rest, i))  # "throws away" as one verb, as passages are read
        if canonical(w) in _CONTROL_VERBS and i + 2 < len(rest) and rest[i + 1] == "to":
            out.add(canonical(rest[i + 2]))
        break
    return frozenset(out)


# Units that measure rather than name what is counted ("45 percent of nurses" is about nurses;
# "470,000 shoplifting offences" is about shoplifting offences).
_MEASURES = frozenset(
    canonical(w)
    for w in "percent per cent times fold point million billion thousand year month week day hour "
    "minute".split()
)


# What a figure is measured in ("pounds", "metres", "percent"): no word of what the claim is about.
_UNIT_WORDS = _MEASURES | frozenset(canonical(w) for w in (*UNITS, *MONEY))
# Nouns that measure what follows them: "the average [price] of a second-hand car" is about
# second-hand cars; so is "the [number] of ..." (evidence.AMOUNT_NOUNS).
_OF_WHAT = AMOUNT_NOUNS | frozenset(canonical(w) for w in "average price cost rate".split())


def _is_count(word: str) -> bool:
    return word[:1].isdigit() or canonical(word).replace("x", "").isdigit()


@dataclass(frozen=True)
class PartsCarried:
    """How much of each part of a claim a passage carries."""

    subject: float  # weighted share of the subject's terms (1.0 when the claim has no subject)
    predicate: float  # the same for the predicate's terms that are not also the subject's
    head: bool  # the predicate's head word (or a synonym) is there


# Words of a date or a deadline ("by the end of June", "on Tuesday", "from next April"): a
# version that gives it otherwise ("by the summer") or not at all counts them half, as it does
# a figure dropped as a whole.
_DATE_TERMS = frozenset(
    canonical(w)
    for w in "january february march april june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday spring summer autumn "
    "winter end".split()  # "by the [end] of June"
)


def parts_carried(
    parts: ClaimParts, matched: frozenset[str] | set[str], dropped: frozenset[str] = frozenset()
) -> PartsCarried:
    """How much of each part `matched` holds. Numbers and measures are left out of the subject
    ("45 percent of nurses" is about nurses); figures the passage drops as a whole count half,
    as in recall."""

    def weight(t: str) -> float:
        dated = t in _DATE_TERMS and t not in matched
        return parts.weights.get(t, 1.0) * (QUANTITY_DROPPED if t in dropped or dated else 1.0)

    def share(ts: frozenset[str]) -> float:
        total = sum(weight(t) for t in ts)
        return sum(weight(t) for t in ts if t in matched) / total if total else 1.0

    measures = {t for t in parts.figures if _is_count(t) or t in _MEASURES} | _OF_WHAT
    subject = parts.subject - measures or parts.subject
    held = share(subject)
    condition = parts.condition - parts.figures - parts.head - _MEASURES  # "[a day]"
    if condition and not condition & matched:
        held = 0.0  # "adults" without "who drink coffee" is another group
    return PartsCarried(
        subject=held,
        predicate=share(parts.predicate - parts.subject),
        head=not parts.head or bool(parts.head & matched),
    )


# Words that make what follows a demand or a plan, not a fact: "calling for her to resign",
# "urged the firm to recall", "a motion to ban".
_DEMAND = frozenset(
    canonical(w)
    for w in "call urge demand ask press pressure push want wanted should must advise recommend "
    "motion petition campaign lobby propose proposal consider vote consult consultation debate "
    "discuss weigh".split()
)
_NEGATORS = frozenset("not never no n't".split())


def _negator(word: str) -> bool:
    return word in _NEGATORS or word.endswith("n't")


def _head_positions(parts: ClaimParts, words: tuple[str, ...]) -> list[int]:
    return [i for i in range(len(words)) if canonical_at(words, i) in parts.head]


def demanded(parts: ClaimParts, claim_words: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the passage has the claim's head only as something called for, proposed or
    advised ("calling for the mayor to resign", "recommended that the quota be cut", "should
    close") while the claim states it as done or decided ("the mayor has resigned", "has cut
    the quota"). A passage that advises ("people over 60 should garden") without the claim's
    head at all gives advice, not the finding."""
    if not parts.head or any(w in _ADVISING for w in claim_words):
        return False
    if any(i > 0 and claim_words[i - 1] == "to" for i in _head_positions(parts, claim_words)):
        return False
    at = _head_positions(parts, words)
    if not at:  # advice to do what the claim is about: "should try to [garden]"
        return any(
            w in _ADVISING and any(canonical(x) in parts.subject for x in words[j + 1 : j + 4])
            for j, w in enumerate(words)
        )
    advised = _advised_condition(parts, words)
    if advised is not None and all(i > advised for i in at):
        return True  # "doctors advise adults to walk ... to cut their [risk]": advice
    return all(_called_for(words, i) for i in at)


# Verbs that advise someone to do something: those of a demand, and "encourage", "tell".
_ADVICE = _DEMAND | frozenset(canonical(w) for w in "encourage tell".split())


def _advised_condition(parts: ClaimParts, words: tuple[str, ...]) -> int | None:
    """Where a passage advises doing what the claim's condition says ("[advise] adults to
    [walk]" for "adults who walk ... are less likely"), when no finding is reported after it;
    else None."""
    if not parts.condition:
        return None
    for j, w in enumerate(words):
        if canonical(w) not in _ADVICE or "to" not in words[j + 1 : j + 5]:
            continue
        k = words.index("to", j + 1)
        if k + 1 < len(words) and canonical(words[k + 1]) in parts.condition:
            return None if _FINDING.search(" ".join(words[k:])) else k  # "after a study found"
    return None


def done_by_another(parts: ClaimParts, claim_names: frozenset[str], passage: Terms) -> bool:
    """Whether the passage has the claim's head done by someone else: the claim's subject is a
    name ("Kessington won the race ..."), and wherever the passage has the head, another name
    stands just before it (an auxiliary aside) and the claim's subject only after it ("Alderbury
    won the race ..., ending a run of three defeats by Kessington")."""
    if not parts.subject or not parts.subject <= claim_names:
        return False
    words = passage.words
    at = _head_positions(parts, words)
    if not at:
        return False
    for i in at:
        j = i - 1
        while j >= 0 and words[j] in AUXILIARIES:
            j -= 1  # "Alderbury [have] won"
        if j < 0:
            return False
        doer = canonical_at(words, j)
        if doer not in passage.names or doer in claim_names:
            return False
        if any(canonical_at(words, k) in parts.subject for k in range(i)):
            return False  # "Kessington, coached by Ellis, won": the subject comes first
    return True


_ADVISING = frozenset("should must ought".split())


def _called_for(words: tuple[str, ...], i: int) -> bool:
    """Whether the verb at `i` is advised ("should cut", "should be cut") or, after "to" or a
    bare "be", called for ("urged the mayor to resign", "recommended that it be cut")."""
    if i == 0:
        return False
    before = words[i - 1]
    if before in _ADVISING or (before == "be" and i > 1 and words[i - 2] in _ADVISING):
        return True
    if "for" in words[max(0, i - 4) : i]:  # "call for a deep cut"
        f = max(j for j in range(max(0, i - 4), i) if words[j] == "for")
        if f > 0 and canonical(words[f - 1]) in _DEMAND:
            return True
    return before in ("to", "be") and any(
        canonical(w) in _DEMAND for w in words[max(0, i - 8) : i - 1]
    )


def negated_head(parts: ClaimParts, claim_words: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the passage negates the claim's head where the claim does not ("has not
    resigned", "will not cut", "has refused to resign"): a denial of what the claim turns on."""
    if not parts.head:
        return False
    if any(_negator(w) for w in claim_words):
        return False
    return any(
        (
            any(
                _negator(w) and not _asked_not_to(words, j)
                for j, w in enumerate(words[max(0, i - 3) : i], start=max(0, i - 3))
            )
            or _none_done(words, i)
            or _after_verb_to(words, i, REFUSING)
        )
        and "until" not in words[i + 1 : i + 6]  # "will not open until 2028": put off
        and not _unmatched_before(words, i)
        for i in _head_positions(parts, words)
    )


# Verbs of asking someone not to do a thing: "asked the council [not] to close", "urged ...".
_ASKING = _DEMAND | frozenset(canonical(w) for w in "tell told warn beg plead appeal".split())


def _asked_not_to(words: tuple[str, ...], j: int) -> bool:
    """Whether the negator at `j` is what someone is asked not to do ("campaigners asked the
    council [not] to close the toilets"): a demand, not a denial."""
    return words[j + 1 : j + 2] == ("to",) and any(
        canonical(w) in _ASKING for w in words[max(0, j - 6) : j]
    )


def _unmatched_before(words: tuple[str, ...], i: int) -> bool:
    """Whether the negated head at `i` says a record: what never happened before ("a speed
    never before [recorded]", "had never been [seen] before", "not [seen] since 1987")."""
    return (
        "before" in words[max(0, i - 3) : i]
        or "before" in words[i + 1 : i + 3]
        or words[i + 1 : i + 2] == ("since",)
    )


def _after_verb_to(words: tuple[str, ...], i: int, verbs: frozenset[str]) -> bool:
    """Whether the head at `i` follows one of `verbs` and "to": what someone refused or tried to
    do ("has refused to [resign]", "tried to [steal]")."""
    return i >= 2 and words[i - 1] == "to" and words[i - 2] in verbs


def _none_done(words: tuple[str, ...], i: int) -> bool:
    """Whether the head at `i` is said of nothing: "no water vapour has been [detected]", "no
    charges were [brought]"."""
    before = words[max(0, i - 7) : i]
    if "no" not in before:
        return False
    after_no = before[len(before) - before[::-1].index("no") :]
    if not after_no or after_no[0] in {"doubt", "question", "wonder"}:
        return False  # "no doubt it was detected" says it was
    return after_no[-1] in {"been", "was", "were", "is", "are"}


_FUTURE_MODALS = frozenset("will would could shall".split())  # "may", "might": hedges


_EED_PAST = frozenset("freed agreed disagreed decreed guaranteed refereed".split())


def _past(word: str) -> bool:
    """A past form: "recorded", "won", "fell", "freed" (not "breed", "need")."""
    if word.endswith("eed"):
        return word in _EED_PAST
    return word.endswith("ed") or word in IRREGULAR_VERBS


def _done(words: tuple[str, ...], i: int) -> bool:
    """Whether the verb at `i` is past or perfect ("recorded", "has cut")."""
    return _past(words[i]) or (i > 0 and words[i - 1] in ("has", "have", "had"))


def foretold(parts: ClaimParts, claim_words: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the passage only foretells what the claim reports as done: the claim's head in
    the past ("won", "recorded"), the passage's in no past form and a future in the passage
    ("will try to win", "could fall ... close to the national record"). A hedged past ("may
    have set a record", "could have won") is no future."""
    in_claim = _head_positions(parts, claim_words)
    if not in_claim or not all(_done(claim_words, i) for i in in_claim):
        return False
    if _future(claim_words):
        return False
    # a finding's or a report's "could" is a hedge ("cover crops could raise soil carbon by 12
    # percent, a trial suggests"; "could be forced to stop ... after a judge reportedly ruled")
    modals = _FUTURE_MODALS - {"could"} if _EVIDENCE.search(" ".join(words)) else _FUTURE_MODALS
    at = _head_positions(parts, words)
    if not at:  # another verb, in the future before anything said of the subject: "speakers
        # will stop receiving software updates" (not "... a faulty update, and owners could"),
        # or what the subject faces: "faces a hearing over claims she falsified records"
        # (a word of the subject that the predicate repeats is no word of what is said of it:
        # "Marlow County Council will vote on a rise in council tax")
        said = [
            i
            for i, w in enumerate(words)
            if canonical(w) in parts.predicate and canonical(w) not in parts.subject
        ]
        return bool(said) and (
            _future(words[: said[0]], modals) or any(w in _FACING for w in words[: said[0]])
        )
    if any(
        _past(words[i]) and (i == 0 or words[i - 1] != "be") and not _conditional(words, i)
        for i in at
    ):
        return False  # a past, but not a passive still to come ("could [be declared]")
    if all(_conditional(words, i) for i in at):
        return True  # only as a condition: "will vote next month ... If [approved], the ..."
    # a future before the head ("will try to [win]"), not one of a later verb ("is [taking
    # back] the ducks and will give refunds"), the head as what someone faces ("faces a
    # [ban]"), or only tried ("tried to [steal]")
    return any(
        _future(_clause_before(words, i), modals)
        or _expected(words, i)
        or _faced(words, i)
        or _after_verb_to(words, i, _TRYING)
        for i in at
    )


_TRYING = frozenset("try tries tried trying attempt attempts attempted attempting".split())


# A past dated as such: "two years [ago]", "[in 2019]", "[last year]", "[during the pandemic]".
_DATED_PAST = re.compile(
    r"\b(?:ago|in (?:19|20)\d\d|last (?:year|month|week|spring|summer|autumn|winter)|during)\b"
)


def bygone(parts: ClaimParts, claim_words: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the passage reports as done, at a dated past, what the claim says will be done
    ("cut 350 jobs at its Kelby bakery in 2019" for "will cut 350 jobs at its Kelby bakery"):
    an earlier event, not the plan."""
    in_claim = _head_positions(parts, claim_words)
    if not in_claim or not all(_future(_clause_before(claim_words, i)) for i in in_claim):
        return False
    at = _head_positions(parts, words)
    return (
        bool(at)
        and all(
            (_past(words[i]) or words[i] in SAME_PAST) and not _future(_clause_before(words, i))
            for i in at
        )
        and _DATED_PAST.search(" ".join(words)) is not None
    )


_FACING = frozenset("face faces facing faced risk risks risking".split())


def _faced(words: tuple[str, ...], i: int) -> bool:
    """Whether the head at `i` is a noun for what someone faces or risks ("faces a [ban]",
    "risks a lengthy [ban]")."""
    return any(w in _FACING for w in words[max(0, i - 3) : i])


# Words after which a past form is no finite verb: "be [told]", "an [alleged] breach".
_BEFORE_NON_FINITE = AUXILIARIES | _NOUN_MARKERS


def _clause_before(words: tuple[str, ...], i: int) -> tuple[str, ...]:
    """The words before `i` back to the last finite past verb: the clause the word at `i` is in
    ("will get a limit after councillors [gave] the plan the go-ahead": not "will")."""
    pasts = [
        k
        for k in range(1, i)
        if _past(words[k])
        and "VERB" in word_classes(words[k])
        and words[k - 1] not in _BEFORE_NON_FINITE
    ]
    return words[pasts[-1] + 1 : i] if pasts else words[:i]


def _conditional(words: tuple[str, ...], i: int) -> bool:
    """Whether the verb at `i` is the condition of an "if" or "unless" just before it ("if
    approved", "if it is approved")."""
    return any(w in ("if", "unless") for w in words[max(0, i - 3) : i])


# Words that look ahead to what a verb after "to" names: "recruiters [expect] applications to
# fall", "the plant is [set] to close".
_EXPECTING = frozenset(
    "expect expects expected forecast forecasts predict predicts predicted projected set due "
    "poised tipped".split()
)


def _expected(words: tuple[str, ...], i: int) -> bool:
    """Whether the verb at `i` comes after "to" that an expecting word governs, in the same
    clause ("expect applications to [fall]", "expect the average price of a used car to
    [rise]")."""
    if i == 0 or words[i - 1] != "to":
        return False
    for w in reversed(words[: i - 1]):
        if w in _EXPECTING:
            return True
        if w in _CLAUSE_ENDS:
            return False
    return False


_COMPARATIVES = {"less": "more", "fewer": "more", "more": "less"}


def _comparison(words: tuple[str, ...]) -> tuple[str, str] | None:
    """(the comparative, the first word it is compared with) of "less likely ... than petrol"."""
    if "than" not in words:
        return None
    t = words.index("than")
    said = [w for w in words[max(0, t - 8) : t] if w in _COMPARATIVES]
    after = next((w for w in words[t + 1 :] if is_content(w)), None)
    return (said[-1], after) if said and after else None


def reversed_comparison(claim_words: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the passage compares with the same thing the other way round: "hybrid cars are
    [more] likely to catch fire than petrol cars" for "electric cars are 60 times [less]
    likely ... than petrol cars", or "[half] as likely" for "[twice] as likely". (Swapping the
    sides, "petrol cars are more likely than electric ones", says the same.)"""
    claim, passage = _comparison(claim_words), _comparison(words)
    if (
        claim is not None
        and passage is not None
        and passage[0] == _COMPARATIVES[claim[0]]
        and canonical(passage[1]) == canonical(claim[1])
    ):
        return True
    ours = _as_multiple(claim_words)
    return bool(ours) and {(not up, what) for up, what in ours} & _as_multiple(words) != set()


_FRACTIONS = frozenset("half third quarter fifth tenth".split())


def _as_multiple(words: tuple[str, ...]) -> set[tuple[bool, str]]:
    """The multiples of a thing said with "as" ("[twice] as likely", "three times as many":
    up; "[half] as likely", "a third as many": down), as (up, the word after "as")."""
    out = set()
    for i in range(1, len(words) - 1):
        if words[i] != "as" or words[i - 1] == "as":
            continue
        before, what = words[i - 1], words[i + 1]
        if before in _FRACTIONS:
            out.add((False, what))
        elif before in ("twice", "times") or before in MULTIPLIERS:
            out.add((True, what))
    return out


def _future(words: tuple[str, ...], modals: frozenset[str] = _FUTURE_MODALS) -> bool:
    return any(
        w in modals and (i + 1 == len(words) or words[i + 1] != "have") for i, w in enumerate(words)
    )


# A passage that announces a look for something ("will study whether", "will search ... for",
# "to find out whether", "given 1.2 million pounds to study whether", "will have to test", "will
# publish an estimate of how many", "will publish its final estimate", "will announce in June
# which company") without a finding says the question, not the answer. A "whether" after a past
# verb ("had not checked whether the land was a green") is no plan.
_FUTURE = r"(?:(?:will|would|shall)|(?:plans?|aims?|set|due|going|ha(?:ve|s|d)|wants?|hopes?)\s+to)"
_PROSPECTIVE = re.compile(
    rf"\b{_FUTURE}(?:\s+(?:also|then|now|first|soon))?\s+(?:study|search|test|examine|"
    r"investigate|look|measure|check|assess|explore|analy[sz]e|monitor|review|research)\b|"
    # "will begin counting the greenhouses damaged", "will start to assess"
    rf"\b{_FUTURE}\s+(?:begin|start)\s+(?:to\s+)?(?:studying|study|searching|search|testing|"
    r"test|examining|examine|investigating|investigate|measuring|measure|checking|check|"
    r"assessing|assess|counting|count|inspecting|inspect|surveying|survey)\b|"
    rf"\b{_FUTURE}\s+(?:[\w',-]+\s+){{0,12}}?whether\b|"
    r"\bto (?:find out|see|learn|test|establish|determine|decide|consider|rule on|vote on|study|"
    r"examine|investigate|assess|explore|research|look at|check) whether\b|"
    rf"\b{_FUTURE}\s+\w+(?:\s+\w+){{0,8}}?\s+(?:of\s+)?how\s+(?:many|much)\b|"
    rf"\b{_FUTURE}\s+(?:\w+\s+){{0,3}}?(?:announce|decide|choose|name|reveal|confirm|select|pick)"
    r"\s+(?:\w+\s+){0,3}?(?:which|who|when|how)\b|"
    rf"\b{_FUTURE}\s+(?:publish|release|announce|give|issue)\s+(?:[\w']+[\s,]+){{0,4}}?"
    r"(?:estimates?|figures?|totals?|tally|count|results|findings|verdict|decision)\b",
    re.IGNORECASE,
)
# What a study finds or suggests, or what is reported: a "could" in it hedges it.
_EVIDENCE = re.compile(
    r"\b(?:suggest(?:s|ed)?|indicat(?:es|ed)|found|finds|shows|showed|reportedly|"
    r"according to (?:a|the) (?:study|trial|research|analysis|survey))\b",
    re.IGNORECASE,
)
_FINDING = re.compile(
    r"\b(?:found|finds|detected|showed|shown|shows|revealed|confirmed|discovered|concluded|"
    r"identified|measured|recorded|reported)\b",
    re.IGNORECASE,
)


def prospective(claim_text: str, passage_text: str) -> bool:
    """Whether the passage only plans to look for what the claim states as found: it announces
    the look before any finding ("will publish figures showing how many homes were repossessed
    ... The last release showed arrears creeping up"; not "found ... will now study whether")."""
    if _PROSPECTIVE.search(claim_text) is not None:
        return False
    for sentence in sentences(passage_text, min_words=1):
        if _FINDING.search(sentence) is not None:
            return False
        if any(not _NEGATED_PLAN.search(m.group()) for m in _PROSPECTIVE.finditer(sentence)):
            return True
    return False


# A look refused is no look planned: "his office [would not confirm a date when] asked".
_NEGATED_PLAN = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)


def _tense(word: str) -> str:
    """The form of a verb: "past" (stole, recalled), "s" (lowers), "base" (close) or ""."""
    if "VERB" not in word_classes(word) or word.endswith("ing"):
        return ""
    if _past(word):
        return "past"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "base"


_PRONOUNS = frozenset("it them him her us".split())


@lru_cache(maxsize=4096)
def conjuncts(text: str) -> tuple[tuple[str, ClaimParts], ...]:
    """The two statements of a claim with two verbs joined by "and", each with the claim's
    subject ("Garrow will close its mine and cut 640 jobs" -> "Garrow will close its mine",
    "Garrow will cut 640 jobs"), and their parts; empty for a claim of one predicate. A denial
    of either half retracts the claim."""
    _, _, raw, words, v = _statement(text)
    if v is None:
        return ()
    lexical = v
    while lexical + 1 < len(words) and words[lexical] in AUXILIARIES:
        lexical += 1  # "will [close]", "has [recalled]"
    form = _tense(words[lexical]) or ("base" if words[v] in AUXILIARIES else "")
    for j in range(lexical + 1, len(words) - 2):
        if words[j] != "and":
            continue
        second = words[j + 1]
        agrees = _tense(second) == form or (form == "past" and second in PAST_AS_BASE)
        takes = words[j + 2] not in STOP - _AFTER_VERB - _PRONOUNS  # an object, not a clause
        if second in AUXILIARIES or (form and agrees and takes):
            helpers = [] if second in AUXILIARIES else raw[v:lexical]
            halves = " ".join(raw[:j]), " ".join([*raw[:v], *helpers, *raw[j + 1 :]])
            return tuple((h, claim_parts(h, verb=v)) for h in halves)  # each verb is at v
    return ()
