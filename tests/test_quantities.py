"""The figures a passage states, and which of a claim's figures it restates rounded."""

from pipelines.evidence import terms
from pipelines.quantities import (
    another_compared,
    another_group,
    another_measure,
    another_role,
    figures,
    group_bounds,
    restated,
)


def words(text):
    return terms(text).words


def values(text):
    return [(round(f.value, 3), f.share, f.rounded) for f in figures(terms(text).words)]


def test_counts_scales_shares_and_fractions_are_read_as_values():
    assert values("a £410 million contract and 41,200 hectares") == [
        (410e6, False, ""),
        (41200.0, False, ""),
    ]
    assert values("3.2bn, 12 per cent and 31 percent") == [
        (3.2e9, False, ""),
        (0.12, True, ""),
        (0.31, True, ""),
    ]
    assert values("nearly half, about a third, one in eight and two thirds") == [
        (0.5, True, "at most"),
        (0.333, True, "about"),
        (0.125, True, ""),
        (0.667, True, ""),
    ]
    assert values("more than a dozen of the twenty five") == [
        (12.0, False, "at least"),
        (25.0, False, ""),
    ]


def test_years_and_ordinals_are_not_figures():
    assert values("since records began in 1987, for the third time") == []


def same_and_near(claim, passage):
    return restated(terms(claim).words, terms(passage).words)


def test_the_same_value_in_other_words_is_the_same_figure():
    same, near = same_and_near("a £410 million contract", "a £410m contract")
    assert same == {"410", "million"} and not near


def test_a_rounded_figure_restates_the_claims_within_its_direction():
    assert same_and_near("fell to 1,480", "fell to nearly 1,500")[1] == {"1480"}
    assert same_and_near("31 percent less likely", "a third less likely")[1] == {"31", "percent"}
    assert same_and_near("fell by 12 percent", "about one in eight fewer")[1] == {"12", "percent"}
    assert same_and_near("worth £410 million", "worth more than £400 million")[1]
    # "over 80" says the true figure is above 80: not 75
    assert same_and_near("people aged 75 and over", "people over 80") == (frozenset(), frozenset())
    # a bare figure must be close; a share is never a count
    assert not any(same_and_near("2,300 deaths", "1,700 deaths"))
    assert not any(same_and_near("31 percent", "31 hospitals"))


def test_a_figure_in_another_unit_of_its_kind_is_restated():
    assert same_and_near("94 centimetres of snow", "almost a metre of snow")[1] == {
        "94",
        "centimetr",
    }
    assert same_and_near("closed for 24 hours", "closed for a day")[0] == {"24", "hour"}
    assert same_and_near("a 3 kilometre queue", "a queue of 3,000 metres")[0] == {"3", "kilometr"}
    # another kind of unit is another figure
    assert not any(same_and_near("94 centimetres", "94 minutes"))
    assert not any(same_and_near("40 seconds", "40 metres"))


def test_a_figure_written_with_its_unit_is_measured():
    assert figures(words("the river fell to 41cm"))[0].unit == "length"
    assert set().union(*same_and_near("fell to 0.41 metres", "fell to 41cm")) == {"0.41", "metr"}


WAIT = "The average wait for a check-up has risen to 11 weeks, up from six weeks two years ago"


def test_figures_in_another_unit_where_the_claim_measures_are_another_measure():
    price = (
        "The average price of a check-up has risen to 62 pounds, up from 48 pounds two years ago"
    )
    assert another_measure(words(WAIT), words(price))


def test_the_claims_measure_restated_or_left_unstated_is_the_same_measure():
    assert not another_measure(words(WAIT), words("Patients wait nearly three months for one"))
    assert not another_measure(words(WAIT), words("The wait has almost doubled in two years"))
    # a rate's "a year" measures nothing; a share measures in no unit
    fee = words("Parents spend £340 a year on uniforms")
    assert not another_measure(fee, words("Parents pay £340 every year for uniforms"))
    assert not another_measure(words(WAIT), words("Waits rose by 80 percent, to 11 weeks"))


def test_the_claims_percentage_more_of_another_thing_is_another_measure():
    milk = words("Cows with brushes produced 6 percent more milk than cows without them")
    lying = words("Cows with brushes spent 6 percent more time lying down than the others")
    assert another_compared(milk, lying)
    assert not another_compared(milk, words("Brushed cows gave 6 percent more milk"))
    # what is compared may be said in other words where it is no thing ("more done")
    productive = words("Home workers are 13 percent more productive than office staff")
    assert not another_compared(productive, words("Home workers got 13 percent more done"))


