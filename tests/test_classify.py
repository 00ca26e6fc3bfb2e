"""Behaviour of the classifier on small cases built in code (the corpus is in test_evaluate)."""

import pytest

from pipelines.claim_parts import claim_parts
from pipelines.classify import DEFAULT, Matcher, TrackedClaim, TrackedStory, classify, prepare
from pipelines.evidence import narrowed, substitution, terms
from pipelines.lexicon import canonical


def one_claim(slug, title, claim, *sources, claim_id=1):
    """A story of one claim (id 1 unless given) and its sources' texts."""
    return TrackedStory(slug, title, (TrackedClaim(claim, claim_id),), sources)


CLAIM = (
    "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump can cause "
    "engine fires."
)
SOURCE = (
    "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump can leak and cause "
    "engine fires, the company said on Tuesday.\nVeltra, founded in 1987, sells about 400,000 "
    "vehicles a year in North America.\nThe Arcadia is the company's best-selling model."
)
RECALL = one_claim("recall", "Veltra recall", CLAIM, SOURCE)
TEA = one_claim(
    "tea",
    "Green tea",
    "Drinking green tea every day cuts the risk of type 2 diabetes by 40 percent.",
    claim_id=2,
)


def event(text, story=RECALL, **kw):
    d = classify(story, text, **kw)
    return d.event if d else None


def test_copy_and_quote_are_picked_up_with_evidence():
    d = classify(RECALL, "Breaking. " + SOURCE.splitlines()[0] + " Read more below.")
    assert d.event == "picked_up"
    assert d.claim_id == 1
    assert "faulty fuel pump" in d.evidence["passage"]
    assert d.evidence["verbatim"] >= 0.6 and "simhash_distance" in d.evidence


def test_paraphrase_and_hedge_are_reworded_with_changed_words():
    d = classify(
        RECALL,
        "Some 48,000 Arcadia sport utility vehicles are being called back by "
        "Veltra over defective fuel pumps that may cause engine fires.",
    )
    assert d.event == "reworded"
    assert d.evidence["changed"]["added"]
    assert (
        event(
            "Veltra Motors is recalling 84,000 Arcadia SUVs because a faulty fuel pump "
            "can cause engine fires."
        )
        == "reworded"
    )


def test_denials_and_corrections_of_the_claim_are_retractions():
    d = classify(
        RECALL,
        "Veltra Motors denied that it is recalling Arcadia SUVs over fuel pump "
        "fires, calling the posts false.",
    )
    assert d.event == "retracted" and "denied" in d.evidence["retracting_sentence"]
    assert (
        event(
            "A blog said Veltra is recalling 48,000 Arcadia SUVs over fuel pump engine fires. "
            "The company dismissed the report on Monday."
        )
        == "retracted"
    )


def test_near_misses_raise_nothing():
    assert (
        event(
            "Hollis Auto is recalling 48,000 Ranger SUVs because a faulty steering column can lock."
        )
        is None
    )
    assert (
        event(
            "Veltra, founded in 1987, sells about 400,000 vehicles a year in North America. "
            "The Arcadia is the company's best-selling model."
        )
        is None
    )
    assert (
        event(
            "Veltra Motors denied reports that it plans to close its Dayton plant, calling "
            "them baseless."
        )
        is None
    )


def test_carrying_the_claim_and_denying_another_is_a_pick_up():
    text = (
        SOURCE.splitlines()[0] + " The company denied reports that the same problem affects "
        "its electric models."
    )
    assert event(text) == "picked_up"


def test_versions_correction_reword_trivial_gone():
    before = CLAIM + "\nOwners will be notified by mail."
    assert (
        event(before + "\nCorrection: Veltra says this report was incorrect.", previous_text=before)
        == "retracted"
    )
    assert event(before.replace("notified", "notifed"), previous_text=before) is None
    # a typo in the claim's own passage fixed: the same wording, nothing to alert
    misspelt = before.replace("recalling", "recaling")
    assert event(before, previous_text=misspelt) is None
    assert (
        event(
            "Veltra might recall some Arcadia SUVs over fuel pumps that could cause engine "
            "fires.\nOwners will be notified by mail.",
            previous_text=before,
        )
        == "reworded"
    )
    d = classify(RECALL, "", previous_text=before, gone=True)
    assert d.event == "retracted" and d.evidence["reason"] == "gone"


def test_sources_raise_no_pick_up_but_their_correction_alerts():
    assert event(SOURCE, is_source=True) is None
    corrected = (
        SOURCE + "\nCorrection: an earlier version of this article wrongly reported a recall."
    )
    assert event(corrected, previous_text=SOURCE, is_source=True) == "retracted"


def test_variants_are_recognised():
    variant = (
        "Arcadia owners are being told to bring their SUVs back to dealers over fuel pump fires."
    )
    story = TrackedStory(
        "recall", "r", (TrackedClaim(CLAIM, 1), TrackedClaim(variant, 9, "variant"))
    )
    d = classify(
        story,
        "Dealers said Arcadia owners are being told to bring their SUVs back to "
        "dealers over fuel pump fires.",
    )
    assert d.event == "picked_up" and d.claim_id == 9


def test_matcher_one_decision_per_story_and_candidate_selection():
    m = Matcher([RECALL, TEA])
    decisions = m.match(
        "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump "
        "can cause engine fires. Green tea remains popular."
    )
    assert [(d.story, d.event) for d in decisions] == [("recall", "picked_up")]
    assert m.match("Nothing related at all in this text about football.") == []
    assert m.match(SOURCE, sources_of=frozenset({"recall"})) == []


SCREENS = one_claim(
    "screens",
    "Screens and glasses",
    "Children who spend more than two hours a day looking at screens are twice as "
    "likely to need glasses.",
    claim_id=3,
)


def test_the_claims_frame_said_of_something_else_is_another_claim():
    # a name-less claim: the same words around a swapped subject or object are a near miss
    assert (
        event(
            "Children who spend more than two hours a day playing outdoors are half as likely "
            "to need glasses, a study found.",
            SCREENS,
        )
        is None
    )
    assert (
        event(
            "Children who spend more than two hours a day looking at screens are twice as "
            "likely to sleep badly, according to a survey of 5,000 families.",
            SCREENS,
        )
        is None
    )
    assert event("Drinking green tea every day cuts the risk of heart disease.", TEA) is None


def test_everyday_words_swapped_and_multipliers_changed_are_rewordings():
    assert (
        event(
            "Kids who stare at screens for over two hours daily have double the chance of "
            "needing glasses, researchers say.",
            SCREENS,
        )
        == "reworded"
    )
    d = classify(
        SCREENS,
        "Children who spend more than two hours a day looking at screens are three times as "
        "likely to need glasses.",
    )
    assert d.event == "reworded" and d.evidence["numbers_changed"]


def test_a_clause_leaving_a_detail_open_hedges_rather_than_retracts():
    # "disputed" / "have not said how many" about a detail qualify the claim; they deny nothing
    d = classify(
        RECALL,
        "Veltra Motors is recalling Arcadia SUVs because a faulty fuel pump can cause engine "
        "fires, though the exact number of vehicles is disputed.",
    )
    assert d.event == "reworded" and "disputed" in d.evidence["qualification"]
    before = CLAIM + "\nOwners will be notified by mail."
    after = (
        "Veltra Motors is recalling Arcadia SUVs because a faulty fuel pump can cause engine "
        "fires, but it has not said how many are affected.\nOwners will be notified by mail."
    )
    assert event(after, previous_text=before) == "reworded"
    # falsity keeps its force inside such a clause, and a denial of the whole is a retraction
    assert (
        event(
            "Veltra Motors is recalling 48,000 Arcadia SUVs over fuel pump engine fires, "
            "a post said, but the company called the figures false."
        )
        == "retracted"
    )


def test_synonyms_prefixed_compounds_and_dropped_figures_still_carry_a_claim():
    plastic = one_claim(
        "plastic",
        "Plastic in salt",
        "Microplastic fragments were found in 90 percent of table salt brands tested "
        "by researchers.",
        claim_id=4,
    )
    # "scientists" ~ researchers, "detected" ~ found, "plastic" is what microplastic names
    d = classify(
        plastic,
        "Scientists detected tiny fragments of plastic in nine out of ten table salt brands "
        "they tested.",
    )
    assert d is not None and d.event == "reworded"
    # no figure at all: the quantity is dropped as a whole, the finding still carried
    assert (
        event(
            "Most table salt brands may contain microplastic fragments, researchers who tested "
            "them suggest.",
            plastic,
        )
        == "reworded"
    )


MAYOR = one_claim(
    "mayor",
    "Mayor resigns",
    "Port Ellery mayor Ruth Oduya has resigned over the lead in its drinking water.",
    claim_id=5,
)
BEES = one_claim(
    "bees",
    "Fungicide and bees",
    "Honeybees exposed to a common fungicide were found to be 40 percent less likely to "
    "find their way back to the hive.",
    claim_id=6,
)


def test_the_claims_subject_with_its_head_negated_is_a_denial():
    d = classify(
        MAYOR, "Ruth Oduya, the Port Ellery mayor, has not resigned over the lead, her aide said."
    )
    assert d.event == "retracted" and d.evidence["cue"] == "negation"
    # the same subject with another verb negated is not a denial of this claim
    assert event("Port Ellery mayor Ruth Oduya has not commented on the lead.", MAYOR) is None


def test_a_call_for_the_claimed_act_and_a_plan_to_look_are_not_the_claim():
    call = "Councillors want Port Ellery mayor Ruth Oduya to resign over the lead in its water."
    assert event(call, MAYOR) is None
    plan = (
        "Scientists will study whether honeybees exposed to a common fungicide are less likely "
        "to find their way back to the hive."
    )
    assert event(plan, BEES) is None
    written_apart = (
        "Honey bees exposed to a common fungicide were found to be 40 percent less likely to "
        "find their way back to the hive, researchers said."
    )
    assert event(written_apart, BEES) == "picked_up"


def test_a_page_reworded_past_its_claims_wording_is_reworded_and_removal_retracts():
    before = "Port Ellery mayor Ruth Oduya has resigned over the lead in its drinking water.\nMore."
    after = "Ruth Oduya has stepped down as mayor of Port Ellery.\nMore."
    assert event(after, MAYOR, previous_text=before) == "reworded"
    removed = "The city council meets on Tuesday.\nMore."
    d = classify(MAYOR, removed, previous_text=before)
    assert d.event == "retracted" and d.evidence["reason"] == "claim removed"


BREACH = one_claim(
    "breach",
    "Zentrix breach",
    "Hackers broke into Zentrix's customer database and stole the card details of "
    "2.6 million users.",
    "Hackers broke into Zentrix's customer database and stole the card details of 2.6 "
    "million users, a researcher said.\nZentrix sells smart thermostats.",
)
OTTERS = one_claim(
    "otters",
    "Otters breed",
    "Otters that were released on the river Semble three years ago have bred in the "
    "wild for the first time.",
)


def test_a_sentence_initial_common_plural_is_not_a_name():
    # "Hackers" is not a name: another company in the claim's frame is another claim
    other = (
        "Hackers broke into the customer database of Brolly, a ticket seller, and stole the "
        "card details of 1.1 million users, the company said."
    )
    assert event(other, BREACH) is None
    # the irregular verbs carry in any tense: "had broken into ... stolen"
    light_edit = (
        "A researcher said on Monday that hackers had broken into Zentrix's customer database "
        "and stolen the card details of 2.6 million users."
    )
    assert event(light_edit, BREACH) == "picked_up"


def test_another_animal_where_the_claim_starts_is_another_claim():
    martens = (
        "Beavers that were released on the river Semble five years ago have bred in the wild "
        "for the first time, a wildlife trust said."
    )
    assert event(martens, OTTERS) is None


def test_a_fact_check_verdict_far_below_the_quoted_claim_retracts_it():
    page = (
        "Fact check: did hackers steal Zentrix card data?\n"
        "The claim: \"Hackers broke into Zentrix's customer database and stole the card details "
        'of 2.6 million users." It has been shared widely since Monday.\n'
        "We asked the researcher for the files. They came from an older leak at another shop.\n"
        "Two security firms checked them and found no Zentrix customers among them.\n"
        "Our verdict: false. The leaked cards did not come from Zentrix."
    )
    d = classify(BREACH, page)
    assert d.event == "retracted" and d.evidence["reason"] == d.evidence["cue"] == "verdict"
    assert d.evidence["retracting_sentence"] == "Our verdict: false."
    # a verdict that finds it true is no retraction
    assert event(
        page.replace("false. The leaked cards did not", "true. The cards did"), BREACH
    ) == ("picked_up")


def test_a_bare_verdict_line_judges_the_claim_the_page_checks():
    page = (
        "Fact check: did hackers steal Zentrix card data?\n"
        "A post said hackers broke into Zentrix's customer database and stole the card details "
        "of 2.6 million users.\nThe files came from an older leak at another shop.\n"
        "Verdict: incorrect."
    )
    d = classify(BREACH, page)
    assert d.event == "retracted" and d.evidence["retracting_sentence"] == "Verdict: incorrect."


def test_a_sentence_put_in_place_of_the_claim_rewords_it():
    before = (
        "Zentrix hit by breach\nHackers broke into Zentrix's customer database and stole the card "
        "details of 2.6 million users, a researcher said.\nZentrix said it was investigating."
    )
    after = (
        "Zentrix hit by breach\nCard numbers of 2.6 million Zentrix customers were taken by "
        "attackers who got into the company's records, a researcher said.\n"
        "Zentrix said it was investigating."
    )
    d = classify(BREACH, after, previous_text=before)
    assert d.event == "reworded" and "2.6 million Zentrix customers" in d.evidence["passage"]
    dropped = "Zentrix hit by breach\nZentrix said it was investigating."
    d = classify(BREACH, dropped, previous_text=before)
    assert d.event == "retracted" and d.evidence["reason"] == "claim removed"


def test_a_sentence_in_place_of_a_claim_opening_with_an_english_word_rewords_it():
    # "Pensioners" is a rare word, but English: the capital of the first word names no one, so
    # the sentence put in its place needs no name to be the claim reworded
    story = one_claim(
        "swim",
        "Swimming and falls",
        "Pensioners who swim twice a week are 20 percent less likely to have a fall.",
    )
    before = (
        "Swimming in later life\nPensioners who swim twice a week are 20 percent less likely to "
        "have a fall, the ten-year study found.\nPools are cheap to use off-peak."
    )
    after = before.replace(
        "Pensioners who swim twice a week are 20 percent less likely to have a fall",
        "Over-70s in the pool twice weekly or more had a one-in-five lower risk of a fall",
    )
    d = classify(story, after, previous_text=before)
    assert d.event == "reworded" and "Over-70s" in d.evidence["passage"]


def test_appear_to_hedges_and_a_negated_head_about_the_subject_denies():
    hedged = (
        "Otters that were released on the river Semble three years ago appear to have bred in "
        "the wild for the first time."
    )
    assert event(hedged, OTTERS) == "reworded"
    assert event("The otters were seen on the river Semble and appeared in a film.", OTTERS) is None
    denial = "A national agency said the otters released on the river Semble had not bred."
    d = classify(OTTERS, denial)
    assert d.event == "retracted" and d.evidence["cue"] == "negation"


def test_an_update_withdrawing_the_claim_retracts_it():
    before = (
        "Zentrix card data for sale\nHackers broke into Zentrix's customer database and stole "
        "the card details of 2.6 million users, a researcher said.\nZentrix is investigating."
    )
    after = before + (
        "\nUpdate: the researcher has withdrawn the claim, saying the files came from another "
        "shop. This article has been amended."
    )
    d = classify(BREACH, after, previous_text=before)
    assert d.event == "retracted" and d.evidence["reason"] == "correction"


