"""General English word knowledge for matching: stop words, stems, irregular verbs, synonyms.

Nothing here names a story: these are closed-class words, inflections and near-synonyms common
across news writing, so that a claim carried in other words still meets its own terms.
"""

from __future__ import annotations

from functools import lru_cache

STOP = frozenset(
    """a an the of to in on at for and or but nor so yet if then than that this these those with
    by from as into onto about over under after before since until while during through across
    against among between within without per via is are was were be been being am will would shall
    should may might can could must do does did done has have had having it its it's itself he she
    him her his hers they them their theirs we us our ours you your yours i me my mine who whom
    whose which what when where why how all any both each few more most other some such only own
    same too very just also there here up down out off again further once one s t also still even
    now already whether because though although however according some such mr mrs ms
    rather instead least
    """.split()
)

# Words that deny, hedge or report: they change how a claim is carried, not what it says.
NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor n't cannot without isn't aren't wasn't "
    "weren't won't wouldn't don't doesn't didn't hasn't haven't hadn't can't couldn't "
    "shouldn't".split()
)
HEDGES = frozenset(
    "may might could possibly reportedly allegedly apparently purportedly rumoured rumored "
    "rumour rumor rumours rumors unconfirmed unverified likely perhaps suggest suggests "
    "suspected believed".split()
)
# Words that round a figure ("as many as 4 million", "nearly half", "roughly 15 percent").
APPROXIMATE = frozenset("much many nearly almost roughly around approximately".split())
REPORTING = frozenset(
    "say said says saying tell told tells state stated states announce announced report reported "
    "reports reporting according claim claimed claims".split()
)
# Verbs that say who found or decided what a claim reports ("the study found", "the judge
# ruled"), with those of saying.
ATTRIBUTING = REPORTING | frozenset(
    "found finds showed shows suggested suggests concluded concludes estimated estimates warned "
    "warns revealed reveals ruled rules".split()
)

# Irregular verbs as "base past participle", and the forms that map to each base.
_IRREGULAR_VERBS = """
    arise arose arisen|awake awoke awoken|beat beat beaten|
    become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|
    bleed bled bled|blow blew blown|break broke broken|
    breed bred bred|bring brought brought|build built built|burn burnt burnt|burst burst burst|
    buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|
    come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|
    draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|
    fall fell fallen|feel felt felt|fight fought fought|find found found|
    flee fled fled|fly flew flown|forbid forbade forbidden|forecast forecast forecast|
    forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|
    give gave given|go went gone|grow grew grown|hang hung hung|
    hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|
    know knew known|lay laid laid|lead led led|leap leapt leapt|leave left left|
    lend lent lent|let let let|
    light lit lit|lose lost lost|make made made|mean meant meant|meet met met|
    mislead misled misled|overcome overcame overcome|overtake overtook overtaken|pay paid paid|
    prove proved proven|put put put|quit quit quit|read read read|ride rode ridden|
    ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|
    sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|
    shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|
    sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|
    speak spoke spoken|spend spent spent|spin spun spun|split split split|spread spread spread|
    spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|
    sting stung stung|strike struck struck|strive strove striven|swear swore sworn|
    sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|
    tear tore torn|tell told told|think thought thought|throw threw thrown|
    undergo underwent undergone|understand understood understood|undertake undertook undertaken|
    upset upset upset|wake woke woken|wear wore worn|win won won|withdraw withdrew withdrawn|
    withhold withheld withheld|write wrote written|uphold upheld upheld|
    withstand withstood withstood|oversee oversaw overseen|overrun overran overrun|
    override overrode overridden|repay repaid repaid|overpay overpaid overpaid|
    underpay underpaid underpaid|mistake mistook mistaken|rebuild rebuilt rebuilt|
    rewrite rewrote rewritten|retake retook retaken|outsell outsold outsold|resell resold resold|
    weep wept wept|kneel knelt knelt|stride strode stridden|weave wove woven|sow sowed sown|
    outgrow outgrew outgrown|foresee foresaw foreseen|forgo forwent forgone|undo undid undone|
    mislay mislaid mislaid|outrun outran outrun|overhear overheard overheard|
    underwrite underwrote underwritten|overthrow overthrew overthrown|offset offset offset
"""
_TRIPLES = [triple.split() for triple in _IRREGULAR_VERBS.replace("\n", "").split("|")]
IRREGULAR_VERBS: dict[str, str] = {
    form: base for base, *forms in _TRIPLES for form in forms if form != base
}
# Past tense forms that are never participles ("broke", not "bred"): a finite verb wherever
# they stand ("hackers broke into").
IRREGULAR_PAST = frozenset(
    past for base, past, participle in _TRIPLES if past not in (base, participle)
)
# Verbs whose past is their base ("cut", "put", "shut"): past or present by their context.
SAME_PAST = frozenset(base for base, past, _ in _TRIPLES if past == base)
# Participles that are never past tense forms ("taken", "shown"): no finite verb on their own.
IRREGULAR_PARTICIPLES = frozenset(
    participle for base, past, participle in _TRIPLES if participle not in (base, past)
)
# Participles that are also the past tense ("found", "built", "sold"): a participle only by
# their place ("coins [found] by a detectorist were ...").
PAST_AS_PARTICIPLE = frozenset(
    past for base, past, participle in _TRIPLES if past == participle and past != base
)
# Verbs whose past is their base ("cut", "hit", "put"): past or present by their place alone.
PAST_AS_BASE = frozenset(base for base, past, *_ in _TRIPLES if past == base)
IRREGULAR = {
    **IRREGULAR_VERBS,
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "mice": "mouse",
    "data": "datum",
    "axed": "axe",  # too short for the stemmer's "-ed" and "-ing"
    "axing": "axe",
}

