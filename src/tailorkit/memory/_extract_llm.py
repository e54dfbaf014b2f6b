"""The LLM extractor: a chat model asked for memories as JSON, validated, retried with the error, and an
``ExtractionError`` when it stays invalid (a message is never dropped without a trace)."""

from __future__ import annotations

import json
import logging
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from tailorkit.errors import ExtractionError
from tailorkit.llm import ChatModel, Message
from tailorkit.memory._records import Candidate

__all__ = ["LLMExtractor"]

log = logging.getLogger(__name__)

# -- LLM ------------------------------------------------------------------------------------------


class _LLMMemory(BaseModel):
    text: str = Field(min_length=1, max_length=500)
    kind: Literal["fact", "preference", "event", "instruction"]
    topic: str | None = Field(None, max_length=160)
    polarity: Literal[1, -1] = 1
    importance: float = Field(0.5, ge=0, le=1)
    change: bool = False
    action: Literal["add", "forget"] = "add"
    when: str | None = None


class _LLMAnswer(BaseModel):
    memories: list[_LLMMemory]


_SYSTEM = """You extract long-term memories about the user from one message they wrote.
Answer with JSON only, no prose, exactly this shape:
{"memories": [{"text": "...", "kind": "fact|preference|event|instruction", "topic": "category:value or null",
"polarity": 1 or -1, "importance": 0.0-1.0, "change": true|false, "action": "add|forget", "when": "date phrase or null"}]}
Rules: write each memory as a short third-person statement in the message's language; "topic" names what it is
about (drink:coffee, likes:jazz, allergy:peanut, name, home, job); polarity -1 for dislikes; "change": true when
the user says something changed ("I switched to tea"); action "forget" when the user asks to forget something.
Return {"memories": []} when the message states nothing worth remembering."""


class LLMExtractor:
    """Memories extracted by a chat model, as schema-checked JSON.

    Args:
        model: any ``ChatModel``.
        retries: further attempts after an invalid answer; each retry shows the model its error.
        max_tokens: answer budget per attempt.
    """

    def __init__(self, model: ChatModel, *, retries: int = 2, max_tokens: int = 384) -> None:
        self.model, self.retries, self.max_tokens = model, retries, max_tokens

    def extract(self, message: str) -> list[Candidate]:
        messages: list[Message] = [
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": f"Message:\n<<<\n{message}\n>>>"},
        ]
        output, reason = "", ""
        for attempt in range(1, self.retries + 2):
            output = self.model.chat(messages, max_tokens=self.max_tokens, temperature=0.0).text
            try:
                answer = _LLMAnswer.model_validate(_json_object(output))
            except (ValueError, ValidationError) as exc:
                reason = _describe(exc)
                log.warning("memory extraction attempt %d returned invalid JSON: %s", attempt, reason)
                messages += [
                    {"role": "assistant", "content": output},
                    {
                        "role": "user",
                        "content": f"That was not valid: {reason}. Answer with the JSON object only.",
                    },
                ]
                continue
            return [
                Candidate(
                    m.text,
                    m.kind,
                    m.topic.strip().lower() if m.topic else None,
                    polarity=m.polarity,
                    importance=m.importance,
                    change=m.change,
                    action=m.action,
                    when=m.when,
                )
                for m in answer.memories
            ]
        raise ExtractionError(message, output, reason, self.retries + 1)


def _json_object(output: str) -> Any:
    """The JSON object in a model's answer (tolerating a code fence or words around it)."""
    start, end = output.find("{"), output.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the answer")
    try:
        return json.loads(output[start : end + 1])
    except json.JSONDecodeError as exc:
        raise ValueError(f"JSON syntax error: {exc.msg} at character {exc.pos}") from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "answer"
        return f"field {where!r}: {first['msg']} ({exc.error_count()} problem(s))"
    return str(exc)
