"""The parts of a claim sentence (subject, predicate, head, attribution) and the checks on them."""

from pipelines.claim_parts import (
    bygone,
    claim_parts,
    conjuncts,
    demanded,
    done_by_another,
    foretold,
    negated_head,
    parts_carried,
    prospective,
    rare_words,
    reversed_comparison,
    split_attribution,
)
from pipelines.evidence import matched_terms, overlap, terms
from pipelines.lexicon import canonical


def names(*words):
    return {canonical(w) for w in words}


def test_attribution_is_split_off_front_and_back():
    core, attr = split_attribution(
        "Cycling to work cuts the risk of heart disease, according to a study of commuters."
    )
    assert core == "Cycling to work cuts the risk of heart disease"
    assert "study" in attr
    core, attr = split_attribution("Officials said that the port will close in June next year.")
    assert core.startswith("the port will close") and attr.startswith("Officials said")
    # "were found" is the claim's own verb, not a reporting clause
    core, attr = split_attribution("Microplastic particles were found in most bottled water.")
    assert attr == "" and core.startswith("Microplastic")


def test_subject_predicate_and_head_of_plain_claims():
    p = claim_parts("Cycling to work cuts the risk of heart disease by 45 percent.")
    assert p.subject == names("cycling", "work")
    assert names("cuts", "risk", "heart", "disease") <= p.predicate
    assert p.head == names("cuts")
    p = claim_parts("Norland Air will cut 1,200 jobs and close its base in Brenton.")
    assert p.subject == names("norland", "air") and p.head == names("cut")


def test_relative_clause_is_part_of_the_subject_and_copula_heads_skip_figures():
    p = claim_parts(
        "Children who spend more than two hours a day on screens are twice as likely to need "
        "glasses."
    )
    assert names("children", "spend", "screens") <= p.subject
    assert p.head == names("likely")
    p = claim_parts("Electric cars are 60 times less likely to catch fire than petrol cars.")
    assert p.head == names("likely")
    # a compound in the relative clause's object is no verb: "free" is not what they do
    p = claim_parts("Patients who chew sugar-free gum after surgery leave hospital a day earlier.")
    assert p.head == names("leave")
    assert names("sugar", "free", "gum") <= p.subject


def test_control_verbs_hand_the_head_on_and_can_be_main_verbs():
    p = claim_parts("Harbor City council has voted to ban holiday rentals in the Old Town.")
    assert p.head == names("voted", "ban")
    p = claim_parts("45 percent of nurses plan to leave the profession within five years.")
    assert p.parsed and canonical("nurses") in p.subject and canonical("leave") in p.head


def test_an_irregular_past_is_a_main_verb_before_a_preposition():
    p = claim_parts("Hackers broke into the bank's database and stole 2,000 card numbers.")
    assert p.subject == names("hackers") and p.head == names("broke")
    assert canonical("broke") == canonical("broken") == canonical("break")
    assert canonical("stole") == canonical("stolen") == canonical("steal")


def test_a_verb_taking_a_that_clause_and_a_verb_before_an_article_are_main_verbs():
    p = claim_parts("Judge Amrith ruled that the county acted unlawfully when it shut nine pools.")
    assert p.subject == names("judge", "amrith") and p.head == names("ruled")
    p = claim_parts("The storm that struck the coast last week caused an estimated 900 landslides.")
    assert names("storm", "struck", "coast") <= p.subject and p.head == names("caused")


def test_a_unit_after_a_figure_is_no_verb_and_a_bare_object_follows_a_late_verb():
    p = claim_parts(
        "Swimming for at least three hours a week eases back pain and improves sleep in adults "
        "over 50, according to a study of 2,600 people."
    )
    assert p.parsed and p.subject == names("swimming", "three", "hours", "week")
    assert p.head == names("eases")


def test_an_irregular_past_after_a_figure_is_the_verb_not_what_the_figure_counts():
    p = claim_parts("Bus journeys by people aged over 70 fell by 8 percent last year.")
    assert p.parsed and p.head == names("fell")
    assert p.subject == names("bus", "journeys", "people", "aged", "70")


