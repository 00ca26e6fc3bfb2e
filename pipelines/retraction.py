"""Cues that a sentence denies, debunks or corrects something, and what it is about (its scope)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.claim_parts import clause_verb
from pipelines.evidence import PARENTHETICAL
from pipelines.lexicon import REFUSING, REPORTING, canonical
from pipelines.normalize import raw_tokens

# "did not say that", "had never said the hospital would", "we never said rents rose": a denial
# of what someone is reported to have said (not "did not say when": that leaves a detail open).
_NOT = r"(?:(?:did|had|has|have) not|didn't|hadn't|hasn't|haven't|(?:had |has |have )?never) "
_NOT_SAID = (
    rf"{_NOT}(?:say|said|announce|announced|state|stated)"
    r"(?= (?!(?:when|how|whether|why|what|which|who|whom|where|if|anything|something|much|"
    r"more|so|as|to|for|in|on|at|by|with|yet|exactly|publicly|officially)\b)\w)"
)
# Plans to do a thing given up: "has [dropped plans to] stop night crews" denies what follows,
# with who dropped them as its subject.
_PLANS_DROPPED = (
    r"(?:dropp|scrapp|abandon|shelv|ditch)(?:ed|ing) (?:its |their |his |her |the )?plans? to"
)
PLANS_DROPPED = re.compile(_PLANS_DROPPED, re.IGNORECASE)
_DENY_VERB = (
    r"den(?:y|ies|ied|ying|ial|ials)|refut\w*|rebut\w*|debunk\w*|dismiss(?:ed|es|ing)?|"
    r"reject(?:ed|s|ing)?|retract\w*|disput\w*|contradict\w*|disavow\w*|walk(?:ed)? back|"
    rf"backtrack\w*|rul(?:ed|es|ing) out|{_NOT_SAID}|"
    rf"{_PLANS_DROPPED}|"
    r"withdr(?:ew|awn|aws?|awing) (?:the|its|his|her|their|\w+'s) "
    r"(?:new |earlier |original |initial )?"
    r"(?:claim|report|story|allegation|statement|attribution|finding|figure|estimate|"
    r"announcement|decision|ruling)s?"
)
_FALSITY = (
    r"not true|untrue|false(?:ly|hood)?|fake|hoax|baseless|unfounded|groundless|"
    r"misrepresent(?:s|ed|ing|ation|ations)?|misreport(?:s|ed|ing)?|misquot(?:e|es|ed|ing)|"
    r"misread(?:s|ing)?|misinterpret(?:s|ed|ing|ation|ations)?|misunderst(?:ood|and|ands|anding)|"
    r"distort(?:s|ed|ing|ion|ions)?|exaggerat(?:ed|es|ing|ion|ions)|overstat(?:ed|es|ing)|"
    r"overblown|(?:deeply |seriously |fatally |badly )?flawed|"
    r"fabricat(?:ed|ion|ions|ing)|misleading|inaccurate|incorrect(?:ly)?|erroneous(?:ly)?|"
    r"(?<!nothing )(?<!went )(?<!gone )(?<!goes )(?<!go )(?<!going )wrong(?:ly)?|"
    r"no (?:\w+ ){0,2}evidence|no basis|no truth|no plans?|nonsense|myth|misinformation|"
    r"disinformation|"
    r"not accurate|did not happen|never happened|not the case"
)
_CORRECTION = (
    r"correction|corrected|correcting (?:(?:the|those|these|earlier|previous|some|several|"
    r"media|press|news) )*(?:reports?|claims?|accounts?|stor(?:y|ies)|statements?)|"
    r"an earlier version|a previous version|previous versions?|"
    r"editor'?s'? note|editors note|clarification|we (?:incorrectly|wrongly|mistakenly|"
    r"erroneously) (?:reported|stated|said|wrote)|has been (?:updated|amended) to (?:remove|"
    r"correct)|retraction|(?:this|the) (?:article|story|report|post) has been (?:amended|"
    r"corrected)|we (?:apologi[sz]e|regret|are sorry|'re sorry) (?:to (?:[\w']+ ){1,6}?)?(?:for )?"
    r"(?:the|this|that|our|any) "
    r"(?:errors?|mistakes?|inaccurac(?:y|ies))"
)
DENY = re.compile(rf"\b(?:{_DENY_VERB})\b", re.IGNORECASE)
FALSITY = re.compile(rf"\b(?:{_FALSITY})\b", re.IGNORECASE)
CORRECTION = re.compile(rf"\b(?:{_CORRECTION})\b", re.IGNORECASE)
# Nouns for what someone reported or claimed ("the report", "such claims").
_SAID_NOUNS = (
    r"reports?|claims?|rumou?rs?|stor(?:y|ies)|allegations?|accounts?|news|articles?|"
    r"assertions?|statements?|posts?|study|studies|papers?|findings|results|figures?|estimates?|"
    r"data|numbers"
)
# A pointer to something reported: "the report", "its earlier figures", "such claims".
_POINTER = (
    r"(?:the|these|those|this|such|any|its|their|earlier|previous|initial|original)\b\s*"
    rf"(?:[\w'\u2019]+\s+)?(?:{_SAID_NOUNS})"
)
# The denied thing named by a pointer back to what came before: "denied the report", "it's not".
_ANAPHOR = re.compile(
    rf"\b{_POINTER}\b|"
    r"^\W*(?:it|this|that|these|those|they|such)\b|\b(?:denied|dismissed|rejected|refuted|"
    r"debunked) (?:it|this|them)\b(?!\s+(?:will|would|is|was|has|had|could|can|may|might|"
    r"should|must|did|does|plans?|intends?)\b)",  # not "denied [it will close]"
    re.IGNORECASE,
)
# A clause with a verb of its own: "[the inhaler is] unsafe", "[the bakery would] close".
_A_CLAUSE = r"(?:[\w'-]+\s+){1,6}?(?:is|are|was|were|had|has|have|will|would)\b"
_IS_CLAUSE = re.compile(rf"\s*{_A_CLAUSE}", re.IGNORECASE)
# A clause that only says what came before is (un)true: "denied that [it was true]", "denied
# [this was the case]".
_TRUE_OF_IT = re.compile(
    r"\W*(?:it|this|that|these|those|they)\s+(?:is|are|was|were|(?:has|have|had) been)\s+"
    r"(?:\w+\s+)?(?:true|the case|correct|accurate|right|so|wrong|false)\b",
    re.IGNORECASE,
)
_POINTER_IN = re.compile(rf"\b{_POINTER}\b", re.IGNORECASE)
# What was said, in a clause of its own after the thing that said it: "(claims) [that the
# inhaler is unsafe]".
_SAID_THAT = re.compile(rf"\s*that\s+{_A_CLAUSE}", re.IGNORECASE)
# A clause set off by a comma that says when or why: ", after reports of job cuts there".
_ASIDE = re.compile(
    # (a time may come first: ", [days] after signing ...", ", [shortly] before")
    r",\s*(?:(?:just|shortly|soon|only|hours|days|weeks|months|years|a day|a week|a month|"
    r"a year|two days|two weeks)\s+)?(?:after|before|following|amid|despite|when|while|because)\b",
    re.IGNORECASE,
)
# The object of a denial that says what is denied in the same sentence: "denies [cheating]".
_GERUND = re.compile(r"\s*(?!\w*thing\b|during\b)\w{2,}ing\b", re.IGNORECASE)
_THAT_CLAUSE = re.compile(
    rf"\b(?:{_DENY_VERB})\b[^.;:]*?\b(?:that|reports? of|claims? of|rumou?rs? of|reports?|"
    r"claims?|suggestions?)\b",
    re.IGNORECASE,
)
# Polarity words in the carrying sentence itself: "China is not sending troops". "Not ... until"
# puts a thing off rather than denying it ("will not open until 2028" says it will open), and "if
# not" and "whether or not" deny nothing ("changed my mind, if not hers").
_NOT_UNTIL = r"(?![^,.;:]*?\buntil\b)"
# Verbs of finding: "found [no] traces of ice" negates; "found [no evidence] of a link" may be a
# claim's own finding of nothing.
_FINDS = r"(?:found|finds|find|detected|detects|showed|shows|revealed|recorded)"
NEGATION = re.compile(
    r"\b(?<!\bif )(?<!whether or )(?:not|never|cannot)\b(?!\s+(?:only|just|least|yet)\b)"
    rf"{_NOT_UNTIL}|n't\b{_NOT_UNTIL}|"
    # a finding of nothing: "had found [no] traces of ice", "detected no water vapour"
    rf"\b{_FINDS}\s+no\b",
    re.IGNORECASE,
)

# A claim that is negative in itself ("left school without reaching the standard", "unmarked",
# "refused to sign off the accounts") is not contradicted by a passage that says it with "not"
# ("did not meet the standard").
NEGATIVE_CLAIM = re.compile(
    rf"{NEGATION.pattern}|\b(?:without|unable|no longer|"
    r"(?:fail(?:s|ed)?|refus(?:e|es|ed)|declin(?:e|es|ed)) to)\b|"
    r"\bun(?!der|ited)[a-z]{3,}ed\b",  # "left answers unmarked": "never marked" says the same
    re.IGNORECASE,
)

# The group a finding is compared with is no negation of it: "are 40 percent more likely to
# fall than those who do not", "sleep less than people who don't".
_COMPARISON_BASE = re.compile(
    r"\b(?:than|compared (?:with|to)|versus)\s+(?:(?:the\s+)?(?:\w+\s+){0,2}?(?:who|that)\s+"
    r"(?:do|does|did|have|has|had|are|is|were|was)(?:\s+not|n't)|not)\b",
    re.IGNORECASE,
)
# A relative clause that describes a thing by what it does not do ("a smoke alarm that did not
# work", "pupils who were not vaccinated") says what the thing is, not that the claim is false.
# After a saying verb, "that" begins what was said ("said that was not the plan"): kept.
_DESCRIBED_BY_NEGATION = re.compile(
    r"\b(\w+)\s+(?:that|which|who)\s+(?:do|does|did|is|are|was|were|has|have|had)"
    r"(?:\s+not|n't)\b",
    re.IGNORECASE,
)


# What someone is asked not to do ("asked the council not to close the toilets", "urged them
# never to ...") is a demand, not a denial.
_ASKED_NOT_TO = re.compile(
    r"\b(?:ask|urg|call|press|beg|begg|plead|told|tell|warn|appeal|lobb|petition)\w*\s+"
    r"(?:[\w'-]+\s+){0,5}?(not|never)\s+to\b",
    re.IGNORECASE,
)


# A record said by what has not happened before ("a speed never before seen", "had never been
# recorded before", "not seen since 1987") affirms the claim, it does not deny it.
_UNMATCHED_BEFORE = re.compile(
    r"\bnever\s+(?:\w+\s+){0,3}?before\b|\b(?:not|n't)\s+(?:been\s+)?(?:seen|recorded|"
    r"matched|bettered|equalled|beaten)\s+since\b",
    re.IGNORECASE,
)


def _described(m: re.Match) -> str:
    """The described thing alone, or the whole match after a saying verb."""
    return m.group(0) if m.group(1).lower() in REPORTING else m.group(1)


def negates(clause: str) -> bool:
    """Whether a clause is negative ("not", "never", "n't"), leaving aside the group a finding
    is compared with ("than those who do not"), a thing described by what it does not do
    ("an alarm that did not work"), a record ("never seen before") and what someone is asked
    not to do ("urged the council not to close")."""
    bare = _DESCRIBED_BY_NEGATION.sub(_described, _COMPARISON_BASE.sub(" ", clause))
    bare = _ASKED_NOT_TO.sub(lambda m: m.group(0)[: m.start(1) - m.start()], bare)
    return NEGATION.search(_UNMATCHED_BEFORE.sub(" ", bare)) is not None


def negative_claim(claim: str) -> bool:
    """Whether a claim is negative in itself, so that a passage saying it with "not" agrees."""
    return NEGATIVE_CLAIM.search(_COMPARISON_BASE.sub(" ", claim)) is not None


# A claim about a mistake ("262 prisoners were released by mistake") is said again, not denied,
# by an adverb of error ("prisoners were wrongly freed").
ERROR_CLAIM = re.compile(
    r"\b(?:by mistake|in error|by accident|mistaken(?:ly)?|wrong(?:ly|ful(?:ly)?)?|"
    r"erroneous(?:ly)?|incorrect(?:ly)?|accidental(?:ly)?|false(?:ly)?)\b",
    re.IGNORECASE,
)


def claims_own_word(cue: Cue, claim: str, sentence: str = "") -> bool:
    """Whether a denial or falsity cue is the claim's own word: the cue with the word after it
    as the claim has them ("was unfairly [dismissed by]", "played under the [wrong time]
    control"), or an adverb of error ("wrongly freed") in a page about a claim that is itself
    about an error. The page says the claim, it does not deny it."""
    if cue.kind not in ("denial", "falsity"):
        return False
    word = cue.word.lower()
    if cue.kind == "falsity" and word.endswith("ly") and ERROR_CLAIM.search(claim) is not None:
        return True
    if cue.kind == "falsity" and word.startswith("no ") and negative_claim(claim):
        at = sentence.find(cue.word)
        if at > 0 and _FOUND.search(sentence[:at]) is not None:
            return True  # "researchers found [no evidence] of a link" for "found no link"
    if cue.kind == "denial" and _claims_verb(word, claim):
        at = sentence.find(cue.word)
        if at >= 0 and not _NAMES_SAID.match(sentence[at + len(cue.word) :]):
            return True  # "340 homes plan [rejected]" for "plans ... have been rejected by ..."
    following = cue.after.split()[:1]
    return (
        bool(following)
        and re.search(rf"\b{re.escape(word)}\s+{re.escape(following[0].lower())}\b", claim.lower())
        is not None
    )


# A verb of finding right before a cue: "found [no evidence]".
_FOUND = re.compile(rf"\b{_FINDS}\s+$", re.IGNORECASE)


def _claims_verb(word: str, claim: str) -> bool:
    """Whether a denial word is a verb the claim itself says ("rejected" in "plans ... have been
    rejected"), or another verb of refusing in a claim of a refusal."""
    if canonical(word) in _canonical_words(claim):
        return True
    return word in REFUSING and any(w.lower() in REFUSING for w in raw_tokens(claim))


@lru_cache(maxsize=4096)
def _canonical_words(text: str) -> frozenset[str]:
    return frozenset(canonical(w.lower()) for w in raw_tokens(text))


# A concessive clause that leaves a detail of what the sentence says open ("though the exact
# difference is disputed", "but they have not said how many") qualifies the claim: a hedge, not a
# denial. Falsity and correction words keep their force inside such a clause.
_CONCESSIVE = re.compile(
    r"(?:[,;]|\s-)\s*(?:even\s+)?(?:though|although|but|while|yet|whereas)\b[^;]*", re.IGNORECASE
)
_OPEN = re.compile(
    r"\b(?:disput\w*|debat\w*|contest\w*|unclear|uncertain|unknown|unconfirmed|unverified|"
    r"var(?:y|ies|ied)|differ(?:s|ed)?|(?:not|n't|never|yet to)\s+(?:\w+\s+){0,2}?(?:say|said|"
    r"disclosed?|confirmed?|specified|specify|known|know|clear|given|give|revealed?|stated?|"
    r"certain|sure|settled|agreed?|explained?|quantified|measured|set|decided|finali[sz]ed|"
    r"published|announced))\b",
    re.IGNORECASE,
)
_DETAIL = re.compile(
    r"\b(?:exact|precise|actual|full|size|extent|scale|magnitude|number|numbers|figures?|amount|"
    r"difference|margin|degree|details?|effect|gain|share|rate|how|which|whether|when|why|what)\b",
    re.IGNORECASE,
)


# A clause that adds a statement of its own: "..., the council said, adding that existing shops
# would not be affected", "refused to sign off the accounts, saying he could not find the
# records", "stopped the sale, ruling that the council had not checked ...", "...,
# and hoteliers in two resorts said the autumn had not made up for it" (another speaker's own
# account, joined by "and").
_ADDITIVE = re.compile(
    r",\s*(?:adding|and added|(?:saying|arguing|noting|explaining|insisting)\b|"
    r"(?:ruling|finding|concluding) that|"
    r"and\s+(?:[\w'-]+\s+){1,8}?(?:said|say|says|told|tell|added|warned|reported)\b)",
    re.IGNORECASE,
)


# A colon that ends a lead-in to what the sentence says.
_LEAD_IN = re.compile(r":\s")


def clauses(sentence: str) -> list[str]:
    """The sentence cut before each concessive or added clause and after a lead-in: what it
    asserts, what it concedes, what it adds ("They are not unusual: households now ...")."""
    cuts = sorted(
        m.start() for rx in (_CONCESSIVE, _ADDITIVE, _LEAD_IN) for m in rx.finditer(sentence)
    )
    bounds = [0, *cuts, len(sentence)]
    return [sentence[a:b].strip(" ,;:-") for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def qualification(sentence: str) -> str | None:
    """The concessive clause that leaves a detail of the sentence open, if any."""
    for m in _CONCESSIVE.finditer(sentence):
        clause = m.group(0)
        if (
            _OPEN.search(clause)
            and _DETAIL.search(clause)
            and not FALSITY.search(clause)
            and not CORRECTION.search(clause)
        ):
            return clause.strip(" ,;-")
    return None


def unqualified(sentence: str) -> str:
    """The sentence without the clause that qualifies it (what it asserts or denies)."""
    q = qualification(sentence)
    if q is None:
        return sentence
    return sentence[: sentence.find(q)].rstrip(" ,;-") + "."


@dataclass(frozen=True)
class Cue:
    """A retraction cue found in a sentence."""

    kind: str  # denial | falsity | correction | revision
    word: str
    after: str  # the sentence after the cue's verb ("denied that <after>")
    anaphoric: bool  # the denied thing is named in an earlier sentence

    @property
    def of_what_follows(self) -> bool:
        """Whether what the cue retracts is said after it, in its sentence: a denial that does
        not point back ("denied that <clause>"), or an adverb of falsity before a verb and
        object of its own ("ruling that its articles [wrongly suggested he had altered ...]")."""
        if self.kind == "denial":
            return not self.anaphoric
        return (
            self.kind == "falsity"
            and self.word.lower().endswith("ly")
            and len(self.after.split()) >= 3
        )


# What a cue's own words name as denied or false: the object after it ("denies [any
# wrongdoing]", "no plans [to appoint a replacement]") up to a preposition or a new clause, or
# the subject a falsity word is said of ("[the timing] was wrong"). Words that point back at
# what was said ("the report", "this", "the figure") name nothing of their own.
_OBJECT_START = re.compile(r"^\s*(?:(?:to|of|for|any|all|some|the|a|an)\s+)*", re.IGNORECASE)
_OBJECT_END = re.compile(
    r"[,.;:!?()\u2013\u2014\"]|\b(?:on|in|at|by|against|after|before|over|from|during|with|"
    r"since|as|when|while|and|but|because|until|saying|said|says|who|which|that)\b",
    re.IGNORECASE,
)
# A form of "be" that ends a text: "reports that the mine would close [were]", "claims that
# ... [were] (rejected)".
_COPULA_END = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had) been|would be|will be|been|being)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_START = frozenset("that said says say added insisted argued believe believes".split())


def _said_of(before: str) -> str:
    """The few words before the copula that ends `before` ("said [the timing] was"), back to
    the start of their clause."""
    m = _COPULA_END.search(before)
    if m is None:
        return ""
    subject: list[str] = []
    for word in reversed(before[: m.start()].split()):
        bare = word.strip("\"'")
        if not re.fullmatch(r"[\w'-]+", bare) or bare.lower() in _CLAUSE_START:
            break
        subject.insert(0, bare)
    if [w.lower() for w in subject] == ["there"]:
        return ""  # "said there was no truth in ...": names nothing
    said = " ".join(subject)
    of_what = _POINTER_OF.match(said)
    if of_what is not None:
        return of_what.group("what")  # "the figures for [its Wexley plant]"
    return said if 0 < len(subject) <= 6 else ""


# A pointer to what was said, with what it was said of: "the figures for [its Wexley plant]".
_POINTER_OF = re.compile(rf"^{_POINTER}\s+(?:for|of|on|at|about)\s+(?P<what>.+)$", re.IGNORECASE)


# Nouns for what was said or put about ("the report", "the idea", "speculation").
_REPORTED_NOUNS = rf"{_SAID_NOUNS}|speculation|suggestions?|idea|notion"
_POINTS_BACK = re.compile(
    rf"\b(?:it|this|that|these|those|them|{_REPORTED_NOUNS}|finding|result|number|forecasts?|"
    r"predictions?|projections?|assessments?|conclusions?|warnings?|versions?|descriptions?|"
    r"reporting|coverage|headlines?|arguments?|explanations?|interpretations?)\b",
    re.IGNORECASE,
)


# What a denial names when it denies something said: "rejected [the report]", "[claims] that",
# "dismissed [it]".
_NAMES_SAID = re.compile(
    r"^\W*(?:(?:the|a|an|these|those|this|such|any|its|their|his|her|[\w-]+'s)\s+)?"
    rf"(?:[\w-]+\s+)?(?:{_REPORTED_NOUNS})\b|^\W*(?:that|it|them|this|these|those)\b",
    re.IGNORECASE,
)


# A thing reported followed by what it reports: "the idea [that the town was in decline]",
# "claims on social media [that staff were sent home]", "reports [of a fire at the depot]".
_REPORTED_CONTENT = re.compile(
    rf"\b(?:{_REPORTED_NOUNS})\b(?:\s+[\w'-]+){{0,3}}?\s+(?:of|that|about)\s+(?P<content>.+)",
    re.IGNORECASE,
)


def _reported_content(sentence: str, cue: Cue, at: int) -> str | None:
    """What the thing a cue (at `at`) denies or calls false reports, when the cue's sentence
    says it in three words or more (after a denial, before a falsity word or a denial in the
    passive: "claims that the inquiry was biased [were rejected]"); else None."""
    if at < 0:
        return None
    if cue.kind == "denial" and not _COPULA_END.search(sentence[:at]):
        # the thing denied is the cue's object, not a report named later in the sentence
        # ("did not say ..., contradicting several reports of her remarks")
        rest = sentence[at + len(cue.word) :]
        found = [m for m in _REPORTED_CONTENT.finditer(rest) if len(rest[: m.start()].split()) <= 3]
        found = found[:1]
    else:
        found = list(_REPORTED_CONTENT.finditer(sentence[:at]))
    if not found:
        return None
    content = _COPULA_END.sub("", found[-1].group("content")).strip(" .,;:\"'")
    return content if len(content.split()) >= 3 else None


# What a correction note says was wrong: "an earlier version of this article said [the
# announcement was made on Tuesday]", "we wrongly reported that [...]".
_CORRECTED_CONTENT = re.compile(
    r"\b(?:(?:an earlier|a previous|the original) version of (?:this|the) (?:article|story|"
    r"report|page|post)|we (?:incorrectly|wrongly|mistakenly|erroneously))\s+"
    r"(?:said|stated|reported|wrote|claimed|suggested|gave|named|described|called)\s+"
    r"(?:that\s+)?(?P<content>(?:[^.;]|(?<=\d)\.(?=\d))+)",  # "a [4.9] percent rise" whole
    re.IGNORECASE,
)


def cue_object(sentence: str, cue: Cue) -> str | None:
    """What a denial or falsity cue's own words name as denied or false (what a thing reported
    reports, when it is said), or what a correction note says was wrong, or None when they only
    point back at what was said (or name nothing)."""
    if cue.kind == "correction":
        corrected = _CORRECTED_CONTENT.search(sentence)
        content = corrected.group("content").strip(" .,;:\"'") if corrected else ""
        return content if len(content.split()) >= 3 else None
    if cue.kind not in ("denial", "falsity"):
        return None
    at = sentence.rfind(cue.word + cue.after)
    # (a denial's `after` may be its clause only: then its word is where it stands)
    content = _reported_content(sentence, cue, at if at >= 0 else sentence.find(cue.word))
    if content is not None:
        return content  # "rejected the idea [that the town was in decline]"
    if at < 0 or (cue.kind == "falsity" and cue.of_what_follows):
        # "denied that <clause>", "wrongly reported that <clause>": weighed as a whole
        return None
    rest = _OBJECT_START.sub("", cue.after)
    end = _OBJECT_END.search(rest)
    named = rest[: end.start()] if end else rest
    if not named.strip() and cue.kind == "falsity":
        named = _said_of(sentence[:at])
    named = named.strip()
    return named if named and not _POINTS_BACK.search(named) else None


# A denial asked for or planned is not made: "asking them to [reject] it", "urged the board to
# [withdraw its claim]", "plans to [dispute]".
_REQUESTED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|press(?:es|ed|ing)?|"
    r"want(?:s|ed)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|plan(?:s|ned)?|intends?|"
    r"expected|set|due|likely|vote[sd]?|voting|whether)\b(?:\s+\S+){0,6}?\s+to\s*$",
    re.IGNORECASE,
)


