"""The classifier's figures on the labelled corpus (and the seeds when present) hold a floor."""

from pipelines.corpus import load_corpus
from pipelines.evaluate import evaluate, report, scores

# Per event kind, all pages, lexical classifier; `make eval` prints the current figures
# (picked_up 0.988, reworded 0.795, retracted 0.989, overall 0.925 on 3143 pages; holdout
# overall 0.926, reworded 0.792; blind (sets 49+50) overall 0.861, reworded 0.667). The honest
# figure for unseen pages is the blind one: each set written blind scored lower than the sets
# tuned on (pipelines/corpus/README.md).
FLOOR_F1 = {"picked_up": 0.98, "reworded": 0.79, "retracted": 0.98, "overall": 0.92}


def test_corpus_is_large_and_varied():
    stories, pages = load_corpus()
    assert len(stories) >= 261 and len(pages) >= 3138
    assert {p.expect for p in pages} == {"picked_up", "reworded", "retracted", "none"}
    assert sum(1 for p in pages if p.previous is not None) >= 12
    assert sum(1 for p in pages if p.split == "holdout") >= 2939
    assert sum(1 for p in pages if p.split == "blind") >= 120


def test_f1_per_event_at_or_above_the_floor():
    by = evaluate(via_html=True)
    all_scores = scores(by["all"])
    print(report("all", by["all"]))
    for kind, floor in FLOOR_F1.items():
        assert all_scores[kind].f1 >= floor, (kind, all_scores[kind])
    assert scores(by["dev"])["overall"].f1 >= 0.98
    assert scores(by["dev"])["reworded"].f1 >= 0.97
    assert scores(by["holdout"])["overall"].f1 >= 0.92
    assert scores(by["holdout"])["reworded"].f1 >= 0.79
    assert scores(by["blind"])["overall"].f1 >= 0.86