# Nouns that name an action as its verb does: "announced the [closure] of the campus" says it
# will close. (Not nouns that also name a thing of their own: "division", "admission".)
_NOMINALS = """
    close closure|fail failure|depart departure|expose exposure|seize seizure|approve approval|
    refuse refusal|remove removal|arrive arrival|survive survival|propose proposal|
    withdraw withdrawal|dismiss dismissal|renew renewal|dispose disposal|reverse reversal|
    expand expansion|suspend suspension|decide decision|extend extension|collide collision|
    explode explosion|permit permission|sell sale|rent rental
"""
NOMINALS = dict(reversed(pair.split()) for pair in _NOMINALS.replace("\n", "").split("|"))

# Near-synonyms of everyday news vocabulary; each group maps to its first word.
SYNONYMS = [
    "send dispatch despatch deploy",
    "troop force soldier personnel",
    "unit team squad division detachment",
    "fight combat battle clash",
    "militant fighter jihadist insurgent extremist terrorist",
    "elite crack",
    "help assist aid support assistance",
    "join participate",
    "willing ready prepared",
    "plan intend",
    "kill slay",
    "recall withdraw",
    "buy purchase acquire",
    "increase raise boost rise climb jump soar surge hike grow leap bolster strengthen",
    "cut reduce lower decrease slash shed axe trim halve",
    "ban prohibit outlaw forbid",
    "risk danger hazard likely likelihood chance odds peril",
    "doctor physician",
    "company firm maker manufacturer carmaker automaker corporation",
    "car vehicle automobile",
    "faulty defective flawed",
    "child kid youngster",
    "study research trial",
    "show find reveal demonstrate detect disclose divulge",
    "approve authorise authorize clear endorse permission consent approval authorisation "
    "authorization",
    "cause trigger",
    "link tie associate connect",
    "fire blaze flame",
    "prevent avert",
    "cancer tumour tumor",
    "begin start launch commence",
    "stop halt suspend block cease",
    "close shut closure shutdown",
    "big large major",
    "drug medicine medication",
    "sick ill",
    "nation country",
    "official authority",
    "arrive land",
    "ship deliver vessel",
    "strike attack",
    "quit resign",
    "employee staff worker workforce",
    "researcher scientist",
    "analyse analyze examine",
    "fall drop decline plunge dip slip slide plummet tumble slump",
    "factory plant",
    "adopt rehome",
    "parent family household",
    "harvest crop yield",
    "spend invest spending expenditure outlay",
    "bicycle bike",
    "customer buyer consumer shopper user client purchaser",
    "cancel cancelled scrap abandon ditch",  # "cancelled" keeps its double l when stemmed
    "discard bin dump",
    "consultation appointment",
    "target goal aim objective",
    "alarm detector",
    "home property house dwelling residence housing accommodation",
    "add gain",
    "pay wage salary",
    "win award victory triumph prize",
    # the vocabulary of news reports in general (business, courts, health, councils, transport,
    # weather, sport, schools, housing, work), written from general knowledge, not from the corpus
    "subscriber member",
    "profit earnings",
    "boss chief",
    "takeover acquisition buyout",
    "sell offload revenue turnover sales",
    "shop store",
    "shareholder stockholder",
    "bankrupt insolvent",
    "bankruptcy insolvency",
    "recession downturn",
    "growth expansion",
    "forecast predict prediction projection",
    "agreement deal accord pact",
    "fund finance bankroll funding financing",
    "expensive costly pricey cost price",
    "affordable lowcost inexpensive",  # "low-cost" as one word (Terms.pairs)
    "tax levy",
    "chairman chairwoman chairperson",
    "spokesman spokeswoman spokesperson",
    "output production",
    "supplier provider",
    "regulator watchdog",
    "overturn quash reverse",
    "jail gaol prison imprison incarcerate",
    "detention custody",
    "prisoner inmate",
    "lawyer solicitor attorney counsel",
    "arrest detain",
    "murder homicide",
    "fraud scam swindle",
    "ruling judgment judgement rule regulation",
    "acquit exonerate",
    "investigate probe investigation inquiry enquiry",
    "allege allegation accusation accuse",
    "crime offence offense",
    "offender criminal",
    "gun firearm",
    "kidnap abduct",
    "surgery operation",
    "hospitalisation hospitalization",
    "illness disease sickness ailment",
    "vaccine jab vaccination inoculation immunisation immunization",
    "treatment therapy",
    "death fatality",
    "die perish",
    "injure hurt wound injury",
    "fatal deadly lethal",
    "expert specialist",
    "baby infant",
    "teenager teen adolescent",
    "effect impact",
    "harm damage harmful damaging detrimental wreck",
    "rare uncommon",
    "widespread prevalent",
    "dangerous hazardous unsafe",
    "huge enormous massive vast",
    "substantial considerable sizeable sizable",
    "councillor councilor councilman councilwoman",
    "ministry department",
    "law legislation statute",
    "lawmaker legislator parliamentarian mp",
    "voter elector",
    "survey poll",
    "announce declare",
    "criticise criticize slam",
    "condemn denounce",
    "warn caution warning alert",
    "promise pledge vow",
    "reform overhaul revamp",
    "delay postpone defer",
    "oblige compel",
    "mandatory compulsory obligatory",
    "illegal unlawful illicit",
    "legal lawful",
    "protester protestor demonstrator",
    "campaigner activist",
    "immigrant migrant",
    "border frontier",
    "foreign overseas",
    "visitor tourist holidaymaker",
    "global worldwide",
    "nationwide countrywide",
    "war conflict",
    "ceasefire truce",
    "explosion blast detonation",
    "railway railroad",
    "lorry truck",
    "motorway highway freeway expressway",
    "crash collision smash",
    "driver motorist",
    "passenger traveller traveler",
    "aircraft airplane aeroplane airliner",
    "airline carrier",
    "timetable schedule",
    "petrol gasoline",
    "cap limit ceiling",
    "flood inundate",
    "downpour deluge",
    "rain rainfall precipitation",
    "snow snowfall",
    "forecaster meteorologist",
    "quake earthquake",
    "wildfire bushfire",
    "disaster catastrophe calamity",
    "firefighter fireman",
    "beat defeat",
    "title crown championship",
    "tournament competition",
    "fan supporter",
    "referee umpire",
    "rival opponent competitor",
    "pupil student",
    "teacher educator",
    "headteacher headmaster headmistress",
    "exam examination",
    "curriculum syllabus",
    "nursery preschool kindergarten",
    "rent lease",
    "tenant renter",
    "build construct erect",
    "demolish raze bulldoze",
    "repossession foreclosure",
    "neighbourhood neighborhood",
    "outage disruption blackout",
    "oil petroleum",
    "pollution contamination",
    "supply provide",
    "shortage scarcity",
    "program programme",
    "phone handset smartphone cellphone",
    "glitch fault malfunction",
    "hack breach",
    "sack dismiss",
    "redundancy layoff",
    "hire recruit",
    "unemployment joblessness",
    "unemployed jobless",
    "labour labor",
    "organisation organization",
    "defence defense",
    "confirm verify",
    "reject rebuff spurn",
    "admit acknowledge concede",
    "end finish conclude",
    "try attempt",
    "quickly rapidly swiftly rapid fast swift quick",
    "crucial vital essential",
    "serious severe",
    "concern worry fear",
    "anger fury outrage",
    "mistake error blunder gaffe",
    "journalist reporter",
    "photo photograph",
    "holiday vacation",
    "search hunt",
    "respond reply answer response",
    "worsen deteriorate",
    "recover rebound",
    "stable steady",
    "rubbish garbage trash",
    "dispute feud spat",
]