# A proceeding rejected is a ruling, not a retraction: "his appeal was dismissed", "the court
# rejected the application". (A plan or a bid rejected is left a denial: it may contradict a
# claim that it went ahead.)
_PROCEEDING = (
    r"(?:appeals?|applications?|challenges?|complaints?|lawsuits?|suits?|cases?|petitions?|"
    r"objections?|motions?|charges?)"
)
_RULED_ON_BEFORE = re.compile(
    rf"\b{_PROCEEDING}\s+(?:(?:was|were|has|have|had|is|are|been|being)\s+)+$", re.IGNORECASE
)
_RULED_ON_AFTER = re.compile(
    rf"^\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\w-]+(?:'s|\u2019s)?\s+)?"
    rf"{_PROCEEDING}\b",
    re.IGNORECASE,
)


def _ruling(sentence: str, m: re.Match) -> bool:
    """Whether the denial verb at `m` rejects a proceeding (a ruling on an appeal, a case)."""
    return bool(
        _RULED_ON_BEFORE.search(sentence[: m.start()]) or _RULED_ON_AFTER.match(sentence[m.end() :])
    )


# A denial in a relative clause, of what the sentence said before it: "..., which the firm
# denies", "..., a claim the ministry has denied".
_DENIED_BEFORE = re.compile(
    r"[,;]\s*(?:which|something|a claim|an allegation|a charge|a suggestion)\s+"
    r"(?:[\w'-]+\s+){1,4}$",
    re.IGNORECASE,
)