def test_a_word_that_can_only_be_a_verb_is_the_main_verb():
    p = claim_parts(
        "Salt marshes that are closed to grazing recover from floods three times as fast as "
        "marshes where grazing is allowed."
    )
    assert p.head == names("recover") and names("salt", "marshes", "grazing") <= p.subject
    p = claim_parts("Rats that were trained on breath samples detected lung cancer in 80 percent.")
    assert p.head == names("detected") and canonical("breath") in p.subject
    p = claim_parts("Retired people who keep bees feel calmer and sleep better, a survey found.")
    assert p.head == names("feel")
    p = claim_parts("Families spend an average of £90 a month on school lunches.")
    assert p.head == names("spend")


def test_a_plural_known_only_as_a_verb_before_a_past_form_is_a_noun():
    # lemminflect knows "dams" only as a verb; "kept" before what was kept up is the verb
    p = claim_parts("Towns near river dams kept flooding for two weeks longer than other towns.")
    assert p.head == names("kept") and canonical("dams") in p.subject
    p = claim_parts("Ponds that lie below old dams stopped freezing in winter.")
    assert p.head == names("stopped") and canonical("dams") in p.subject


def test_a_bare_verb_after_a_plural_before_its_object_is_the_main_verb():
    p = claim_parts(
        "Nine in ten night-shift nurses skip their meal break and drink coffee instead."
    )
    assert p.head == names("skip") and canonical("nurses") in p.subject
    p = claim_parts("Most commuters pay the full fare on weekdays.")
    assert p.head == names("pay")


def test_a_past_form_after_a_place_preposition_describes_a_place():
    p = claim_parts(
        "Oaks that grow in parks near salted roads lose their leaves 10 days earlier than oaks "
        "in woods."
    )
    assert p.head == names("lose") and names("oaks", "salted", "roads") <= p.subject


def test_a_participle_describing_the_subject_and_an_adverb_are_no_head():
    p = claim_parts("Frogs exposed to a common weedkiller were found to grow 20 percent slower.")
    assert canonical("exposed") in p.subject and canonical("exposed") not in p.head
    p = claim_parts("Rats trained on saliva samples detected tuberculosis in nine cases of ten.")
    assert p.head == names("detected") and canonical("trained") in p.subject
    # a verb after the clause ends is another clause's: the participle is the main verb
    p = claim_parts("Sales dropped by 5 percent after prices rose.")
    assert p.head == names("dropped")
    p = claim_parts("About 900 drivers were wrongly fined for speeding, a review has found.")
    assert p.head == names("fined")
    # an irregular participle describes the subject as well
    p = claim_parts("Entries for Latin exams taken at 18 fell by 4 percent this year.")
    assert p.head == names("fell") and canonical("taken") in p.subject
    # and so does one that is also a past tense, by its place before a preposition
    p = claim_parts("A hoard of coins found by a farmer near Oxley was buried around 870.")
    assert p.head == names("buried") and canonical("found") in p.subject
    p = claim_parts("The farmer found 40 coins by the river.")
    assert p.head == names("found")


def test_no_verb_found_means_no_parts():
    assert not claim_parts("A record harvest of apples in the north.").parsed


def test_parts_carried_counts_subject_without_figures_and_predicate_apart():
    claim = "Cycling to work cuts the risk of heart disease by 45 percent."
    p = claim_parts(claim)
    other_subject = terms("Drinking tea lowers the risk of heart disease by 20 percent.")
    held = parts_carried(p, frozenset(matched_terms(terms(claim), other_subject)))
    assert held.subject == 0.0 and held.head  # "lowers" is a synonym of "cuts"
    same = terms("Cycling to work reduces heart disease risk by 45 percent.")
    held = parts_carried(p, frozenset(matched_terms(terms(claim), same)))
    assert held.subject == 1.0 and held.predicate == 1.0
    nurses = claim_parts("45 percent of nurses plan to leave the profession.")
    held = parts_carried(nurses, frozenset({"45", canonical("percent")}))
    assert held.subject == 0.0  # figures alone do not name who the claim is about
    bikes = "The average price of a new bicycle rose by 9 percent to £640."
    other_thing = terms("The average price of a bus pass rose by 4 percent to £60.")
    held = parts_carried(claim_parts(bikes), matched_terms(terms(bikes), other_thing))
    assert held.subject == 0.0  # "the average price of" measures what the claim is about


