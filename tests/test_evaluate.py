"""The classifier's figures on the labelled corpus (and the seeds when present) hold a floor."""

from pipelines.corpus import load_corpus
from pipelines.evaluate import evaluate, report, scores

# Per event kind, all pages, lexical classifier; `make eval` prints the current figures
# (picked_up 1.000, reworded 0.841, retracted 0.966, overall 0.918 on 124 pages). The corpus
# gained name-less stories whose rewordings lexical matching misses: see pipelines/corpus/README.
FLOOR_F1 = {"picked_up": 0.95, "reworded": 0.82, "retracted": 0.95, "overall": 0.9}


def test_corpus_is_large_and_varied():
    stories, pages = load_corpus()
    assert len(stories) >= 8 and len(pages) >= 115
    assert {p.expect for p in pages} == {"picked_up", "reworded", "retracted", "none"}
    assert sum(1 for p in pages if p.previous is not None) >= 12
    assert sum(1 for p in pages if p.split == "holdout") >= 40


def test_f1_per_event_at_or_above_the_floor():
    by = evaluate(via_html=True)
    all_scores = scores(by["all"])
    print(report("all", by["all"]))
    for kind, floor in FLOOR_F1.items():
        assert all_scores[kind].f1 >= floor, (kind, all_scores[kind])
    assert scores(by["dev"])["overall"].f1 >= 0.94
    assert scores(by["dev"])["reworded"].f1 >= 0.9
