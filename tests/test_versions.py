from pipelines.versions import diff_text, is_material_change

BASE = "Veltra Motors is recalling 48,000 Arcadia SUVs. Owners will be notified by mail."


def test_trivial_edits_are_not_material():
    assert not is_material_change(BASE, BASE)
    assert not is_material_change(BASE, BASE.replace("notified", "notifed"))  # typo
    assert not is_material_change("Updated 10:02 GMT. " + BASE, "Updated 11:47 GMT. " + BASE)
    assert not is_material_change(BASE, BASE + "\nAdvertisement")


def test_real_changes_are_material():
    assert is_material_change(BASE, BASE.replace("48,000", "61,000"))
    assert is_material_change(BASE, BASE + " Correction: no recall has been issued.")
    assert is_material_change(BASE, "Veltra Motors may recall some Arcadia SUVs.")


def test_diff_shows_removed_and_added_lines():
    d = diff_text("a line\nold claim", "a line\nnew claim")
    assert "-old claim" in d and "+new claim" in d
