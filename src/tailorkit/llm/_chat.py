"""The ``ChatModel`` contract: what the assistant and the memory extractor ask of a language model."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol, TypedDict, runtime_checkable

__all__ = ["ChatModel", "Completion", "Message"]


class Message(TypedDict):
    """One chat turn."""

    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class Completion:
    """A model's answer and what it cost."""

    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"


@runtime_checkable
class ChatModel(Protocol):
    """A chat model: answers a list of messages, whole or streamed piece by piece. ``frequency_penalty``
    and ``presence_penalty`` (OpenAI's meaning, -2..2) lower the odds of tokens already written: by how
    often, and at all; a backend without them maps them as near as it can. A backend may say it is
    ``small`` (too small to describe items faithfully): the assistant's ``structured: auto`` reads it."""

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
    ) -> Completion: ...

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
    ) -> Iterator[str]: ...
