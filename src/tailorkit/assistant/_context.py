"""Context for one answer: pieces of what is known about the user, packed into a token budget.

Pieces keep, within the budget, this order of priority (what is dropped first when the budget runs
out is at the end): the profile summary, the top three recommendations, the best document passage,
the two most relevant memories, the last two turns, the remaining recommendations, the remaining
passages, the remaining memories, the declared attributes, older turns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

__all__ = ["Packed", "Piece", "PieceKind", "Priority", "pack"]


class PieceKind(StrEnum):
    SUMMARY = "summary"
    DECLARED = "declared"
    ITEM = "item"
    MEMORY = "memory"
    PASSAGE = "passage"
    TURN = "turn"


class Priority(IntEnum):
    """Lower is kept first."""

    SUMMARY = 0
    TOP_ITEM = 1
    TOP_PASSAGE = 2
    TOP_MEMORY = 3
    RECENT_TURN = 4
    ITEM = 5
    PASSAGE = 6
    MEMORY = 7
    DECLARED = 8
    OLD_TURN = 9


@dataclass(frozen=True)
class Piece:
    """One piece of context: its priority, its kind, the text the model reads, and what it stands for
    (a recommendation, a memory hit, a turn) for the why report."""

    priority: int
    kind: PieceKind
    text: str
    payload: Any = None


@dataclass
class Packed:
    pieces: list[Piece]
    """The pieces kept, in the order they were given (reading order)."""
    used: int
    """Tokens they take."""
    dropped: dict[str, int] = field(default_factory=dict)
    """Pieces left out, by kind."""

    def of(self, *kinds: PieceKind) -> list[Piece]:
        return [p for p in self.pieces if p.kind in kinds]


def pack(pieces: Sequence[Piece], budget: int, count: Callable[[str], int]) -> Packed:
    """Keep pieces by priority (stable: equal priorities in the given order) while their tokens
    (``count``) fit ``budget``; a piece that does not fit is dropped, and smaller ones after it may
    still fit. Pure: the same pieces and budget give the same result."""
    kept: set[int] = set()
    used = 0
    dropped: dict[str, int] = {}
    for k in sorted(range(len(pieces)), key=lambda k: pieces[k].priority):
        cost = count(pieces[k].text)
        if used + cost > budget:
            dropped[pieces[k].kind.value] = dropped.get(pieces[k].kind.value, 0) + 1
            continue
        kept.add(k)
        used += cost
    return Packed([p for k, p in enumerate(pieces) if k in kept], used, dropped)
