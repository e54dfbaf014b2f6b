"""Per-user (or per-segment) LoRA adapters: data selection, training, evaluation, GGUF export, registry
(the ``[tune]`` extra)."""

from tailorkit.llm import file_digest
from tailorkit.tuning._gguf import write_gguf_adapter
from tailorkit.tuning._service import TuningError, in_segment, training_texts, tune
from tailorkit.tuning._train import BaseModel, TrainResult, base_model

__all__ = [
    "BaseModel",
    "TrainResult",
    "TuningError",
    "base_model",
    "file_digest",
    "in_segment",
    "training_texts",
    "tune",
    "write_gguf_adapter",
]
