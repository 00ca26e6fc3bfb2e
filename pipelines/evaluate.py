"""`make eval`: precision, recall and F1 per event kind on the labelled corpus and the seeds.

Every page is wrapped in site chrome, extracted with trafilatura and classified against every
story of its group (so near misses are tested against all stories). Figures are given for the dev
split (used to set the thresholds), the holdout split (scored blind once, then used in error
analysis), the blind split (written by someone who never saw the classifier; its errors are not
listed unless asked), the seeds, and all.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from pipelines import embeddings
from pipelines.classify import DEFAULT, EVENTS, Matcher, Thresholds, TrackedStory
from pipelines.corpus import Page, load_corpus, load_seeds, to_html
from pipelines.extract import extract


@dataclass(frozen=True)
class Outcome:
    page: Page
    story: str
    expected: str
    predicted: str
    evidence: dict


def page_text(text: str, page_id: str, n: int, via_html: bool) -> str:
    if not via_html or not text.strip():
        return text
    extracted = extract(to_html(text, page_id, n), f"https://news.example/{page_id}")
    return extracted.text if extracted is not None else ""


def run(
    stories: list[TrackedStory],
    pages: list[Page],
    *,
    via_html: bool = True,
    thresholds: Thresholds = DEFAULT,
    verifier: embeddings.Verifier | None = None,
) -> list[Outcome]:
    """Classify every page against every story of its group (with the embedding check of
    rewordings only when a `verifier` is given)."""
    matchers: dict[str, Matcher] = {}
    groups = {p.group for p in pages}
    for g in groups:
        slugs = {p.story for p in pages if p.group == g} | {
            s for p in pages if p.group == g for s, _ in p.also
        }
        matchers[g] = Matcher([s for s in stories if s.slug in slugs], thresholds, verifier)
    out = []
    for n, page in enumerate(pages):
        m = matchers[page.group]
        text = "" if page.gone else page_text(page.text, page.id, n, via_html)
        prev = page_text(page.previous, page.id, n, via_html) if page.previous else None
        sources_of = frozenset(page.sources_of) | ({page.story} if page.source else set())
        decisions = {
            d.story: d
            for d in m.match(text, previous_text=prev, gone=page.gone, sources_of=sources_of)
        }
        for ps in m.prepared:
            slug = ps.story.slug
            d = decisions.get(slug)
            out.append(
                Outcome(
                    page,
                    slug,
                    page.expected_for(slug),
                    d.event if d else "none",
                    d.evidence if d else {},
                )
            )
    return out


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def scores(outcomes: list[Outcome]) -> dict[str, Score]:
    """Per event kind, and 'overall' (micro-averaged over the three kinds)."""
    out = {}
    for ev in EVENTS:
        tp = sum(1 for o in outcomes if o.predicted == ev and o.expected == ev)
        fp = sum(1 for o in outcomes if o.predicted == ev and o.expected != ev)
        fn = sum(1 for o in outcomes if o.expected == ev and o.predicted != ev)
        out[ev] = Score(tp, fp, fn)
    out["overall"] = Score(
        sum(s.tp for s in out.values()),
        sum(s.fp for s in out.values()),
        sum(s.fn for s in out.values()),
    )
    return out


def report(title: str, outcomes: list[Outcome]) -> str:
    pages = len({(o.page.group, o.page.id) for o in outcomes})
    lines = [f"{title}: {pages} pages, {len(outcomes)} (story, page) pairs"]
    lines.append(f"  {'event':<10} {'prec':>6} {'recall':>6} {'F1':>6}   tp  fp  fn")
    for kind, s in scores(outcomes).items():
        lines.append(
            f"  {kind:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  "
            f"{s.tp:3d} {s.fp:3d} {s.fn:3d}"
        )
    return "\n".join(lines)


def evaluate(
    via_html: bool = True, verifier: embeddings.Verifier | None = None, blind: bool = True
) -> dict[str, list[Outcome]]:
    """Outcomes by split: dev, holdout, blind, seeds (when present), all."""
    stories, pages = load_corpus()
    if not blind:
        pages = [p for p in pages if p.split != "blind"]
    seed_stories, seed_pages = load_seeds()
    outcomes = run(stories + seed_stories, pages + seed_pages, via_html=via_html, verifier=verifier)
    by: dict[str, list[Outcome]] = {"dev": [], "holdout": [], "blind": [], "seeds": []}
    for o in outcomes:
        by[o.page.split].append(o)
    by["all"] = outcomes
    return {k: v for k, v in by.items() if v}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluate", description=__doc__)
    parser.add_argument("--text", action="store_true", help="skip HTML wrapping and extraction")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--show-blind",
        action="store_true",
        help="also list the errors on the blind split (only once the classifier is final)",
    )
    parser.add_argument(
        "--without-blind", action="store_true", help="leave the blind split out altogether"
    )
    parser.add_argument(
        "--no-embeddings", action="store_true", help="skip the run with the embedding check"
    )
    args = parser.parse_args(argv)
    runs: list[tuple[str, embeddings.Verifier | None]] = [
        ("lexical classifier (no embedding verifier)", None)
    ]
    if args.no_embeddings:
        pass
    elif embeddings.available():
        runs.append(
            (
                f"with the embedding verifier (all-MiniLM-L6-v2, cosine >= "
                f"{embeddings.MIN_COSINE} for claims without names; CLAIMWATCH_EMBEDDINGS=1)",
                embeddings.Verifier(),
            )
        )
    else:
        print("(embedding verifier not installed: pip install -e '.[embeddings]' to compare)")
    for title, verifier in runs:
        print(title)
        by = evaluate(via_html=not args.text, verifier=verifier, blind=not args.without_blind)
        for split, outcomes in by.items():
            print(report(split, outcomes))
        errors = [o for o in by["all"] if o.expected != o.predicted]
        if not args.show_blind:
            errors = [o for o in errors if o.page.split != "blind"]
        print(f"errors: {len(errors)}" + ("" if args.show_blind else " (blind split not listed)"))
        if args.verbose:
            keys = ("passage", "retracting_sentence", "recall", "verbatim", "cosine")
            for o in errors:
                shown = {k: o.evidence.get(k) for k in keys if o.evidence.get(k) is not None}
                print(
                    f"  {o.page.id} [{o.page.case}] vs {o.story}: "
                    f"expected {o.expected}, got {o.predicted} {shown or ''}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
