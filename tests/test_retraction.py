"""Polarity and retraction cues on single clauses."""

from pipelines.retraction import (
    claims_own_word,
    clauses,
    contrast,
    cue_object,
    find_cue,
    negates,
    negative_claim,
    qualification,
    revision,
)


def test_not_never_and_cannot_negate():
    assert negates("China is not sending troops")
    assert negates("the mayor never resigned")
    assert negates("the plant won't close")
    assert negates("the results cannot stand")
    # so a claim with "cannot" is negative in itself: "will not be recognised" says it again
    assert negative_claim("The course was 350 metres short, so times cannot count as records.")


def test_if_not_and_whether_or_not_deny_nothing():
    assert not negates("What changed my mind, if not hers, was a line from the study")
    assert not negates("Whether or not owners noticed a smell, the cars are being recalled")
    assert negates("The cars may or may not be recalled")


def test_the_group_compared_with_negates_nothing():
    assert not negates("are 40 percent less likely to fall than those who do not")
    assert not negative_claim("sleep less than people who don't drink coffee")
    assert not negates("a 30 percent lower chance of back pain, compared with not swimming at all")


def test_a_thing_described_by_what_it_does_not_do_is_no_negation():
    assert not negates("One in five homes had a smoke alarm that did not work")
    assert not negates("the share of pupils who were not vaccinated rose")
    assert negates("The minister said that was not the plan")
    assert negates("The alarms that were fitted did not work")


def test_a_revised_account_is_a_revision_and_a_confirmation_is_not():
    assert revision("Update: the agency now says the pump has been repaired.").kind == "revision"
    assert revision("The office has since said that the figure covered only stations.")
    assert revision("The agency has since confirmed that the pump cannot be repaired.") is None
    assert revision("The pump failed in May and has not been repaired.") is None


def test_a_proceeding_rejected_is_a_ruling_not_a_denial():
    assert find_cue("He must repay the rent after his appeal was dismissed on Friday.") is None
    assert find_cue("The tribunal rejected the landlord's application.") is None
    # what is rejected as a report or a claim is denied
    assert find_cue("The firm dismissed the claims as false.").kind == "denial"
    assert find_cue("The minister denied reports of new charges.").kind == "denial"


def test_a_denial_without_that_denies_its_clause_up_to_an_aside():
    cue = find_cue("Dalton Foods has denied it will shut its Irby depot, after reports of cuts.")
    assert cue.kind == "denial" and not cue.anaphoric
    assert cue.after == " it will shut its Irby depot"
    assert find_cue("The firm denied it on Monday.").anaphoric


def test_a_person_dismissed_is_sacked_not_a_denial():
    assert find_cue("Rowley Town have dismissed head coach Anna Pryce after five defeats.") is None
    assert find_cue("The airline has dismissed its finance director.") is None
    assert find_cue("The board dismissed Pryce on Monday.") is None
    # what a person said, or a name as a label, is still denied
    assert find_cue("The club dismissed Pryce's claims that she was bullied.").kind == "denial"
    assert find_cue("The club dismissed the Pryce reports on Monday.").kind == "denial"
    assert find_cue("The mayor dismissed Varlo as a rumour mill.").kind == "denial"


def test_a_denial_in_a_relative_clause_denies_the_clause_before_it():
    cue = find_cue("Staff say the depot will shut in May, which the firm denies.")
    assert cue.kind == "denial" and not cue.anaphoric
    assert cue.after == "Staff say the depot will shut in May"
    cue = find_cue("Staff say the depot will shut, a claim the ministry has denied.")
    assert cue.after == "Staff say the depot will shut"


