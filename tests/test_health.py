"""Silent breakage of an outlet, read from its recent crawl stats."""

from claimwatch.health import silent_breakage


def test_three_empty_runs_in_a_row_are_reported():
    empty = {"items": 0, "links_found": 0}
    assert silent_breakage([empty, empty, empty], "wire")
    assert silent_breakage([empty, empty], "wire") == []
    assert silent_breakage([empty, empty, {"items": 4, "links_found": 4}], "wire") == []


def test_extraction_yielding_no_text_where_it_used_to_is_reported():
    broken = {"items": 0, "no_text": 5, "links_found": 5}
    healthy = {"items": 5, "no_text": 0, "links_found": 5}
    (problem,) = silent_breakage([broken, healthy], "wire")
    assert "no" in problem and "text" in problem
    assert silent_breakage([healthy, healthy], "wire") == []
