from pipelines.fingerprint import (
    blocks,
    fingerprints,
    hamming,
    normalize,
    simhash64,
    simhash_reference,
    to_signed,
    to_unsigned,
)

CLAIM = "China is sending two elite special forces units to Syria to fight Uyghur militants."


def test_normalize_folds_unicode_quotes_dashes_case_and_space():
    assert normalize("“China’s”  ARMY\u00a0— ﬁghting\n") == '"china\'s" army - fighting'


def test_own_simhash_equals_the_simhash_package():
    texts = [CLAIM, CLAIM.upper(), "One two", "", "Ünïcode “quotes” — dashes " * 30]
    for text in texts:
        assert simhash64(text) == simhash_reference(text)


def test_signed_64_bit_round_trip_and_blocks():
    h = simhash64(CLAIM)
    assert -(1 << 63) <= h < (1 << 63)
    assert to_signed(to_unsigned(h)) == h
    b0, b1, b2, b3 = blocks(h)
    assert (b0 << 48 | b1 << 32 | b2 << 16 | b3) == to_unsigned(h)


def test_formatting_changes_do_not_move_the_fingerprint():
    assert simhash64(CLAIM) == simhash64(
        "  china IS sending two elite special forces units to Syria to fight Uyghur militants!"
    )


def test_near_copies_are_near_and_other_texts_far():
    edited = CLAIM.replace("two", "three")
    other = "Veltra Motors is recalling 48,000 Arcadia SUVs because of faulty fuel pumps."
    assert hamming(simhash64(CLAIM), simhash64(edited)) < hamming(
        simhash64(CLAIM), simhash64(other)
    )
    assert hamming(simhash64(CLAIM), simhash64(other)) > 10


def test_fingerprints_whole_document_and_sentences():
    text = CLAIM + " The units will support Syrian government troops near Damascus."
    fps = fingerprints(text)
    assert [p.position for p in fps] == [-1, 0, 1]
    assert fps[1].simhash == simhash64(CLAIM)