def test_a_denial_with_a_verb_after_it_denies_that_verb_in_this_sentence():
    cue = find_cue("The driver denies speeding.")
    assert cue.kind == "denial" and not cue.anaphoric and cue.after == " speeding."
    # the verb after the denial, not a "that" further on, says what is denied
    cue = find_cue("The firm denied closing the plant, after posts said that staff had left.")
    assert cue.after.startswith(" closing the plant") and not cue.anaphoric
    # a short object that points back is still anaphoric
    assert find_cue("The firm denied the report.").anaphoric
    assert find_cue("The firm denied everything.").anaphoric
    assert find_cue("He denied during questioning that the bridge will close.").after == (
        " the bridge will close."
    )


def test_a_denial_of_the_figures_points_back_however_long_the_sentence():
    cue = find_cue("Letting agents disputed the figures, saying their own data showed 3 percent.")
    assert cue.kind == "denial" and cue.anaphoric
    assert find_cue("The union rejected the estimates as far too low for most members.").anaphoric
    assert find_cue(
        "The firm dismissed the union's figures, saying no decision was made."
    ).anaphoric


def test_what_a_thing_reported_reports_is_what_the_cue_names():
    def named(s):
        return cue_object(s, find_cue(s))

    assert named("Residents rejected the idea that the town was in decline.") == (
        "the town was in decline"
    )
    assert named("Police said reports of a fire at the depot last week were false.") == (
        "a fire at the depot last week"
    )
    assert named("The firm said claims online that staff were sent home were untrue.") == (
        "staff were sent home"
    )
    assert named("The firm denied the report.") is None


def test_having_done_nothing_wrong_is_no_falsity_cue():
    assert find_cue("He said he did nothing wrong.") is None
    assert find_cue("The report was wrong.").kind == "falsity"


def test_what_went_wrong_is_a_failure_not_a_falsity():
    assert find_cue("The city's election office has not yet said what went wrong.") is None
    assert find_cue("Asked what had gone wrong, the firm declined to comment.") is None
    assert find_cue("The figures were wrong, the office said.").kind == "falsity"


def test_a_denial_word_negated_denies_nothing():
    assert find_cue("Other explanations, such as diet, cannot be ruled out.") is None
    assert find_cue("Shade and fish have not yet been ruled out as causes.") is None
    assert find_cue("The company has not denied the report.") is None
    assert find_cue("The council ruled out closing the libraries.").kind == "denial"
    assert find_cue("The company denied the report.").kind == "denial"


def test_a_ruling_or_finding_given_as_the_reason_is_a_clause_of_its_own():
    s = "A judge stopped the sale, ruling that the council had not checked the land."
    assert clauses(s) == [
        "A judge stopped the sale",
        "ruling that the council had not checked the land.",
    ]


def test_a_reason_given_by_saying_is_a_clause_of_its_own_with_or_without_that():
    s = "The auditor refused to sign off the accounts, saying he could not find the records."
    assert clauses(s) == [
        "The auditor refused to sign off the accounts",
        "saying he could not find the records.",
    ]


def test_refusing_something_else_in_an_aside_negates_nothing():
    # (refusing to do what the claim says is a negated head: claim_parts.negated_head)
    assert not negates("stores will lose their checkouts, the company said, declining to elaborate")
    assert not negates("the trust cancelled operations, refusing to say how many")


def test_a_refusal_is_a_negative_claim():
    assert negative_claim("The auditor has refused to sign off the council's accounts.")
    assert negative_claim("The club declined to renew his contract.")
    assert not negative_claim("The auditor has signed off the council's accounts.")


def test_a_short_clause_after_denied_that_is_what_is_denied_not_a_pointer_back():
    cue = find_cue("The council denied that any money was missing.")
    assert cue.kind == "denial" and not cue.anaphoric
    assert cue.after.strip() == "any money was missing."
    # so is one without "that", when it has a verb of its own
    cue = find_cue("Tarrow denied it had ignored safety warnings.")
    assert not cue.anaphoric
    # a clause that only says what came before was true points back
    assert find_cue("The council denied that it was true.").anaphoric
    assert find_cue("The firm denied this was the case.").anaphoric
    assert find_cue("The firm denied the report was accurate.").anaphoric