def test_head_called_for_is_not_the_head_stated():
    claim = terms("Mayor Ruth Oduya has resigned over the water crisis.")
    p = claim_parts(claim.text)
    called = terms("Councillors will vote on a motion calling for mayor Ruth Oduya to resign.")
    assert demanded(p, claim.words, called.words)
    done = terms("Mayor Ruth Oduya resigned on Friday.")
    assert not demanded(p, claim.words, done.words)
    bridge = terms("The council will close the Tarrow Bridge to cars from May.")
    pb = claim_parts(bridge.text)
    vote = terms("Councillors will vote next month on a proposal to close the Tarrow Bridge.")
    assert demanded(pb, bridge.words, vote.words)  # proposed, not decided
    assert not demanded(pb, bridge.words, terms("The Tarrow Bridge will close in May.").words)


def test_the_head_done_by_another_name_is_not_the_claim():
    claim = terms("Harwick won the county cup final by two goals on Saturday.")
    p = claim_parts(claim.text)
    other = terms("Selby won the county cup final, ending a run of three defeats by Harwick.")
    assert done_by_another(p, claim.names, other)
    assert done_by_another(p, claim.names, terms("Selby have won the county cup final."))
    for same in (
        "Harwick won the county cup final on Saturday.",
        "Harwick, coached by Lena Moss, won the county cup final.",  # the subject comes first
        "The county cup final was won by Harwick.",  # no name right before the head
        "On Saturday Harwick have won the county cup final.",
    ):
        assert not done_by_another(p, claim.names, terms(same)), same
    # a subject that is no name is left to the other checks
    finding = terms("Older drivers caused fewer crashes last year.")
    pf = claim_parts(finding.text)
    assert not done_by_another(pf, finding.names, terms("Young Drivers caused fewer crashes."))


def test_head_advised_or_recommended_is_not_the_head_done():
    claim = terms("The Northern Waters Board has cut next year's herring quota by 30 percent.")
    p = claim_parts(claim.text)
    for advice in (
        "Scientists have recommended that next year's herring quota be cut by 45 percent.",
        "The herring quota should be cut by 45 percent, the board's advisers say.",
        "Fishing scientists call for a deep herring cut next year.",
        "Scientists have pressed the board for months to cut the herring quota.",
    ):
        assert demanded(p, claim.words, terms(advice).words), advice
    done = terms("The board has cut the herring quota by 30 percent, to 20,000 tonnes.")
    assert not demanded(p, claim.words, done.words)
    later = terms("The board has cut the herring quota; a smaller cut would have risked the stock.")
    assert not demanded(p, claim.words, later.words)
    swim = terms("Swimming for three hours a week eases back pain, a study of 2,600 people found.")
    ps = claim_parts(swim.text)
    advice = terms("Adults over 50 should try to swim for three hours a week, a charity says.")
    assert demanded(ps, swim.words, advice.words)  # advice to do what the finding is about
    other = terms("Adults over 50 should see a doctor about back pain, a charity says.")
    assert not demanded(ps, swim.words, other.words)
    # advice to do what the claim's condition says, with its head only as the purpose
    run = terms("Adults who run twice a week are 30 percent less likely to develop back pain.")
    pr = claim_parts(run.text)
    advice = terms("Doctors urge adults to run twice a week to cut their risk of back pain.")
    assert demanded(pr, run.words, advice.words)
    found = terms(
        "Doctors urge adults to run twice a week after a study found runners were 30 percent "
        "less likely to develop back pain."
    )
    assert not demanded(pr, run.words, found.words)