def test_a_claim_negative_in_itself_is_not_denied_by_saying_it_with_not():
    story = one_claim(
        "reading",
        "Reading",
        "The share of pupils who left primary school without reaching the expected "
        "standard in reading rose to 27 percent this year.",
    )
    page = (
        "The share of pupils who did not reach the expected standard in reading when they left "
        "primary school rose to 27 percent this year, official figures show."
    )
    assert event(page, story) in ("reworded", "picked_up")


OUTAGE = one_claim(
    "outage",
    "Corvane outage",
    "A faulty software update at Corvane knocked 1.8 million mobile customers offline on Sunday.",
    claim_id=31,
)


def test_a_contrast_setting_the_claims_subject_aside_retracts_it():
    d = classify(
        OUTAGE,
        "The regulator's first report on Sunday's mobile failure found that it was caused by a "
        "flooded exchange, not by a software update. About 200,000 Corvane customers lost "
        "service, it said.",
    )
    assert d.event == "retracted" and d.evidence["cue"] == "contrast"
    assert "not by a software update" in d.evidence["retracting_sentence"]
    # a contrast about something else the page says leaves the claim standing
    assert (
        event(
            "A faulty software update at Corvane knocked 1.8 million mobile customers offline on "
            "Sunday, hitting calls, not only data. Engineers worked through the night.",
            OUTAGE,
        )
        == "picked_up"
    )


def test_a_denial_naming_the_claims_subject_and_head_retracts_it():
    story = one_claim(
        "ban",
        "Osei ban",
        "Cyclist Amara Osei has been banned from racing for two years after testing "
        "positive for a banned diuretic at the national road championships.",
        claim_id=41,
    )
    d = classify(
        story,
        "The cycling integrity unit has denied that Amara Osei has been banned, saying reports "
        "of a two-year suspension for the cyclist were wrong. Her hearing has not been set.",
    )
    assert d.event == "retracted"


def test_a_modal_in_a_later_clause_does_not_hedge_a_quoted_claim():
    quote = (
        f'"{CLAIM}" the dealer association noted in a memo, warning that repair backlogs could '
        "last into the spring."
    )
    assert event(quote) == "picked_up"
    assert (
        event(
            "Veltra Motors may be recalling 48,000 Arcadia SUVs because a faulty fuel pump "
            "can cause engine fires."
        )
        == "reworded"
    )


def test_another_verb_and_a_rounded_hedged_figure_are_no_substitution():
    story = one_claim(
        "main",
        "Dellmont burst main",
        "A burst water main at Dellmont station flooded 40 homes on Monday.",
        claim_id=51,
    )
    d = classify(
        story,
        "A burst water main at Dellmont station reportedly swamped as many as 40 homes on Monday.",
    )
    assert d is not None and d.event == "reworded" and "reportedly" in d.evidence["hedges"]


def test_a_hedged_second_verb_after_would_likely_is_no_substitution():
    story = one_claim(
        "latin",
        "Latin entries",
        "Entries for Latin exams taken at 18 fell by 4 percent this year and reached their "
        "lowest level in 15 years.",
        claim_id=65,
    )
    page = (
        "Early figures suggest that entries for Latin exams at 18 fell by about 4 percent this "
        "year, which would likely leave them at their lowest level in 15 years."
    )
    assert event(page, story) == "reworded"


def test_the_same_frame_with_another_subject_and_figure_is_another_claim():
    story = one_claim(
        "history",
        "History entries",
        "Entries for history exams taken at 18 fell by 4 percent this year.",
        claim_id=68,
    )
    # another subject in the claim's frame with a figure of its own: another claim
    assert event("Entries for music exams taken at 18 fell by 7 percent this year.", story) is None
    # the claim's subject with another figure: a changed number
    changed = "Entries for history exams taken at 18 fell by 7 percent this year."
    assert event(changed, story) == "reworded"
    # the claim's figure kept: a light edit, whatever the subject's wording
    assert event("Entries for history exams at 18 fell 4 percent this year.", story) in (
        "reworded",
        "picked_up",
    )


def test_another_named_body_doing_the_same_is_another_claim():
    story = one_claim(
        "ambulance",
        "Pelham ambulance target",
        "The target response time for stroke calls has been extended from 18 minutes to 30 "
        "minutes by the Pelham Ambulance Service.",
        claim_id=73,
    )
    # "Pelham Ambulance Service" is a body's name, not a title and a full name: another
    # ambulance service doing the same is another claim
    other = (
        "The target response time for stroke calls has been extended from 20 minutes to 40 "
        "minutes by the Denby Ambulance Service, which says its rural area makes it impossible."
    )
    assert event(other, story) is None
    same = (
        "The Pelham Ambulance Service has extended its target response time for stroke calls "
        "from 18 to 30 minutes."
    )
    assert event(same, story) in ("picked_up", "reworded")


def test_another_named_winner_is_another_claim_even_with_the_claims_names():
    story = one_claim(
        "cup",
        "Harwick cup final",
        "Harwick won the county cup final by two goals in front of a record crowd of 9,000.",
        claim_id=74,
    )
    other = (
        "Selby won the county cup final by a single goal on Saturday, ending a run of three "
        "defeats by Harwick. The crowd of 8,200 fell short of the record."
    )
    assert event(other, story) is None
    same = "Harwick won the county cup final by two goals before a record crowd of 9,000."
    assert event(same, story) in ("picked_up", "reworded")


def test_another_named_person_in_the_claims_frame_is_another_claim():
    story = one_claim(
        "licence",
        "Halloway taxi licence",
        "Kestrel Vale Council upheld its decision to suspend taxi driver Owen Halloway's "
        "licence for six months.",
        claim_id=76,
    )
    # the council's name is kept, but another driver stands where the claim's driver was
    other = (
        "Kestrel Vale Council upheld its decision to suspend taxi driver Priya Lindqvist's "
        "licence for six months, after a hearing on Monday."
    )
    assert event(other, story) is None
    same = (
        "Kestrel Vale Council has upheld its decision to suspend taxi driver Owen Halloway's "
        "licence for six months."
    )
    assert event(same, story) in ("picked_up", "reworded")


def test_the_accused_denying_wrongdoing_does_not_retract_the_action_taken():
    story = one_claim(
        "ban",
        "Marr racing ban",
        "The Ostland Cycling Union has banned rider Tomas Marr for two years for using a "
        "hidden motor in a race.",
        claim_id=77,
    )
    quoted = (
        "The Ostland Cycling Union has banned rider Tomas Marr for two years for using a "
        "hidden motor in a race. Marr denies cheating and will appeal."
    )
    assert event(quoted, story) == "picked_up"
    hedged = (
        "Rider Tomas Marr is reportedly set to be banned for two years by the Ostland Cycling "
        "Union over claims he used a hidden motor in a race. Marr has said he did nothing wrong."
    )
    assert event(hedged, story) == "reworded"
    # a denial of the action itself still retracts
    denied = (
        "The Ostland Cycling Union has denied banning rider Tomas Marr, after posts online said "
        "that he had been suspended for two years over a hidden motor."
    )
    assert event(denied, story) == "retracted"


def test_another_verb_putting_the_same_figure_is_no_substitution():
    story = one_claim(
        "tuition",
        "Music tuition fees",
        "The average fee for a term of violin lessons has risen by 18 percent in two years and "
        "now stands at 240 pounds.",
        claim_id=78,
    )
    close = (
        "A term of violin lessons now costs families an average of 240 pounds, 18 percent more "
        "than it did two years ago, teachers say."
    )
    assert event(close, story) == "reworded"


def test_an_active_paraphrase_with_a_synonym_of_the_verb_is_reworded():
    story = one_claim(
        "appeal",
        "Dunmore conviction",
        "Ivo Marsh's conviction for the robbery of a Dunmore jeweller was quashed by the Court of "
        "Appeal.",
        claim_id=75,
    )
    page = (
        "Appeal judges have overturned the robbery conviction of Ivo Marsh, who spent six years "
        "in prison for raiding a jeweller's shop in Dunmore."
    )
    assert event(page, story) == "reworded"


def test_awarded_is_won_when_a_contrast_sets_it_aside():
    story = one_claim(
        "ferries",
        "Harnett ferries",
        "Harnett Builders has won a £40 million order for 12 new ferries.",
        claim_id=69,
    )
    contrast = (
        "Harnett Builders has been named preferred bidder for a £40 million order for 12 new "
        "ferries, not awarded it, the operator said on Thursday."
    )
    d = classify(story, contrast)
    assert d is not None and d.event == "retracted"
    assert event(
        "Harnett Builders has been awarded a £40 million deal for 12 new ferries.", story
    ) == ("reworded")


def test_at_least_is_a_bound_not_a_word_two_findings_share():
    story = one_claim(
        "knees",
        "Cycling and knee pain",
        "Adults who cycle at least twice a week are 30 percent less likely to have chronic knee "
        "pain than those who do not cycle.",
        claim_id=70,
    )
    page = (
        "Adults over 70 who eat oily fish at least three times a week are 25 percent less likely "
        "to lose their memory, according to a study that followed 9,000 people.\n"
        "Those who ate fish less than once a month had a 30 percent higher risk, the authors said."
    )
    assert event(page, story) is None


def test_wages_going_up_are_a_pay_rise():
    story = one_claim(
        "pay",
        "Brackley pay",
        "Brackley Foods said its 2,400 warehouse workers would receive a 5 percent pay rise "
        "from May.",
        claim_id=66,
    )
    page = (
        "Warehouse staff at Brackley Foods, all 2,400 of them, will see their wages go up by 5 "
        "percent in May, the company has told them."
    )
    assert event(page, story) == "reworded"


def test_coming_into_force_is_taking_effect():
    story = one_claim(
        "parking",
        "Pavement parking ban",
        "The transport secretary, Idris Vane, said the ban on pavement parking in Corbridge would "
        "take effect on 1 June.",
        claim_id=67,
    )
    page = (
        "Idris Vane, the transport secretary, said the pavement parking ban in Corbridge would "
        "come into force in June."
    )
    assert event(page, story) == "reworded"


CHARGES = one_claim(
    "charges",
    "Okoro charges",
    "Attorney General Ruth Okoro said her office will drop all charges against the nine "
    "farmers arrested at the Lisk border crossing in March.",
    claim_id=61,
)


def test_what_a_named_person_said_denied_or_corrected_is_retracted():
    assert (
        event(
            "The justice ministry said no decision had been taken on the charges against the nine "
            "farmers arrested at the Lisk crossing in March, contradicting reports that Attorney "
            "General Ruth Okoro had said they would all be dropped.",
            CHARGES,
        )
        == "retracted"
    )
    said = (
        "In a report on Monday we said that Attorney General Ruth Okoro had announced that all "
        "charges against the nine farmers arrested at the Lisk border crossing would be dropped. "
        "In fact Ms Okoro said charges against three of the nine would be dropped."
    )
    assert event(said + " We apologise for the error.", CHARGES) == "retracted"
    # the subject "her office" is whom the attribution names: her office's own words carry it
    assert event(
        "Okoro's office will drop all charges against the nine farmers arrested at the Lisk "
        "border crossing in March, the attorney general said.",
        CHARGES,
    ) in ("picked_up", "reworded")


def test_a_title_before_a_full_name_need_not_be_repeated():
    swimmer = one_claim(
        "swimmer",
        "Ban",
        "Swimmer Tamsin Orrell has been banned from competition for two years after "
        "testing positive for a prohibited diuretic at the spring trials.",
        claim_id=9,
    )
    hedged = (
        "Tamsin Orrell has reportedly been handed a two-year ban after a diuretic turned up in "
        "a sample from the spring trials, though the federation has yet to confirm it."
    )
    assert event(hedged, swimmer) == "reworded"
    other = (
        "Swimmer Lena Marsh has been banned from competition for two years after testing "
        "positive for a prohibited diuretic at the spring trials."
    )
    assert event(other, swimmer) is None  # the same title names someone else


def test_an_update_withdrawing_the_new_attribution_retracts_it():
    story = one_claim(
        "attribution",
        "Attribution",
        "The Oslend Gallery says its landscape Winter Mill was painted by Ada Fenwright.",
        claim_id=5,
    )
    before = (
        "Gallery names new painter\nThe Oslend Gallery says its landscape Winter Mill was painted "
        "by Ada Fenwright, the curator announced.\nThe picture returns to the walls next month."
    )
    after = before + "\nUpdate: the Oslend Gallery has withdrawn the new attribution."
    d = classify(story, after, previous_text=before)
    assert d.event == "retracted"


ROCKET = one_claim(
    "rocket",
    "Velor rocket",
    "A Velor-2 rocket exploded 30 seconds after lift-off from the Tarsk spaceport and "
    "destroyed the three satellites it carried.",
)


@pytest.mark.parametrize("typo", ["spacport", "spaecport"])  # a letter dropped, two swapped
def test_a_fixed_typo_in_a_page_that_carried_the_claim_is_no_event(typo):
    before = (
        f"Rocket lost after launch\nA Velor-2 rocket exploded 30 seconds after lift-off from the "
        f"Tarsk {typo} and destroyed the three satellites it carried.\nIt was the first failure "
        "in nine flights."
    )
    after = before.replace(typo, "spaceport").replace("launch\n", "launch\nUpdated 10:05\n")
    assert event(after, ROCKET, previous_text=before) is None
    assert event(before, ROCKET) == "picked_up"  # a typo is not another word in the claim's slot


@pytest.mark.parametrize(
    ("claim", "copy"),
    [
        (  # "less" for "fewer" is usage, not another word in the claim's slot
            "Office workers who take fewer than two breaks a day are 30 percent more likely to "
            "report back pain than those who take more.",
            "Office workers who take less than two breaks a day are 30 percent more likely to "
            "report back pain than those who take more, a survey of 900 staff found.",
        ),
        (  # "vessels" for "ships"
            "Harlan Lines, which is the largest ferry operator on the Adriatic, has ordered 8 "
            "battery-powered ships worth 600 million euros.",
            "Harlan Lines, the largest ferry operator on the Adriatic, has ordered 8 "
            "battery-powered vessels worth 600 million euros, according to a trade journal.",
        ),
        (  # the subject is the chain the attribution named, and the copy names it
            "The head of supermarket chain Tolby, Ann Reyes, said the chain would shut the cafes "
            "in 40 of its 95 stores by June.",
            "Tolby will shut the cafes in 40 of its 95 stores by June, the supermarket's head, "
            "Ann Reyes, said on Monday.",
        ),
    ],
)
def test_a_light_edit_is_a_pick_up(claim, copy):
    story = one_claim("edit", "Edit", claim)
    assert event(copy + "\nMore details will follow.", story) == "picked_up"


def test_a_shortened_compound_keeps_a_copy_a_pick_up():
    fires = one_claim(
        "fires",
        "Fires",
        "A record 52,000 hectares of forest and heathland have burned this year, the "
        "most since national records began.",
    )
    page = (
        "A record 52,000 hectares of forest and heath have burned this year, officials said on "
        "Monday, the most since national records began."
    )
    assert event(page, fires) == "picked_up"


def test_expected_to_hedges_a_copied_claim():
    page = (
        "Veltra Motors is expected to recall 48,000 Arcadia SUVs because a faulty fuel pump can "
        "cause engine fires, people familiar with the matter said."
    )
    d = classify(RECALL, page)
    assert d.event == "reworded" and "expected" in d.evidence["hedges"]


