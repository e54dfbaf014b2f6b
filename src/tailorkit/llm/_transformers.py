"""A chat backend on transformers + PEFT: the same bundled model (read from its GGUF), with per-user
LoRA adapters switched per request. Slower than llama.cpp on a CPU (see DESIGN.md); useful where the
adapters are being trained, and as a check of what llama.cpp serves."""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tailorkit.errors import ChatModelError
from tailorkit.llm._chat import Completion, Message

__all__ = ["TransformersChat"]


class TransformersChat:
    """Chat with the base model through transformers; ``adapter`` names a folder holding a PEFT adapter
    (``adapter_model.safetensors`` + ``adapter_config.json``, never a pickle)."""

    name = "transformers"
    json_mode = False
    """It cannot constrain its output to JSON: a request for JSON mode is refused, not ignored."""

    def __init__(self, settings: Any = None, *, model_path: str | Path | None = None) -> None:
        from tailorkit.llm._llamacpp import bundled_chat_model

        path = model_path or getattr(settings, "model_path", None)
        self.model_path = Path(path) if path else bundled_chat_model()
        self._peft: Any = None
        self._loaded: set[str] = set()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Any) -> TransformersChat:
        return cls(settings)

    @property
    def model(self) -> str:
        return self.model_path.stem

    @property
    def digest(self) -> str:
        return str(self._base().digest)

    @property
    def small(self) -> bool:
        """Whether the model has under a billion parameters (see ``LlamaCppChat.small``)."""
        return bool(self._base().model.num_parameters() < 1_000_000_000)

    def _base(self) -> Any:
        from tailorkit.llm._hf import transformers_base

        return transformers_base(self.model_path)

    def count_tokens(self, text: str) -> int:
        return len(self._base().tokenizer(text)["input_ids"])

    def _model_for(self, adapter: str | None) -> Any:
        base = self._base()
        if adapter is not None and adapter.endswith(".gguf"):
            adapter = adapter[: -len(".gguf")]  # tune() writes the PEFT folder beside the GGUF file
        if adapter is None or not (Path(adapter) / "adapter_model.safetensors").is_file():
            if self._peft is not None:
                self._peft.base_model.disable_adapter_layers()
            return base.model if self._peft is None else self._peft
        from peft import PeftModel

        if self._peft is None:
            # The adapters go into a copy: the shared base model stays bare for training (tune() wraps
            # and unloads it, which would strip them, and must not learn on top of someone's adapter).
            serving = copy.deepcopy(base.model)
            self._peft = PeftModel.from_pretrained(serving, adapter, adapter_name=adapter)
        elif adapter not in self._loaded:
            self._peft.load_adapter(adapter, adapter_name=adapter)
        self._loaded.add(adapter)
        self._peft.base_model.enable_adapter_layers()
        self._peft.set_adapter(adapter)
        return self._peft

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
        top_p: float | None = None,
        seed: int | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Completion:
        import torch

        if response_format and response_format.get("type") != "text":
            raise ChatModelError(
                "the transformers backend has no JSON mode; use llama-cpp or an OpenAI server"
            )
        base = self._base()
        if seed is not None:
            torch.manual_seed(seed)
        with self._lock, base.lock:
            model = self._model_for(adapter)
            prompt = base.tokenizer.apply_chat_template(
                list(messages), add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
            with torch.inference_mode():
                out = model.generate(
                    **prompt,
                    max_new_tokens=max_tokens,
                    do_sample=temperature > 0,
                    temperature=temperature if temperature > 0 else None,
                    top_p=top_p if temperature > 0 else None,
                    top_k=None,
                    # transformers knows one multiplicative penalty on tokens already present
                    repetition_penalty=1.0 + max(frequency_penalty, presence_penalty, 0.0) / 2,
                    pad_token_id=base.tokenizer.pad_token_id,
                )
        new = out[0, prompt["input_ids"].shape[1] :]
        text = base.tokenizer.decode(new, skip_special_tokens=True)
        for s in stop or []:
            text = text.split(s)[0]
        finish = "length" if len(new) >= max_tokens else "stop"
        return Completion(text, int(prompt["input_ids"].shape[1]), len(new), finish)

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
        top_p: float | None = None,
        seed: int | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Iterator[str]:
        yield self.chat(
            messages,
            max_tokens=max_tokens,
            temperature=temperature,
            stop=stop,
            adapter=adapter,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            top_p=top_p,
            seed=seed,
            response_format=response_format,
        ).text
