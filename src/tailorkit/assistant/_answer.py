"""What an answer is: its text, where it is stored, and the why report of what went into it; and the
stream that delivers it piece by piece while grounding each list line."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from tailorkit.assistant._grounding import LIST_START
from tailorkit.assistant._loops import LoopGuard
from tailorkit.llm import Message

__all__ = ["Answer", "AnswerStream", "Finisher", "Prepared", "Why"]


class Finisher(Protocol):
    """What a stream needs from the assistant: the line check, a token count and the last step."""

    def keep_line(self, line: str, p: Prepared) -> bool: ...

    def count(self, text: str) -> int: ...

    def finish(self, p: Prepared, raw: str, *, already_checked: bool = False) -> Answer: ...


@dataclass
class Why:
    """What went into an answer and what it cost."""

    template: str
    language: str
    personalised: bool
    profile: list[str] = field(default_factory=list)
    memories: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    mentioned_items: list[str] = field(default_factory=list)
    """Catalogue items the final answer names."""
    removed: list[str] = field(default_factory=list)
    """Lines taken out of the answer because they named items outside the given list."""
    appended_items: bool = False
    """Whether the given items were added at the end because the model left them out."""
    dropped: dict[str, int] = field(default_factory=dict)
    """Context pieces left out to fit the token budget, by kind."""
    tokens: dict[str, int] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    memory_changes: list[dict[str, Any]] = field(default_factory=list)
    adapter: str | None = None
    """The LoRA adapter the model answered with, the user's own or their segment's (None: the base model)."""
    notes: list[str] = field(default_factory=list)
    looped: bool = False
    """Whether the model began repeating itself and the answer was cut there (``assistant._loops``)."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    text: str
    conversation_id: int | None
    turn_id: int | None
    why: Why

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "conversation_id": self.conversation_id,
            "turn_id": self.turn_id,
            "why": self.why.as_dict(),
        }


@dataclass
class Prepared:
    user: str
    message: str
    messages: list[Message]
    why: Why
    items: list[dict[str, Any]]
    wants_items: bool
    conversation_id: int | None
    started: float
    heard: str | None = None
    """The assistant's last answer in this conversation: what the message may be replying to."""


class AnswerStream:
    """Pieces of an answer as the model writes them; ``answer`` is set once the stream is consumed.

    A line that starts a list item is held back until it is complete, so that an item the model
    invented can be left out before anyone sees it.
    """

    def __init__(self, assistant: Finisher, prepared: Prepared, pieces: Iterator[str]) -> None:
        self._assistant, self._prepared = assistant, prepared
        self._guard = LoopGuard(pieces)  # a repeating answer stops where it starts to repeat
        self._pieces: Iterator[str] = iter(self._guard)
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        p, a = self._prepared, self._assistant
        kept: list[str] = []
        line = ""
        first: float | None = None
        gen_start = time.perf_counter()
        for piece in self._pieces:
            if first is None:
                first = time.perf_counter()
            line += piece
            while "\n" in line:
                done, line = line.split("\n", 1)
                if a.keep_line(done, p):
                    kept.append(done + "\n")
                    yield done + "\n"
            # Until a line is long enough to tell, it may still become a list item ("1" then ". Title").
            start = line.lstrip()
            if len(start) >= 4 and not LIST_START.match(start):
                kept.append(line)
                yield line
                line = ""
        if line and a.keep_line(line, p):
            kept.append(line)
            yield line
        p.why.looped = self._guard.looped
        p.why.timings_ms["first_token"] = ((first or time.perf_counter()) - gen_start) * 1000
        p.why.timings_ms["generation"] = (time.perf_counter() - gen_start) * 1000
        raw = "".join(kept)
        p.why.tokens["completion"] = a.count(raw)
        final = a.finish(p, raw, already_checked=True)
        tail = final.text[len(raw.strip()) :]  # finish() strips what the model wrote, then adds to it
        if tail:
            yield tail
        self.answer = final
