"""A GGUF model read by transformers (the same weights llama.cpp serves), loaded once per process and
shared: LoRA training (``tailorkit.tuning``) and the transformers chat backend use the one copy."""

from __future__ import annotations

import threading
from pathlib import Path

from tailorkit.errors import MissingExtraError
from tailorkit.llm._llamacpp import file_digest

__all__ = ["TransformersBase", "transformers_base"]

_LOCK = threading.Lock()
_BASES: dict[Path, TransformersBase] = {}


class TransformersBase:
    """The base causal LM and its tokenizer, from a GGUF file."""

    def __init__(self, path: Path) -> None:
        try:
            import torch
            import transformers
            from transformers import AutoModelForCausalLM, AutoTokenizer

            transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        except ImportError:
            raise MissingExtraError("transformers", "tune", "Adapter training") from None
        self.path = path
        self.digest = file_digest(path)
        self.tokenizer = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.model = AutoModelForCausalLM.from_pretrained(
            str(path.parent), gguf_file=path.name, dtype=torch.float32
        )
        self.model.eval()  # type: ignore[no-untyped-call]
        self.lock = threading.Lock()


def transformers_base(path: Path) -> TransformersBase:
    """The base model at ``path``, loaded once per process."""
    with _LOCK:
        if path not in _BASES:
            _BASES[path] = TransformersBase(path)
        return _BASES[path]