def test_months_years_and_decades_are_units_of_time():
    assert same_and_near("over ten years", "over a decade")[0] == {"10", "year"}
    assert same_and_near("within 24 months", "within two years")[0] == {"24", "month"}
    assert not any(same_and_near("for ten years", "for ten weeks"))


def test_a_figure_that_bounds_a_group_of_people_has_a_side():
    assert group_bounds(words("adults over 65 who walk")) == {65.0: {"over"}}
    assert group_bounds(words("people aged under 19 and the over-60s")) == {
        19.0: {"under"},
        60.0: {"over"},
    }
    assert group_bounds(words("those aged 25 and over")) == {25.0: {"over"}}
    # a count or a measure bounds no group
    assert group_bounds(words("the race lasted over 40 minutes, up by over 20 percent")) == {}
    assert group_bounds(words("volunteers aged 65 to 88"), said_of_people=False) == {
        65.0: {"range"},
        88.0: {"range"},
    }


def test_the_same_figure_bounding_the_group_on_another_side_is_another_group():
    claim = words("Starts by people aged under 19 fell by 12 percent")
    assert another_group(claim, words("Starts by people aged 19 to 24 fell by 12 percent"))
    assert another_group(claim, words("Starts by people over 19 fell by 12 percent"))
    assert not another_group(claim, words("Starts by under-19s fell by 12 percent"))
    assert not another_group(claim, words("Starts fell 12 percent, on 19 May"))  # no bound
    # the claim's own group named too: the passage speaks of both
    assert not another_group(claim, words("It was people aged 19 to 24, not under-19s"))


def test_a_rise_given_as_a_share_is_another_role():
    rise = "Some 2,100 vans were stolen in the first half of the year, up 27 percent on a year ago."
    share = "Last year 27 percent of new vans were bought on finance, figures from dealers show."
    assert another_role(words(rise), words(share))
    assert not another_role(words(rise), words("Van thefts rose by 27 percent in six months."))
    assert not another_role(words(rise), words("a 27 percent rise in van thefts"))
    # a level reached and a fall can both be a share: "rose to 7 percent", "cut by 70 percent"
    level = "The share of vans with trackers rose to 27 percent last year, up from 19 percent."
    assert not another_role(words(level), words("27 percent of vans have trackers"))
    assert not another_role(words(level), words("up from 19 percent of vans in 2020"))
    fall = "The frost will cut the crop by 70 percent."
    assert not another_role(words(fall), words("Growers may lose 70 percent of the crop."))


def test_miles_and_feet_restate_kilometres_and_metres():
    gust = "a gust of 191 kilometres per hour"
    assert same_and_near(gust, "winds of nearly 120 miles an hour")[1] == {"191", "kilometr"}
    assert same_and_near(gust, "winds of 119mph")[1] == {"191", "kilometr"}
    assert same_and_near("a wave 9 metres high", "a wave of about 30 feet")[1] == {"9", "metr"}
    # a figure that is not the claim's in any unit restates nothing
    assert not any(same_and_near(gust, "winds of 90 miles an hour"))


def test_a_plural_round_number_restates_a_count_in_its_range():
    assert same_and_near("will cut 350 jobs", "could cut hundreds of jobs")[1] == {"350"}
    assert same_and_near("sacked 40 staff", "sacked dozens of staff")[1] == {"40"}
    assert not any(same_and_near("will cut 35 jobs", "could cut hundreds of jobs"))
    assert not any(same_and_near("35 percent of jobs", "hundreds of jobs"))


def test_a_part_of_a_unit_or_a_scale_is_a_figure_in_it():
    assert same_and_near("will cost 240 million pounds", "nearly a quarter of a billion pounds")[
        1
    ] == {"240", "million"}
    assert same_and_near("closed for 18 months", "closed for a year and a half")[0] == {
        "18",
        "month",
    }
    assert same_and_near("delayed by six months", "delayed by half a year")[0] == {"6", "month"}
    assert same_and_near("2.5 million pounds", "two and a half million pounds")[0] == {
        "2.5",
        "million",
    }
    # a part of a group stays a share
    assert figures(words("half the staff"))[0].share
