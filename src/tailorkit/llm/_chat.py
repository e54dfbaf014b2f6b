"""The ``ChatModel`` contract: what the assistant and the memory extractor ask of a language model."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, Protocol, TypedDict, runtime_checkable

__all__ = ["ChatModel", "Completion", "Message"]


class Message(TypedDict):
    """One chat turn (a tool's result, or an assistant turn calling tools, as OpenAI's API has them)."""

    role: Literal["system", "user", "assistant", "tool"]
    content: str
    name: NotRequired[str]
    tool_calls: NotRequired[list[dict[str, Any]]]
    tool_call_id: NotRequired[str]


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
    ``small`` (too small to describe items faithfully): the assistant's ``structured: auto`` reads it.
    ``top_p`` (nucleus sampling), ``seed`` (repeatable sampling) and ``response_format`` (OpenAI's
    ``{"type": "json_object"}`` or ``json_schema``) are passed where the backend has them; a backend
    that cannot honour a ``response_format`` raises ``ChatModelError`` rather than ignore it."""

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
        top_p: float | None = None,
        seed: int | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Iterator[str]: ...
