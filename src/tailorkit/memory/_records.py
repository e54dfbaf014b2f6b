"""What a memory is, what an extractor proposes, what a search finds and what reconciliation did."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from tailorkit.text import index_terms

__all__ = ["Candidate", "Change", "Hit", "Memory", "MemoryKind"]


class MemoryKind(StrEnum):
    FACT = "fact"
    """Something true about the user or their world: a name, a job, an allergy, a relation."""
    PREFERENCE = "preference"
    """A like or dislike."""
    EVENT = "event"
    """Something that happened or is planned, usually with a date."""
    INSTRUCTION = "instruction"
    """How the user wants the assistant to behave."""
    EPISODE = "episode"
    """The user's own words, kept as said where no rule understood them (nothing said is lost)."""


@dataclass(frozen=True)
class Memory:
    """One remembered thing about one user."""

    id: int
    user: str
    text: str
    kind: str
    topic: str | None
    subject: str | None
    polarity: int
    language: str
    importance: float
    reinforced: int
    source: dict[str, Any] | None
    created_at: float
    updated_at: float
    valid_from: float | None
    valid_to: float | None
    superseded_by: int | None
    meta: dict[str, Any] | None
    used_at: float | None = None
    """When it last went into an answer or was said again."""

    @property
    def active(self) -> bool:
        """Whether it still holds (not superseded, not expired)."""
        return self.valid_to is None or (self.superseded_by is None and self.valid_to > time.time())

    @property
    def expired(self) -> bool:
        """Whether it stopped holding by itself (its time passed), rather than being superseded."""
        return self.superseded_by is None and self.valid_to is not None and self.valid_to <= time.time()

    @property
    def pinned(self) -> bool:
        return bool((self.meta or {}).get("pinned"))

    @property
    def said(self) -> str | None:
        """The user's own words it was read from, where they say more than it (``Candidate.says_more``)."""
        said = (self.meta or {}).get("said")
        return said if isinstance(said, str) else None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Hit:
    """A memory found by a search, with how each ranking placed it (1 = first; None = not found by it)."""

    memory: Memory
    score: float
    text_rank: int | None = None
    vector_rank: int | None = None
    similarity: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "memory": self.memory.as_dict(),
            "score": self.score,
            "text_rank": self.text_rank,
            "vector_rank": self.vector_rank,
            "similarity": self.similarity,
        }


@dataclass(frozen=True)
class Candidate:
    """A memory an extractor proposes from a message, before reconciliation.

    ``topic`` is ``category:value`` (``drink:tea``, ``likes:jazz``, ``allergy:peanut``) or a bare
    category for single-valued slots (``name``, ``home``, ``job``); it decides what is a duplicate and
    what a change. ``change`` marks an explicit change ("I switched to tea"): it supersedes every active
    memory of the same category. ``action="forget"`` asks to delete what ``text`` describes.
    """

    text: str
    kind: str = MemoryKind.FACT
    topic: str | None = None
    subject: str | None = None
    polarity: int = 1
    importance: float = 0.5
    change: bool = False
    action: Literal["add", "forget"] = "add"
    when: str | None = None
    """A date phrase the memory mentions ("in May", "下周"), kept as said."""
    context: str | None = None
    """What surrounded it (the message it came from, the turn it answered), searched with a lower weight."""
    said: str | None = None
    """The user's own words it was understood from, searched like its text."""
    expires: float | None = None
    """When it stops holding (epoch seconds): "until Friday", a plan's date. It then leaves search and
    stays listable (``list(expired=True)``) until forgotten."""
    covered: bool = False
    """The memories read from its sentence say all that ``said`` does between them ("My son's in year 4 and
    struggles with his times tables": the year and the struggle): its words say no more (``says_more``)."""

    @property
    def says_more(self) -> bool:
        """Whether the words it was read from say more than it does: three words or more that it leaves
        out ("I work from home with a toddler, so calls before noon never work" read as "Works from home");
        "I'm really sensitive to cold water" says no more than "Sensitive to cold water"."""
        if self.kind == MemoryKind.EPISODE or not self.said or self.covered:
            return False
        return len(set(index_terms(self.said)) - set(index_terms(self.text))) >= SAYS_MORE


SAYS_MORE = 3


@dataclass
class Change:
    """What remembering one candidate did to the store."""

    action: Literal["added", "reinforced", "superseded", "forgotten", "nothing"]
    memory: Memory | None = None
    """The memory added or reinforced."""
    replaced: list[int] = field(default_factory=list)
    """Ids of memories it superseded (kept as history)."""
    deleted: list[int] = field(default_factory=list)
    """Ids of memories deleted by a forget request."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "memory": self.memory.as_dict() if self.memory else None,
            "replaced": self.replaced,
            "deleted": self.deleted,
        }