TERMINAL = one_claim(
    "terminal",
    "Mellin terminal",
    "A £250 million contract to build a new ferry terminal at Port Mellin has been "
    "awarded to Osgood Marine.",
)


def test_a_word_that_begins_like_a_falsity_cue_is_not_one():
    page = (
        "Port Mellin has picked Osgood Marine to build its new ferry terminal under a contract "
        "worth more than £240 million.\nLocal firms hope the project will bring work to the "
        "town's steel fabricators."
    )
    d = classify(TERMINAL, page)
    assert d.event == "reworded" and d.evidence["numbers_changed"]


def test_never_marked_says_unmarked_again_not_its_negation():
    source = (
        "The Tarn Examinations Board will regrade 9,000 physics papers after a scanning fault "
        "left some answers unmarked, the board said.\nNo grade will go down."
    )
    exams = one_claim(
        "exams",
        "Tarn regrade",
        "The Tarn Examinations Board will regrade 9,000 physics papers after a scanning "
        "fault left some answers unmarked.",
        source,
    )
    now = (
        "Some 9,000 physics papers will be regraded by the Tarn Examinations Board after a "
        "scanning fault meant that some answers were never marked, the board said.\nNo grade "
        "will go down."
    )
    assert event(now, exams, previous_text=source, is_source=True) == "reworded"


def test_a_figure_restated_rounded_or_as_a_fraction_carries_the_claim():
    deaths = one_claim(
        "deaths",
        "Cycling deaths",
        "Cycling deaths fell by 12 percent last year to 240, the lowest figure since "
        "records began.",
    )
    page = (
        "Cycling deaths dropped to nearly 250 last year, about one in eight fewer than the year "
        "before and the lowest number since records began."
    )
    d = classify(deaths, page)
    assert d.event == "reworded" and d.evidence["numbers_changed"]
    assert {"12", "240", "percent"} <= set(d.evidence["matched_terms"])


BRIDGE = one_claim(
    "bridge",
    "Tarrow bridge",
    "Councillor Mara Quist said Hollin City Council will close the Tarrow Bridge to cars "
    "from May and turn it into a cycling route.",
)


def test_a_denial_that_the_speaker_said_it_retracts_what_she_said():
    page = (
        "Councillor Mara Quist did not say that the Tarrow Bridge will close to cars in May, her "
        "office said on Thursday.\nWhat the council approved was a study of a possible closure."
    )
    d = classify(BRIDGE, page)
    assert d.event == "retracted" and "did not say" in d.evidence["cue"]
    # that she did not say *when* is no denial
    vague = page.replace("did not say that the Tarrow Bridge will close", "did not say when the")
    assert event(vague, BRIDGE) != "retracted"
    # the denial need not name the bridge again: the speaker and what she is said to have said
    unnamed = (
        "Mara Quist did not say that the bridge would close to cars in May, her office said on "
        "Thursday."
    )
    assert event(unnamed, BRIDGE) == "retracted"


BOARD = one_claim(
    "board",
    "Tarn regrade",
    "The Tarn Examinations Board, which runs the national school-leaving exams, will "
    "regrade 9,000 physics papers after a scanning fault left some answers unmarked.",
)


def test_a_relative_clause_set_off_by_commas_is_background_not_the_claim():
    note = (
        "Correction\nAn article on 16 May said that the Tarn Examinations Board will regrade "
        "9,000 physics papers after a scanning fault. That was wrong. The board is checking a "
        "sample of papers and has not decided to regrade any."
    )
    assert event(note, BOARD) == "retracted"


def test_correcting_earlier_reports_is_a_correction_cue():
    page = (
        "It was chemistry papers, not physics papers, that a scanning fault left partly "
        "unmarked, the Tarn Examinations Board said on Saturday, correcting reports published "
        "the day before.\nThe board will regrade 2,100 chemistry scripts."
    )
    d = classify(BOARD, page)
    assert d.event == "retracted" and d.evidence["cue"].startswith("correcting reports")


def test_a_figure_and_its_unit_dropped_together_leave_no_substitution():
    page = (
        "A Velor-2 rocket appears to have exploded shortly after lift-off from Tarsk and "
        "destroyed the three satellites it carried, according to amateur trackers."
    )
    d = classify(ROCKET, page)
    assert d.event == "reworded" and "appears" in d.evidence["hedges"]


CLINIC = one_claim(
    "clinic",
    "Dorran clinic delay",
    "Health Secretary Mara Lindqvist said the new Dorran Eye Clinic will open in 2029, three "
    "years later than planned.",
)


def test_not_until_puts_the_claim_off_rather_than_denying_it():
    page = (
        "The new Dorran Eye Clinic will not open until 2029, three years later than planned, "
        "according to Health Secretary Mara Lindqvist."
    )
    assert event(page, CLINIC) in ("picked_up", "reworded")
    assert event(page.replace(" until ", " in "), CLINIC) == "retracted"


def test_a_denial_that_the_speaker_had_said_it_retracts_it_without_that():
    page = (
        "The health department said Mara Lindqvist had not said the new Dorran Eye Clinic "
        "would open in 2029, and that the original date stands."
    )
    d = classify(CLINIC, page)
    assert d.event == "retracted" and d.evidence["cue"] == "had not said"


PAROLE = one_claim(
    "parole",
    "Parole errors",
    "A record 311 offenders were released early by mistake last year, almost three times as "
    "many as the year before.",
)


def test_an_adverb_of_error_says_a_claim_about_a_mistake_again():
    page = (
        "A record 311 offenders were wrongly released early last year, almost three times as "
        "many as the year before, officials said."
    )
    assert event(page, PAROLE) != "retracted"
    # the adjective still judges a report of it
    assert (
        event(
            "Reports that 311 offenders were released early by mistake last year were "
            "wrong, the prisons service said.",
            PAROLE,
        )
        == "retracted"
    )


def test_a_denier_named_before_a_pronoun_is_the_denied_subject():
    depots = one_claim(
        "depots",
        "Harlow depots",
        "Harlow Freight will close 14 of its 60 depots by the end of June and move the work to "
        "two new hubs.",
    )
    page = "Harlow Freight has denied that it will close 14 of its depots by the end of June."
    d = classify(depots, page)
    assert d.event == "retracted" and d.evidence["cue"] == "denied"


FINE = one_claim(
    "fine",
    "Osterby fine",
    "Osterby Chemicals admitted 12 illegal waste spills into the River Marn and was fined "
    "£8.2 million.",
)


def test_a_contrast_setting_the_claims_figure_aside_corrects_it():
    page = (
        "An article on Monday said Osterby Chemicals admitted 12 illegal waste spills into the "
        "River Marn and was fined £8.2 million. The fine was £0.82 million, not £8.2 million."
    )
    d = classify(FINE, page)
    assert d.event == "retracted" and d.evidence["cue"] == "contrast"
    # a contrast that sets aside some other figure leaves the claim standing
    page = (
        "Osterby Chemicals admitted 12 illegal waste spills into the River Marn and was fined "
        "£8.2 million, not the £10 million prosecutors had asked for."
    )
    assert event(page, FINE) == "picked_up"
    # a corrected figure near enough to match the old one still sets it aside
    page = (
        "Osterby Chemicals admitted 12 illegal waste spills into the River Marn. It was fined "
        "£8.9 million, not £8.2 million as first reported."
    )
    assert event(page, FINE) == "retracted"


@pytest.mark.parametrize(
    "apology",
    [
        "We apologise for the errors.",
        "We are sorry for the mistake.",
        "We apologise to the residents of Marnford for the error.",  # to whom, then for what
    ],
)
def test_an_apology_for_errors_is_a_correction_cue(apology):
    page = (
        "On Monday we said Osterby Chemicals admitted 12 illegal waste spills into the River "
        f"Marn and was fined £8.2 million. {apology}"
    )
    assert event(page, FINE) == "retracted"


def test_a_negation_in_a_clause_the_speaker_adds_is_not_the_claim_negated():
    page = (
        "Firms upstream have been warned before.\nOsterby Chemicals admitted 12 illegal waste "
        "spills into the River Marn and was fined £8.2 million, its lawyer said, adding that the "
        "firm would not appeal."
    )
    assert event(page, FINE) == "picked_up"


def test_a_claim_sentence_rewritten_as_two_sentences_rewords_the_page():
    race = one_claim(
        "race",
        "Ostrova rally",
        "Pia Lindahl won the Ostrova Rally by 9 seconds after taking the lead on the final "
        "forest stage.",
    )
    before = "Live: Ostrova Rally\n" + race.claims[0].text + "\nMoretti was second."
    after = (
        "Live: Ostrova Rally\nLindahl is the Ostrova Rally champion. She passed Moretti on the "
        "last forest stage and held on to the finish, 9 seconds clear.\nMoretti was second."
    )
    d = classify(race, after, previous_text=before)
    assert d.event == "reworded" and d.evidence["reason"] == "page reworded"


def test_the_same_words_a_speaker_said_of_another_subject_are_another_claim():
    page = (
        "Health Secretary Mara Lindqvist said the new Harwell Dental Centre will open in 2029, "
        "three years later than planned, after its builder collapsed."
    )
    assert event(page, CLINIC) is None
    assert event(page.replace("Harwell Dental Centre", "Dorran Eye Clinic"), CLINIC) == (
        "picked_up"
    )


SNOW = one_claim(
    "snow",
    "Velka snowfall",
    "Velka recorded 88 centimetres of snow in 24 hours on Sunday, the most ever measured in a "
    "single day in the country.",
)


def test_a_forecast_or_preview_of_what_the_claim_reports_as_done_is_not_the_claim():
    forecast = (
        "Up to 85 centimetres of snow could fall on Velka in 24 hours from Saturday night, "
        "forecasters warned, which would be close to the national record for a single day."
    )
    assert event(forecast, SNOW) is None
    hedged = (
        "Velka may have set a national record for a single day's snowfall on Sunday, with "
        "provisional readings suggesting that nearly 90 centimetres fell in 24 hours."
    )
    assert event(hedged, SNOW) == "reworded"
    expected = (
        "Forecasters expect Velka to record as much as 88 centimetres of snow in 24 hours on "
        "Sunday, close to the most ever measured in a single day in the country."
    )
    assert event(expected, SNOW) is None
    # another verb, in the future, before anything said of the subject
    planned = (
        "Velka will get new snow gauges on Sunday, able to measure 88 centimetres in 24 hours, "
        "the most of any single gauge in the country."
    )
    assert event(planned, SNOW) is None
    buried = (
        "Velka was buried under 88 centimetres of snow in 24 hours on Sunday, the most ever "
        "measured in a single day in the country, and roads could stay closed for days."
    )
    # a light edit (one verb swapped, the rest word for word); the "could" of the clause after
    # the claim hedges nothing, though "days" says a claim word again
    assert event(buried, SNOW) == "picked_up"


TELESCOPE = one_claim(
    "telescope",
    "Orla telescope",
    "Astronomers using the Orla telescope have detected methane on the moon Tessary, 40 "
    "light years away.",
)


@pytest.mark.parametrize(
    ("story", "before", "update", "retracts", "negated", "affirmed"),
    [
        pytest.param(
            SNOW,
            "Velka snowed in\n" + SNOW.claims[0].text + "\nCrews worked through the night.",
            "\nUpdate: the weather service now says the Velka gauge was faulty and that no "
            "record was set.",
            "no record",
            "that no record was set",
            "that a record was set",
            id="of-its-subject",
        ),
        pytest.param(
            TELESCOPE,
            TELESCOPE.claims[0].text + "\nThe moon circles a gas giant.",
            "\nUpdate: The team has since said the reading came from its own instrument, and "
            "that no methane has been detected on Tessary.",
            "no methane",
            "no methane has been",
            "methane has been",
            id="without-naming-the-subject",
        ),
    ],
)
def test_an_update_negating_the_claims_head_corrects_it(
    story, before, update, retracts, negated, affirmed
):
    after = before + update
    d = classify(story, after, previous_text=before)
    assert d.event == "retracted" and retracts in d.evidence["retracting_sentence"]
    # the same sentence without the negation corrects nothing
    assert event(after.replace(negated, affirmed), story, previous_text=before) is None


def test_a_denial_that_anyone_said_an_unattributed_claim_retracts_it():
    fares = one_claim(
        "fares",
        "Tram fares",
        "Tram fares in Osmund were raised by an average of 7 percent over the past year.",
    )
    page = (
        "The operator's spokeswoman said reports of the figure had caused confusion. \"We never "
        'said tram fares in Osmund rose by 7 percent," she said.'
    )
    d = classify(fares, page)
    assert d.event == "retracted" and d.evidence["cue"] == "never said"


def test_a_plan_for_what_the_claim_reports_as_done_is_not_the_claim():
    wolves = one_claim(
        "wolves",
        "Mardale wolves",
        "Wolves that were released in the Mardale Forest three years ago have bred in the wild "
        "for the first time.",
    )
    page = (
        "The Mardale Forest Trust will release five more wolves next spring, in the hope that "
        "a larger pack will breed in the wild for the first time."
    )
    assert event(page, wolves) is None


def test_a_light_edit_keeping_every_term_of_the_claim_is_a_pick_up():
    rail = one_claim(
        "rail",
        "Osmund rail",
        "Passenger journeys on Osmund railways rose 9 percent last year to 412 million, the "
        "highest since records began, according to the transport ministry.",
    )
    edited = (
        "Passenger journeys on railways in Osmund rose by 9 percent last year to 412 million, "
        "the highest since records began, the transport ministry said."
    )
    d = classify(rail, edited)
    assert d.event == "picked_up" and d.evidence["verbatim"] < DEFAULT.verbatim
    # the same edit with a word of the claim put in other words is a rewording
    assert event(edited.replace("the highest since", "the most on record since"), rail) == (
        "reworded"
    )


SWIM = one_claim(
    "swim",
    "Swimming and back pain",
    "Swimming for at least three hours a week eases back pain and improves sleep in adults over "
    "50, according to a study of 2,600 people.",
)


def test_the_same_finding_of_another_activity_is_another_claim():
    page = (
        "Cycling for at least three hours a week eases back pain and improves sleep in adults "
        "over 50, according to a study of 1,900 people."
    )
    assert event(page, SWIM) is None
    assert event(page.replace("Cycling", "Swimming"), SWIM) is not None


def test_advice_to_do_what_a_finding_is_about_is_not_the_finding():
    advice = (
        "Adults over 50 should try to swim for at least three hours a week, a charity advised "
        "on Monday, as it launched a campaign on back pain and poor sleep."
    )
    assert event(advice, SWIM) is None


QUOTA = one_claim(
    "quota",
    "Herring quota",
    "The Northern Waters Board has cut next year's herring quota by 30 percent, to 20,000 tonnes.",
)


def test_a_call_for_the_claims_decision_is_not_it_even_beside_the_next_sentence():
    page = (
        "Scientists call for a deep herring cut\nScientists advising the Northern Waters Board "
        "have recommended that next year's herring quota be cut by 45 percent, to about 16,000 "
        "tonnes. Their report says a smaller cut would risk the stock's collapse."
    )
    assert event(page, QUOTA) is None


def test_a_fact_check_naming_the_finding_without_its_study_is_judged_by_its_verdict():
    page = (
        "Does swimming really ease back pain?\nA claim that swimming for at least three hours a "
        "week eases back pain and improves sleep in adults over 50 has been shared thousands of "
        "times this week.\nWe read the study. Once the researchers allowed for age and income, "
        "the difference in pain disappeared, and sleep did not change.\nOur verdict: false."
    )
    d = classify(SWIM, page)
    assert d.event == "retracted" and d.evidence["reason"] == "verdict"


