"""The optional embedding check: off by default, and (when installed) a real model that keeps a
paraphrase and drops a same-words near miss of a claim without names."""

import pytest

from pipelines import embeddings
from pipelines.classify import Matcher, TrackedClaim, TrackedStory, classify

TEA = TrackedStory(
    "tea",
    "Green tea",
    (
        TrackedClaim(
            "Drinking three cups of green tea a day cuts the risk of type 2 diabetes by 40 "
            "percent, according to a study of 12,000 adults.",
            1,
        ),
    ),
)
PARAPHRASE = (
    "Green tea may lower the risk of type 2 diabetes, a new study of thousands of adults "
    "suggests. Those who drank about three cups a day appeared to benefit most."
)
SAME_WORDS = (
    "Researchers are recruiting 12,000 adults for a new study of diet and type 2 diabetes. "
    "Participants will be asked how much green tea, coffee and water they drink each day."
)


def test_off_unless_the_setting_asks(monkeypatch):
    monkeypatch.delenv(embeddings.ENV, raising=False)
    assert not embeddings.enabled()
    assert embeddings.default_verifier() is None
    assert Matcher([TEA]).verifier is None
    monkeypatch.setenv(embeddings.ENV, "1")
    assert embeddings.enabled()


class _Fixed(embeddings.Verifier):
    """A verifier whose similarity is given: for the wiring, not the model."""

    def __init__(self, cosine: float) -> None:
        super().__init__()
        self.cosine = cosine

    def similarity(self, a: str, b: str) -> float:
        return self.cosine


def test_a_rewording_the_verifier_rejects_raises_nothing():
    assert classify(TEA, PARAPHRASE, verifier=None).event == "reworded"
    d = classify(TEA, PARAPHRASE, verifier=_Fixed(0.95))
    assert d.event == "reworded" and d.evidence["cosine"] == 0.95
    assert classify(TEA, PARAPHRASE, verifier=_Fixed(0.5)) is None
    # pick-ups are not checked
    copy = TEA.claims[0].text
    assert classify(TEA, copy, verifier=_Fixed(0.0)).event == "picked_up"


@pytest.mark.skipif(not embeddings.available(), reason="the [embeddings] extra is not installed")
def test_the_model_keeps_a_paraphrase_and_drops_a_same_words_near_miss():
    v = embeddings.Verifier()
    assert classify(TEA, PARAPHRASE, verifier=v).event == "reworded"
    assert classify(TEA, SAME_WORDS, verifier=None).event == "reworded"  # lexically
    assert classify(TEA, SAME_WORDS, verifier=v) is None
    assert v.similarity("a cat sat on the mat", "a cat sat on the mat") > 0.99