# "Dispute" as a noun names a quarrel, not a denial: "ending a three-year dispute with its
# neighbours", "the pay dispute has lasted a year". As a verb it denies, and takes an object
# ("the ministry disputes the figure", "unions dispute that ...").
_DISPUTE_NOUN = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|our|of|in)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_DISPUTE_OBJECT = re.compile(
    r"^\s+(?:the|a|an|that|this|these|those|its|their|his|her|any|some|all|\w+'s|claims?|"
    r"reports?|figures?|suggestions?|accounts?|findings?)\b",
    re.IGNORECASE,
)


def _dispute_as_noun(sentence: str, m: re.Match) -> bool:
    """Whether the denial word at `m` is "dispute(s)" used as a noun."""
    return (
        m.group(0).lower() in ("dispute", "disputes")
        and bool(_DISPUTE_NOUN.search(sentence[: m.start()]))
        and not _DISPUTE_OBJECT.match(sentence[m.end() :])
    )


# "Dismissed" with a person as its object is a sacking, not a denial: "dismissed manager Stefan
# Kolvik after ...", "has dismissed its chief executive" (not "dismissed Kolvik's claims").
_ROLES = (
    r"(?:manager|coach|chief executive|executive|director|chair(?:man|woman)?|head\w*|boss|"
    r"captain|officer|official|minister|secretary|adviser|editor|teacher|nurse|player|"
    r"employee|worker|staff|trainer|principal|governor)s?"
)
_PERSON_DISMISSED = re.compile(
    r"^\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:(?:[\w-]+\s+){0,2}?"
    rf"{_ROLES}\b(?:\s+[A-Z][\w-]*)*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    r"(?!['\u2019])(?=\s*(?:[,.;:]|$)|\s+(?:from|after|following|over|for|in|on|at|with|"
    r"and|amid|before|earlier|last|this|yesterday|today|when|because|without)\b)"
)


def _sacking(sentence: str, m: re.Match) -> bool:
    """Whether the denial word at `m` is "dismiss" with a person as its object."""
    return m.group(0).lower().startswith("dismiss") and bool(
        _PERSON_DISMISSED.match(sentence[m.end() :])
    )


# A denial word negated is none: "other explanations [cannot be ruled out]", "the firm [has not
# denied] it".
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|cannot|\w+n't)\s+(?:(?:yet|be|been|being|fully|entirely|completely)\s+){0,3}$",
    re.IGNORECASE,
)


def _denies(sentence: str, m: re.Match) -> bool:
    """Whether the denial word at `m` makes a denial: not one negated or only asked for, a
    ruling on a proceeding, "dispute" as a noun, or a person dismissed."""
    return not (
        _REQUESTED.search(sentence[: m.start()])
        or _NEGATED_BEFORE.search(sentence[: m.start()])
        or _ruling(sentence, m)
        or _dispute_as_noun(sentence, m)
        or _sacking(sentence, m)
    )


# A correction of how a page presented something (a name's spelling, a caption, a byline), not
# of what it reported. (Not photos or images as such: a claim may be about what one showed.)
_PRESENTATION = re.compile(
    r"\b(?:misspel\w*|mis-spel\w*|spell(?:ed|ing|t)|captions?|bylines?)\b", re.IGNORECASE
)


def find_cue(sentence: str) -> Cue | None:
    """The strongest retraction cue of a sentence (outside a clause that only qualifies it; not
    a denial only asked for, a ruling on a proceeding, or "dispute" as a noun), or None."""
    sentence = unqualified(sentence)
    for kind, pattern in (("correction", CORRECTION), ("denial", DENY), ("falsity", FALSITY)):
        m = next(
            (f for f in pattern.finditer(sentence) if kind != "denial" or _denies(sentence, f)),
            None,
        )
        if m is None:
            continue
        if kind == "correction" and _PRESENTATION.search(sentence):
            return None  # "an earlier version misspelled Ms Pell's name": not what it reported
        after = sentence[m.end() :]
        relative = _DENIED_BEFORE.search(sentence[: m.start()]) if kind == "denial" else None
        if relative is not None:
            # "..., which Fernlow denies": what it denies is the clause before, in this sentence
            return Cue(kind, m.group(0), sentence[: relative.start()], False)
        if kind == "denial" and _COPULA_END.search(sentence[: m.start()]):
            said = list(_REPORTED_CONTENT.finditer(sentence[: m.start()]))
            if said and _IS_CLAUSE.match(said[-1].group("content")):
                # "claims that the bakery would close were rejected by the firm": what is
                # denied is the clause before
                return Cue(kind, m.group(0), _COPULA_END.sub("", said[-1].group("content")), False)
        if kind == "denial" and _GERUND.match(after):
            # "denies [cheating]", "denied [recalling its duck], after posts said that ...": what
            # it denies is said here, by the verb that follows
            return Cue(kind, m.group(0), after, False)
        clause = _THAT_CLAUSE.search(sentence)
        if clause is not None and _ASIDE.search(clause.group(0)):
            clause = None  # "denied it will close the plant, after [reports of] job cuts"
        if kind == "denial" and clause is not None:
            after = sentence[clause.end() :]
        if kind == "denial":
            after = _ASIDE.split(after)[0]  # what is denied, not what it came after
        words_after = len(after.split())
        anaphoric = words_after < 6 or kind == "correction"
        denied_that = kind == "denial" and clause is not None and clause.group(0).endswith("that")
        own_clause = (
            kind == "denial"
            and _IS_CLAUSE.match(after) is not None
            and not _TRUE_OF_IT.match(after)
            and not _POINTER_IN.search(after)
        )
        if (kind == "denial" and _SAID_THAT.match(after)) or own_clause:
            # "rejected claims [that the inhaler is unsafe]", "denied that [any money was
            # missing]", "denied [it had ignored warnings]": said here, however short (not
            # "denied that [it was true]")
            anaphoric = False
        elif not denied_that:
            anaphoric = anaphoric or bool(_ANAPHOR.search(sentence))
        if kind == "falsity" and re.match(r"\s*that\s", after):
            anaphoric = False  # "it is a myth [that <clause>]": the clause is what is false
        return Cue(kind, m.group(0), after, anaphoric)
    return None


# An account revised since a page carried it: "the agency [now says] the camera has been
# restored", "the office [has since said] that the figure covered only ...". Only a sentence
# added to a page that carried the claim is read this way (as a note that corrects it); one
# that confirms it ("has since confirmed") revises nothing.
_REVISION = re.compile(
    r"\b(?:now|since|later|subsequently)\s+(?:says?|said|reports?|reported|announc(?:es|ed)|"
    r"stat(?:es|ed))\b|\bha(?:s|ve) since\b(?!\s+(?:confirm|verif|acknowledg|admit))",
    re.IGNORECASE,
)


def revision(sentence: str) -> Cue | None:
    """A cue that the sentence revises an earlier account, or None."""
    m = _REVISION.search(sentence)
    return None if m is None else Cue("revision", m.group(0), sentence[m.end() :], True)


# A contrast sets one thing aside for another: "caused by a cut cable, not by a software update",
# "they are moving the staff, rather than closing the site". What follows the "not" is denied.
_SET_ASIDE = r"(?:[^,.;:!?\u2013\u2014]|(?<=\d)[.,](?=\d)){3,80}"  # "£14.5 million" whole
_CONTRAST = re.compile(
    r"(?:,|;|\s[-\u2013\u2014])\s*(?:and\s+|but\s+)?(?:not|rather than|instead of)\s+"
    r"(?!only\b|just\b|least\b|yet\b|even\b|always\b|all\b|necessarily\b|because\b)"
    rf"(?P<denied>{_SET_ASIDE})|\brather than\s+(?P<set_aside>{_SET_ASIDE})",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def contrast(sentence: str) -> tuple[str, str] | None:
    """(what is asserted, what is set aside) of a sentence built on a contrast, or None. A
    contrast inside an aside ("The researchers, who used questionnaires rather than sleep
    monitors, said ...") is the aside's own; one that begins at the aside's closing comma
    ("..., which would mean it was buried after 900, not around 870") is the sentence's."""
    asides = [a.span() for a in PARENTHETICAL.finditer(sentence)]
    m = next(
        (
            found
            for found in _CONTRAST.finditer(sentence)
            if not any(a <= found.start() < b - 1 for a, b in asides)
            and not (found.group("set_aside") and _in_subject(sentence, found.start()))
        ),
        None,
    )
    if m is None:
        return None
    denied = m.group("denied") or m.group("set_aside")
    return sentence[: m.start()] + " " + sentence[m.end() :], denied


# Words that open a clause of its own inside a sentence ("will test whether ...").
_CLAUSE_OPENER = re.compile(r"\b(?:that|whether|if|because)\s", re.IGNORECASE)


def _in_subject(sentence: str, at: int) -> bool:
    """Whether the "rather than" at `at` comes before its clause's main verb: a comparison the
    subject makes ("reading on paper rather than on a screen [was linked] to ..."), no contrast
    that sets something aside ("caused by a cut cable rather than a software update")."""
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(sentence, 0, at)]
    start = max(sentence.rfind(p, 0, at) + 1 for p in ",;:")
    start = max([start, *openers])
    ends = [e for e in (sentence.find(p, at) for p in ",;:") if e != -1]
    clause = sentence[start : min(ends, default=len(sentence))]
    before = len(raw_tokens(sentence[start:at]))
    _, verb = clause_verb(clause)
    return verb is not None and verb > before


# "X did not say that ...": a denial of what the claim reports X said.
NEGATED_SAYING = re.compile(rf"^{_NOT}", re.IGNORECASE)


# A fact-check's verdict line: "Verdict: false.", "Our conclusion: this is misleading.", "We rate
# this claim false." It judges the claim the page quotes, however far above it stands.
_VERDICT_WORDS = (
    r"(?:mostly |partly |largely |half )?(?:false|untrue|not true|misleading|incorrect|"
    r"inaccurate|wrong|fake|fabricated|unproven|unsupported|baseless|unfounded|exaggerated|"
    r"missing context|no evidence)"
)
_VERDICT = re.compile(
    r"^\W*(?:(?:our|the|final)\s+)?(?:verdict|conclusion|rating|ruling|bottom line|assessment)"
    rf"\s*[:\-]\s*(?:(?:this|that|it|the claim)(?:\s+claim)?\s+(?:is|was)\s+)?{_VERDICT_WORDS}\b|"
    rf"\bwe rate (?:this|that|the|it)?\s*(?:claim|statement|post)?\s*(?:as\s+)?{_VERDICT_WORDS}\b",
    re.IGNORECASE,
)


def verdict(sentence: str) -> str | None:
    """The verdict word of a fact-check's verdict line that finds a claim false, or None."""
    m = _VERDICT.search(sentence)
    return m.group(0).strip() if m else None


def without_verdict(sentence: str) -> str:
    """A verdict line with its verdict taken out: what else it says ("" for "Verdict: false.")."""
    return _VERDICT.sub(" ", sentence)
