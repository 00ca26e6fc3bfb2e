import numpy as np
import pytest
from simhash import Simhash, SimhashIndex

from claimwatch.store.db import session_scope
from claimwatch.store.fingerprints import index_text, load_index, near_duplicates
from pipelines.fingerprint import simhash64, to_unsigned
from pipelines.index import SimIndex, block_probes


def _random_hashes(n, seed=7):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 1 << 63, size=n, dtype=np.int64) * 2 + rng.integers(0, 2, size=n)


def _flip(value, bits):
    for b in bits:
        value ^= 1 << int(b)
    return value


@pytest.mark.parametrize("k", [0, 3, 5, 7, 9])
def test_index_is_exact_against_a_full_scan(k):
    hashes = _random_hashes(5000)
    rng = np.random.default_rng(k)
    # plant near neighbours at every distance up to k + 2
    queries = []
    for i in range(40):
        base = int(hashes[i]) & ((1 << 64) - 1)
        queries.append(_flip(base, rng.choice(64, size=i % (k + 3), replace=False)))
    planted = np.array([q - (1 << 64) if q >= 1 << 63 else q for q in queries], dtype=np.int64)
    idx = SimIndex(np.arange(5040), np.concatenate([hashes, planted]))
    for q in queries:
        assert idx.near(q, k) == idx.scan(q, k)


def test_same_results_as_the_simhash_package_index():
    hashes = [int(h) for h in _random_hashes(3000, seed=3)]
    objs = [(str(i), Simhash(to_unsigned(h))) for i, h in enumerate(hashes)]
    theirs = SimhashIndex(objs, k=3)
    ours = SimIndex(range(len(hashes)), hashes)
    rng = np.random.default_rng(5)
    for i in range(50):
        q = _flip(to_unsigned(hashes[i]), rng.choice(64, size=i % 5, replace=False))
        expect = sorted(int(x) for x in theirs.get_near_dups(Simhash(q)))
        assert sorted(i for i, _ in ours.near(q, 3)) == expect


def test_block_probes_cover_the_radius():
    assert block_probes(0, 0) == [0]
    assert len(block_probes(0, 1)) == 17
    assert len(set(block_probes(12345, 2))) == 1 + 16 + 120


def test_store_index_finds_near_passages_sqlite(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("CLAIMWATCH_DB_URL", url)
    text = (
        "China is sending two elite special forces units to Syria to fight Uyghur militants. "
        "The units will support Syrian government troops near Damascus."
    )
    other = "Veltra Motors is recalling 48,000 Arcadia SUVs because a fuel pump can cause fires."
    with session_scope(url) as s:
        assert index_text(s, "version", 1, text) == 3
        assert index_text(s, "version", 2, other) == 2
        assert index_text(s, "version", 1, text) == 3  # replaced, not duplicated
    with session_scope(url) as s:
        sentence = (
            "China is sending two elite special forces units to Syria to fight Uyghur militants."
        )
        found = near_duplicates(s, simhash64(sentence), k=3)
        assert [(fp.owner_id, fp.position, d) for fp, d in found][:1] == [(1, 0, 0)]
        assert all(fp.owner_id == 1 for fp, _ in found)
        wide = near_duplicates(s, simhash64(sentence), k=7, owner="version")
        assert {fp.id for fp, _ in found} <= {fp.id for fp, _ in wide}
        idx = load_index(s)
        assert len(idx) == 5
        assert [i for i, _ in idx.near(simhash64(sentence), 3)] == [fp.id for fp, _ in found]
