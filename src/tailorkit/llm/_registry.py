"""Registries of chat backends and embedders (entry-point groups ``tailorkit.chat_models`` and
``tailorkit.embedders``), and building the configured ones from Settings."""

from __future__ import annotations

from typing import Any

from tailorkit._registry import Registry
from tailorkit.config import LLMSettings
from tailorkit.errors import NotFoundError
from tailorkit.llm._chat import ChatModel
from tailorkit.llm._embedder import Embedder

__all__ = ["CHAT_MODELS", "EMBEDDERS", "chat_model", "embedder"]

CHAT_MODELS: Registry[Any] = Registry("tailorkit.chat_models", "chat backend", NotFoundError)
EMBEDDERS: Registry[Any] = Registry("tailorkit.embedders", "embedder", NotFoundError)


def _build(factory: Any, settings: LLMSettings) -> Any:
    """Each backend builds itself from the settings it understands (``from_settings``); a plugin class
    without one is given the whole settings."""
    from_settings = getattr(factory, "from_settings", None)
    return from_settings(settings) if from_settings is not None else factory(settings)


def chat_model(settings: LLMSettings | None = None, **overrides: Any) -> ChatModel:
    """The chat backend ``settings.backend``, built from the settings it understands."""
    s = settings.model_copy(update=overrides) if settings else LLMSettings(**overrides)
    return _build(CHAT_MODELS.get(s.backend), s)  # type: ignore[no-any-return]


def embedder(name: str = "sentence-transformers", settings: LLMSettings | None = None) -> Embedder:
    """The embedder registered as ``name``, built from ``settings`` (default settings when None)."""
    return _build(EMBEDDERS.get(name), settings or LLMSettings())  # type: ignore[no-any-return]
