"""Registries of chat backends and embedders (entry-point groups ``tailorkit.chat_models`` and
``tailorkit.embedders``), and building the configured ones from Settings."""

from __future__ import annotations

from typing import Any

from tailorkit._registry import Registry
from tailorkit.config import LLMSettings
from tailorkit.errors import ConfigError, NotFoundError
from tailorkit.llm._chat import ChatModel
from tailorkit.llm._embedder import Embedder

__all__ = ["CHAT_MODELS", "EMBEDDERS", "chat_model", "embedder"]

CHAT_MODELS: Registry[Any] = Registry("tailorkit.chat_models", "chat backend", NotFoundError)
EMBEDDERS: Registry[Any] = Registry("tailorkit.embedders", "embedder", NotFoundError)


def chat_model(settings: LLMSettings | None = None, **overrides: Any) -> ChatModel:
    """The chat backend ``settings.backend``, built from the settings it understands."""
    s = settings.model_copy(update=overrides) if settings else LLMSettings(**overrides)
    factory = CHAT_MODELS.get(s.backend)
    if s.backend == "llama-cpp":
        return factory(s.model_path, context_size=s.context_size, threads=s.threads)  # type: ignore[no-any-return]
    if s.backend == "openai":
        if not s.base_url:
            raise ConfigError("the 'openai' chat backend needs llm.base_url (TAILORKIT_LLM__BASE_URL)")
        return factory(  # type: ignore[no-any-return]
            s.base_url, model=s.model, api_key=s.api_key, timeout=s.timeout_s, retries=s.retries
        )
    return factory(s)  # type: ignore[no-any-return]  # a plugin takes the whole settings


def embedder(name: str = "sentence-transformers", settings: LLMSettings | None = None) -> Embedder:
    factory = EMBEDDERS.get(name)
    model = settings.embedding_model if settings else None
    return factory(model) if model else factory()  # type: ignore[no-any-return]
