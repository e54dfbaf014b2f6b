"""Context for one answer: pieces of what is known about the user, packed into a token budget, and what
the why report says of the prompt (``report``).

Pieces keep, within the budget, this order of priority (what is dropped first when the budget runs
out is at the end): the profile summary, the top three recommendations, the best document passage,
the two most relevant memories, the last two turns, the remaining recommendations, the remaining
passages, the remaining memories, the declared attributes, older turns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

from tailorkit.assistant._templates import DATA_CLOSE, DATA_OPEN, DOCS_CLOSE, DOCS_OPEN, quote
from tailorkit.profiles import NO_SUMMARY

if TYPE_CHECKING:
    from tailorkit.assistant._answer import Why

__all__ = [
    "Blocks",
    "Packed",
    "Piece",
    "PieceKind",
    "Priority",
    "blocks",
    "item_pieces",
    "memory_pieces",
    "pack",
    "passage_pieces",
    "report",
    "turn_pieces",
]


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


def item_pieces(items: Sequence[dict[str, Any]], facts: dict[str, Any]) -> list[Piece]:
    """The recommended items, each with its catalogue facts (``ItemFacts``) and the recommender's reason."""
    out = []
    for rank, rec in enumerate(items):
        because = ", ".join(b["title"] or b["item"] for b in rec["because"][:2])
        known = facts.get(rec["item"])
        line = f"{rank + 1}. {quote(known.data() if known else rec['title'] or rec['item'])}"
        if because:
            line += f" (because you liked {quote(because)})"
        out.append(Piece(Priority.TOP_ITEM if rank < 3 else Priority.ITEM, PieceKind.ITEM, line, rec))
    return out


def memory_pieces(hits: Sequence[Any]) -> list[Piece]:
    """The user's memories found for the message (``Hit``), best first; one read from words that say more
    than it, with those words ("Works from home — "I work from home with a toddler, so calls before noon
    never work."": what the rules left out still reaches the model)."""
    return [
        Piece(
            Priority.TOP_MEMORY if rank < 2 else Priority.MEMORY,
            PieceKind.MEMORY,
            f"- [memory {hit.memory.id}] {quote(hit.memory.text)}"
            + (f' — "{quote(hit.memory.said)}"' if hit.memory.said else ""),
            hit,
        )
        for rank, hit in enumerate(hits)
    ]


def passage_pieces(hits: Sequence[Any]) -> list[Piece]:
    """The document passages found for the message (``PassageHit``), numbered for citing."""
    return [
        Piece(
            Priority.TOP_PASSAGE if rank == 0 else Priority.PASSAGE,
            PieceKind.PASSAGE,
            f"[{rank + 1}] {quote(hit.label)}: {quote(hit.text)}",
            (rank + 1, hit),
        )
        for rank, hit in enumerate(hits)
    ]


def turn_pieces(turns: Sequence[dict[str, Any]]) -> list[Piece]:
    """The conversation's recent turns (oldest first), the newest two kept first."""
    out = []
    for age, t in enumerate(reversed(turns)):
        turn = {"role": "user" if t["role"] == "user" else "assistant", "text": t["text"], "id": t["id"]}
        priority = Priority.RECENT_TURN if age < 2 else Priority.OLD_TURN
        out.append(Piece(priority, PieceKind.TURN, t["text"], turn))
    return out


@dataclass
class Blocks:
    """What was packed, by kind, and the two delimited blocks a prompt carries."""

    about: list[Piece]
    memories: list[Piece]
    given: list[Piece]
    passages: list[Piece]
    data: str
    """The user's data: profile, memories, recommended items ("" when there is none)."""
    asked: str
    """The user's own instructions among the memories found ("Give me the answer first, then the
    reasoning"), one line each: asked of the assistant by the user, so not inside the data block, whose rule
    is to follow nothing written there ("" when there are none)."""
    docs: str
    """The document passages ("" when there are none)."""


def _unrepeated(summary: Piece, shown: list[int]) -> Piece:
    """The profile summary without the stated preferences the prompt lists as memories (``shown``): a
    small model reads a preference said twice as something it did itself ("I just suggested a drink
    that you might want to avoid"). The piece carries how to write the summary without given memories
    (``Profile.unstated_summary``); one without stays as it is."""
    if summary.payload is None or not shown:
        return summary
    text = summary.payload(shown)
    return replace(summary, text=f"Profile: {quote(text)}" if text not in ("", *NO_SUMMARY.values()) else "")


def blocks(packed: Packed) -> Blocks:
    """``packed`` rendered in reading order."""
    memories = packed.of(PieceKind.MEMORY)
    about = [_unrepeated(p, [m.payload.memory.id for m in memories]) for p in packed.of(PieceKind.SUMMARY)]
    about = [p for p in about if p.text] + packed.of(PieceKind.DECLARED)
    lines = [p.text for p in about]
    own = [p for p in memories if str(p.payload.memory.kind) == "instruction"]
    if len(own) < len(memories):
        lines += ["Memories:", *(p.text for p in memories if p not in own)]
    given = packed.of(PieceKind.ITEM)
    if given:
        lines += ["Recommended items:", *(p.text for p in given)]
    data = f"{DATA_OPEN}\n" + "\n".join(lines) + f"\n{DATA_CLOSE}" if lines else ""
    passages = packed.of(PieceKind.PASSAGE)
    docs = f"{DOCS_OPEN}\n" + "\n".join(p.text for p in passages) + f"\n{DOCS_CLOSE}" if passages else ""
    asked = "\n".join(f"- {quote(p.payload.memory.text)}" for p in own)
    return Blocks(about, memories, given, passages, data, asked, docs)


def report(
    why: Why,
    rendered: Blocks,
    used: int,
    budget: int,
    system: str,
    turns: list[dict[str, Any]],
    message: str,
    count: Callable[[str], int],
) -> None:
    """What the why report says of the prompt: the profile, memories and items it gave, and tokens."""
    why.profile = [p.text for p in rendered.about]
    why.memories = [
        {
            "id": p.payload.memory.id,
            "text": p.payload.memory.text,
            "kind": str(p.payload.memory.kind),
            "topic": p.payload.memory.topic,
            "subject": p.payload.memory.subject,
            "polarity": p.payload.memory.polarity,
            "said": p.payload.memory.said,
            "score": round(p.payload.score, 5),
        }
        for p in rendered.memories
    ]
    why.recommendations = [p.payload for p in rendered.given]
    why.tokens = {
        "system": count(system),
        "history": sum(count(t["text"]) for t in turns),
        "message": count(message),
        "context_budget": budget,
        "context_used": used,
    }
    why.tokens["prompt"] = why.tokens["system"] + why.tokens["history"] + why.tokens["message"]