def test_negated_head_is_found_only_where_the_claim_is_not_negated():
    claim = terms("Mayor Ruth Oduya has resigned over the water crisis.")
    p = claim_parts(claim.text)
    assert negated_head(p, claim.words, terms("Ruth Oduya has not resigned, aides said.").words)
    assert not negated_head(p, claim.words, terms("Ruth Oduya has resigned.").words)
    stepped = terms("She has not stepped down, her spokesman said.")
    assert negated_head(p, claim.words, stepped.words)  # "stepped down" reads as "resign"


def test_a_plan_to_look_is_not_a_finding():
    claim = "Microplastics were found in 93 percent of bottled water samples."
    assert prospective(claim, "Scientists will study whether bottled water holds microplastics.")
    assert prospective(claim, "Makers will have to test bottled water for microplastics.")
    funded = "A lab has been given a grant to examine whether bottled water holds microplastics."
    assert prospective(claim, funded)
    assert not prospective(claim, "Tests found microplastics in most bottled water samples.")
    review = "Microplastics were in 93 percent of samples, according to a review."
    assert not prospective(claim, review)
    deaths = "The storm caused an estimated 900 landslides."
    estimate = "The survey office will publish an estimate of how many landslides the storm caused."
    assert prospective(deaths, estimate)
    assert prospective(deaths, "Judge Amrith will rule on Friday on whether the storm caused them.")
    final = "The survey office will publish its final, checked estimate of the landslides in May."
    assert prospective(deaths, final)
    award = "The Osgood Marine contract will go to the lowest bidder."
    assert prospective(award, "Port Mellin will announce in June which company is to build it.")
    assert not prospective(award, "Port Mellin announced in June that Osgood Marine will build it.")


def test_a_plan_announced_before_a_finding_about_something_else_is_still_a_plan():
    sold = "About 5,400 homes were sold at auction in the first half of the year."
    week = (
        "On Tuesday the auctioneers' trade body will publish figures showing how many homes were "
        "sold at auction in the first half of the year. The last release showed prices slipping."
    )
    assert prospective(sold, week)
    # a finding first, then a plan for more: the finding stands
    found = (
        "About 5,400 homes were found to have been sold at auction in the first half of the "
        "year. The trade body will now study whether prices held."
    )
    assert not prospective(sold, found)


def test_a_question_a_past_finding_settled_is_no_plan():
    sale = "The sale of Arden Wood to Carvell Homes was blocked by the High Court."
    ruling = (
        "A judge stopped the council from selling Arden Wood to Carvell Homes, ruling that it "
        "had not checked whether the land was a village green."
    )
    assert not prospective(sale, ruling)
    plan = "Ecologists will survey the wood for ten years to find out whether the sale harms it."
    assert prospective(sale, plan)


def test_a_participle_before_the_relative_clauses_object_is_not_the_main_verb():
    p = claim_parts(
        "Workers who eat processed meat daily miss 12 percent more days through illness."
    )
    assert p.head == {canonical("miss")}
    assert {canonical("processed"), canonical("meat")} <= p.condition
    # a past verb before an adverb is the main verb: "who exercised [lived] longer"
    assert claim_parts("People who exercised lived longer.").head == {canonical("lived")}


def test_the_counted_noun_stays_in_the_subject_and_measures_do_not():
    p = claim_parts("More than 52,000 bicycle thefts were recorded by police in the past year.")
    held = parts_carried(p, frozenset({"52000", canonical("bicycle"), canonical("police")}))
    assert held.subject > 0.0  # "cases of bicycle theft" still names what was counted
    p = claim_parts(
        "Beavers that were let go on the Ambry estate three years ago have built a dam."
    )
    held = parts_carried(p, frozenset(names("beavers", "let", "go", "ambry", "estate", "ago")))
    assert held.subject == 1.0  # "three years ago" measures when, not whom


