"""LoRA training on the bundled base model, read from its GGUF file through transformers, with PEFT.

The base model is loaded once per process (transformers dequantises the GGUF weights to float32; about
17 s for the 135M model) and shared; each training wraps it in a fresh LoRA and unloads it afterwards.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tailorkit.config import TuningSettings
from tailorkit.llm import TransformersBase, transformers_base

__all__ = ["BaseModel", "TrainResult", "base_model", "lora_config"]


@dataclass
class TrainResult:
    steps: int
    train_loss: list[float]
    held_out_loss: list[tuple[int, float]]
    """(step, loss) at each evaluation."""
    perplexity_before: float
    perplexity_after: float
    seconds: float
    stopped_early: bool
    adapter: dict[str, Any] = field(default_factory=dict)
    """The LoRA weights (PEFT names -> tensors) of the best step."""

    @property
    def gain(self) -> float:
        """Relative cut in held-out perplexity (0.25 = 25% lower)."""
        return 1.0 - self.perplexity_after / self.perplexity_before


class BaseModel:
    """Training on the base causal LM that ``tailorkit.llm.transformers_base`` loads (and shares with the
    transformers chat backend): the same model object, its tokenizer and its lock."""

    def __init__(self, base: TransformersBase) -> None:
        self.path, self.digest = base.path, base.digest
        self.tokenizer, self.model, self.lock = base.tokenizer, base.model, base.lock

    def batches(self, texts: Sequence[str], size: int, max_length: int) -> list[dict[str, Any]]:
        out = []
        for start in range(0, len(texts), size):
            enc = self.tokenizer(
                list(texts[start : start + size]),
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=max_length,
            )
            labels = enc["input_ids"].clone()
            labels[enc["attention_mask"] == 0] = -100
            enc["labels"] = labels
            out.append(dict(enc))
        return out

    def loss(self, model: Any, batches: Sequence[dict[str, Any]]) -> float:
        """Mean token cross-entropy over ``batches`` (perplexity is its exponential)."""
        import torch

        total, tokens = 0.0, 0
        with torch.inference_mode():
            for b in batches:
                n = int((b["labels"][:, 1:] != -100).sum())
                total += float(model(**b).loss) * n
                tokens += n
        return total / max(tokens, 1)

    def train(
        self,
        train_texts: Sequence[str],
        held_out: Sequence[str],
        settings: TuningSettings,
        *,
        progress: Callable[[int, float], None] | None = None,
    ) -> TrainResult:
        import torch
        from peft import get_peft_model

        torch.manual_seed(settings.seed)
        start = time.perf_counter()
        with self.lock:
            train_batches = self.batches(train_texts, settings.batch_size, settings.max_length)
            eval_batches = self.batches(held_out, settings.batch_size, settings.max_length)
            before = self.loss(self.model, eval_batches)
            config = lora_config(settings)
            model = get_peft_model(self.model, config)
            try:
                optimizer = torch.optim.AdamW(
                    [p for p in model.parameters() if p.requires_grad], lr=settings.learning_rate
                )
                losses: list[float] = []
                evals: list[tuple[int, float]] = [(0, before)]
                best, best_state, waited, stopped = before, None, 0, False
                step = 0
                while step < settings.steps:
                    for batch in train_batches:
                        model.train()
                        loss = model(**batch).loss
                        loss.backward()
                        optimizer.step()
                        optimizer.zero_grad()
                        step += 1
                        losses.append(float(loss.detach()))
                        if progress:
                            progress(step, losses[-1])
                        if step % settings.eval_every == 0 or step == settings.steps:
                            model.eval()
                            current = self.loss(model, eval_batches)
                            evals.append((step, current))
                            if current < best - 1e-4:
                                best, waited = current, 0
                                best_state = {
                                    k: v.detach().clone()
                                    for k, v in model.state_dict().items()
                                    if "lora_" in k
                                }
                            else:
                                waited += 1
                                if waited >= settings.patience:
                                    stopped = True
                        if stopped or step >= settings.steps:
                            break
                    if stopped:
                        break
            finally:
                model.unload()  # the shared base model goes back to how it was
        return TrainResult(
            steps=step,
            train_loss=losses,
            held_out_loss=evals,
            perplexity_before=math.exp(before),
            perplexity_after=math.exp(best),
            seconds=time.perf_counter() - start,
            stopped_early=stopped,
            adapter=best_state or {},
        )

    def perplexity(
        self, texts: Sequence[str], adapter: dict[str, Any] | None, settings: TuningSettings
    ) -> float:
        """Perplexity of ``texts`` under the base model, or with ``adapter`` (LoRA weights) applied."""
        from peft import get_peft_model, set_peft_model_state_dict

        batches = self.batches(texts, settings.batch_size, settings.max_length)
        with self.lock:
            if not adapter:
                return math.exp(self.loss(self.model, batches))
            config = lora_config(settings)
            model = get_peft_model(self.model, config)
            try:
                set_peft_model_state_dict(model, {k.replace(".default", ""): v for k, v in adapter.items()})
                model.eval()
                return math.exp(self.loss(model, batches))
            finally:
                model.unload()


def lora_config(settings: TuningSettings) -> Any:
    """The PEFT configuration ``settings`` describe (one place for training, evaluation and export)."""
    from peft import LoraConfig

    return LoraConfig(
        r=settings.rank,
        lora_alpha=int(settings.alpha),
        target_modules=list(settings.target_modules),
        lora_dropout=0.0,
        task_type="CAUSAL_LM",
    )


def base_model(path: Path) -> BaseModel:
    """Training on the base model at ``path`` (loaded once per process, in ``tailorkit.llm``)."""
    return BaseModel(transformers_base(path))