def test_a_detail_not_yet_set_or_decided_qualifies_the_sentence():
    s = "Bills will rise by 9 percent, though the exact figure for each home has not been set."
    assert qualification(s) == "though the exact figure for each home has not been set."
    assert (
        qualification("Bills will rise by 9 percent, though the regulator has not decided.") is None
    )


def test_rather_than_before_the_main_verb_is_a_comparison_not_a_contrast():
    assert contrast("Walking rather than driving to school was linked to better marks.") is None
    assert contrast("Pupils who walk rather than drive score higher, a study suggests.") is None
    assert contrast("A trial will test whether walking rather than driving helps pupils.") is None
    assert contrast("The bridge was closed because of rust rather than a flood.") == (
        "The bridge was closed because of rust  .",
        "a flood",
    )
    assert contrast("They are moving the staff, rather than closing the site.") is not None


def test_withdrawing_a_decision_or_ruling_is_a_denial():
    for sentence in (
        "The federation has withdrawn Monday's decision.",
        "The tribunal withdrew its ruling on Friday.",
    ):
        cue = find_cue(sentence)
        assert cue is not None and cue.kind == "denial" and cue.anaphoric
    assert find_cue("The club withdrew from the league.") is None


def test_misreading_a_source_is_a_falsity_cue():
    for sentence in (
        "The office said reports of a sharp rise misread its survey.",
        "The council said the figures had been misinterpreted.",
    ):
        cue = find_cue(sentence)
        assert cue is not None and cue.kind == "falsity"


def test_an_exaggerated_or_overstated_report_is_false():
    for sentence in (
        "The operator said reports of the power cut were exaggerated.",
        "The ministry said the figures had been overstated.",
    ):
        cue = find_cue(sentence)
        assert cue is not None and cue.kind == "falsity"


def test_plans_dropped_or_scrapped_are_denied_by_what_follows():
    cue = find_cue("The fire service has dropped plans to stop night crews at nine stations.")
    assert cue.kind == "denial" and not cue.anaphoric
    assert cue.after.strip().startswith("stop night crews")
    assert find_cue("The fire service has drawn up plans to stop night crews.") is None


def test_a_dispute_as_a_noun_is_a_quarrel_not_a_denial():
    assert find_cue("The track was banned on Sundays, ending a three-year dispute.") is None
    assert find_cue("The pay dispute has lasted a year.") is None
    assert find_cue("The ministry disputes the figure.").kind == "denial"
    assert find_cue("Local officials dispute that the plant will close.").kind == "denial"


def test_another_speaker_joined_by_and_is_a_clause_of_its_own():
    s = "Occupancy fell to 58 percent last summer, and owners I met said the autumn had not helped."
    assert clauses(s) == [
        "Occupancy fell to 58 percent last summer",
        "and owners I met said the autumn had not helped.",
    ]


def test_a_lead_in_before_a_colon_is_a_clause_of_its_own():
    s = "They are not unusual: most renters now pay for three apps, a survey found."
    assert clauses(s) == [
        "They are not unusual",
        "most renters now pay for three apps, a survey found.",
    ]


def test_a_contrast_after_a_relative_clause_is_the_sentences_own():
    s = "A penny was struck later, which would mean the hoard was buried after 900, not around 870."
    assert contrast(s)[1] == "around 870"
    aside = "The researchers, who used diaries rather than sleep monitors, said sleep improved."
    assert contrast(aside) is None


def named_by_cue(sentence):
    return cue_object(sentence, find_cue(sentence))