def test_a_relative_clause_after_the_verb_or_a_later_one_does_not_move_the_main_verb():
    p = claim_parts(
        "The Oslend Gallery's landscape Winter Mill was painted by Ada Fenwright, whose brother "
        "had long been credited with it."
    )
    assert p.head == names("painted") and canonical("brother") in p.predicate
    p = claim_parts(
        "Workers who nap after lunch logged 12 percent fewer errors than those who do not."
    )
    assert p.subject == names("workers", "nap", "lunch") and p.head == names("logged")


def test_a_comparison_the_other_way_round_with_the_same_thing_is_reversed():
    claim = terms("Tram riders are 5 times less likely to be injured than cyclists, a study found.")
    other = terms("Bus riders are more likely to be injured than cyclists, the study found.")
    assert reversed_comparison(claim.words, other.words)
    swapped = terms("Cyclists are five times more likely to be injured than tram riders.")
    assert not reversed_comparison(claim.words, swapped.words)  # the same, sides swapped
    same = terms("Tram riders are far less likely to be hurt than cyclists.")
    assert not reversed_comparison(claim.words, same.words)


def test_the_reporter_has_terms_of_its_own():
    p = claim_parts("Tram riders are less likely to be hurt, according to a study of 900 adults.")
    assert p.reporter == names("study", "900", "adults")


def test_a_relative_clause_in_the_subject_is_its_condition_and_no_aside_is():
    p = claim_parts("Commuters who cycle to work after 7 pm sleep longer than those who do not.")
    assert p.head == names("sleep")  # not "do" of "those who do not", nor "longer"
    assert names("cycle", "work") <= p.condition
    p = claim_parts("Farmers who rent solar panels reduce their power bills by a fifth.")
    assert names("rent", "solar", "panels") <= p.condition
    # "who grow [certified] wheat": a participle after the clause's verb is what it takes
    p = claim_parts("Farmers who grow certified wheat earn 12 percent more a tonne.")
    assert p.head == names("earn") and names("certified", "wheat") <= p.condition
    # an aside between commas, or a "that" clause, says nothing of which one
    assert not claim_parts("Tarvel Foods, which runs six mills, will close two.").condition
    assert not claim_parts("The firm told staff that the mill will close in May.").condition


def test_a_subject_without_its_condition_is_not_carried():
    claim = "Older drivers who take a refresher course have 30 percent fewer crashes."
    p = claim_parts(claim)
    same_group = matched_terms(terms(claim), terms("Older drivers who took a refresher course"))
    other_group = matched_terms(terms(claim), terms("Older drivers who wear glasses"))
    assert parts_carried(p, same_group).subject > 0.5
    assert parts_carried(p, other_group).subject == 0.0


def test_a_condition_is_not_held_by_its_measure_alone():
    claim = "Adults who swim for an hour a week sleep 20 minutes longer."
    p = claim_parts(claim)
    other = matched_terms(terms(claim), terms("Adults who cycle for an hour a week sleep longer"))
    assert parts_carried(p, other).subject == 0.0


def test_a_head_said_of_nothing_is_negated():
    claim = terms("Divers have found a wreck off the coast of Harlow Point.")
    p = claim_parts(claim.text)
    assert negated_head(p, claim.words, terms("No wreck has been found off Harlow Point.").words)
    assert negated_head(p, claim.words, terms("and that no wreck was found there.").words)
    assert not negated_head(p, claim.words, terms("There is no doubt a wreck was found.").words)


def test_a_possessive_is_no_verb_and_no_longer_is_no_head():
    parts = claim_parts("Nine of Harlow's 27 fire stations would no longer be crewed overnight.")
    assert names("Harlow", "stations") <= parts.subject
    assert parts.head == names("crewed")


def test_a_participle_before_a_preposition_is_no_attribution():
    # "thefts reported to police" says which thefts; it does not say who reports the claim
    core, attr = split_attribution("Only 3 percent of car thefts reported to police were solved.")
    assert attr == "" and core.startswith("Only 3 percent")
    parts = claim_parts("Only 3 percent of car thefts reported to police were solved.")
    assert names("car", "thefts") <= parts.subject and not parts.reporter
    _, attr = split_attribution("Police reported that 3 percent of car thefts were solved.")
    assert attr.startswith("Police reported")


