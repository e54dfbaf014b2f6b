"""Deterministic stand-ins for models, for unit tests only (never the product path)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from tailorkit.llm import Completion, Message
from tailorkit.text import index_terms

__all__ = ["FakeChat", "HashEmbedder", "ScriptedChat"]


class HashEmbedder:
    """Bag-of-words vectors: each index term hashed to a dimension. Same words, same direction.

    Fast and dependency-free; texts sharing no words are orthogonal, so it tests plumbing, not meaning.
    """

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    @classmethod
    def from_settings(cls, settings: object) -> HashEmbedder:
        return cls()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            for term in index_terms(text) or [text]:
                digest = hashlib.blake2b(term.encode(), digest_size=8).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.asarray(out / np.maximum(norms, 1e-12), dtype=np.float32)


class ScriptedChat:
    """A chat model that answers from a script, in order, and records what it was asked."""

    def __init__(self, answers: Sequence[str]) -> None:
        self.answers = list(answers)
        self.calls: list[list[Message]] = []

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
        self.calls.append(list(messages))
        if not self.answers:
            raise AssertionError("ScriptedChat ran out of answers")
        text = self.answers.pop(0)
        return Completion(text, sum(len(m["content"].split()) for m in messages), len(text.split()))

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
        yield from self.chat(messages, max_tokens=max_tokens).text.split(" ")


class FakeChat:
    """A deterministic chat model for unit tests, registered as the ``fake`` chat backend.

    It answers by echoing what it was given, so tests can see what reached the model: the first items
    of a numbered list in the system prompt (as an assistant recommending them would), else the user's
    last message. Token counts are word counts.
    """

    name = "fake"
    model = "fake"
    small = False
    """Free answers unless a test sets it (``structured: auto`` then writes the item lines)."""

    def __init__(self, settings: object = None) -> None:
        self.calls: list[list[Message]] = []
        self.sampling: list[tuple[int, float]] = []
        """``(max_tokens, temperature)`` of every call."""
        self.penalties: list[tuple[float, float]] = []
        """``(frequency_penalty, presence_penalty)`` of every call."""
        self.adapters: list[str | None] = []
        """The adapter each call asked for."""
        self.options: list[dict[str, Any]] = []
        """``stop``, ``top_p``, ``seed`` and ``response_format`` of every call."""

    def count_tokens(self, text: str) -> int:
        return len(text.split())

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
        self.calls.append(list(messages))
        self.sampling.append((max_tokens, temperature))
        self.penalties.append((frequency_penalty, presence_penalty))
        self.adapters.append(adapter)
        self.options.append({"stop": stop, "top_p": top_p, "seed": seed, "response_format": response_format})
        system = " ".join(m["content"] for m in messages if m["role"] == "system")
        listed = re.findall(r"^\s*\d+\.\s+(.+?)\s*$", system, flags=re.MULTILINE)
        if listed:
            text = "Here is what I suggest: " + "; ".join(listed[:5]) + "."
        else:
            last = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
            text = f"You said: {last}"
        if response_format and response_format.get("type") in ("json_object", "json_schema"):
            import json

            return Completion(json.dumps({"answer": text}), 1, 1, "stop")
        words = text.split(" ")[:max_tokens]
        prompt = sum(len(m["content"].split()) for m in messages)
        return Completion(
            " ".join(words), prompt, len(words), "length" if len(words) == max_tokens else "stop"
        )

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
        reply = self.chat(
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
        )
        words = reply.text.split(" ")
        for i, w in enumerate(words):
            yield w if i == 0 else " " + w
