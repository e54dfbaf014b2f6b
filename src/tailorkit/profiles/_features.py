"""What an event says about a user's interests: the features it touches and the signal it carries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tailorkit.data import EventKind
from tailorkit.memory import likings
from tailorkit.text import keywords

__all__ = ["KIND_SIGNAL", "Contribution", "contributions", "item_features"]

# Signal of an implicit event on its item's features; ratings are handled through their deviation.
KIND_SIGNAL = {
    "purchase": 3.0,
    "like": 2.0,
    "cart": 1.5,
    "click": 1.0,
    "view": 0.5,
    "dislike": -2.0,
    "tag": 1.0,
    "review": 1.0,
    "search": 0.5,
    "message": 0.5,
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class Contribution:
    """One event's contribution to one feature of one user."""

    feature: str
    ts: float
    rated: float = 0.0
    rated_value: float = 0.0
    implicit: float = 0.0


def item_features(
    tags: Any, attributes: dict[str, Any] | None, title: str | None, text: str | None
) -> list[str]:
    """Features of an item: ``genre:`` per tag, ``period:`` for its decade, ``kw:`` from its text."""
    out = [f"genre:{t}" for t in (tags or []) if isinstance(t, str) and t.strip()]
    year = (attributes or {}).get("year")
    if year is None:
        for source in (str((attributes or {}).get("release_date") or ""), title or ""):
            m = _YEAR.search(source)
            if m:
                year = int(m.group(1))
                break
    if isinstance(year, int | float) and 1800 <= year <= 2100:
        out.append(f"period:{int(year) // 10 * 10}s")
    if text:
        out += [f"kw:{w}" for w in keywords(text, 5)]
    return list(dict.fromkeys(out))


def contributions(
    kind: str, value: float | None, text: str | None, ts: float, features: list[str]
) -> list[Contribution]:
    """The contributions of one event, given its item's ``features`` (empty when it has no item)."""
    out: list[Contribution] = []
    if kind == EventKind.RATE and value is not None:
        out += [Contribution(f, ts, rated=1.0, rated_value=float(value)) for f in features]
    elif kind == EventKind.FEEDBACK and value is not None:
        out += [Contribution(f, ts, implicit=float(value)) for f in features]
    elif kind in KIND_SIGNAL:
        out += [Contribution(f, ts, implicit=KIND_SIGNAL[kind]) for f in features]
    if text and kind in ("tag", "review", "search", "message"):
        signal = KIND_SIGNAL[kind]
        if kind == EventKind.TAG:
            out.append(Contribution(f"tag:{text.strip().lower()[:120]}", ts, implicit=signal))
        else:  # of a message, what it states: a request names no interest
            said = " ".join(likings(text)) if kind == EventKind.MESSAGE else text
            out += [Contribution(f"kw:{w}", ts, implicit=signal) for w in keywords(said, 5)]
    return out
