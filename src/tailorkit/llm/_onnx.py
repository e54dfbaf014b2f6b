"""The sentence model on ONNX Runtime: exported once per machine, kept in the user's cache, and loaded
in a fraction of a second after that, without torch or sentence-transformers.

The first use exports the transformer of a sentence-transformers model with ``torch.onnx`` (the same
weights: vectors equal to torch's within 1e-5), fuses its attention, layer norms and GELUs with ONNX
Runtime's transformer optimizer (not the residual adds into the layer norms: ``_UNFUSED``) where that
gives the same vectors (checked on a sample; about 10-15% less CPU per text), and writes the graph to
``$XDG_CACHE_HOME/tailorkit/embeddings`` (``~/.cache`` by default), named by a digest of the model's
files and of the versions that shaped the graph. Every later process reads that file and tokenizes with
the model's own ``tokenizer.json`` (the ``tokenizers`` library, which the transformers tokenizer wraps):
no torch import (2 s), no sentence-transformers import (7 s on a small machine) and no export (4 s)
before the first vector. A cache that cannot be written (a read-only home) only means exporting again in
the next process. The graphs of the three models (installs) used last are kept, the others removed
(``KEEP_MODELS``).

By default (``LLMSettings.embedding_precision``) the graph is then quantized to 8-bit weights with
activations quantized per batch (ONNX Runtime's dynamic quantization), once per machine and kept beside
the full-precision graph: half the CPU per passage, a short query in about 40% of the time, vectors within
cosine 0.97 of full precision (0.993 on average). The batch's activations set their scale, so a text's
vector can differ a little with its batch; retrieval on LoCoMo and the FAQ set is unchanged within noise.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["OnnxEncoder", "cache_dir", "mean_pooled", "onnx_encoder"]

log = logging.getLogger(__name__)

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_FORMAT = 3
"""The version of what the export writes: raised when the graph or its metadata change."""
_UNFUSED = ("SkipLayerNormFusion",)
"""ONNX Runtime's own fusions left off (in the export and in every session): its fused residual add and
layer norm took a fifth of an 8-bit passage's CPU (AMD EPYC, AVX-512), the plain ``Add`` and
``LayerNormalization`` it replaces 5%; 1,601 passages on one core: 140 → 167 a second."""
_LOCK = threading.Lock()
"""One export at a time in a process: torch's exporter keeps global state, and two embedders (the
memories' and the knowledge base's) starting together would fail one export and fall back to torch."""


def cache_dir() -> Path | None:
    """Where exported graphs are kept: ``$XDG_CACHE_HOME/tailorkit/embeddings`` (``~/.cache/...``); None
    where the user has no home folder to keep them in (each process then exports)."""
    root = os.environ.get("XDG_CACHE_HOME")
    if not root:
        try:
            root = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):
            return None
    return Path(root) / "tailorkit" / "embeddings"


@dataclass(frozen=True)
class OnnxEncoder:
    """A sentence model's transformer on ONNX Runtime and its tokenizer: ``hidden(texts)`` gives the
    last hidden states and the attention mask, for the caller's pooling; ``embed(texts, batch_size)``
    the sentence vectors of many texts, their batches run side by side."""

    session: Any
    tokenizer: Any
    """A ``tokenizers.Tokenizer`` truncating at ``limit`` tokens and padding to the longest text."""
    limit: int
    graph: bytes | None = None
    """The graph, for the single-threaded sessions ``embed`` runs side by side."""
    _sides: list[Any] = field(default_factory=list, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def _feed(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        encoded = self.tokenizer.encode_batch(list(texts))
        return {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }

    def hidden(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        feed = self._feed(texts)
        return self.session.run(None, feed)[0], feed["attention_mask"]

    def embed(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        """Unit mean-pooled vectors of ``texts``, in their order, ``batch_size`` texts at a time. The
        texts are tokenized a chunk at a time (longest first) and batched by their token counts, so a
        batch pads little (1,601 help-centre passages: 6% padding batched by characters, under 1%
        by tokens). Two or more batches on a machine with two or more cores run on single-threaded
        sessions side by side, one per core (up to four): about a fifth more texts a second than one
        session spreading each batch over the cores."""
        out = np.empty((len(texts), int(self.session.get_outputs()[0].shape[-1])), np.float32)
        by_chars = np.argsort([-len(t) for t in texts], kind="stable")
        chunk = 64 * batch_size  # what one tokenizer call pads to its longest
        for start in range(0, len(texts), chunk):
            rows = by_chars[start : start + chunk]
            feed = self._feed([texts[i] for i in rows])
            lengths = feed["attention_mask"].sum(axis=1)
            order = np.argsort(-lengths, kind="stable")
            feeds = []
            for at in range(0, len(rows), batch_size):
                picked = order[at : at + batch_size]
                width = int(lengths[picked].max())
                feeds.append({name: a[picked, :width] for name, a in feed.items()})
            hidden = self._run(feeds)
            pooled = [mean_pooled(h, f["attention_mask"]) for h, f in zip(hidden, feeds, strict=True)]
            out[rows[order]] = np.concatenate(pooled)
        return out

    def _run(self, feeds: list[dict[str, np.ndarray]]) -> list[np.ndarray]:
        """The last hidden states of each feed, side by side where there are cores for it."""
        cores = _cores()
        if len(feeds) < 2 or cores < 2 or self.graph is None:
            return [self.session.run(None, f)[0] for f in feeds]
        with self._lock:
            while len(self._sides) < cores:
                self._sides.append(_session(self.graph, threads=1))
        sides = self._sides[:cores]

        def run(n: int) -> np.ndarray:
            return sides[n % cores].run(None, feeds[n])[0]  # type: ignore[no-any-return]

        with ThreadPoolExecutor(cores, thread_name_prefix="tailorkit-embed-batch") as pool:
            return list(pool.map(run, range(len(feeds))))


def onnx_encoder(path: Path, precision: str = "int8") -> OnnxEncoder | None:
    """The model at ``path`` on ONNX Runtime (once per process, model and precision), or None where it
    cannot run there (no ONNX Runtime, a model that is not a mean-pooled transformer or does not export).
    ``precision`` ``int8``: its weights quantized where that keeps its vectors (``_quantized``)."""
    with _LOCK:
        return _encoder(path, precision)


@functools.cache
def _encoder(path: Path, precision: str) -> OnnxEncoder | None:
    try:
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as e:
        log.warning("ONNX Runtime is not available (%s); embedding with torch", e)
        return None
    if not (path / "tokenizer.json").exists():
        log.warning("%s has no tokenizer.json; embedding with torch", path)
        return None
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    # padding to the longest text of a batch (a tokenizer.json may say otherwise: all-MiniLM-L6-v2's pads
    # and truncates every text to 128), with the model's pad token; truncation at the model's limit below
    tokenizer.enable_padding(**_pad_token(tokenizer, path))
    folder, key = cache_dir(), _digest(path, onnxruntime.__version__)

    def quantized() -> tuple[bytes, int] | None:
        full = _graph(path, folder, key)  # the full-precision graph, kept too
        return None if full is None else _quantized(*full, tokenizer, path)

    made = (
        _graph(path, folder, f"{key}-int8", quantized) if precision == "int8" else _graph(path, folder, key)
    )
    if made is None:
        return None
    session, graph, limit = made
    tokenizer.enable_truncation(limit)
    return OnnxEncoder(session, tokenizer, limit, graph)


def _graph(
    path: Path, folder: Path | None, key: str, make: Callable[[], tuple[bytes, int] | None] | None = None
) -> tuple[Any, bytes, int] | None:
    """The session, graph and token limit kept under ``key``, or made by ``make`` (default: exporting the
    model at ``path``) and kept; None where it cannot be made."""
    kept = _read(folder, key) if folder is not None else None
    if kept is not None:
        try:
            return _session(kept[0]), *kept
        except Exception as e:  # a kept graph that does not load (a damaged disk): made again
            log.warning("the kept embedding graph does not load (%s); making it again", e)
    made = (make or (lambda: _export(path)))()
    if made is None:
        return None
    graph, limit = made
    if folder is not None:
        _keep(folder / f"{key}.onnx", graph)
        _keep(folder / f"{key}.json", json.dumps({"limit": limit, "model": str(path)}).encode())
        _prune(folder)
    return _session(graph), graph, limit


def _pad_token(tokenizer: Any, path: Path) -> dict[str, Any]:
    """The pad token of the tokenizer at ``path``: from its padding settings, else its special tokens."""
    pad = tokenizer.padding or {}
    token = pad.get("pad_token")
    if token is None:
        try:
            token = json.loads((path / "special_tokens_map.json").read_text()).get("pad_token")
        except (OSError, ValueError, AttributeError):
            token = None
        token = token.get("content") if isinstance(token, dict) else token
    token = token if isinstance(token, str) else "[PAD]"
    found = tokenizer.token_to_id(token)
    return {
        "pad_id": pad.get("pad_id", found if found is not None else 0),
        "pad_token": token,
        "pad_type_id": pad.get("pad_type_id", 0),
    }


def _read(folder: Path, key: str) -> tuple[bytes, int] | None:
    """The graph kept under ``key`` and its token limit, or None (not kept, or unreadable); a graph read
    is marked as used now (``_prune`` keeps the graphs used last)."""
    try:
        limit = int(json.loads((folder / f"{key}.json").read_text())["limit"])
        graph = (folder / f"{key}.onnx").read_bytes()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    with contextlib.suppress(OSError):
        os.utime(folder / f"{key}.json")
    return graph, limit


KEEP_MODELS = 3
"""How many models' graphs (each full precision and 8-bit) the cache keeps: the ones used last. A
model's digest changes with its install (path, file times), so each new environment exports again and
the graphs of old ones (~110 MB each) would otherwise pile up."""


def _prune(folder: Path, keep: int = KEEP_MODELS) -> None:
    """Remove the kept graphs of all but the ``keep`` models used last (by their metadata files' times,
    which ``_read`` and ``_keep`` set)."""
    try:
        used: dict[str, float] = {}
        for meta in folder.glob("*.json"):
            model = meta.stem.removesuffix("-int8")
            used[model] = max(used.get(model, 0.0), meta.stat().st_mtime)
        for model in sorted(used, key=used.__getitem__, reverse=True)[keep:]:
            for file in folder.glob(f"{model}*"):
                file.unlink(missing_ok=True)
    except OSError as e:  # another process pruning at the same time, a read-only cache: left as it is
        log.info("cannot prune the kept embedding graphs in %s (%s)", folder, e)


def _cores() -> int:
    """How many cores an embedding spreads over: the machine's, up to four."""
    return max(1, min(4, os.cpu_count() or 1))