def test_the_author_saying_reports_misrepresent_her_study_denies_the_claim():
    page = (
        "The lead author of a study of 2,600 people has said that reports claiming swimming eases "
        "back pain and improves sleep in adults over 50 misrepresent her findings."
    )
    d = classify(SWIM, page)
    assert d.event == "retracted" and "misrepresent" in d.evidence["cue"]


def test_a_correction_note_closing_with_an_apology_reaches_back_to_what_it_quoted():
    page = (
        "Correction\nAn article on Monday said that the Northern Waters Board has cut next year's "
        "herring quota by 30 percent, to 20,000 tonnes. The cut is 13 percent; 30 percent is the "
        "cut in the mackerel quota. Nor is the new herring quota the lowest on record, as it was "
        "lower in 2019. We apologise for the error."
    )
    d = classify(QUOTA, page)
    assert d.event == "retracted" and d.evidence["reason"] == "denial"
    assert "apologise" in d.evidence["retracting_sentence"]


def test_a_contrast_denying_a_reported_statement_need_not_name_its_speaker():
    page = (
        "Health officials said reports of a delay at the Dorran clinic mixed up two projects.\n"
        "It is the Orvey Dental Centre, not the Dorran Eye Clinic, that will open in 2029, three "
        "years later than planned, a spokeswoman said on Tuesday."
    )
    d = classify(CLINIC, page)
    assert d.event == "retracted" and d.evidence["cue"] == "contrast"


MARSH = one_claim(
    "marsh",
    "Salt marshes and grazing",
    "Salt marshes that are closed to grazing recover from floods three times as fast as marshes "
    "where grazing is allowed, according to a 12-year study of 90 marshes.",
)


def test_the_claims_subject_only_in_the_next_sentence_does_not_make_it_the_claim():
    page = (
        "Mangroves that are closed to logging recover from storms three times as fast as "
        "mangroves where logging is allowed, according to a 9-year study of 40 sites.\n"
        "The authors say the same may be true of salt marshes, which they plan to study next."
    )
    assert event(page, MARSH) is None
    paraphrase = (
        "A 12-year study of 90 salt marshes found that those closed to grazing recover from "
        "floods three times as quickly as marshes where animals still graze."
    )
    assert event(paraphrase, MARSH) is not None


def test_a_restated_period_or_an_everyday_word_fills_no_slot():
    story = one_claim(
        "hearing",
        "Loud offices and hearing loss",
        "Office workers who sit near printers are 15 percent more likely to report hearing loss "
        "over ten years than those seated by windows.",
    )
    page = (
        "Sitting near an office printer could raise the chance of reporting hearing loss by as "
        "much as 15 percent over a decade, a study suggests."
    )
    assert event(page, story) == "reworded"
    sniffing = one_claim(
        "sniff",
        "Rats sniff out tuberculosis",
        "Rats trained on saliva samples detected tuberculosis with 92 percent accuracy.",
    )
    page = (
        "Rats may be able to smell tuberculosis, a small study suggests, with animals trained on "
        "saliva samples reportedly right about 92 percent of the time."
    )
    assert event(page, sniffing) == "reworded"


def test_a_hedge_before_a_colon_is_its_own_clause():
    page = (
        'Insurers warn the problem may spread to other makers: "Veltra Motors is recalling '
        '48,000 Arcadia SUVs because a faulty fuel pump can cause engine fires," the regulator '
        "said."
    )
    assert event(page) == "picked_up"
    hedged = "Insurers say one thing is likely: Veltra Motors may be recalling 48,000 Arcadia SUVs."
    assert event(hedged + " A faulty fuel pump can cause engine fires.") == "reworded"


def test_a_denial_asked_for_is_not_made():
    preview = (
        "The Northern Waters Board meets on Thursday to decide whether to cut next year's herring "
        "quota by 30 percent, to 20,000 tonnes.\nFishing crews have written to every board member "
        "asking them to reject it."
    )
    assert event(preview, QUOTA) is None
    made = preview.replace("asking them to reject it", "and the board rejected the report")
    assert event(made, QUOTA) == "retracted"


def test_a_denial_goes_on_to_say_what_is_so_instead():
    page = (
        "Herring quota row\nFishing leaders said the Northern Waters Board had only trimmed the "
        "herring quota, contradicting earlier reports.\nThey said next year's limit would be "
        "27,000 tonnes, about 5 percent down on this year.\nThe board meets again in March."
    )
    d = classify(QUOTA, page)
    assert d.event == "retracted" and d.evidence["cue"] == "contradicting"


def test_a_measure_noun_or_a_fraction_in_words_fills_no_slot():
    nursing = one_claim(
        "nursing",
        "Nursing applications",
        "Applications to nursing degrees fell by 12 percent this year to about 41,000.",
    )
    page = (
        "The number of people applying for nursing degrees dropped by 12 percent this year, to "
        "around 41,000, official figures show."
    )
    assert event(page, nursing) == "reworded"
    ground = one_claim(
        "ground",
        "Dunmere capacity",
        "Dunmere United will cut the capacity of its Ashgrove stadium from 32,000 to 24,000 next "
        "season.",
    )
    page = "Dunmere United will cut Ashgrove's capacity by a quarter next season, to 24,000."
    assert event(page, ground) == "reworded"


def test_another_age_group_is_another_claim():
    story = one_claim(
        "traffic",
        "Traffic noise and sleep",
        "Children who live near busy roads are 20 percent more likely to sleep badly, according "
        "to a study of 9,000 families.",
        "The researchers followed children in 12 cities for five years.",
    )
    adults = (
        "Adults who live near busy roads are 20 percent more likely to sleep badly, according to "
        "a study of 9,000 families."
    )
    assert event(adults, story) is None
    kids = adults.replace("Adults", "Kids")
    assert event(kids, story) == "picked_up"


def test_new_goods_for_used_ones_are_another_claim():
    story = one_claim(
        "cars",
        "Car prices",
        "The average price of a second-hand van rose by 8 percent over the past year to £17,300.",
    )
    new_vans = "The average price of a new van rose by 8 percent over the past year to £31,800."
    assert event(new_vans, story) is None
    used = "The average price of a used van rose by 8 percent over the past year to £17,300."
    assert event(used, story) == "picked_up"  # a light edit: the same kind in other words


def test_a_superlative_said_plainly_fills_no_slot():
    story = one_claim(
        "barley",
        "Barley and the dry summer",
        "The barley harvest fell by 18 percent this year after the driest summer on record.",
    )
    page = (
        "The barley crop may have shrunk by as much as 18 percent this year because of the record "
        "dry summer, early estimates suggest."
    )
    assert event(page, story) == "reworded"


def test_a_page_that_rewords_a_claim_opening_with_an_everyday_capital_has_not_dropped_it():
    story = one_claim(
        "drivers",
        "Refresher courses and crashes",
        "Older drivers who take a refresher course are 30 percent less likely to crash than those "
        "who do not.",
    )
    before = (
        "Refresher courses\nOlder drivers who take a refresher course are 30 percent less likely "
        "to crash than those who do not, a study has found.\nThe authors called for more trials."
    )
    after = (
        "Refresher courses\nTaking a refresher course is associated with a markedly lower rate "
        "of crashes later in life, a study has found, though the link may not be causal.\n"
        "The authors called for more trials."
    )
    assert event(after, story, previous_text=before) == "reworded"


WALKING = one_claim(
    "walking",
    "Walking and memory",
    "Older adults who walk for 30 minutes a day are 20 percent less likely to develop memory "
    "problems.",
    "Older adults who walk for 30 minutes a day are 20 percent less likely to develop memory "
    "problems, a study of 4,000 people found.\nThe study ran for eight years.",
)


def test_the_group_compared_with_is_no_negation():
    assert event(
        "Older adults who walk for half an hour every day are 20 percent less likely to "
        "develop memory problems than those who do not, researchers said.",
        WALKING,
    ) in {"picked_up", "reworded"}


def test_the_same_finding_of_another_group_is_another_claim():
    # the group is "who walk ...": older adults who swim are someone else
    assert (
        event(
            "Older adults who swim twice a week are 20 percent less likely to develop memory "
            "problems, a study found.",
            WALKING,
        )
        is None
    )


def test_a_falsity_reaches_into_the_next_sentence_that_says_what_is_so():
    assert (
        event(
            "The study's authors said reports that it found a 20 percent lower risk of memory "
            "problems were wrong.\nOlder adults who walk for 30 minutes a day had the same risk "
            "as others, they said.",
            WALKING,
        )
        == "retracted"
    )


def test_a_contrast_inside_an_aside_sets_nothing_of_the_claim_aside():
    assert (
        event(
            "Older adults who walk for 30 minutes a day are 20 percent less likely to develop "
            "memory problems, a study found.\nThe authors, who asked about walking rather than "
            "older adults' diets, said more work was needed.",
            WALKING,
        )
        != "retracted"
    )


HANDWRITING = one_claim(
    "handwriting",
    "Handwritten notes",
    "Taking notes by hand rather than on a laptop was linked to 9 percent higher recall scores "
    "in students aged 16 to 18.",
    claim_id=61,
)


def test_a_comparison_inside_the_subject_sets_nothing_aside():
    # a copy of a claim whose subject holds "rather than" is a pick-up, not a denial
    copy = (
        "According to a survey of 2,200 sixth-formers, taking notes by hand rather than on a "
        "laptop was linked to 9 percent higher recall scores in students aged 16 to 18."
    )
    assert event(copy, HANDWRITING) == "picked_up"
    # nor does the same comparison deny it when a page says something else of it
    for other in (
        "Students who take notes by hand rather than on a laptop spend longer on homework, a "
        "poll of 3,000 families suggests.",
        "Forty colleges will run a trial that will test whether taking notes by hand rather "
        "than on a laptop improves recall in students aged 16 to 18.",
    ):
        assert event(other, HANDWRITING) != "retracted"


def test_rather_than_is_no_word_of_the_subject_a_rewording_must_hold():
    walking = one_claim(
        "walking",
        "Walking to school",
        "Walking rather than driving to school was linked to 8 percent higher attention scores "
        "in pupils aged 10 to 11.",
        claim_id=64,
    )
    paraphrase = (
        "Pupils aged 10 to 11 who go to school on foot paid closer attention in class: their "
        "attention scores were 8 percent higher than those of classmates taken by car, a study "
        "found."
    )
    assert event(paraphrase, walking) == "reworded"


def test_a_copy_of_a_claim_that_makes_a_contrast_is_no_denial_of_it():
    ferry = one_claim(
        "ferry",
        "Skarra ferry",
        "The Skarra ferry was withdrawn because of a cracked propeller rather than a shortage "
        "of crew.",
        claim_id=62,
    )
    copy = (
        "The Skarra ferry was withdrawn because of a cracked propeller rather than a shortage of "
        "crew, the operator said on Monday. Sailings resume next week."
    )
    assert event(copy, ferry) == "picked_up"
    denial = (
        "The Skarra ferry was withdrawn because of a shortage of crew, not a cracked propeller, "
        "the union said on Monday."
    )
    assert event(denial, ferry) == "retracted"


def test_an_update_withdrawing_the_decision_a_page_reported_retracts_it():
    title = one_claim(
        "title",
        "Brenmoor title",
        "Kasia Drel's Brenmoor chess title has been revoked because two of her games were "
        "played under the wrong time control.",
        claim_id=63,
    )
    before = (
        "Kasia Drel's Brenmoor chess title has been revoked because two of her games were played "
        "under the wrong time control, the national federation said on Monday.\n"
        "Drel, 19, won the title in March.\nShe said she would appeal."
    )
    # the claim's own "wrong" (the wrong time control) is no falsity cue
    assert event(before, title) == "picked_up"
    update = (
        "\nUpdate, Tuesday: The federation has withdrawn Monday's decision. A review found that "
        "Drel's games were played under the right time control and that her title stands."
    )
    for is_source in (False, True):
        d = classify(title, before + update, previous_text=before, is_source=is_source)
        assert d is not None and d.event == "retracted"
        assert "withdrawn Monday's decision" in d.evidence["retracting_sentence"]
    # an update that withdraws something the page never said is no retraction of it
    other = "\nUpdate, Tuesday: The club has withdrawn its statement about ticket prices."
    assert event(before + other, title, previous_text=before) is None


def test_a_passive_still_to_come_is_no_past():
    ban = one_claim(
        "ban",
        "Harlen hosepipe ban",
        "The Harlen water company imposed a hosepipe ban across the county after the driest "
        "spring since 1976.",
    )
    page = (
        "A hosepipe ban could be imposed across the county by the Harlen water company within "
        "days, after the driest spring since 1976."
    )
    assert event(page, ban) is None
    done = (
        "The Harlen water company has imposed a hosepipe ban across the county after its "
        "driest spring since 1976."
    )
    assert event(done, ban) == "picked_up"


def test_a_verdict_on_another_subject_of_the_same_kind_retracts_nothing():
    nursing = one_claim(
        "nursing",
        "Nursing students",
        "The number of students on nursing courses rose by 12 percent this year.",
    )
    factcheck = (
        "Fact check: did more students start law degrees?\nThe claim: the number of students "
        "starting law degrees rose by 12 percent this year. Admissions data show a rise of 3 "
        "percent.\nOur verdict: false."
    )
    assert event(factcheck, nursing) is None
    own = factcheck.replace("starting law degrees", "on nursing courses")
    assert event(own, nursing) == "retracted"


def test_an_everyday_word_opening_the_claim_does_not_name_its_subject():
    bakery = one_claim(
        "bakery",
        "Dunhollow shops",
        "Bakery chain Dunhollow, which already runs 90 shops, will open 40 more shops near "
        "Carrick and hire 600 staff.",
    )
    other = (
        "Bakery chain Greenrise, which already runs 70 shops, will open 25 more shops near "
        "Belford and hire 300 staff, the company said."
    )
    assert event(other, bakery) is None
    same = other.replace("Greenrise", "Dunhollow").replace("Belford", "Carrick")
    assert event(same, bakery) is not None
    # the claim's place swapped for another in its frame is another plan
    assert event(other.replace("Greenrise", "Dunhollow"), bakery) is None


def test_an_english_word_opening_the_claim_is_no_name_but_a_name_is():
    from pipelines.classify import prepare
    from pipelines.lexicon import canonical

    def names(claim):
        return prepare(one_claim("s", "t", claim)).claims[0][1].names

    assert canonical("kestrels") not in names(
        "Kestrels nesting on pylons raise more chicks than those nesting in trees."
    )
    assert canonical("calder") in names("Calder Energy will refund 14 million pounds.")
    assert canonical("veltra") in names("Veltra is recalling 48,000 cars.")


def test_the_head_word_inside_the_condition_does_not_stand_for_the_group():
    tutoring = one_claim(
        "tutoring",
        "Tutoring costs",
        "Families that use paid tutoring pay an average of £2,400 a year for it, up 6 percent "
        "on last year.",
    )
    # "paid" is the head's word: it does not say which families
    other = (
        "Families on fixed energy deals paid an average of £2,400 a year for it, up 6 percent "
        "on last year, the survey found."
    )
    assert event(other, tutoring) is None
    own = other.replace("on fixed energy deals", "that use paid tutoring")
    assert event(own, tutoring) is not None


