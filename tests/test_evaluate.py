"""The classifier's figures on the labelled corpus (and the seeds when present) hold a floor."""

from pipelines.corpus import load_corpus
from pipelines.evaluate import evaluate, report, scores

# Per event kind, all pages, lexical classifier; `make eval` prints the current figures
# (picked_up 1.000, reworded 0.909, retracted 1.000, overall 0.957 on 142 pages; holdout overall
# 0.937, reworded 0.865). What lexical matching still misses: see pipelines/corpus/README.
FLOOR_F1 = {"picked_up": 0.95, "reworded": 0.89, "retracted": 0.97, "overall": 0.94}


def test_corpus_is_large_and_varied():
    stories, pages = load_corpus()
    assert len(stories) >= 11 and len(pages) >= 135
    assert {p.expect for p in pages} == {"picked_up", "reworded", "retracted", "none"}
    assert sum(1 for p in pages if p.previous is not None) >= 12
    assert sum(1 for p in pages if p.split == "holdout") >= 55


def test_f1_per_event_at_or_above_the_floor():
    by = evaluate(via_html=True)
    all_scores = scores(by["all"])
    print(report("all", by["all"]))
    for kind, floor in FLOOR_F1.items():
        assert all_scores[kind].f1 >= floor, (kind, all_scores[kind])
    assert scores(by["dev"])["overall"].f1 >= 0.96
    assert scores(by["dev"])["reworded"].f1 >= 0.92
    assert scores(by["holdout"])["overall"].f1 >= 0.92
    assert scores(by["holdout"])["reworded"].f1 >= 0.85