def _session(graph: bytes, threads: int | None = None) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads or _cores()
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(
        graph, options, providers=["CPUExecutionProvider"], disabled_optimizers=list(_UNFUSED)
    )


def _digest(path: Path, runtime: str) -> str:
    """A name for the graph of the model at ``path``: its files (names, sizes, times) and the versions
    that shaped the graph."""
    h = hashlib.sha256(f"{_FORMAT}|{runtime}|{path.resolve()}".encode())
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        stat = f.stat()
        h.update(f"|{f.relative_to(path)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:32]


def _keep(file: Path, data: bytes) -> None:
    """Write ``data`` to ``file`` whole (a temporary file renamed), or not at all."""
    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=file.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        Path(name).replace(file)
    except OSError as e:
        log.info("cannot keep the exported embedding model in %s (%s)", file.parent, e)


def _export(path: Path) -> tuple[bytes, int] | None:
    """The model's transformer as an ONNX graph (fused where that keeps its vectors) and its token
    limit; None where it cannot be exported."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    except ImportError as e:
        log.warning("torch or sentence-transformers is not available (%s); cannot export %s", e, path)
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
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "hidden")}
    try:
        import warnings

        with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Hidden(),
                tuple(sample[name] for name in INPUTS),
                graph,  # type: ignore[arg-type]  # the exporter writes to any file object
                input_names=list(INPUTS),
                output_names=["hidden"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
    except Exception as e:  # an exporter that cannot take this model: torch still can
        log.warning("exporting %s to ONNX failed (%s); embedding with torch", path, e)
        return None
    feed = {name: sample[name].numpy().astype(np.int64) for name in INPUTS}
    raw = graph.getvalue()
    fused = _fused(raw, bert.config, feed)
    return fused or raw, int(model.max_seq_length or 256)


def _fused(graph: bytes, config: Any, feed: dict[str, np.ndarray]) -> bytes | None:
    """``graph`` with ONNX Runtime's transformer fusions, when its hidden states on ``feed`` equal the
    unfused graph's within 1e-4 (else None: the fusion does not fit this model)."""
    try:
        import onnx
        from onnxruntime.transformers import optimizer
        from onnxruntime.transformers.fusion_options import FusionOptions

        heads, width = int(config.num_attention_heads), int(config.hidden_size)
        options = FusionOptions("bert")
        options.enable_skip_layer_norm = False  # see _UNFUSED
        model = optimizer.optimize_model(
            onnx.load_from_string(graph),
            model_type="bert",
            num_heads=heads,
            hidden_size=width,
            opt_level=1,
            optimization_options=options,
        )
        fused: bytes = model.model.SerializeToString()
        before, after = (_session(g).run(None, feed)[0] for g in (graph, fused))
    except Exception as e:  # an optimizer that does not know this model: the plain graph serves
        log.info("the transformer fusions do not apply (%s); the plain graph is used", e)
        return None
    if before.shape != after.shape or float(np.abs(before - after).max()) > 1e-4:
        log.info("the fused graph changes the vectors; the plain graph is used")
        return None
    return fused


_QUANTIZE_CHECK = (
    "How long does delivery take to reach me?",
    "I stay away from coffee because caffeine keeps me up at night.",
    "Refunds go back to the card you paid with within ten business days of our receiving the return.",
    "My daughter starts school in September and I want to find her a piano teacher nearby.",
    "我对咖啡因很敏感，不喝任何含咖啡因的饮料",
    "A gift card can be used for any order in our online shop and never expires.",
)
_MIN_COSINE = 0.97
"""How close a quantized graph's vectors must stay to the full-precision graph's on every check text."""


def _quantized(session: Any, graph: bytes, limit: int, tokenizer: Any, path: Path) -> tuple[bytes, int]:
    """``graph`` with its weights in 8-bit integers, one scale per output channel, and its activations
    quantized as each batch runs (ONNX Runtime's dynamic quantization): about half the CPU of full
    precision on passages and 2.5x less on a short query. Kept when every check text's vector stays
    within cosine ``_MIN_COSINE`` of the full-precision one (all-MiniLM-L6-v2: 0.98 at worst, 0.993 on
    average over the FAQ set's passages); else ``graph`` itself, kept in its place so that no later
    process tries again. ``session`` runs ``graph``."""
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from onnxruntime.quantization.shape_inference import quant_pre_process

        with tempfile.TemporaryDirectory() as tmp, _no_leftovers(Path.cwd()):
            source, ready, target = (Path(tmp) / f"{name}.onnx" for name in ("model", "ready", "int8"))
            source.write_bytes(graph)
            quant_pre_process(source, ready)  # shapes inferred, as the quantizer asks
            quantize_dynamic(ready, target, per_channel=True, weight_type=QuantType.QInt8)
            quantized = target.read_bytes()
        full, small = (
            mean_pooled(*OnnxEncoder(run, tokenizer, limit).hidden(_QUANTIZE_CHECK))
            for run in (session, _session(quantized))
        )
    except Exception as e:  # a graph the quantizer does not take: full precision serves
        log.info("the embedding model cannot be quantized (%s); full precision is used", e)
        return graph, limit
    worst = float((full * small).sum(axis=1).min())
    if worst < _MIN_COSINE:
        log.info("quantizing %s moves its vectors (cosine %.3f); full precision is used", path, worst)
        return graph, limit
    return quantized, limit


_LEFTOVERS = ("sym_shape_infer_temp.onnx", "????????-????-????-????-????????????.data")
"""What ONNX Runtime's symbolic shape inference writes into the working folder when it cannot infer a
graph's every shape: the graph and its weights (~110 MB for all-MiniLM-L6-v2; the weights under a
random UUID), wherever the user ran the command."""


@contextlib.contextmanager
def _no_leftovers(folder: Path) -> Any:
    """Remove what ``_LEFTOVERS`` names that appears in ``folder`` during the block (files there before
    it stay), whether the block ends or raises."""

    def present() -> set[Path]:
        with contextlib.suppress(OSError):
            return {file for pattern in _LEFTOVERS for file in folder.glob(pattern)}
        return set()

    before = present()
    try:
        yield
    finally:
        for file in present() - before:
            with contextlib.suppress(OSError):
                file.unlink()


def mean_pooled(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Sentence vectors from a transformer's last hidden states: the mean over the attended tokens,
    of unit length."""
    weights = mask[..., None].astype(np.float32)
    pooled: np.ndarray = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    unit: np.ndarray = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return unit
