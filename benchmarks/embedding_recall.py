"""Would sentence embeddings find the rewordings the lexical classifier misses? (a measurement)

For every (story, page) pair of the corpus (blind split left out) that the lexical classifier
leaves at "none" and that shares at least two terms with the claim, take the page's window (one
or two sentences) closest to the claim by all-MiniLM-L6-v2 cosine among those that pass the
classifier's own gates (names held, no slot substituted, no plan to look, no demand, no
retraction cue), and print its label and cosine, highest first. A recall path is worth having
only if the missed rewordings sit above the tempting near misses.

Needs the `[embeddings]` extra (`make install-embeddings`):
    python -m benchmarks.embedding_recall
"""

from __future__ import annotations

from pipelines.claim_parts import demanded, prospective
from pipelines.classify import DEFAULT, analyse, prepare, substitutes
from pipelines.corpus import load_corpus
from pipelines.embeddings import Verifier, available
from pipelines.evaluate import page_text, run
from pipelines.evidence import overlap
from pipelines.retraction import find_cue


def gates(ps, claim, ct, item, first: int, last: int, window) -> list[str]:  # noqa: ANN001
    """The classifier's reasons to refuse a window, whatever its meaning."""
    ov = overlap(ct, window, ps.weights[claim.text])
    text = " ".join(item.sentences[first : last + 1])
    parts = ps.parts[claim.text]
    out = []
    if len(ov.matched) < 2:
        out.append("few terms")
    if ov.name_recall < DEFAULT.carry_names:
        out.append("names")
    if substitutes(ct, item.sentence_terms[first : last + 1]):
        out.append("substituted")
    if prospective(claim.text, text):
        out.append("plan")
    if parts.parsed and demanded(parts, ct.words, window.words):
        out.append("demand")
    if any(find_cue(s) for s in item.sentences[first : last + 1]):
        out.append("cue")
    return out


def main() -> None:
    if not available():
        raise SystemExit("the embedding model is not installed: make install-embeddings")
    stories, pages = load_corpus()
    pages = [p for p in pages if p.split != "blind"]
    by_slug = {s.slug: s for s in stories}
    verifier = Verifier()
    rows = []
    for n, o in enumerate(run(stories, pages)):
        p = o.page
        if p.gone or p.previous or p.source or o.predicted != "none":
            continue
        ps = prepare(by_slug[o.story])
        item = analyse(page_text(p.text, p.id, n, True))
        claim, ct = ps.claims[0]
        if len(ct.content & item.content) < 2:
            continue
        best = None
        for first, last, window in item.windows:
            refused = gates(ps, claim, ct, item, first, last, window)
            text = " ".join(item.sentences[first : last + 1])
            key = (not refused, verifier.similarity(claim.text, text))
            if best is None or key > best[0]:
                best = (key, refused, text)
        (passes, cos), refused, text = best
        rows.append((passes, cos, o.expected, p.id, ",".join(refused) or "passes", text[:90]))
    rows.sort(key=lambda r: (not r[0], -r[1]))
    for _, cos, expected, pid, refused, text in rows:
        print(f"{cos:.3f}  {expected:9}  {pid:28} {refused:12} {text}")


if __name__ == "__main__":
    main()
