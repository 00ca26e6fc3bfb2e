"""In-memory near-duplicate index of 64-bit simhashes (permuted blocks, Manku et al. 2007).

The 64 bits are cut into 4 blocks of 16. If two fingerprints differ in at most k bits, one of the
four blocks differs in at most k // 4 bits (pigeonhole), so probing every block value within
k // 4 bits of the query's, in four tables sorted by block, finds every fingerprint within k:
exact for any k (k <= 3: four exact probes; k <= 7: 4 x 17 probes; k <= 11: 4 x 137). Each table
is stored CSR-style (one offset per block value) so a probe is two list look-ups and a slice.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np

BLOCKS = 4
BLOCK_BITS = 16
_SHIFTS = tuple(64 - BLOCK_BITS * (i + 1) for i in range(BLOCKS))  # 48, 32, 16, 0
MAX_EXACT_K = 11


def as_uint64(values) -> np.ndarray:
    """Signed or unsigned 64-bit fingerprints as a uint64 array."""
    arr = np.asarray(values)
    if arr.dtype == np.uint64:
        return arr
    if arr.dtype == object:
        return np.array([int(v) & ((1 << 64) - 1) for v in arr], dtype=np.uint64)
    return arr.astype(np.int64).view(np.uint64)


def block_probes(value: int, radius: int) -> list[int]:
    """Every 16-bit value within `radius` bits of `value`."""
    out = [value]
    for r in range(1, radius + 1):
        for bits in combinations(range(BLOCK_BITS), r):
            v = value
            for b in bits:
                v ^= 1 << b
            out.append(v)
    return out


class SimIndex:
    """Fingerprints with ids; `near(h, k)` returns every (id, distance) with distance <= k."""

    def __init__(self, ids, hashes) -> None:
        self.ids = np.asarray(ids, dtype=np.int64)
        self.hashes = as_uint64(hashes)
        if len(self.ids) != len(self.hashes):
            raise ValueError("ids and hashes differ in length")
        self._tables = []
        for shift in _SHIFTS:
            keys = ((self.hashes >> np.uint64(shift)) & np.uint64(0xFFFF)).astype(np.int64)
            order = np.argsort(keys, kind="stable")
            counts = np.bincount(keys, minlength=1 << BLOCK_BITS)
            offsets = np.concatenate(([0], np.cumsum(counts))).tolist()
            self._tables.append((offsets, self.hashes[order], self.ids[order]))

    def __len__(self) -> int:
        return len(self.ids)

    def near(self, simhash: int, k: int = 3) -> list[tuple[int, int]]:
        """(id, distance) of every stored fingerprint within k bits, nearest first."""
        if k > MAX_EXACT_K:
            return self.scan(simhash, k)
        q = simhash & ((1 << 64) - 1)
        radius = k // BLOCKS
        hs, ids = [], []
        for shift, (offsets, t_hashes, t_ids) in zip(_SHIFTS, self._tables, strict=True):
            key = (q >> shift) & 0xFFFF
            for v in block_probes(key, radius) if radius else (key,):
                lo, hi = offsets[v], offsets[v + 1]
                if hi > lo:
                    hs.append(t_hashes[lo:hi])
                    ids.append(t_ids[lo:hi])
        if not hs:
            return []
        cand_h = np.concatenate(hs) if len(hs) > 1 else hs[0]
        cand_i = np.concatenate(ids) if len(ids) > 1 else ids[0]
        dist = np.bitwise_count(cand_h ^ np.uint64(q))
        keep = dist <= k
        found = dict(zip(cand_i[keep].tolist(), dist[keep].tolist(), strict=True))
        return sorted(found.items(), key=lambda item: (item[1], item[0]))

    def scan(self, simhash: int, k: int = 3) -> list[tuple[int, int]]:
        """The same answer by a brute-force scan of every fingerprint (the reference)."""
        dist = np.bitwise_count(self.hashes ^ np.uint64(simhash & ((1 << 64) - 1)))
        keep = np.nonzero(dist <= k)[0]
        found = dict(zip(self.ids[keep].tolist(), dist[keep].tolist(), strict=True))
        return sorted(found.items(), key=lambda item: (item[1], item[0]))
