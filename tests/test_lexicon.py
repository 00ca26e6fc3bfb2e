"""Canonical word forms: stems, irregular verbs and synonym groups."""

from pipelines.lexicon import canonical


def test_an_irregular_form_stems_as_its_base_does():
    assert canonical("rose") == canonical("rise") == canonical("rises") == canonical("rising")
    assert canonical("made") == canonical("make")
    assert canonical("took") == canonical("take") == canonical("taken")


def test_a_rise_and_a_raise_are_one_change():
    assert canonical("rose") == canonical("raised") == canonical("increase")
    assert canonical("fell") != canonical("rose")
