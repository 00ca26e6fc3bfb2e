"""Near-duplicate index queries at 10^4, 10^5, 10^6 fingerprints: ours vs SimhashIndex vs a scan."""

from __future__ import annotations

import logging
import time

import numpy as np

from pipelines.index import SimIndex

SIZES = (10_000, 100_000, 1_000_000)
QUERIES = 300
K = 3
SIMHASH_INDEX_MAX = 1_000_000  # building it at 10^6 takes about a minute; still feasible


def _data(n: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 1 << 63, size=n, dtype=np.int64) * 2 + rng.integers(0, 2, size=n)


def _queries(hashes: np.ndarray, seed: int = 2) -> list[int]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(QUERIES):
        q = int(hashes[rng.integers(len(hashes))]) & ((1 << 64) - 1)
        if i % 3 == 2:
            q = int(rng.integers(0, 1 << 62)) << 2  # a miss
        for b in rng.choice(64, size=i % 5, replace=False):
            q ^= 1 << int(b)
        out.append(q)
    return out


def _latency(fn, queries) -> tuple[float, float, list]:
    times, results = [], []
    for q in queries:
        t = time.perf_counter()
        results.append(fn(q))
        times.append(time.perf_counter() - t)
    us = np.array(times) * 1e6
    return float(np.median(us)), float(np.percentile(us, 99)), results


def main() -> None:
    from simhash import Simhash, SimhashIndex

    logging.getLogger("simhash").setLevel(logging.ERROR)
    print(f"bench_index: {QUERIES} queries, k={K}, latency in microseconds (median / p99)")
    for n in SIZES:
        hashes = _data(n)
        queries = _queries(hashes)
        t = time.perf_counter()
        idx = SimIndex(np.arange(n), hashes)
        build = time.perf_counter() - t
        ours_med, ours_p99, ours = _latency(
            lambda q, idx=idx: sorted(i for i, _ in idx.near(q, K)), queries
        )
        scan_med, scan_p99, scan = _latency(
            lambda q, idx=idx: sorted(i for i, _ in idx.scan(q, K)), queries
        )
        assert ours == scan
        line = (
            f"  n={n:>9,}  build {build:6.2f}s  ours {ours_med:8.1f} / {ours_p99:8.1f}"
            f"  numpy scan {scan_med:9.1f} / {scan_p99:9.1f}"
        )
        if n <= SIMHASH_INDEX_MAX:
            t = time.perf_counter()
            unsigned = hashes.view(np.uint64).tolist()
            sidx = SimhashIndex([(str(i), Simhash(h)) for i, h in enumerate(unsigned)], k=K)
            sbuild = time.perf_counter() - t
            s_med, s_p99, theirs = _latency(
                lambda q, sidx=sidx: sorted(int(x) for x in sidx.get_near_dups(Simhash(q))), queries
            )
            assert theirs == ours, "results differ from SimhashIndex"
            line += (
                f"  SimhashIndex {s_med:8.1f} / {s_p99:8.1f} (build {sbuild:5.1f}s)"
                f"  speed-up x{s_med / ours_med:.0f} median, x{scan_med / ours_med:.0f} vs scan"
            )
            del sidx
        print(line + "  identical results")


if __name__ == "__main__":
    main()
