"""The classifier's figures on the labelled corpus (and the seeds when present) hold a floor."""

from pipelines.corpus import load_corpus
from pipelines.evaluate import evaluate, report, scores

# Per event kind, all pages, lexical classifier; `make eval` prints the current figures
# (picked_up 0.969, reworded 0.863, retracted 0.945, overall 0.919 on 263 pages; holdout overall
# 0.883, reworded 0.791). The honest figure for unseen pages is lower: two sets written blind
# scored 0.790 and 0.744 overall when first run (pipelines/corpus/README.md).
FLOOR_F1 = {"picked_up": 0.95, "reworded": 0.85, "retracted": 0.93, "overall": 0.90}


def test_corpus_is_large_and_varied():
    stories, pages = load_corpus()
    assert len(stories) >= 21 and len(pages) >= 258
    assert {p.expect for p in pages} == {"picked_up", "reworded", "retracted", "none"}
    assert sum(1 for p in pages if p.previous is not None) >= 12
    assert sum(1 for p in pages if p.split == "holdout") >= 175


def test_f1_per_event_at_or_above_the_floor():
    by = evaluate(via_html=True)
    all_scores = scores(by["all"])
    print(report("all", by["all"]))
    for kind, floor in FLOOR_F1.items():
        assert all_scores[kind].f1 >= floor, (kind, all_scores[kind])
    assert scores(by["dev"])["overall"].f1 >= 0.98
    assert scores(by["dev"])["reworded"].f1 >= 0.97
    assert scores(by["holdout"])["overall"].f1 >= 0.87
    assert scores(by["holdout"])["reworded"].f1 >= 0.77
