"""What both languages' rules share: the rule type, sentence splitting, and topic keys."""

from __future__ import annotations

import re
from collections.abc import Callable

from tailorkit.memory._records import Candidate
from tailorkit.text import index_terms, is_chinese

__all__ = ["Rule", "sentences", "topic_value"]

Rule = Callable[[re.Match[str], str], Candidate | tuple[Candidate, ...] | None]
"""A rule's action: the candidate memory a matching sentence states (or the several it states together,
"I'm Tom, a nurse from Leeds"), or None."""


_SPLIT = re.compile(
    r"(?<=[.!?;。！？；\n])\s*"  # sentence ends
    r"|\s+(?:but|and then)\s+"
    r"|,?\s*(?:so|and so|which is why|that's why|because|since|as)\s+"
    r"(?=(?:I|I'm|I've|my|we|we're|our|no|nothing|never)\b)"  # ", so I ...", " because my ..."
    r"|,\s*and\s+(?=(?:I|I'm|I've|my|we|our|no)\b)|\s+and\s+(?=(?:my|I|I'm|I've)\b)"
    r"|(?<=[\u4e00-\u9fff])[，,]\s*(?:所以|因此|因为|但是?|不过|而且)?"  # a Chinese clause
)


def sentences(message: str) -> list[str]:
    """A message in sentences and clauses (either language): "but", "and then", ", so I ...", and a
    Chinese comma split too, so that each clause can state its own memory."""
    return [s.strip() for s in _SPLIT.split(message) if s and s.strip()]


def topic_value(phrase: str) -> str:
    """A stable key for what a phrase names: its index terms joined (``"Peanuts"`` -> ``peanut``)."""
    if is_chinese(phrase):  # the words themselves: search segmentation would add overlapping pieces
        return re.sub(r"\s+", "", phrase)[:120]
    return "_".join(index_terms(phrase))[:120] or phrase.strip().lower()[:120]