# Verbs of two words that mean one of the words above: (verb stem, particle or object) -> word.
PHRASAL = {
    ("step", "down"): "resign",
    ("stand", "down"): "resign",
    ("leave", "office"): "resign",
    ("lay", "off"): "cut",
    ("shut", "down"): "close",
    ("close", "down"): "close",
    ("take", "over"): "buy",
    ("sell", "to"): "buy",  # "was sold to X" is "was bought by X"
    ("set", "up"): "start",
    ("take", "in"): "adopt",
    ("send", "back"): "return",
    ("give", "back"): "return",
    ("hand", "back"): "return",
    ("pay", "back"): "repay",
    ("throw", "away"): "discard",
    ("throw", "out"): "discard",
    ("give", "way"): "collapse",
    ("take", "effect"): "begin",
    ("go", "up"): "increase",
    ("go", "down"): "fall",
    ("put", "up"): "increase",
    ("push", "up"): "increase",
    ("bring", "down"): "cut",
    ("green", "light"): "approve",
    ("strike", "off"): "ban",  # "struck off" the register
    ("call", "off"): "cancel",
    ("switch", "off"): "deactivate",
    ("turn", "off"): "deactivate",
    ("shut", "off"): "deactivate",
    ("switch", "on"): "activate",
    ("turn", "on"): "activate",
}


