"""Splitting a document into passages with a maintained splitter (``semantic-text-splitter``: it splits
at the largest semantic unit that fits, Markdown sections, then paragraphs, sentences, words, by
character count), and labelling each with the headings above it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from tailorkit.text import language

__all__ = ["Passage", "split"]

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Passage:
    position: int
    heading: str | None
    """The headings above it, outermost first ("Returns › Refund timing")."""
    text: str


@cache
def _splitter(markdown: bool, low: int, high: int) -> Any:
    from semantic_text_splitter import MarkdownSplitter, TextSplitter

    return (MarkdownSplitter if markdown else TextSplitter)((low, high))


def split(text: str, *, markdown: bool, chars: tuple[int, int] = (200, 700)) -> list[Passage]:
    """``text`` as passages of ``chars`` characters (a third of that for Chinese, whose characters each
    carry a word), each with the headings above where it starts."""
    low, high = chars
    if language(text) == "zh":
        low, high = max(50, low // 3), max(100, high // 3)
    headings = [(m.start(), len(m.group(1)), m.group(2).strip()) for m in _HEADING.finditer(text)]
    out: list[Passage] = []
    for offset, chunk in _splitter(markdown, low, high).chunk_indices(text):
        # the heading path at the end of the chunk's first line: a chunk that starts with a heading is
        # under it
        start = offset + len(chunk.split("\n", 1)[0])
        stack: list[tuple[int, str]] = []
        for at, level, title in headings:
            if at > start:
                break
            stack = [(lv, t) for lv, t in stack if lv < level] + [(level, title)]
        heading = " › ".join(t for _, t in stack) or None
        lines = [line for line in chunk.splitlines() if line.strip()]
        if lines and not all(_HEADING.match(line) for line in lines):  # headings alone label the next
            out.append(Passage(len(out), heading, chunk.strip()))
    return out
