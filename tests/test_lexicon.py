"""Canonical word forms: stems, irregular verbs and synonym groups."""

from pipelines.evidence import matched_terms, terms
from pipelines.lexicon import canonical, canonical_at, derived_match, opposites


def test_an_irregular_form_stems_as_its_base_does():
    assert canonical("rose") == canonical("rise") == canonical("rises") == canonical("rising")
    assert canonical("made") == canonical("make")
    assert canonical("took") == canonical("take") == canonical("taken")


def test_a_rise_and_a_raise_are_one_change():
    assert canonical("rose") == canonical("raised") == canonical("increase")
    assert canonical("fell") != canonical("rose")


def test_sending_or_handing_back_is_returning():
    from pipelines.lexicon import canonical_at

    assert canonical_at(["masks", "sent", "back", "to"], 1) == canonical("return")
    assert canonical_at(["will", "hand", "back", "the"], 1) == canonical("returned")
    assert canonical_at(["sent", "the"], 0) == canonical("send")


def test_a_group_named_by_its_bound_reads_as_its_figure():
    from pipelines.evidence import terms
    from pipelines.lexicon import canonical_at

    assert canonical_at(["the", "over", "70s"], 2) == "70"
    assert terms("journeys by the over-70s").numbers == {"70"}
    assert terms("music of the 1970s").numbers == frozenset()  # a decade is no group


def test_a_phrasal_verb_is_read_in_any_form_of_its_verb():
    assert canonical_at(["took", "over", "the"], 0) == canonical("bought")
    assert canonical_at(["taking", "in", "a", "pet"], 0) == canonical("adopted")
    assert canonical_at(["laid", "off", "staff"], 0) == canonical("cut")


def test_wrecked_is_damaged():
    assert canonical("wrecked") == canonical("damaged")


def test_halve_is_a_cut():
    assert canonical("halve") == canonical("halves") == canonical("cut")


def test_sold_to_is_bought_by():
    # "Gillycroft has been sold to Kjeldgaard" is "Gillycroft was bought by Kjeldgaard"
    assert canonical_at(["been", "sold", "to", "kjeldgaard"], 1) == canonical("bought")
    assert canonical_at(["sold", "its", "farms"], 0) == canonical("sell")


def test_a_phrasal_verb_is_read_with_a_short_object_before_its_particle():
    assert canonical_at("will put its prices up".split(), 1) == canonical("raise")
    assert canonical_at("put fares up".split(), 0) == canonical("raise")
    assert canonical_at("laid the staff off".split(), 0) == canonical("cut")
    assert canonical_at("put the phone down".split(), 0) == canonical("put")  # no such verb
    assert canonical_at("put 40 more staff up".split(), 0) == canonical("put")  # no short object


def test_a_factory_is_a_plant():
    assert canonical("factory") == canonical("plants")


def test_word_classes_tell_a_verb_only_word_from_a_noun_or_an_adverb():
    from pipelines.lexicon import only_adverb, only_verb

    assert only_verb("recover") and only_verb("identified")
    assert not only_verb("reefs") and not only_verb("sleep")  # nouns as well
    assert only_adverb("wrongly") and not only_adverb("fast")


def test_families_households_and_parents_are_one_group():
    assert canonical("families") == canonical("parents") == canonical("household")
    assert canonical("families") != canonical("children")


def test_a_harvest_is_a_crop():
    assert canonical("harvest") == canonical("crops") == canonical("yield")


def test_to_invest_is_to_spend():
    assert canonical("invest") == canonical("spending") == canonical("invested")


def test_a_bike_is_a_bicycle():
    assert canonical("bikes") == canonical("bicycle") != canonical("cycling")


def test_the_noun_of_an_action_is_its_verb():
    assert canonical("closure") == canonical("closures") == canonical("close") == canonical("shut")
    assert canonical("approval") == canonical("approved")
    assert canonical("explosion") == canonical("exploded")
    # a noun of its own stays itself
    assert canonical("division") != canonical("divide")


def test_a_buyer_is_a_customer():
    assert canonical("buyers") == canonical("customer") == canonical("shoppers")


def test_an_appointment_is_a_consultation():
    assert canonical("appointments") == canonical("consultation")


def test_to_pay_back_is_to_repay():
    from pipelines.lexicon import canonical_at

    assert canonical_at(["must", "pay", "back"], 1) == canonical("repays")


def test_how_likely_is_the_risk():
    assert canonical("likely") == canonical("risk") == canonical("chance") == canonical("odds")


def test_to_scrap_is_to_cancel_and_to_bin_is_to_throw_away():
    from pipelines.lexicon import canonical_at

    assert canonical("cancelled") == canonical("cancel") == canonical("scrapped")
    assert canonical_at(["throws", "away"], 0) == canonical("binning")


def test_blocking_is_stopping_gaining_is_adding_and_a_goal_is_a_target():
    assert canonical("blocked") == canonical("halted") == canonical("stop")
    assert canonical("gained") == canonical("added")
    assert canonical("goal") == canonical("target")


