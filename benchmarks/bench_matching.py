"""Throughput of extraction, fingerprinting and classification, and its growth with stories."""

from __future__ import annotations

import random
import time

from pipelines.classify import Matcher, TrackedClaim, TrackedStory
from pipelines.corpus import load_corpus, to_html
from pipelines.extract import extract
from pipelines.fingerprint import fingerprints, simhash64, simhash_reference

STORY_COUNTS = (10, 100, 1000)


def _rate(fn, items, repeat: int = 1) -> float:
    t = time.perf_counter()
    for _ in range(repeat):
        for x in items:
            fn(x)
    return len(items) * repeat / (time.perf_counter() - t)


def _synthetic_stories(n: int, seed: int = 11) -> list[TrackedStory]:
    """Stories with claims built from a made-up vocabulary (like real claims: names, verbs,
    numbers, objects), so that most do not concern a given page."""
    rng = random.Random(seed)
    syll = ["ka", "lo", "mi", "ren", "tor", "va", "sel", "dun", "pra", "qui", "zo", "bel"]

    def word(k: int = 3) -> str:
        return "".join(rng.choice(syll) for _ in range(k))

    verbs = ["recalling", "banning", "sending", "closing", "buying", "selling", "approving"]
    out = []
    for i in range(n):
        claim = (
            f"{word().title()} {word().title()} is {rng.choice(verbs)} {rng.randint(2, 90000)} "
            f"{word()} {word()} because the {word()} {word()} can {word()} the {word()}."
        )
        out.append(TrackedStory(f"synthetic-{i}", claim[:40], (TrackedClaim(claim, i),)))
    return out


def main() -> None:
    stories, pages = load_corpus()
    texts = [p.text for p in pages if p.text.strip()]
    htmls = [to_html(t, p.id, n) for n, (t, p) in enumerate(zip(texts, pages, strict=False))]
    print(f"bench_matching: {len(texts)} corpus pages")
    print(
        f"  extraction (trafilatura)      {_rate(lambda h: extract(h, None), htmls):8.0f} pages/s"
    )
    print(f"  simhash64 (ours, NumPy)       {_rate(simhash64, texts, 5):8.0f} pages/s")
    print(f"  simhash package, same values  {_rate(simhash_reference, texts, 5):8.0f} pages/s")
    print(f"  fingerprints (doc+sentences)  {_rate(fingerprints, texts, 2):8.0f} pages/s")
    m = Matcher(stories)
    print(f"  classification, {len(stories)} stories     {_rate(m.match, texts, 2):8.0f} pages/s")
    base = None
    for n in STORY_COUNTS:
        matcher = Matcher(stories + _synthetic_stories(n - len(stories)))
        rate = _rate(matcher.match, texts, 2)
        per_page_ms = 1000 / rate
        base = base or per_page_ms
        print(
            f"  classification, {n:>4} stories   {rate:8.0f} pages/s  {per_page_ms:6.2f} ms/page"
            f"  (x{per_page_ms / base:.2f} the cost of {STORY_COUNTS[0]} stories)"
        )


if __name__ == "__main__":
    main()