def test_an_attribution_may_hold_an_apposition():
    # "The chair of Arlow College, Dana Petrie, said ..." reports the claim; the college's plan
    # is what it says, and "close" its head
    claim = "The chair of Arlow College, Dana Petrie, said the college will close its Wenby site."
    core, attr = split_attribution(claim)
    assert core.startswith("the college will close") and attr.endswith("said")
    assert claim_parts(claim).head == names("close")
    # a clause before a comma is no apposition of a speaker
    core, attr = split_attribution("In the end, fewer than 40 people said they would come.")
    assert attr == ""


def test_a_word_after_a_determiner_is_no_main_verb():
    parts = claim_parts("A plan to shut the Orby lido was approved by the council on Monday.")
    assert parts.head == names("approved") and "plan" in parts.subject


def test_a_subject_naming_again_what_the_attribution_named_is_that_name():
    # "the chain" is the supermarket chain the attribution names: a copy that says "Tolby will
    # shut ..." holds the subject
    claim = "The head of supermarket chain Tolby, Ann Reyes, said the chain would shut 40 cafes."
    assert "tolby" in claim_parts(claim).subject and "chain" not in claim_parts(claim).subject
    # a subject the attribution does not name is left as it is
    other = "The head of Tolby, Ann Reyes, said the government would shut 40 cafes."
    assert claim_parts(other).subject == names("government")


def test_an_irregular_past_with_a_prefix_is_foretold_by_a_hearing_to_come():
    claim = "Rowan Crown Court upheld the council's order to close the Lark Street nightclub."
    hearing = (
        "Rowan Crown Court will hear the nightclub's appeal against the council's order to "
        "close it next month."
    )
    assert foretold(claim_parts(claim), terms(claim).words, terms(hearing).words)
    assert canonical("upheld") == canonical("upholds")


def test_a_perfect_of_a_verb_with_one_form_is_foretold_by_a_future():
    claim = "The Alder Quartet has cut its next season from 30 concerts to 18."
    meeting = "The Alder Quartet will decide next month whether to cut its season."
    assert foretold(claim_parts(claim), terms(claim).words, terms(meeting).words)


def test_a_future_foretells_only_the_verb_it_comes_before():
    claim = "Toy maker Holtby has recalled 20,000 kites and offered refunds."
    parts = claim_parts(claim)

    def told(passage):
        return foretold(parts, terms(claim).words, terms(passage).words)

    assert told("Holtby will recall 20,000 kites next month.")
    # a finding's "could" hedges it; a forecast's foretells
    finding = "Silt fences could reduce soil loss by 30 percent, a field trial suggests."
    forecast = "The river could fall to its lowest level on record next week."
    claim = "Silt fences reduced soil loss by 30 percent in a three-year field trial."
    parts_cut = claim_parts(claim)
    assert not foretold(parts_cut, terms(claim).words, terms(finding).words)
    river = "The river fell to its lowest level on record."
    assert foretold(claim_parts(river), terms(river).words, terms(forecast).words)
    # the claim's past verb only as the condition of a vote to come foretells it
    park = "A ban on fireworks in Elmbrook's parks was approved by Elmbrook Council."
    vote = (
        "Elmbrook Council will vote next month on a ban on fireworks in the town's parks. If "
        "approved, the ban would start in October."
    )
    assert foretold(claim_parts(park), terms(park).words, terms(vote).words)
    done = (
        "Elmbrook Council approved a ban on fireworks in parks. If challenged, it will defend it."
    )
    assert not foretold(claim_parts(park), terms(park).words, terms(done).words)
    # a future of another clause than the one the head is in foretells nothing
    given = (
        "More than 300 streets will get the ban after councillors gave the plan the go-ahead "
        "this week."
    )
    limit = "A ban on parking on 312 streets was approved by Elmbrook Council."
    assert not foretold(claim_parts(limit), terms(limit).words, terms(given).words)
    # a later verb's future leaves the head as it stands
    assert not told("Holtby is recalling 20,000 kites and will give buyers their money back.")
    # a reported "could", with the claim's verb in other words, hedges too
    track = "The Oxley kart track has been banned by a court from opening on Sundays."
    parts_track = claim_parts(track)
    hedged = (
        "The Oxley kart track could be forced to stop opening on Sundays after a court "
        "reportedly sided with its neighbours."
    )
    assert not foretold(parts_track, terms(track).words, terms(hedged).words)
    plan = "The Oxley kart track could stop opening on Sundays next year."
    assert foretold(parts_track, terms(track).words, terms(plan).words)