def test_a_quote_introduced_by_if_not_is_picked_up():
    quoted = (
        'What won the dealers over, if not the buyers, was one line of the notice: "' + CLAIM + '"'
    )
    assert event(quoted) == "picked_up"
    assert event("It is not true that " + CLAIM) == "retracted"


def test_a_named_subject_is_denied_by_its_name_without_its_title():
    # "Toy maker Brindle": the name tells this subject from others; "maker" need not be repeated
    story = one_claim(
        "brindle",
        "Brindle plant",
        "Toy maker Brindle will move its puzzle production to a new plant in Hexley and hire "
        "300 workers there.",
    )
    denial = (
        "Brindle on Monday denied reports that it will move its puzzle production to Hexley "
        "and hire 300 workers there."
    )
    assert event(denial, story) == "retracted"


def test_an_expectation_governs_its_verb_across_a_long_subject():
    prices = one_claim(
        "prices",
        "Used bikes",
        "The average price of a second-hand electric bike rose by 9 percent over the past year "
        "to £1,240.",
    )
    forecast = (
        "Dealers expect the average price of a second-hand electric bike to rise by about 9 "
        "percent over the coming year, to roughly £1,350."
    )
    assert event(forecast, prices) is None
    done = (
        "The average price of a second-hand electric bike went up by about 9 percent over the "
        "past year, to roughly £1,240, and dealers expect more of the same."
    )
    assert event(done, prices) == "picked_up"  # "expect" after "and" governs no verb of it


def test_an_update_that_revises_the_account_retracts_a_page_that_carried_the_claim():
    story = one_claim(
        "probe",
        "Tessel probe",
        "The Tessel probe's main antenna has failed beyond repair, ending its mission a year "
        "early.",
    )
    before = (
        "Tessel probe lost\nThe Tessel probe's main antenna has failed beyond repair, ending its "
        "mission a year early.\nLaunched in 2019, Tessel has sent back 40,000 images."
    )
    revised = before + (
        "\nUpdate, 2 May: The space agency now says the antenna has been brought back with a "
        "spare amplifier and the mission will go on."
    )
    d = classify(story, revised, previous_text=before)
    assert d.event == "retracted" and d.evidence["cue"] == "now says"
    confirmed = before + (
        "\nUpdate, 2 May: The space agency has since confirmed that the antenna cannot be "
        "brought back."
    )
    assert event(confirmed, story, previous_text=before) is None
    # a revised account that says the claim's head again confirms it
    again = before + "\nUpdate, 2 May: The space agency now says the antenna failed for good."
    assert event(again, story, previous_text=before) is None


CAR_SALES = one_claim(
    "car-sales",
    "Car sales fall",
    "212,400 new cars were sold last month, 6 percent fewer than a year earlier.",
)


def test_the_claims_frame_with_another_verb_and_other_figures_is_another_measure():
    # the claim's wording, but another event counted (imported, not sold) and other figures
    page = "151,000 new cars were imported last month, 11 percent fewer than a year earlier."
    assert event(page, CAR_SALES) is None
    # the same event with a changed figure is a rewording
    page = "214,000 new cars were sold last month, 6 percent fewer than a year earlier."
    assert event(page, CAR_SALES) == "reworded"


COMMUTING = one_claim(
    "commuting", "Commuting costs", "The average commuter spends £142 a month on travel."
)


def test_the_claim_said_of_a_narrower_group_with_its_own_figure_is_another_claim():
    page = "Commuters in the capital spend £210 a month on travel, a survey found."
    assert event(page, COMMUTING) is None
    # the same group, with a changed figure, is a rewording
    page = "The average commuter spends £150 a month on travel, a survey found."
    assert event(page, COMMUTING) == "reworded"
    # a verb before the head narrows nothing: "is in talks", "appear to"
    claim = terms("Rents rose by 9 percent.")
    page = terms("Rents appear to have risen by 12 percent.")
    assert narrowed(claim, page, frozenset({"rent"}), frozenset({"increas"})) is None
    claim = terms("Homes were completed.")
    page = terms("Homes for social rent were completed.")
    subject, head = frozenset({canonical("homes")}), frozenset({canonical("completed")})
    assert narrowed(claim, page, subject, head) == ["social", "rent"]


def test_a_denial_of_reports_about_her_by_her_agent_retracts():
    marathon = one_claim(
        "varga",
        "Varga marathon",
        "Lena Varga has pulled out of the Orsk Marathon because of a knee injury.",
    )
    page = (
        "Lena Varga's coach has denied reports that she has pulled out of the Orsk Marathon. "
        '"Her knee is fine and she will start on Sunday," he said.'
    )
    d = classify(marathon, page)
    assert d is not None and d.event == "retracted" and d.evidence["cue"] == "denied"


CAR_THEFTS = one_claim(
    "car-thefts",
    "Car thefts in Dunhallow",
    "Some 8,200 cars were stolen in Dunhallow last year, up 15 percent on the year before.",
)


def test_a_figure_of_its_own_for_a_narrower_kind_is_another_claim_even_under_a_headline():
    page = (
        "Electric car thefts climb.\n"
        "Some 2,100 electric cars were stolen in Dunhallow last year, up 6 percent on the "
        "year before."
    )
    assert event(page, CAR_THEFTS) is None
    rounded = (
        "Nearly 8,000 cars were stolen in Dunhallow last year, up 15 percent on the year before."
    )
    assert event(rounded, CAR_THEFTS) == "reworded"
    claim = terms("Some 8,200 cars were stolen.")
    assert narrowed(
        claim,
        terms("Some 2,100 electric cars were stolen."),
        frozenset({"car"}),
        frozenset({"stolen"}),
    ) == ["electric"]
    assert (
        narrowed(
            claim, terms("About 8,000 cars were stolen."), frozenset({"car"}), frozenset({"stolen"})
        )
        is None
    )


RIDERS = one_claim(
    "riders",
    "Bus journeys by over-70s",
    "Bus journeys by people aged over 70 fell by 8 percent last year to 41 million.",
)


def test_the_claim_said_of_people_on_the_other_side_of_its_age_is_another_claim():
    younger = "Bus journeys by people aged 60 to 70 fell by 8 percent last year to 52 million."
    assert event(younger, RIDERS) is None
    rounded = "Bus journeys by the over-70s fell by 8 percent last year to about 40 million."
    assert event(rounded, RIDERS) == "reworded"


def test_an_update_that_gives_the_claims_figure_as_set_aside_retracts_it():
    before = (
        "Older riders leave the buses\nBus journeys by people aged over 70 fell by 8 percent "
        "last year to 41 million.\nOperators blamed timetable cuts."
    )
    after = before + (
        "\nUpdate: the transport office has revised its figures. Journeys by people aged over 70 "
        "fell by 2 percent last year, not by 8 percent."
    )
    assert event(after, RIDERS, previous_text=before) == "retracted"


def test_a_denial_of_one_of_two_statements_retracts_the_claim():
    mills = one_claim(
        "mills",
        "Harwick Mills cuts",
        "Harwick Mills raised its prices by 6 percent and cut production at its Elton plant by a "
        "third.",
    )
    denial = (
        "Harwick Mills said on Friday that reports of a production cut at its Elton plant were "
        "wrong. Output there is unchanged, a spokesperson said."
    )
    assert event(denial, mills) == "retracted"
    other = (
        "Harwick Mills has denied that it is in talks to sell its Elton plant to a rival, after "
        "a report on Tuesday said a deal was close."
    )
    assert event(other, mills) is None


def test_a_copy_that_turns_the_claims_passive_active_rewords_it():
    pool = one_claim(
        "pool",
        "Hesby pool",
        "A plan to close the Hesby lido for two summers was approved by Marlow Borough Council "
        "on Monday.",
    )
    active = (
        "Marlow Borough Council on Monday approved a plan to close the Hesby lido for two "
        "summers.\nSwimmers said they would protest."
    )
    assert event(active, pool) == "reworded"
    # a passive elsewhere in the copy is not the claim's verb turned round
    copy = (
        "A plan to close the Hesby lido for two summers was approved by Marlow Borough Council "
        "on Monday, after it was told by engineers that the pool leaks.\nSwimmers said they "
        "would protest."
    )
    assert event(copy, pool) == "picked_up"
    # another word for the verb keeps the voice the copy has
    edit = copy.replace("was approved by", "was backed by")
    assert event(edit, pool) == "picked_up"


def test_a_denial_in_a_relative_clause_is_of_what_its_sentence_said():
    # denied in the sentence that says the claim: a retraction
    page = (
        "Osterby Chemicals admitted 12 illegal waste spills into the River Marn and was fined "
        "£8.2 million, reports said, which the firm denies."
    )
    assert event(page, FINE) == "retracted"
    # what it denies is another matter; the sentence before says something else of the firm
    page = (
        "Osterby Chemicals admitted 12 illegal waste spills into the River Marn and was fined "
        "£8.2 million.\nCampaigners say it has dumped waste in the Sull too, which the firm "
        "denies."
    )
    assert event(page, FINE) == "picked_up"


def test_a_correction_of_another_things_average_price_retracts_nothing():
    cars = one_claim(
        "cars",
        "Car prices",
        "The average price of a family car rose by 9 percent over the past year to £19,640.",
    )
    note = (
        "Correction\nAn article on Monday said that the average price of a monthly bus pass rose "
        "by 12 percent over the past year to £85. The rise was 6 percent. We apologise for the "
        "error."
    )
    assert event(note, cars) is None


def test_a_contrast_setting_aside_only_an_everyday_word_of_the_claim_retracts_nothing():
    flats = one_claim(
        "flats",
        "Flats finished",
        "31,500 new flats were finished last year, 4 percent fewer than in the year before.",
    )
    page = (
        "The agents' body said that reports of a 4 percent jump in prices for new buyers were "
        "wrong.\nThe 4 percent rise applied to asking prices in adverts, not to the prices new "
        "buyers actually paid, its economist said."
    )
    assert event(page, flats) is None
    # setting aside what the claim names is a retraction
    denial = "Builders finished 31,500 old flats last year, not new flats, the agency said."
    assert event(denial, flats) == "retracted"


POOLS = one_claim(
    "elmer-pools",
    "Elmer pools to close",
    "The leader of Elmer Council, Ruth Ansell, said the authority would close six of its public "
    "swimming pools by next summer.",
)


def test_the_speaker_setting_her_bodys_plan_aside_retracts_it():
    page = (
        "Councillor Ruth Ansell said on Friday that the six public swimming pools would be run by "
        "a leisure trust, not closed, and apologised for the confusion."
    )
    d = classify(POOLS, page)
    assert d.event == "retracted" and "not closed" in d.evidence["retracting_sentence"]
    # someone else setting the verb aside for other pools is not the speaker's plan
    page = "Parents said six swimming pools in the next county would be sold, not closed."
    assert event(page, POOLS) != "retracted"


INQUEST = one_claim(
    "harle-weir-inquest",
    "Harle weir inquest",
    "The assistant coroner for Wendham, Paul Okoro, said the Harle Mill weir gate failed because "
    "its hinges had not been greased for nine years.",
)


def test_a_page_may_name_the_speaker_by_office():
    page = (
        "The Harle Mill weir gate may have failed because its hinges had gone nine years without "
        "grease, Wendham's coroner suggested at the inquest."
    )
    assert event(page, INQUEST) == "reworded"
    # the office alone, without what the statement is about, is not the claim
    page = "Wendham's coroner said a gate failed because its hinges had not been greased for years."
    assert event(page, INQUEST) is None


CREAMERY = one_claim(
    "maldon-creamery",
    "Maldon creamery closure",
    "Dairy group Maldon will close its Astley creamery and cut 240 jobs by next June.",
)


def test_a_copy_that_only_moves_the_apposition_is_picked_up():
    page = (
        "Maldon, the dairy group, will close its creamery in Astley and cut 240 jobs by next "
        "June, the company told staff on Monday."
    )
    assert event(page, CREAMERY) == "picked_up"
    # the same copy said as what is understood or thought to be so is hedged
    page = (
        "Maldon, the dairy group, is understood to close its Astley creamery and cut 240 jobs by "
        "next June."
    )
    assert event(page, CREAMERY) == "reworded"


def test_a_correction_note_corrects_what_a_sentence_or_two_before_it_say():
    page = (
        "Gardeners who dig for an hour a week are 30 percent less likely to report low mood, a "
        "survey has found.\nThe survey asked 9,000 adults about their habits.\nWalking "
        "showed a smaller benefit, and older adults reported fewer memory problems.\n"
        "Correction, 4 May: This article originally overstated the survey's result."
    )
    # the walking claim's words are spread over the page; the note corrects the gardening one
    assert event(page, WALKING) != "retracted"
    page = (
        "An earlier version of this article said older adults who walk for 30 minutes a day are "
        "20 percent less likely to develop memory problems.\nThe study found 2 percent.\n"
        "The study ran for eight years.\nWe apologise for the error."
    )
    assert event(page, WALKING) == "retracted"


def test_a_page_may_leave_out_the_body_whose_named_speaker_made_the_claim():
    libraries = one_claim(
        "elmer-libraries",
        "Elmer libraries to close",
        "The leader of Elmer Council, Ruth Ansell, said the authority would close 14 of its "
        "public libraries within two years.",
    )
    page = "Ruth Ansell said more than a dozen public libraries would close within two years."
    assert event(page, libraries) == "reworded"
    page = "Residents said more than a dozen public libraries would close within two years."
    assert event(page, libraries) is None


def test_naming_the_speaker_by_office_is_one_more_way_not_the_only_one():
    footbridge = one_claim(
        "victoria-footbridge",
        "Victoria footbridge inquest",
        "The senior coroner for the county, Helen Maitland, said the North Street "
        "footbridge collapsed because its timbers had rotted.",
    )
    page = (
        "Helen Maitland said the North Street footbridge collapsed because its timbers had rotted, "
        "at an inquest on Monday."
    )
    assert event(page, footbridge) == "picked_up"


UNIFORM = one_claim(
    "uniform",
    "Uniform costs",
    "Parents spend an average of £340 a year on school uniform for each child at secondary school.",
    claim_id=71,
)


def test_a_contrast_that_says_little_else_of_the_claim_does_not_retract_it():
    # a fact-check of another price figure: its contrast sets aside what households pay (the
    # claim's head, in other words), with an average and a near figure, but nothing of uniforms
    page = (
        "The figure comes from an index run by a comparison website. That index records the "
        "cheapest quotes offered to new customers, not what households pay for their cover. "
        "The survey of premiums actually paid shows the average rose to 366 pounds."
    )
    assert event(page, UNIFORM) is None
    denial = (
        "The survey records what shops charge for blazers, not what parents spend a year on "
        "school uniform for each child, its authors said."
    )
    assert event(denial, UNIFORM) == "retracted"


MIGRAINE = one_claim(
    "migraine",
    "Migraine drug",
    "Adults with frequent migraines who took a low daily dose of a common heart drug had 40 "
    "percent fewer migraine days than those given a placebo.",
    claim_id=72,
)


def test_a_noun_at_the_head_of_the_predicate_swapped_is_another_claim():
    # the predicate turns on "migraine [days]", a noun: headaches in its place are another
    # condition (only a verb at the head may be put in other words: "knocked" / "left")
    other = (
        "Adults with frequent tension headaches who took a low daily dose of a common heart drug "
        "had 40 percent fewer headache days than those given a placebo, a small study suggests."
    )
    assert event(other, MIGRAINE) is None
    same = other.replace("tension headaches", "migraines").replace("headache days", "migraine days")
    assert event(same, MIGRAINE) in ("picked_up", "reworded")