# Multipliers, written as numbers of times ("twice as likely", "three times as many"): kept
# apart from plain counts so that "twice" and "two hours" are not one number.
MULTIPLIERS = {
    "twice": "2x",
    "double": "2x",
    "doubles": "2x",
    "doubled": "2x",
    "thrice": "3x",
    "triple": "3x",
    "triples": "3x",
    "tripled": "3x",
}
TIMES = frozenset({"times", "fold"})

NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update(
    {
        w: str(10 * (i + 3))
        for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split())
    }
)


# Words whose final "s" is no plural: "news" is not "new".
_NOT_PLURALS = frozenset("news series species means whereabouts".split())


def _stem(word: str) -> str:
    if word.replace(",", "").replace(".", "").isdigit():
        return word.replace(",", "")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in MULTIPLIERS:
        return MULTIPLIERS[word]
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if word in IRREGULAR:
        word = IRREGULAR[word]  # and stemmed as the base is: "rose", "rise", "rises" one stem
    if word in _NOT_PLURALS:
        return word
    n = len(word)
    if n > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif n > 4 and word.endswith("sses"):
        word = word[:-2]
    elif n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    word = NOMINALS.get(word, word)
    if len(word) > 5 and word.endswith("ied"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ed"):
        word = _silent_e(word[:-2])
    elif len(word) > 5 and word.endswith("ing"):
        word = _silent_e(word[:-3])
    elif len(word) > 5 and word.endswith("ly"):
        word = word[:-2]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e") and not _short_vowel_closed(word[:-1]):
        word = word[:-1]
    return word


def _short_vowel_closed(stem: str) -> bool:
    """Whether a stem is one syllable ending in one vowel and one consonant ("car", "plan",
    "hop"): its verb would double the consonant ("planned"), so a form without the double had a
    silent "e" ("caring" is "care", not "car"; "hoped" is "hope", not "hop"). Not after "s",
    where "-es" may be a plural ("buses")."""
    vowels = "aeiou"
    groups = sum(
        1 for i, c in enumerate(stem) if c in vowels and (i == 0 or stem[i - 1] not in vowels)
    )
    return (
        len(stem) >= 3
        and groups == 1
        and stem[-1] not in vowels + "swxy"  # ("buses" is "bus", "close" stays "clos")
        and stem[-2] in vowels
        and stem[-3] not in vowels
    )


def _silent_e(stem: str) -> str:
    """A stem that lost "-ed" or "-ing" with its silent "e" given back ("car" of "caring" is
    "care"); any other unchanged."""
    return stem + "e" if _short_vowel_closed(stem) else stem


_CANON: dict[str, str] = {}
for _group in SYNONYMS:
    _words = _group.split()
    for _w in _words:
        _CANON.setdefault(_stem(_w), _stem(_words[0]))


@lru_cache(maxsize=200_000)
def canonical(word: str) -> str:
    """A word's stem, mapped to its synonym group's head when it has one."""
    stem = _stem(word.lower())
    return _CANON.get(stem, stem)


# Forms of the verbs of refusing ("decline" is a fall in canonical form, so forms): "refused to
# [resign]" negates the verb; a claim that someone refused something is said again by any of
# them ("rejects" for "has refused to sign off").
REFUSING = frozenset(
    f"{stem}{end}" for stem in ("refus", "declin") for end in ("e", "es", "ed", "ing")
) | frozenset("reject rejects rejected rejecting".split())


# Verbs that say the opposite of each other, each word standing for its synonym group (left of
# "/" against right): a passage that puts one where the claim has the other says another thing
# ("gained 1.4 million subscribers" for "lost", "will close 12 hospitals" for "will build").
# A court or a board that "cleared" someone: "clear" is a word of the "approve" group.
_OPPOSITE_GROUPS = """increase / cut fall shrink | add / lose cut stop | start / stop | win / lose |
open build extend expand reopen / close | build / demolish | hire create / cut |
approve / reject | allow / ban | acquit approve / convict jail fine suspend sack ban |
activate / deactivate"""


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _OPPOSITE_GROUPS.replace("\n", " ").split("|"):
        left, right = (side.split() for side in group.split("/"))
        for a in left:
            for b in right:
                out.setdefault(canonical(a), set()).add(canonical(b))
                out.setdefault(canonical(b), set()).add(canonical(a))
    return {k: frozenset(v) for k, v in out.items()}


def opposites(term: str) -> frozenset[str]:
    """The canonical verbs that say the opposite of a canonical verb (_OPPOSITE_GROUPS)."""
    return _opposites().get(term, frozenset())


# PHRASAL keyed by canonical forms, as canonical_at reads them ("took over": ("tak", "over")).
_PHRASAL_CANON = {(canonical(v), canonical(p)): canonical(w) for (v, p), w in PHRASAL.items()}
_PHRASAL_VERBS = frozenset(v for v, _ in _PHRASAL_CANON)


def bounded_figure(words: tuple[str, ...] | list[str], i: int) -> str | None:
    """The figure of a group named by its bound ("the over-[70s]", "under-[19s]"), else None."""
    w = words[i]
    if i > 0 and words[i - 1] in ("over", "under") and w.endswith("s") and w[:-1].isdigit():
        return w[:-1]
    return None


_PARTICLES = frozenset("up down off back out away over".split())
_OBJECT_OPENERS = frozenset("its their the his her our a an some".split())


def phrasal_particle(words: tuple[str, ...] | list[str], i: int) -> int | None:
    """Where the particle of a phrasal verb at `i` stands ("throws [away]", "put prices [up]"):
    part of the verb, no term of its own; None when the word at `i` is no phrasal verb."""
    c = canonical(words[i])
    if c not in _PHRASAL_VERBS:
        return None
    if i + 1 < len(words) and (c, canonical(words[i + 1])) in _PHRASAL_CANON:
        return i + 1
    # the particle after a short object: "put [prices] up", "laid [the staff] off"
    for j in (i + 2, i + 3):
        if j >= len(words):
            break
        if words[j] in _PARTICLES and (j == i + 2 or words[i + 1] in _OBJECT_OPENERS):
            if (c, canonical(words[j])) in _PHRASAL_CANON:
                return j
    return None


def canonical_at(words: tuple[str, ...] | list[str], i: int) -> str:
    """The canonical form of the lower-cased word at `i`, read with the next one when the two
    make one verb ("stepped down" -> the head of "quit resign"), or as the figure of a group
    named by its bound ("the over-70s" -> 70)."""
    figure = bounded_figure(words, i)
    if figure is not None:
        return figure
    c = canonical(words[i])
    particle = phrasal_particle(words, i)  # "stepped [down]", "put prices [up]"
    if particle is not None:
        return _PHRASAL_CANON[(c, canonical(words[particle]))]
    if tuple(words[i : i + 2]) == ("go", "ahead") and i > 0 and words[i - 1] in ("the", "a"):
        return canonical("approve")  # "gave the plan the go-ahead" (not "will go ahead")
    if i + 2 < len(words) and words[i + 1] == "into" and words[i + 2] in ("force", "effect"):
        if words[i] in ("come", "comes", "came", "coming", "go", "goes", "went", "gone"):
            return canonical("begin")  # "came into force", "goes into effect"
    return c


def is_content(word: str) -> bool:
    """A word that says something (not a stop word, not a lone letter)."""
    w = word.lower()
    return w not in STOP and w not in NEGATIONS and (len(w) > 1 or w.isdigit())


@lru_cache(maxsize=200_000)
def similar_words(a: str, b: str) -> bool:
    """Two canonical words that spell or inflect one name (Uyghur/Uighur, China/Chinese)."""
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or a.isdigit() or b.isdigit():
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    prefix = 0
    for x, y in zip(short, long_, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix >= 4 and prefix >= len(short) - 1 and len(long_) - len(short) <= 3:
        return True
    return len(long_) - len(short) <= 1 and _one_edit(short, long_)


# Prefixes that narrow a word without changing what it names: "microplastic" is still plastic,
# "superbug" still a bug. Negating prefixes (un-, non-, anti-) are left out on purpose.
PREFIXES = (
    "micro",
    "nano",
    "mini",
    "mega",
    "multi",
    "super",
    "hyper",
    "ultra",
    "sub",
    "over",
    "under",
    "inter",
    "trans",
)


@lru_cache(maxsize=200_000)
def root(word: str) -> str | None:
    """The word a prefixed compound is built on (canonical), or None: microplastic -> plastic."""
    for p in PREFIXES:
        rest = word[len(p) :]
        if word.startswith(p) and len(rest) >= 4 and rest.isalpha():
            return canonical(rest)
    return None


# Suffixes that turn a verb or an adjective into the noun of the same thing (stems, as canonical
# gives them): complet-ion, inspect-ion, recover-y, accept-anc(e), mistak-en; and an adjective in
# -ant/-ent to its noun in -ancy/-ency (pregnant / pregnancy). Not agent nouns ("prison" /
# "prisoner", "employ" / "employer"): they name another thing.
_NOMINAL_SUFFIXES = ("ion", "ation", "ment", "y", "en", "anc", "enc")
_MIN_BASE = 5  # letters of the shorter form


@lru_cache(maxsize=200_000)
def nominal_bases(word: str) -> frozenset[str]:
    """The stems a canonical word is derived from by a nominal suffix ("completion" ->
    "complet", "pregnancy" -> "pregnant", "mistaken" -> "mistak"); empty when it has none."""
    if not word.isalpha():
        return frozenset()
    out = {word[: -len(suf)] for suf in _NOMINAL_SUFFIXES if word.endswith(suf)}
    if word.endswith(("ancy", "ency")):
        out.add(word[:-2] + "t")
    if word.endswith("sis"):
        out.add(word[:-2])  # "diagnosis" -> "diagnos", "analysis" -> "analys"
    return frozenset(b for b in out if len(b) >= _MIN_BASE)


@lru_cache(maxsize=50_000)
def _bases_of(words: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(nominal_bases(w) for w in words))


def derived_match(word: str, words: frozenset[str]) -> bool:
    """Whether one of `words` is `word` in another part of speech: its noun, or the word its
    noun is derived from ("pregnant" / "pregnancy", "complete" / "completion")."""
    return word in _bases_of(words) or bool(nominal_bases(word) & words)


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    for i in range(len(b)):
        if a == b[:i] + b[i + 1 :]:
            return True
    return False


# Words at or above this Zipf frequency (log10 of uses per billion words of general English,
# from the wordfreq package) are everyday vocabulary; rarer ones name specific things.
SPECIFIC_ZIPF = 4.9
COMMON_ZIPF = 3.0  # a word at least this frequent is an everyday word
EVERYDAY_ZIPF = 6.0  # a word this frequent says next to nothing on its own (time, way, people)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common a lower-cased English word is (wordfreq's Zipf frequency), looked up once."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def is_everyday(word: str) -> bool:
    """One of the commonest English words, which name nothing in particular ("time", "way")."""
    return zipf(word.lower()) >= EVERYDAY_ZIPF


@lru_cache(maxsize=200_000)
def is_common_plural(word: str) -> bool:
    """Whether a word is the plural of an everyday noun ("hackers", "farmers"; not "lynx")."""
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and zipf(w[:-1]) >= COMMON_ZIPF


@lru_cache(maxsize=50_000)
def word_classes(word: str) -> frozenset[str]:
    """The parts of speech an English word can be ("recover": VERB; "reefs": NOUN, VERB;
    "wrongly": ADV), from lemminflect's lexicon; empty for a word it does not know."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower()))


def only_verb(word: str) -> bool:
    """A word that can only be a verb ("recover", "lowers", "identified"; not "sleep")."""
    return word_classes(word) == {"VERB"}


def only_adverb(word: str) -> bool:
    """A word that can only be an adverb ("wrongly"; not "early")."""
    return word_classes(word) == {"ADV"}


@lru_cache(maxsize=200_000)
def is_specific(word: str) -> bool:
    """A word rarer than everyday English (coffee, diabetes, bottled; not day, cut, early)."""
    w = word.lower().rstrip("'")
    if w.endswith("'s"):
        w = w[:-2]
    return any(c.isalpha() for c in w) and zipf(w) < SPECIFIC_ZIPF