def test_an_order_to_do_something_heads_with_what_is_ordered():
    parts = claim_parts("Landlord Ada Brune was ordered to repay £40,000 to her tenants.")
    assert parts.head == names("ordered", "repay")


def test_a_head_of_two_words_is_read_as_one_verb():
    # as passages are read (canonical_at), so "should throw away less" is called for
    parts = claim_parts("The average family throws away £40 of food a month.")
    assert parts.head == {canonical("binned")}
    claim = terms("The average family throws away £40 of food a month.").words
    assert demanded(parts, claim, terms("Families should throw away less food.").words)


def test_a_claim_of_two_verbs_has_two_statements_with_its_subject():
    halves = conjuncts("Harwick Mills will shut its Elton plant and cut 300 jobs by June.")
    assert [h for h, _ in halves] == [
        "Harwick Mills will shut its Elton plant",
        "Harwick Mills will cut 300 jobs by June",
    ]
    assert [p.head for _, p in halves] == [names("shut"), names("cut")]
    past = conjuncts("Thieves broke into the depot and stole 40 bicycles.")
    assert [h for h, _ in past][1] == "Thieves stole 40 bicycles"
    # one verb, or "and" inside a noun phrase, is one statement
    assert conjuncts("Bus and rail fares will be frozen until the end of next year.") == ()
    assert conjuncts("Harwick Mills will close its weaving and dyeing sheds.") == ()


def test_rare_words_leave_out_names_figures_units_and_the_head():
    claim = "The average price of an annual boiler service has risen by 14 percent to 118 pounds."
    assert rare_words(terms(claim), claim_parts(claim)) == names("boiler")
    named = "Most households spend 40 pounds a month on streaming at Velmora, up 22 percent."
    assert rare_words(terms(named), claim_parts(named)) == names("households", "streaming")


def test_a_head_that_someone_faces_is_foretold():
    claim = terms("Winger Tom Hale has been banned for four matches for kicking an opponent.")
    p = claim_parts(claim.text)
    faces = terms("Winger Tom Hale has been charged with kicking an opponent and faces a ban.")
    assert foretold(p, claim.words, faces.words)
    done = terms("Winger Tom Hale was banned for four games on Monday for kicking an opponent.")
    assert not foretold(p, claim.words, done.words)


def test_what_someone_only_tried_to_do_is_not_done():
    claim = "Thieves stole 240 laptops from a Pelham school over the half-term holiday."
    tried = "Thieves tried to steal 240 laptops from a Pelham school over half-term."
    assert foretold(claim_parts(claim), terms(claim).words, terms(tried).words)
    stole = "Thieves who stole 240 laptops from a Pelham school tried to sell them online."
    assert not foretold(claim_parts(claim), terms(claim).words, terms(stole).words)


def test_a_date_given_otherwise_counts_half_as_a_figure_dropped_does():
    claim = "Kinoro Cinemas will close 14 of its 58 cinemas by the end of June."
    parts = claim_parts(claim)
    hedged = terms("Kinoro Cinemas could close as many as 14 cinemas by the summer.")
    ov = overlap(terms(claim), hedged, None)
    held = parts_carried(parts, ov.matched, ov.dropped)
    assert held.head and held.predicate >= 0.45


