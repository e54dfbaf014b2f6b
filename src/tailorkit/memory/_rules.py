"""What both languages' rules share: the rule type, sentence splitting, and topic keys."""

from __future__ import annotations

import re
from collections.abc import Callable

from tailorkit.memory._records import Candidate
from tailorkit.text import index_terms, is_chinese

__all__ = ["Rule", "sentences", "topic_value"]

Rule = Callable[[re.Match[str], str], Candidate | None]
"""A rule's action: the candidate memory a matching sentence states, or None."""


def sentences(message: str) -> list[str]:
    """A message in sentences (either language), with "but" and "and then" splitting too."""
    return [
        s.strip() for s in re.split(r"(?<=[.!?;。！？；\n])\s*|\s+(?:but|and then)\s+", message) if s.strip()
    ]


def topic_value(phrase: str) -> str:
    """A stable key for what a phrase names: its index terms joined (``"Peanuts"`` -> ``peanut``)."""
    if is_chinese(phrase):  # the words themselves: search segmentation would add overlapping pieces
        return re.sub(r"\s+", "", phrase)[:120]
    return "_".join(index_terms(phrase))[:120] or phrase.strip().lower()[:120]