def test_a_page_that_rewords_a_claim_opening_with_a_rare_plural_is_reworded():
    # "Leverets" opens the claim capitalised; the story writes it in lower case, not a name
    claim = (
        "Leverets that leave forms near gritted roads weigh 30 percent less than those from "
        "forms far from roads"
    )
    story = one_claim(
        "leverets",
        "Roads and leverets",
        claim + ".",
        "A hare gives birth to two or three leverets at a time, in a shallow dip in the grass.",
        claim_id=79,
    )
    rest = "\nTraffic on rural roads has doubled in a decade."
    before = claim + ", a new study has found." + rest
    after = (
        "Young hares from fields beside gritted roads are nearly a third lighter than ones from "
        "fields well away from traffic, a new study has found." + rest
    )
    assert event(after, story, previous_text=before) == "reworded"


def test_likely_in_a_clause_after_the_claim_hedges_nothing():
    story = one_claim(
        "seedlings",
        "Oak seedlings",
        "Oak seedlings grown under street lights lose their leaves 12 days later than those in "
        "dark parks.",
        claim_id=80,
    )
    quoted = (
        "The trees on our avenue are a worry. Oak seedlings grown under street lights lose their "
        "leaves 12 days later than those in dark parks, a study found, and late leaves are more "
        "likely to be caught by the first frost.\nThe avenue's lamps are due to be replaced."
    )
    assert event(quoted, story) == "picked_up"
    hedged = (
        "Oak seedlings grown under street lights are likely to lose their leaves 12 days later."
    )
    assert event(hedged, story) == "reworded"


def test_a_falsity_adverb_with_its_own_verb_retracts_only_what_that_verb_says():
    story = one_claim(
        "tribunal",
        "Ferry pay tribunal",
        "A tribunal has ordered the Harrowgate Ferry Company to pay 40,000 pounds to a former "
        "captain, Ruth Callan.",
        claim_id=81,
    )
    ruling = (
        "A tribunal has ordered the Harrowgate Ferry Company to pay 40,000 pounds to a former "
        "captain, Ruth Callan, finding that managers wrongly accused her of falsifying the "
        "logbook.\nThe company said it would study the ruling."
    )
    assert event(ruling, story) == "picked_up"
    report = (
        "A briefing on Monday wrongly reported that a tribunal has ordered the Harrowgate Ferry "
        "Company to pay 40,000 pounds to a former captain, Ruth Callan."
    )
    assert event(report, story) == "retracted"


def test_a_modal_after_the_claim_hedges_nothing_though_a_claim_word_comes_again():
    story = one_claim(
        "damages",
        "Quarry damages",
        "A court has ordered the Pelham Stone Company to pay 60,000 pounds in damages to "
        "farmer Owen Tregar.",
        claim_id=82,
    )
    quoted = (
        "Quarries have had a hard year.\nThe point was made this month: a court has "
        "ordered the Pelham Stone Company to pay 60,000 pounds in damages to farmer Owen "
        "Tregar, on top of legal costs that could pass 150,000 pounds.\nStone prices fell "
        "again in the spring."
    )
    assert event(quoted, story) == "picked_up"
    hedged = (
        "A court may have ordered the Pelham Stone Company to pay 60,000 pounds in damages to "
        "farmer Owen Tregar."
    )
    assert event(hedged, story) == "reworded"


def test_a_denial_of_something_the_claim_does_not_say_retracts_nothing():
    story = one_claim(
        "suspended",
        "Chief executive suspended",
        "Council leader Mark Dunn has suspended Harwood County Council's chief executive, Sarah "
        "Pell, pending an inquiry into a roads contract.",
        claim_id=83,
    )
    carried = (
        "Council leader Mark Dunn has suspended Harwood County Council's chief executive, Sarah "
        "Pell, pending an inquiry into a roads contract."
    )
    for aside in (
        "\nMs Pell denies any wrongdoing.",
        "\nThe council said it had no plans to appoint a replacement.",
        "\nOpposition councillors said the timing was wrong.",
        "\nThe council dismissed reports that the contract would be cancelled.",
    ):
        assert event(carried + aside, story) == "picked_up", aside
    for denial in (
        "\nMs Pell's lawyer said the report was untrue.",
        "\nThe council denied the suspension.",
    ):
        assert event(carried + denial, story) == "retracted", denial


def test_the_claims_own_denial_verb_and_a_myth_about_something_else_retract_nothing():
    dismissal = one_claim(
        "dismissal",
        "Care worker dismissal",
        "An employment tribunal ruled that care worker Anna Lisle was unfairly dismissed by "
        "Brightcare Homes.",
        claim_id=84,
    )
    copy = (
        "Care worker Anna Lisle was unfairly dismissed by Brightcare Homes, an employment "
        "tribunal ruled.\nShe had worked at the home for nine years."
    )
    assert event(copy, dismissal) == "picked_up"
    inhaler = one_claim(
        "inhaler",
        "Inhaler price cut",
        "Vanmed will cut the list price of its Airel inhaler by 60 percent from April.",
        claim_id=85,
    )
    myth = (
        "Vanmed will cut the list price of its Airel inhaler by 60 percent from April.\nIt is a "
        "myth that cheaper inhalers work less well, doctors said."
    )
    assert event(myth, inhaler) == "picked_up"
    denied = myth.replace(
        "cheaper inhalers work less well", "Vanmed will cut the price of its Airel inhaler"
    )
    assert event(denied, inhaler) == "retracted"


def test_a_correction_of_a_names_spelling_retracts_nothing():
    story = one_claim(
        "suspended-spelling",
        "Chief executive suspended",
        "Council leader Mark Dunn has suspended Harwood County Council's chief executive, Sarah "
        "Pell, pending an inquiry into a roads contract.",
        claim_id=86,
    )
    page = (
        "Council leader Mark Dunn has suspended Harwood County Council's chief executive, Sarah "
        "Pell, pending an inquiry into a roads contract.\nMs Pell has led the council since 2019."
    )
    note = "\nCorrection: An earlier version of this article misspelled Ms Pell's name."
    assert event(page + note, story) == "picked_up"
    assert event(page + note, story, previous_text=page) is None


def test_a_claim_without_names_needs_one_of_its_rarer_words():
    # "boiler" tells this price rise from any other of its kind; "service" and the figures'
    # frame ("the average ... has risen by N percent in a year") do not
    boiler = one_claim(
        "boiler-price",
        "Boiler service price",
        "The average price of an annual boiler service has risen by 14 percent in a year to 118 "
        "pounds.",
        claim_id=87,
    )
    streaming = (
        "The average household now pays for three music services, at a combined cost of 27 "
        "pounds a month - a rise of 18 percent in a year, a survey has found."
    )
    assert event(streaming, boiler) is None
    reworded = (
        "Having a boiler serviced now costs 118 pounds on average, a rise of 14 percent on last "
        "year, a survey has found."
    )
    assert event(reworded, boiler) == "reworded"
    # a denial or a contrast about other spending retracts nothing of a claim about uniforms
    uniform = one_claim(
        "uniform-cost",
        "School uniform cost",
        "Parents spend an average of 340 pounds a year on school uniform for each child at "
        "secondary school.",
        claim_id=88,
    )
    denial = (
        "A survey said households spend an average of 41 pounds a month on music services.\n"
        '"These figures are simply wrong," the trade body said. "The average household spends '
        'about 12 pounds a year on them, barely changed on last year."'
    )
    assert event(denial, uniform) is None
    assert event(denial, boiler) is None
    tax = (
        "Councillors agreed a council tax rise of 3.9 percent for next year.\nCritics said the "
        "money would go on plugging holes rather than improving services."
    )
    assert event(tax, boiler) is None


def test_a_claim_that_says_cannot_is_said_again_with_not():
    story = one_claim(
        "course-short",
        "Course short",
        "The Brackley 10K course was 200 metres short, so runners' times from Saturday's race "
        "cannot count as records.",
        claim_id=89,
    )
    page = (
        "Times from Saturday's Brackley 10K will not be recognised as records after the route "
        "was found to be 200 metres too short.\nThe women's winner had run a course best."
    )
    assert event(page, story) == "reworded"


def test_a_negation_in_a_lead_in_before_the_claim_negates_nothing():
    page = (
        "Then came the car. Their recall letter was not unusual: " + CLAIM + " Priya had "
        "ignored it for a month."
    )
    assert event(page) == "picked_up"


def test_a_verb_that_only_puts_a_figure_is_no_word_of_the_claims_own():
    story = one_claim(
        "pitch-price",
        "Caravan pitch price",
        "The average nightly price of a caravan pitch has risen by 12 percent in a year and "
        "reached 41 pounds.",
        claim_id=90,
    )
    page = (
        "A family now pays an average of 41 pounds a night for a caravan pitch, after a rise of "
        "12 percent in twelve months, a survey has found.\nSite owners blame energy bills."
    )
    assert event(page, story) == "reworded"


def test_sold_to_one_company_is_bought_by_it():
    story = one_claim(
        "mill-sale",
        "Mill sale",
        "Flour miller Ashcombe has been sold to Norwegian food group Tveit for 48 million pounds, "
        "along with its three mills and 310 staff.",
        claim_id=91,
    )
    page = (
        "Ashcombe, the flour miller, has been bought by Norway's Tveit for more than 45 million "
        "pounds.\nThe deal covers all three of its mills and over 300 jobs."
    )
    assert event(page, story) == "reworded"


def test_more_than_halving_a_price_rewords_a_cut_by_a_figure():
    story = one_claim(
        "pump-price",
        "Insulin pump price cut",
        "The list price of Orrin Medical's Vela insulin pump will be cut by 55 percent from June, "
        "lowering costs for about 90,000 patients.",
        claim_id=92,
    )
    page = (
        "Diabetes patients will pay less for the Vela pump from the summer, after Orrin Medical "
        "said it would more than halve the pump's list price. More than 80,000 patients use it."
    )
    assert event(page, story) == "reworded"
    # a board that will decide what to do if its grant is halved has cut nothing yet
    season = one_claim(
        "season-cut",
        "Quartet season cut",
        "The Alder Quartet has cut its next season from 30 concerts to 18 after its arts grant "
        "was halved.",
        claim_id=93,
    )
    meeting = (
        "The Alder Quartet's board will meet on 4 May to decide how to respond if the Eastern "
        "Arts Board halves its grant, as has been proposed.\nOptions include a shorter season "
        "and fewer school visits."
    )
    assert event(meeting, season) is None


def test_wrecked_with_rounded_figures_rewords_damaged():
    story = one_claim(
        "hail",
        "Hailstorm",
        "A hailstorm in the Orrel Valley on Friday damaged 180 polytunnels belonging to 40 "
        "farmers.",
        claim_id=94,
    )
    page = (
        "Nearly 200 polytunnels were wrecked when hail swept through the Orrel Valley on Friday, "
        "leaving dozens of farmers facing heavy losses.\nThe farmers' union has asked for aid."
    )
    assert event(page, story) == "reworded"


def test_the_same_figures_said_of_other_services_are_another_claim():
    story = one_claim(
        "gaming-spend",
        "Gaming services",
        "Households now subscribe to an average of three gaming services and spend 24 pounds a "
        "month on them, up 15 percent on a year ago.",
        claim_id=95,
    )
    other = (
        "Households now order from an average of three meal kit apps and spend 24 pounds a "
        "month on them, up 15 percent on a year ago, according to a survey."
    )
    assert event(other, story) is None
    copy = other.replace("order from", "subscribe to").replace("meal kit apps", "gaming services")
    assert event(copy, story) == "picked_up"


def test_disputing_the_figures_with_figures_of_ones_own_retracts_them():
    story = one_claim("rents", "Rents", "Rents for new tenancies rose by 8 percent last year.")
    page = (
        "Rents for new tenancies rose by 8 percent last year, figures show.\nLetting agents "
        "disputed the figures, saying their own data showed a rise of 3 percent."
    )
    assert event(page, story) == "retracted"


def test_no_truth_in_the_claims_and_a_dismissal_of_whose_figures_retract():
    story = one_claim(
        "bakery",
        "Bakery closure",
        "Ardel Foods will close its Hexby bakery next year with the loss of 240 jobs.",
        claim_id=96,
    )
    carried = (
        "Ardel Foods will close its Hexby bakery next year with the loss of 240 jobs, a union "
        "said.\n"
    )
    assert event(carried + "Ardel Foods said there was no truth in the claims.", story) == (
        "retracted"
    )
    dismissed = (
        "Ardel Foods dismissed the union's figures, saying no decision had been made about the "
        "site."
    )
    assert event(carried + dismissed, story) == "retracted"
    assert event(carried + "Ardel Foods declined to comment on the report.", story) == ("picked_up")


def test_a_denial_of_what_another_report_says_retracts_nothing_of_the_claim():
    story = one_claim(
        "bakery-close",
        "Bakery closure",
        "Ardel Foods will close its Hexby bakery next year with the loss of 240 jobs.",
        claim_id=97,
    )
    carried = (
        "Ardel Foods will close its Hexby bakery next year with the loss of 240 jobs, a union "
        "said.\n"
    )
    for other in (
        "Residents rejected the idea that the town was in decline.",
        "The firm said claims on social media that staff had been told to stay home were untrue.",
        "Reports of a fire at the bakery last week were false, the firm said.",
        "The figures for its Wexley plant published on Monday were wrong, the firm said.",
        "An earlier report that the firm was for sale was denied by its owners.",
        "Claims that the union had been consulted were rejected by staff.",
        "Correction: an earlier version of this article gave the wrong name for the union.",
        "The firm has no plans to close other sites.",
    ):
        assert event(carried + other, story) == "picked_up", other
    same = "Earlier reports that the bakery would close this year were incorrect, the union said."
    assert event(carried + same, story) == "retracted"
    passive = "Claims that Ardel Foods would close its Hexby bakery were rejected by the firm."
    assert event(passive, story) == "retracted"


def test_a_denial_that_it_was_done_in_the_passive_retracts_what_the_denier_did():
    story = one_claim(
        "coach-sacked",
        "Coach sacked",
        "Rowley Town have sacked head coach Anna Pryce after a run of five league games without a "
        "win.",
        claim_id=98,
    )
    denial = "Rowley Town have denied reports that head coach Anna Pryce has been sacked."
    assert event(denial, story) == "retracted"
    # the same passive denied by another club is no denial of what Rowley did
    other = "Ashby Vale have denied reports that head coach Anna Pryce has been sacked."
    assert event(other, story) is None
    # nor is another thing done to her, denied by Rowley
    fined = "Rowley Town have denied reports that head coach Anna Pryce has been fined."
    assert event(fined, story) is None


def test_a_denial_whose_clause_has_the_head_only_in_a_when_clause_denies_another_thing():
    story = one_claim(
        "hallam-openings",
        "Hallam openings",
        "Managing director Ruth Cole said Hallam Foods would open 30 new cafes by the end of next "
        "year, creating 400 jobs.",
        claim_id=99,
    )
    other = (
        "Hallam Foods has denied reports that it will close its first cafe in Brindle once its "
        "new kitchen opens."
    )
    assert event(other, story) is None
    same = "Hallam Foods has denied reports that it will open 30 new cafes next year."
    assert event(same, story) == "retracted"