def test_a_cue_names_what_it_denies_or_finds_false_unless_it_points_back():
    assert named_by_cue("Ms Pell denies any wrongdoing.") == "wrongdoing"
    assert named_by_cue("The council said it had no plans to appoint a replacement.") == (
        "appoint a replacement"
    )
    assert named_by_cue("Opposition councillors said the timing was wrong.") == "the timing"
    assert named_by_cue("The firm says there is no evidence of harm at the site.") == "harm"
    # what points back at what was said names nothing of its own
    assert named_by_cue("The ministry denied the report.") is None
    assert named_by_cue("Her lawyer said the allegations were false.") is None
    assert named_by_cue("The agency said this was untrue.") is None
    # a that-clause is weighed as a whole, not cut at its first preposition
    assert named_by_cue("The firm denied that staff at the plant would lose jobs.") is None
    assert named_by_cue("A briefing wrongly reported that staff would lose jobs.") is None
    # a pointer with what it was said of names that
    assert named_by_cue("The figures for its Wexley plant were wrong, the firm said.") == (
        "its Wexley plant"
    )
    # a correction note that says what was wrong names that
    note = "Correction: an earlier version of this article said the vote was held on Friday."
    assert named_by_cue(note) == "the vote was held on Friday"
    assert named_by_cue("Correction: this article has been amended.") is None
    # a report named later in the sentence is not what the cue denies
    later = (
        "The mayor did not say that the pier will close in May, her office said, contradicting "
        "reports of her speech at the harbour meeting."
    )
    assert named_by_cue(later) is None


def test_a_falsity_word_before_a_that_clause_is_about_that_clause():
    cue = find_cue("It is a myth that cheaper inhalers work less well, doctors said.")
    assert cue.kind == "falsity" and not cue.anaphoric
    assert find_cue("That is not true, the ministry said.").anaphoric


def test_a_denial_verb_the_claim_itself_uses_is_its_own_word():
    claim = "A tribunal ruled that Anna Lisle was unfairly dismissed by Brightcare Homes."
    cue = find_cue("Anna Lisle was unfairly dismissed by Brightcare Homes, a tribunal ruled.")
    assert cue.kind == "denial" and claims_own_word(cue, claim)
    assert not claims_own_word(find_cue("Brightcare dismissed the report."), claim)
    # the claim's verb with no object, or with one that is no report, is still its own word
    claim = "A plan for 90 flats at Wickham Yard has been rejected by the council."
    headline = "Wickham Yard flats plan rejected"
    assert claims_own_word(find_cue(headline), claim, headline)
    denial = "The council rejected the report, saying no vote had been held."
    assert not claims_own_word(find_cue(denial), claim, denial)
    # a claim of a refusal is said again by another verb of refusing
    claim = "Auditor Lena Moss has refused to sign off Carrow Council's accounts."
    headline = "Auditor rejects Carrow Council's books"
    assert claims_own_word(find_cue(headline), claim, headline)
    denial = "Ms Moss rejected the report, saying she had signed them."
    assert not claims_own_word(find_cue(denial), claim, denial)


def test_a_correction_of_a_spelling_or_caption_is_no_retraction_cue():
    assert (
        find_cue("Correction: An earlier version of this article misspelled Ms Pell's name.")
        is None
    )
    assert (
        find_cue("Correction: A photo caption gave the wrong name for the chief executive.") is None
    )
    assert find_cue(
        "Correction: An earlier version of this article said the contract was for housing."
    )


def test_a_record_said_by_what_never_happened_before_is_no_negation():
    assert not negates("a speed never before seen on the islands")
    assert not negates("a level that had never been recorded before")
    assert not negates("prices not seen since 1987")
    assert negates("the gust was never recorded")


def test_what_someone_is_asked_not_to_do_is_no_negation():
    assert not negates("Campaigners have asked Brenford Council not to close the toilets")
    assert not negates("Traders urged the council never to sell the market hall")
    assert negates("The council has not closed the toilets")


def test_a_study_called_flawed_is_called_false():
    cue = find_cue(
        "The study that found pupils who read scored higher was deeply flawed, critics said."
    )
    assert cue is not None and cue.kind == "falsity"
    assert find_cue("The pupils sat a vocabulary test in June.") is None