def test_to_give_way_is_to_collapse():
    assert canonical_at(("the", "bridge", "gave", "way"), 2) == canonical("collapsed")


def test_a_detector_is_an_alarm_a_property_a_home_and_a_sale_is_selling():
    assert canonical("detectors") == canonical("alarm")
    assert canonical("properties") == canonical("homes")
    assert canonical("sale") == canonical("selling")
    assert canonical("rental") == canonical("rented")


def test_a_word_and_its_noun_are_matched_either_way():
    def derived(a, b):
        return derived_match(canonical(a), frozenset({canonical(b)}))

    for a, b in (("pregnant", "pregnancy"), ("complete", "completion"), ("recover", "recovery")):
        assert derived(a, b) and derived(b, a), (a, b)
    # an agent noun names another thing, and a word that only begins like another is not it
    for a, b in (("prison", "prisoner"), ("employ", "employer"), ("public", "publish")):
        assert not derived(a, b) and not derived(b, a), (a, b)


def test_a_claim_term_said_in_another_part_of_speech_is_matched():
    claim = terms("Women who are pregnant and take a vitamin were less likely to give birth early.")
    passage = terms("Taking the vitamin in pregnancy might lower the chance of an early birth.")
    assert canonical("pregnant") in matched_terms(claim, passage)


def test_the_go_ahead_and_a_green_light_are_approval():
    approve = canonical("approved")
    assert approve in terms("Councillors gave the scheme the go-ahead.").content
    assert approve in terms("The scheme got a green light from councillors.").content
    # to go ahead is to happen, not to be approved
    assert approve not in terms("The match will go ahead on Sunday.").content


def test_news_vocabulary_near_synonyms_share_a_canonical_form():
    for a, b in (
        ("quashed", "overturned"),
        ("surgery", "operations"),
        ("subscribers", "members"),
        ("boss", "chief"),
        ("inmates", "prisoners"),
        ("postponed", "delayed"),
        ("price", "cost"),
    ):
        assert canonical(a) == canonical(b), (a, b)


def test_antonyms_co_hyponyms_and_other_senses_stay_apart():
    for a, b in (
        ("rise", "fall"),
        ("coffee", "tea"),
        ("cancer", "diabetes"),
        ("court", "judge"),
        ("axe", "cancel"),  # "axe 200 jobs" cuts; it does not cancel
        ("council", "official"),
        ("workforce", "troops"),
        ("news", "new"),  # no plural
        ("bars", "banned"),  # chocolate bars
    ):
        assert canonical(a) != canonical(b), (a, b)


def test_opposite_verbs_are_known_with_their_synonyms_both_ways():
    assert canonical("gained") in opposites(canonical("lost"))
    assert canonical("lost") in opposites(canonical("gained"))
    assert canonical("shut") in opposites(canonical("opened"))
    assert canonical("recruit") in opposites(canonical("axed"))
    assert canonical("cleared") in opposites(canonical("suspended"))
    assert canonical("add") in opposites(canonical("stop"))
    assert canonical("extended") in opposites(canonical("closing"))
    assert canonical("cleared") in opposites(canonical_at(("struck", "off"), 0))
    assert canonical("start") in opposites(canonical("halt"))
    assert not opposites(canonical("said"))


def test_short_and_irregular_forms_find_their_synonym_group():
    assert canonical("axed") == canonical("axing") == canonical("cut")
    assert canonical("leapt") == canonical("rose")


def test_a_word_with_a_silent_e_does_not_stem_into_the_word_without_it():
    assert canonical("care") != canonical("car")
    assert canonical("caring") == canonical("cared") == canonical("care")
    assert canonical("plane") != canonical("planned") == canonical("planning") == canonical("plan")
    assert canonical("hoping") == canonical("hope") != canonical("hopping")
    # a plural in "-es" still loses it, and forms of one verb still share a stem
    assert canonical("buses") == canonical("bus")
    assert canonical("closed") == canonical("closing") == canonical("close")
    assert canonical("voted") == canonical("votes") == canonical("vote")


def test_switching_off_is_turning_off_and_the_opposite_of_switching_on():
    switched = canonical_at(("switched", "off"), 0)
    assert canonical_at(("turned", "off"), 0) == switched == canonical_at(("shut", "off"), 0)
    assert canonical_at(("switch", "on"), 0) in opposites(switched)


def test_calling_off_is_cancelling_and_a_diagnosis_is_what_was_diagnosed():
    assert canonical_at(("called", "off"), 0) == canonical("cancelled")
    assert derived_match(canonical("diagnosed"), frozenset({canonical("diagnosis")}))


def test_a_tourist_is_a_visitor():
    assert canonical("tourists") == canonical("visitors") == canonical("holidaymakers")
    assert canonical("abroad") != canonical("overseas")  # "trips abroad" are residents' trips


def test_the_particle_of_a_phrasal_verb_is_no_term_of_its_own():
    assert "away" not in terms("The average household throws away 58 pounds of food").content
    assert canonical("discard") in terms("throws away food").content
    assert "away" in terms("The team played away from home").content