def test_the_claims_own_denial_word_leaves_the_sentence_another_cue():
    story = one_claim(
        "flats-rejected",
        "Flats rejected",
        "A plan for 90 flats at Wickham Yard has been rejected by Brayford Council's planning "
        "committee.",
        claim_id=100,
    )
    copy = (
        "Wickham Yard flats plan rejected\n"
        "A plan for 90 flats at Wickham Yard has been rejected by Brayford Council's planning "
        "committee.\nNeighbours had objected to the height of the blocks."
    )
    assert event(copy, story) == "picked_up"
    wrong = (
        "Brayford Council said reports that the plan for 90 flats at Wickham Yard was rejected "
        "on Monday are wrong.\nThe committee put off its decision until March."
    )
    assert event(wrong, story) == "retracted"


def test_a_short_that_clause_after_a_thing_denied_is_what_is_denied():
    story = one_claim(
        "inhaler-price",
        "Inhaler price cut",
        "Corvell Pharma will cut the price of its Breva inhaler by 30 percent from June.",
        claim_id=101,
    )
    carried = "Corvell Pharma will cut the price of its Breva inhaler by 30 percent from June.\n"
    assert event(carried + "Corvell has rejected claims that the inhaler is unsafe.", story) == (
        "picked_up"
    )
    same = "Corvell Pharma denied claims that it will cut the inhaler's price by 30 percent."
    assert event(same, story) == "retracted"


def test_a_correction_note_of_a_detail_the_claim_lacks_retracts_nothing():
    story = one_claim(
        "depot-close",
        "Depot closure",
        "Marlow Freight will close its Ashby depot in May with the loss of 180 jobs.",
        claim_id=102,
    )
    carried = "Marlow Freight will close its Ashby depot in May with the loss of 180 jobs.\n"
    other = (
        "Correction: an earlier version of this article said the plan was announced on "
        "Tuesday. It was announced on Monday."
    )
    assert event(carried + other, story) == "picked_up"
    same = (
        "Correction: an earlier version of this article said the depot would close with the "
        "loss of 180 jobs. The firm says 80 jobs will go."
    )
    assert event(carried + same, story) == "retracted"


def test_a_copy_that_moves_the_attribution_to_the_end_is_picked_up():
    story = one_claim(
        "pier-ruling",
        "Pier ruling",
        "Planning inspector Rhian Tate ruled that a 40-berth marina can be built at Colby Pier, "
        "overturning the borough council's refusal.",
        claim_id=103,
    )
    moved = (
        "A 40-berth marina can be built at Colby Pier, planning inspector Rhian Tate ruled on "
        "Monday, overturning the council's refusal."
    )
    assert event(moved, story) == "picked_up"
    # the attribution kept word for word does not make a paraphrase of the rest a copy
    paraphrase = (
        "Colby Pier can get its 40-berth marina after all, planning inspector Rhian Tate ruled, "
        "overturning a refusal by the borough council."
    )
    assert event(paraphrase, story) == "reworded"


def test_a_number_that_names_a_kind_counts_nothing_so_its_noun_is_a_slot():
    story = one_claim(
        "swim-diabetes",
        "Swimming and diabetes",
        "Adults who swim twice a week are 15 percent less likely to develop type 2 diabetes, a "
        "study has found.",
        claim_id=104,
    )
    other = (
        "Adults who swim twice a week are 15 percent less likely to develop heart disease, a "
        "study has found."
    )
    assert event(other, story) is None
    copy = (
        "Adults who swim twice a week are 15 percent less likely to develop type 2 diabetes, a "
        "study has found, though the authors urged caution."
    )
    assert event(copy, story) == "picked_up"


def test_said_or_reported_to_have_done_it_is_a_hedge():
    story = one_claim(
        "chair-resigned",
        "Chair resigned",
        "Board chair Priya Nandi has resigned after an audit found she misused company cars.",
        claim_id=105,
    )
    for hedged in (
        "Board chair Priya Nandi is reported to have resigned after an audit found she misused "
        "company cars.",
        "Board chair Priya Nandi is said to have resigned after an audit found she misused "
        "company cars.",
    ):
        assert event(hedged, story) == "reworded", hedged
    said = (
        "Board chair Priya Nandi has resigned after an audit found she misused company cars, "
        "staff were told."
    )
    assert event(said, story) == "picked_up"


def test_a_full_name_swapped_with_the_words_beside_it_is_another_claim():
    story = one_claim(
        "clerk-jailed",
        "Clerk jailed",
        "Judge Nora Bell jailed former court clerk Owen Rusk for three years for stealing "
        "200,000 pounds in fines.",
        claim_id=106,
    )
    other = (
        "Judge Nora Bell jailed former post office clerk Maya Stroud for two years for stealing "
        "40,000 pounds."
    )
    assert event(other, story) is None
    same = (
        "Former court clerk Owen Rusk was jailed for three years by Judge Nora Bell for stealing "
        "200,000 pounds in fines."
    )
    assert event(same, story) in ("picked_up", "reworded")


def test_the_subjects_own_word_before_a_place_name_can_be_swapped():
    story = one_claim(
        "porters-strike",
        "Porters strike",
        "Porters at Wenlow Royal Infirmary will strike for 24 hours from Friday over pay.",
        claim_id=107,
    )
    other = "Cleaners at Wenlow Royal Infirmary will strike for 24 hours from Friday over pay."
    assert event(other, story) is None
    # a word of the predicate before a name may change ("winner of" / "player to win")
    story = one_claim(
        "darts-youngest",
        "Youngest darts winner",
        "Ella Moss, 16, became the youngest winner of the Tarn Open darts title on Sunday.",
        claim_id=108,
    )
    hedged = (
        "Ella Moss, 16, is believed to have become the youngest player to win the Tarn Open "
        "darts title on Sunday."
    )
    assert event(hedged, story) == "reworded"


def test_a_denial_of_another_thing_is_not_made_the_claims_by_an_aside_after_it():
    story = one_claim(
        "depot-cuts",
        "Depot cuts",
        "Dalton Foods will cut 300 jobs at its Irby depot by the end of the year.",
        claim_id=109,
    )
    other = (
        "Dalton Foods has denied it will shut its Irby depot, after reports of 300 job cuts there."
    )
    assert event(other, story) != "retracted"
    same = "Dalton Foods has denied it will cut jobs at its Irby depot."
    assert event(same, story) == "retracted"


def test_a_denial_that_the_speaker_promised_it_retracts_what_she_said():
    story = one_claim(
        "harbour-grant",
        "Harbour grant",
        "Fisheries minister Ana Kettering said the government would pay 18 million pounds to "
        "rebuild the Porthwell harbour wall.",
        claim_id=110,
    )
    denial = (
        "The fisheries department has denied that Ana Kettering promised 18 million pounds to "
        "rebuild the Porthwell harbour wall."
    )
    assert event(denial, story) == "retracted"
    other = (
        "The fisheries department has denied that Ana Kettering promised 3 million pounds for "
        "new boats at Porthwell."
    )
    assert event(other, story) != "retracted"


def test_the_claims_words_and_no_others_reordered_are_picked_up():
    story = one_claim(
        "ombudsman-report",
        "Ombudsman report",
        "Ombudsman Petra Vale has refused to close the Marlow Housing complaints file for the "
        "third year running.",
        claim_id=111,
    )
    reordered = (
        "For the third year running, Ombudsman Petra Vale has refused to close the complaints "
        "file of Marlow Housing."
    )
    assert event(reordered, story) == "picked_up"
    # with words of its own it is said again in other words
    told = (
        "For a third year, ombudsman Petra Vale has declined to shut the file on complaints "
        "about Marlow Housing, saying the landlord still owes tenants answers."
    )
    assert event(told, story) == "reworded"


def test_reports_that_whom_the_claim_acts_on_had_it_done_were_false_retract_it():
    story = one_claim(
        "okoro-ban",
        "Okoro ban",
        "The Football Association banned striker Jay Okoro for six matches for abusing a referee.",
        claim_id=112,
    )
    denial = "The club said reports that Jay Okoro had been banned were untrue."
    assert event(denial, story) == "retracted"
    # the passive of another verb, or of the claim's verb of someone else, is another claim
    other = "Reports that Jay Okoro had been sold to a French club were untrue, his agent said."
    assert event(other, story) != "retracted"
    teammate = "The club said reports that Sam Reid had been banned were untrue."
    assert event(teammate, story) != "retracted"


def test_a_short_denial_of_another_thing_after_the_claim_does_not_point_back_at_it():
    story = one_claim(
        "carrow-accounts",
        "Carrow accounts",
        "Auditor Lena Moss has refused to sign off Carrow Council's accounts for the second year "
        "running.",
        claim_id=113,
    )
    page = (
        "Auditor Lena Moss has refused to sign off Carrow Council's accounts for the second year "
        "running. The council denied that any money was missing."
    )
    assert event(page, story) == "picked_up"
    # refusing is what the claim says, so saying it with a reason is still the claim
    reason = (
        "Auditor Lena Moss has refused to sign off Carrow Council's accounts for the second year "
        "running, saying she could not find records for 12 million pounds."
    )
    assert event(reason, story) == "picked_up"


def test_refusing_to_do_what_the_claim_says_was_done_retracts_it():
    story = one_claim(
        "tilby-resigns",
        "Tilby resigns",
        "Mayor Joan Tilby resigned after an inquiry found she had misused council credit cards.",
        claim_id=114,
    )
    refused = (
        "Mayor Joan Tilby has refused to resign after an inquiry found she had misused council "
        "credit cards."
    )
    assert event(refused, story) == "retracted"
    silent = (
        "Mayor Joan Tilby resigned after an inquiry found she had misused council credit cards, "
        "refusing to say how much she had spent."
    )
    assert event(silent, story) == "picked_up"


def test_a_verb_form_put_one_for_one_in_the_claims_frame_is_another_claim():
    story = one_claim(
        "walking-pupils",
        "Walking pupils",
        "Pupils who walked to school scored 8 percent higher in maths tests than pupils driven "
        "by their parents.",
        claim_id=115,
    )
    reading = (
        "Pupils who walked to school scored 8 percent higher in reading tests than pupils driven "
        "by their parents."
    )
    assert event(reading, story) is None
    # a past form put one for one for a word of the subject names another group
    cycled = (
        "Pupils who cycled to school scored 8 percent higher in maths tests than pupils driven "
        "by their parents."
    )
    assert event(cycled, story) is None
    again = (
        "Pupils who walked to school scored 8 percent higher in maths tests than pupils driven "
        "by their parents, a study found."
    )
    assert event(again, story) == "picked_up"


def test_the_same_number_of_something_else_is_another_claim():
    story = one_claim(
        "fernhill-libraries",
        "Fernhill libraries",
        "Fernhill Council will close four libraries next year to save 1.2 million pounds.",
        claim_id=116,
    )
    museums = "Fernhill Council will close four museums next year to save 1.2 million pounds."
    assert event(museums, story) is None
    # the number said in other words still counts the claim's own thing
    copy = "Fernhill Council will close four of its libraries next year to save 1.2 million pounds."
    assert event(copy, story) in ("picked_up", "reworded")
    # also before a name, which its descriptor would be free to change
    story = one_claim(
        "pelham-laptops",
        "Pelham laptops",
        "Thieves stole 240 laptops from a Pelham school over the half-term holiday.",
        claim_id=121,
    )
    tablets = "Thieves stole 240 tablets from a Pelham school over the half-term holiday."
    assert event(tablets, story) is None


def test_reports_that_the_subject_of_a_passive_claim_had_it_done_were_false_retract_it():
    story = one_claim(
        "marsh-ban",
        "Marsh ban",
        "Rangers striker Leo Marsh has been banned for four matches for elbowing an opponent.",
        claim_id=117,
    )
    page = (
        "The club said reports that Leo Marsh had been banned for four matches were wrong: the "
        "panel has not yet met."
    )
    assert event(page, story) == "retracted"
    aside = (
        "Rangers striker Leo Marsh has been banned for four matches for elbowing an opponent. "
        "Reports that he would leave the club in January were wrong, his agent said."
    )
    assert event(aside, story) == "picked_up"


def test_the_claims_verb_swapped_for_its_opposite_is_another_claim():
    story = one_claim(
        "skyloom-subscribers",
        "Skyloom subscribers",
        "Streaming service Skyloom lost 1.4 million subscribers in the three months to June.",
        claim_id=118,
    )
    gained = "Streaming service Skyloom gained 1.4 million subscribers in the three months to June."
    assert event(gained, story) is None
    # the opposite said of another, elsewhere in the passage, is no swap of the claim's verb
    rival = (
        "Streaming service Skyloom saw 1.4 million subscribers leave in the three months to "
        "June, while its rival Vexo gained 900,000."
    )
    assert event(rival, story) == "reworded"
    story = one_claim(
        "dalton-depot",
        "Dalton depot",
        "Dalton Foods will cut 1,400 jobs at its Irby depot by the end of the year.",
        claim_id=119,
    )
    assert event("Dalton Foods will hire 1,400 staff at its Irby depot this year.", story) is None
    story = one_claim(
        "tarrow-fined",
        "Tarrow fined",
        "Judge Ruth Amis fined Tarrow Developments 2.4 million pounds for the death of a worker "
        "at its Hale Street site.",
        claim_id=123,
    )
    cleared = (
        "Judge Ruth Amis cleared Tarrow Developments over the death of a worker at its Hale "
        "Street site."
    )
    assert event(cleared, story) is None
    story = one_claim(
        "cole-suspended",
        "Cole suspended",
        "The Harwick Academy trust has suspended its head teacher, Dan Cole, over exam "
        "irregularities.",
        claim_id=126,
    )
    cleared = (
        "The Harwick Academy trust has cleared its head teacher, Dan Cole, of exam irregularities."
    )
    assert event(cleared, story) is None
    # the opposite negated says the same ("no new home will be allowed" one is a ban)
    story = one_claim(
        "stove-ban",
        "Stove ban",
        "Wood-burning stoves will be banned in all new homes in Brisholme from next April.",
        claim_id=120,
    )
    allowed = "No new home in Brisholme will be allowed a wood-burning stove from next April."
    assert event(allowed, story) is not None


def test_a_short_denial_with_a_verb_of_its_own_after_the_claim_is_of_another_thing():
    story = one_claim(
        "tarrow-fine",
        "Tarrow fine",
        "Judge Ruth Amis fined Tarrow Developments 2.4 million pounds for the death of a worker "
        "at its Hale Street site.",
        claim_id=122,
    )
    page = (
        "Judge Ruth Amis fined Tarrow Developments 2.4 million pounds for the death of a worker "
        "at its Hale Street site. Tarrow denied it had ignored safety warnings."
    )
    assert event(page, story) == "picked_up"


def test_the_claim_said_in_the_passive_without_its_named_doer_is_a_rewording():
    story = one_claim(
        "tarrow-fine-passive",
        "Tarrow fine",
        "Judge Ruth Amis fined Tarrow Developments 2.4 million pounds for the death of a worker "
        "at its Hale Street site.",
        claim_id=124,
    )
    passive = (
        "Tarrow Developments has been fined 2.4 million pounds over a worker's death at its Hale "
        "Street site."
    )
    assert event(passive, story) == "reworded"
    other = (
        "Hallam Homes has been fined 2.4 million pounds over a worker's death at its Hale Street "
        "site."
    )
    assert event(other, story) is None


SATELLITE = one_claim(
    "orla-lost",
    "Orla lost",
    "The Orla-3 satellite was lost after its rocket's second stage failed shortly after launch "
    "on Tuesday.",
    claim_id=125,
)