def test_a_past_form_before_a_preposition_or_a_when_clause_is_the_main_verb():
    claim = "Mayor Joan Tilby resigned after an inquiry found she had misused council credit cards."
    assert claim_parts(claim).head == names("resigned")
    assert claim_parts("The Marsh Lane bridge collapsed on Monday.").head == names("collapsed")
    # a participle that only describes the subject is still read past
    assert claim_parts("Exams taken at 16 fell by 5 percent.").head == names("fell")


def test_refusing_to_do_what_the_claim_says_negates_its_head():
    claim = "Mayor Joan Tilby resigned after an inquiry found she had misused council credit cards."
    p = claim_parts(claim)
    refused = terms("Mayor Joan Tilby has refused to resign after the inquiry.").words
    assert negated_head(p, terms(claim).words, refused)
    silent = terms("Mayor Joan Tilby resigned, refusing to say more.").words
    assert not negated_head(p, terms(claim).words, silent)


def test_a_past_form_as_the_second_word_before_its_object_is_the_main_verb():
    claim = "Stewards suspended jockey Mel Drury for ten days for careless riding at Kelso."
    p = claim_parts(claim)
    assert p.parsed and p.head == names("suspended") and p.subject == names("Stewards")
    # a plural noun as the second word is no verb
    assert claim_parts("Workers' wages rose 4 percent last year.").head == names("rose")


def test_a_look_refused_is_no_look_planned():
    claim = "Mayor Ida Fenn said the two toll booths on the Harlow bridge will be removed in May."
    refused = (
        "The toll booths on the Harlow bridge could be removed as early as May. Mayor Ida Fenn's "
        "office would not confirm a date when asked on Friday."
    )
    assert not prospective(claim, refused)
    planned = "Mayor Ida Fenn will announce in May when the toll booths on the bridge go."
    assert prospective(claim, planned)


def test_a_head_never_done_before_says_a_record_not_a_denial():
    claim = "A gust of 185 kilometres per hour was recorded at Carrick Head."
    p = claim_parts(claim)
    record = terms("a speed never before recorded at Carrick Head").words
    assert not negated_head(p, terms(claim).words, record)
    denial = terms("no such gust was ever recorded at Carrick Head, a gust was not recorded").words
    assert negated_head(p, terms(claim).words, denial)


def test_a_count_that_will_begin_is_a_plan_to_look():
    claim = "A hailstorm in the Dunmere Valley damaged 310 greenhouses belonging to 70 growers."
    begin = (
        "Inspectors will begin counting the greenhouses damaged in the Dunmere Valley hailstorm."
    )
    assert prospective(claim, begin)
    assert prospective(claim, "Assessors will start to survey the damaged greenhouses on Monday.")
    assert not prospective(claim, "The win will count towards the growers' league title.")


def test_what_the_claim_says_will_be_done_done_at_a_dated_past_is_an_earlier_event():
    claim = "Dorlan Foods will cut 350 jobs at its Kelby bakery by next spring."
    p, words = claim_parts(claim), terms(claim).words
    earlier = terms("Dorlan Foods cut 350 jobs at its Kelby bakery in 2019.").words
    assert bygone(p, words, earlier)
    ago = terms("Dorlan Foods closed a line and cut 350 jobs two years ago.").words
    assert bygone(p, words, ago)
    pandemic = terms("Dorlan Foods cut 350 jobs during the pandemic.").words
    assert bygone(p, words, pandemic)
    assert not bygone(p, words, terms("Dorlan Foods will cut 350 jobs in 2027.").words)
    assert not bygone(p, words, terms("Dorlan Foods has cut 350 jobs at Kelby.").words)


def test_the_unit_of_a_figure_before_a_comparative_is_no_head():
    claim = (
        "Older adults who did strength training twice a week had a 30 percent lower risk of falls."
    )
    assert claim_parts(claim).head == names("lower")


def test_half_as_likely_reverses_twice_as_likely():
    claim = terms("Teenagers who use social media are twice as likely to report poor sleep.").words
    half = terms("Teenagers who use social media are half as likely to report poor sleep.").words
    assert reversed_comparison(claim, half)
    again = terms("Teens on social media were two times as likely to sleep badly.").words
    assert not reversed_comparison(claim, again)
