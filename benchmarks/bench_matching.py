"""Throughput of extraction, fingerprinting and classification, and its growth with stories."""

from __future__ import annotations

import random
import time

from pipelines import embeddings
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
    m = Matcher(stories, verifier=None)
    print(f"  classification, {len(stories)} stories     {_rate(m.match, texts, 2):8.0f} pages/s")
    base = None
    for n in STORY_COUNTS:
        matcher = Matcher(stories + _synthetic_stories(n - len(stories)), verifier=None)
        rate = _rate(matcher.match, texts, 2)
        per_page_ms = 1000 / rate
        base = base or per_page_ms
        print(
            f"  classification, {n:>4} stories   {rate:8.0f} pages/s  {per_page_ms:6.2f} ms/page"
            f"  (x{per_page_ms / base:.2f} the cost of {STORY_COUNTS[0]} stories)"
        )
    bench_embeddings(stories, texts)


def bench_embeddings(stories: list[TrackedStory], texts: list[str]) -> None:
    """Cost of the optional embedding check: model load, one verification, pages with it on."""
    if not embeddings.available():
        print("  embedding verifier: not installed (the [embeddings] extra)")
        return
    t = time.perf_counter()
    v = embeddings.Verifier()
    v.similarity("warm up", "the model")
    print(f"  embedding verifier: model load   {time.perf_counter() - t:8.2f} s (once a process)")
    claims = [c.text for s in stories for c in s.claims]
    t = time.perf_counter()
    n = 0
    for c in claims:
        for text in texts[:20]:
            v.agrees(c, text[:400] + str(n))  # new passage text each time: no cache hits
            n += 1
    print(f"  embedding verifier: one check    {1000 * (time.perf_counter() - t) / n:8.2f} ms")
    plain, checked = Matcher(stories, verifier=None), Matcher(stories, verifier=v)
    for label, m in (("off", plain), ("on ", checked)):
        rate = _rate(m.match, texts, 1)
        print(
            f"  classification, verifier {label}   {rate:8.0f} pages/s  {1000 / rate:6.2f} ms/page"
        )


if __name__ == "__main__":
    main()