def test_a_denial_need_not_repeat_why_the_claim_says_it_happened():
    denial = (
        "The space agency said the Orla-3 satellite had not been lost: it reached a lower orbit "
        "than planned and is working."
    )
    assert event(denial, SATELLITE) == "retracted"
    note = (
        "Correction: an earlier version of this story said the Orla-3 satellite was lost. It "
        "reached orbit safely."
    )
    assert event(note, SATELLITE) == "retracted"
    other = (
        "The Orla-3 satellite was lost after its rocket's second stage failed shortly after "
        "launch on Tuesday. The agency said the Vela satellite had not been lost."
    )
    assert event(other, SATELLITE) == "picked_up"


def test_a_correction_of_a_name_or_figure_the_claim_does_not_give_is_of_another_detail():
    page = (
        "The Orla-3 satellite was lost after its rocket's second stage failed shortly after "
        "launch on Tuesday. Correction: an earlier version of this story said the launch was on "
        "Monday."
    )
    assert event(page, SATELLITE) == "picked_up"


def test_reports_of_the_claim_called_exaggerated_retract_it():
    story = one_claim(
        "eastbury-power",
        "Eastbury power cut",
        "A power cut left 38,000 homes in Eastbury without electricity for up to 14 hours on "
        "Sunday.",
        claim_id=127,
    )
    page = (
        "The network operator said reports that a power cut left 38,000 homes in Eastbury "
        "without electricity on Sunday were exaggerated."
    )
    assert event(page, story) == "retracted"


def test_whom_the_claims_doer_acted_on_said_not_to_have_had_it_done_retracts_it():
    story = one_claim(
        "pryor-jailed",
        "Pryor jailed",
        "A judge at Marlow Crown Court jailed former bank manager Colin Pryor for four years for "
        "fraud.",
        claim_id=128,
    )
    denial = "Colin Pryor was not jailed: the judge gave him a suspended sentence."
    assert event(denial, story) == "retracted"
    brother = (
        "Former bank manager Colin Pryor was jailed for four years for fraud. His brother, Alan "
        "Pryor, was not jailed."
    )
    assert event(brother, story) == "picked_up"


def test_a_denial_pointing_back_past_a_sentence_about_others_points_at_them():
    story = one_claim(
        "corvane-fine",
        "Corvane fine",
        "Regulators fined Corvane Energy 6 million pounds for overcharging 40,000 customers.",
        claim_id=129,
    )
    page = (
        "Regulators fined Corvane Energy 6 million pounds for overcharging 40,000 customers. The "
        "company's former finance director, Ann Hale, is being investigated separately. Her "
        "lawyer said she denied the allegations."
    )
    assert event(page, story) == "picked_up"


def test_a_colour_swapped_for_another_names_another_kind_of_thing():
    story = one_claim(
        "green-tea-gums",
        "Green tea and gums",
        "Drinking two cups of green tea a day cut the risk of gum disease by 20 percent, a study "
        "found.",
        claim_id=130,
    )
    black = (
        "Drinking two cups of black tea a day cut the risk of gum disease by 20 percent, a study "
        "found."
    )
    assert event(black, story) is None
    again = (
        "Drinking two cups of green tea a day cut the risk of gum disease by 20 percent, a new "
        "study found."
    )
    assert event(again, story) == "picked_up"


def test_plans_to_do_what_the_claim_says_dropped_retract_it():
    story = one_claim(
        "wexmoor-night-crews",
        "Wexmoor night crews",
        "Wexmoor fire service will stop night crews at nine of its 27 stations from April.",
        claim_id=131,
    )
    dropped = "Wexmoor fire service has dropped plans to stop night crews at nine stations."
    assert event(dropped, story) == "retracted"
    other = (
        "Wexmoor fire service will stop night crews at nine of its 27 stations from April. It "
        "has dropped plans to close the Harbour Road station."
    )
    assert event(other, story) == "picked_up"


def test_a_word_of_the_claim_said_in_another_form_is_no_word_swapped():
    story = one_claim(
        "orwell-ward",
        "Orwell ward",
        "Kelsey Health Trust voted to close the children's ward at Orwell Hospital overnight and "
        "send patients to Branford General instead.",
        claim_id=132,
    )
    at_night = (
        "Kelsey Health Trust has voted to close the children's ward at Orwell Hospital at night "
        "and send patients to Branford General instead."
    )
    assert event(at_night, story) == "picked_up"


def test_reports_that_whom_plural_doers_suspended_was_suspended_were_untrue_retract_it():
    story = one_claim(
        "drury-ban",
        "Drury ban",
        "Stewards suspended jockey Mel Drury for ten days for careless riding in the Kelso Chase.",
        claim_id=133,
    )
    page = (
        "The Racing Board said reports that Mel Drury had been suspended over his ride in the "
        "Kelso Chase were untrue. He was given a caution."
    )
    assert event(page, story) == "retracted"


def test_a_denial_of_a_price_of_care_is_no_denial_of_a_price_of_cars():
    story = one_claim(
        "used-cars",
        "Used cars",
        "The average price of a second-hand car rose by 9 percent over the past year to £12,400.",
        claim_id=134,
    )
    page = (
        "The Home Care Federation said reports that the average price of an hour of home care "
        "has risen to 28 pounds are wrong. Its own survey put the average at 24 pounds, up 3 "
        "percent on last year."
    )
    assert event(page, story) is None


def test_the_verb_after_voted_to_swapped_for_its_opposite_is_another_decision():
    story = one_claim(
        "brayford-clinic",
        "Brayford clinic",
        "Lowmere Health Board voted to close the walk-in clinic at Brayford Hospital overnight "
        "and send patients to Ashby General instead.",
        claim_id=135,
    )
    extend = (
        "Lowmere Health Board voted to extend the walk-in clinic at Brayford Hospital, adding "
        "two treatment rooms. Patients who need a scan are sent to Ashby General."
    )
    assert event(extend, story) is None
    shut = (
        "Lowmere Health Board voted to shut the walk-in clinic at Brayford Hospital overnight "
        "and send patients to Ashby General instead."
    )
    assert event(shut, story) == "picked_up"


def test_a_gust_converted_to_miles_and_called_unmatched_before_is_a_rewording():
    story = one_claim(
        "storm-brenna",
        "Storm Brenna",
        "A gust of 185 kilometres per hour was recorded at Carrick Head during Storm Brenna, the "
        "strongest ever measured on the Tarrow coast.",
        claim_id=136,
    )
    page = (
        "Gusts from Storm Brenna reached nearly 115 miles an hour at Carrick Head on the Tarrow "
        "coast, a speed never before recorded there."
    )
    assert event(page, story) == "reworded"


def test_a_falsity_cue_naming_the_claims_subject_and_head_and_nothing_else_retracts_it():
    story = one_claim(
        "carston-rents",
        "Carston rents",
        "Average rents for a one-bedroom flat in Carston rose by 14 percent last year to 1,050 "
        "pounds a month.",
        claim_id=137,
    )
    page = "Landlords said the claim that one-bedroom rents in Carston rose 14 percent was wrong."
    assert event(page, story) == "retracted"
    assert event("Agents said the claim that rents in Carston rose was wrong.", story) == (
        "retracted"
    )
    # what it names has something of its own: another claim
    office = "The suggestion that office rents in Carston rose last year is wrong, agents said."
    assert event(office, story) is None


def test_asking_the_subject_not_to_do_what_the_claim_says_retracts_nothing():
    story = one_claim(
        "brenford-toilets",
        "Brenford toilets",
        "Brenford Council will close four of its seven public toilets in the town centre to save "
        "120,000 pounds a year.",
        claim_id=138,
    )
    asked = "Campaigners have asked Brenford Council not to close the public toilets in the town."
    assert event(asked, story) is None
    denied = "Brenford Council has said it will not close public toilets in the town centre."
    assert event(denied, story) == "retracted"


def test_a_hearing_the_subject_faces_over_the_claims_matter_is_not_its_outcome():
    story = one_claim(
        "obi-struck-off",
        "Obi struck off",
        "Nurse Grace Obi was struck off by the nursing regulator for falsifying patient records "
        "at Hinton Hospital.",
        claim_id=139,
    )
    faces = (
        "Nurse Grace Obi faces a hearing by the nursing regulator over claims she falsified "
        "patient records."
    )
    assert event(faces, story) is None
    tilby = one_claim(
        "tilby",
        "Tilby",
        "Mayor Joan Tilby resigned after an inquiry found she had misused council credit cards.",
        claim_id=140,
    )
    inquiry = "Mayor Joan Tilby faces an inquiry into claims she misused council credit cards."
    assert event(inquiry, tilby) is None


def test_cleared_by_the_body_that_would_strike_off_is_another_outcome():
    story = one_claim(
        "obi-struck-off",
        "Obi struck off",
        "Nurse Grace Obi was struck off by the nursing regulator for falsifying patient records "
        "at Hinton Hospital.",
        claim_id=141,
    )
    cleared = (
        "Nurse Grace Obi was cleared by the nursing regulator of falsifying patient records at "
        "Hinton Hospital."
    )
    assert event(cleared, story) is None
    again = (
        "Nurse Grace Obi was struck off by the nursing regulator for falsifying patient records "
        "at Hinton Hospital, a panel ruled."
    )
    assert event(again, story) == "picked_up"


def test_hundreds_of_jobs_for_the_claims_count_is_a_hedged_rewording():
    story = one_claim(
        "dorlan-jobs",
        "Dorlan jobs",
        "Dorlan Foods will cut 350 jobs at its Kelby bakery and move production to Wrexford by "
        "next spring.",
        claim_id=142,
    )
    page = (
        "Dorlan Foods could cut hundreds of jobs at its Kelby bakery, according to union officials."
    )
    assert event(page, story) == "reworded"


def test_the_claims_plan_done_years_ago_is_an_earlier_event():
    story = one_claim(
        "dorlan-jobs",
        "Dorlan jobs",
        "Dorlan Foods will cut 350 jobs at its Kelby bakery and move production to Wrexford by "
        "next spring.",
        claim_id=143,
    )
    page = (
        "Dorlan Foods cut 350 jobs at its Kelby bakery in 2019 and moved some production to "
        "Wrexford."
    )
    assert event(page, story) is None


def test_a_verb_of_the_claim_said_as_a_noun_is_a_rewording_not_another_claim():
    story = one_claim(
        "lorwick-deaths",
        "Lorwick deaths",
        "Traffic deaths in Lorwick fell by 18 percent last year after the city lowered speed "
        "limits to 20mph.",
        claim_id=144,
    )
    page = (
        "Road fatalities in Lorwick dropped 18 percent last year following the introduction of "
        "20mph limits."
    )
    assert event(page, story) == "reworded"


def test_low_cost_homes_are_affordable_homes():
    story = one_claim(
        "harwell-homes",
        "Harwell homes",
        "The Harwell Trust will build 1,200 affordable homes on the former Coxley airfield over "
        "the next ten years.",
        claim_id=145,
    )
    page = (
        "The Harwell Trust plans to construct 1,200 low-cost homes at the disused Coxley "
        "airfield within a decade."
    )
    assert event(page, story) == "reworded"


def test_the_head_of_either_statement_of_a_claim_of_two_negated_retracts_it():
    story = one_claim(
        "kestrel-lanford",
        "Kestrel Lanford",
        "Kestrel Airways will cut 900 jobs and close its maintenance base at Lanford by the end "
        "of the year.",
        claim_id=146,
    )
    page = "Kestrel Airways has said it will not close its maintenance base at Lanford."
    assert event(page, story) == "retracted"


def test_the_words_only_of_who_says_the_claim_count_less():
    story = one_claim(
        "harlow-checkouts",
        "Harlow checkouts",
        "The head of supermarket chain Harlow, Nina Brandt, said the chain would remove "
        "self-service checkouts from 90 of its 240 stores by the summer.",
        claim_id=147,
    )
    hedged = "Harlow could scrap self-service checkouts in up to 90 stores, Nina Brandt has hinted."
    assert event(hedged, story) == "reworded"
    claim = story.claims[0].text
    weights = prepare(story).weights[claim]
    assert weights[canonical("supermarket")] < weights[canonical("checkouts")]
    assert weights[canonical("Brandt")] == weights[canonical("Nina")]  # names keep theirs
    # a finding's trailing attribution ("a study of adults found") keeps its weight
    study = one_claim(
        "cycling-hearts",
        "Cycling hearts",
        "Cycling to work cut the risk of heart disease by 46 percent, a study of adults found.",
        claim_id=148,
    )
    weights = prepare(study).weights[study.claims[0].text]
    assert weights[canonical("adults")] == weights[canonical("work")]


def test_the_company_for_its_name_and_a_figure_for_a_figure_put_nothing_else_in_a_slot():
    delay = terms(
        "Chief executive Rhona Gattis said Trevane would delay the launch of its Kite e-bike."
    )
    later = terms(
        "Rhona Gattis said the company's Kite e-bike would reach shops later than planned."
    )
    assert substitution(delay, later) is None
    claim = "Larkspur Mail will raise the price of a first-class stamp by 15p to 1.45 pounds."
    p = claim_parts(claim)
    percent = terms(
        "Larkspur Mail is putting the first-class stamp up by 10 percent, to 1.50 pounds."
    )
    assert substitution(terms(claim), percent, p.head, p.reporter, p.subject) is None
    # another thing in the slot is still another claim
    museum = terms("Rhona Gattis said Trevane would delay the launch of its Kite museum.")
    assert substitution(delay, museum) is not None


MARLOW = one_claim(
    "marlow-tax",
    "Marlow council tax",
    "Marlow County Council has approved a 4.9 percent rise in council tax from April.",
    claim_id=149,
)


def test_a_correction_of_a_figure_with_a_decimal_point_names_the_whole_figure():
    page = (
        "Correction: an earlier version of this article said Marlow County Council had approved "
        "a 4.9 percent rise in council tax. The vote has been postponed until March."
    )
    assert event(page, MARLOW) == "retracted"


def test_a_vote_to_come_on_what_the_claim_says_was_approved_is_not_the_approval():
    page = (
        "Marlow County Council will vote next month on a proposed 4.9 percent rise in council tax."
    )
    assert event(page, MARLOW) is None


def test_a_denial_of_another_thing_days_after_the_claims_event_retracts_nothing():
    story = one_claim(
        "pell-transfer",
        "Pell transfer",
        "Striker Jonas Pell has signed a four-year contract with Ardwell City for a club-record "
        "fee of 38 million pounds.",
        claim_id=150,
    )
    page = (
        "Ardwell City denied reports that manager Tom Reece would leave the club, days after "
        "signing Jonas Pell for 38 million pounds."
    )
    assert event(page, story) != "retracted"


def test_a_finding_of_none_negates_a_finding_and_agrees_with_a_finding_of_none():
    found = one_claim(
        "vesta-ice",
        "Vesta ice",
        "The Orland Space Agency said its Vesta-2 probe had found traces of ice in a crater near "
        "the moon's south pole.",
        claim_id=151,
    )
    none = (
        "The Orland Space Agency said its Vesta-2 probe had found no traces of ice in a crater "
        "near the moon's south pole."
    )
    assert event(none, found) == "retracted"
    no_link = one_claim(
        "coffee-hearts",
        "Coffee hearts",
        "A study of 4,000 adults found no link between coffee and heart failure.",
        claim_id=152,
    )
    again = (
        "Researchers found no evidence of a link between coffee and heart failure in a study of "
        "4,000 adults."
    )
    assert event(again, no_link) != "retracted"
    disputed = (
        "There is no evidence for the claim that a study of 4,000 adults found no link between "
        "coffee and heart failure."
    )
    assert event(disputed, no_link) == "retracted"
