"""The classifier's figures on the labelled corpus (and the seeds when present) hold a floor."""

from pipelines.corpus import load_corpus
from pipelines.evaluate import evaluate, report, scores

FLOOR_F1 = 0.85  # per event kind, all pages; `make eval` prints the current figures


def test_corpus_is_large_and_varied():
    stories, pages = load_corpus()
    assert len(stories) >= 3 and len(pages) >= 60
    assert {p.expect for p in pages} == {"picked_up", "reworded", "retracted", "none"}
    assert sum(1 for p in pages if p.previous is not None) >= 12
    assert sum(1 for p in pages if p.split == "holdout") >= 15


def test_f1_per_event_at_or_above_the_floor():
    by = evaluate(via_html=True)
    all_scores = scores(by["all"])
    print(report("all", by["all"]))
    for kind in ("picked_up", "reworded", "retracted", "overall"):
        assert all_scores[kind].f1 >= FLOOR_F1, (kind, all_scores[kind])
    assert scores(by["dev"])["overall"].f1 >= 0.9
