"""Answers that loop: a small model may write the same sentence again and again until its token limit.

``cut_loop`` finds where an answer starts repeating itself (a sentence said a second time, or a run of
words that comes round a third time) and keeps what came before; ``LoopGuard`` does the same on a stream,
sentence by sentence, and stops reading the model there (closing the stream stops its generation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tailorkit.text import is_chinese

__all__ = ["LoopGuard", "cut_loop"]

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")
_WORD = re.compile(r"\w+", re.UNICODE)
_RUN = 6
"""Words in a run that, seen three times within ``2 * _RUN`` words, marks a loop without sentence ends
("and the and the ..."); farther apart it is a list's shared wording, not a loop."""


def _normal(text: str) -> str:
    """A sentence (or the start of one) as repeats are compared: Chinese without punctuation, other text
    as its lower-cased words."""
    if is_chinese(text):
        return re.sub(r"[\W_]+", "", text)
    return " ".join(_WORD.findall(text.lower()))


def _key(sentence: str) -> str | None:
    """What identifies a sentence when said again (None: too short to call a repeat: under six Chinese
    characters or four words)."""
    key = _normal(sentence)
    long_enough = len(key) >= 6 if is_chinese(sentence) else len(key.split()) >= 4
    return key if long_enough else None


def _run_loop(text: str) -> int | None:
    """Where a run of ``_RUN`` words comes round a third time within ``2 * _RUN`` words (None: nowhere)."""
    words = list(_WORD.finditer(text))
    runs: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - _RUN + 1):
        run = tuple(w.group(0).lower() for w in words[i : i + _RUN])
        at = runs.setdefault(run, [])
        at.append(i)
        if len(at) >= 3 and i - at[-3] <= 2 * _RUN:
            return words[i].start()
    return None


def cut_loop(text: str) -> tuple[str, bool]:
    """``text`` up to where it starts repeating itself, and whether it did."""
    seen: set[str] = set()
    at = 0
    for found in [*_SENTENCE_END.finditer(text), None]:
        end = found.end() if found else len(text)
        key = _key(text[at:end])
        if key is not None and key in seen:
            return text[:at].rstrip(), True
        if key is not None:
            seen.add(key)
        at = end
    run = _run_loop(text)
    return (text[:run].rstrip(), True) if run is not None else (text, False)


class LoopGuard:
    """Passes a model's stream through as it comes, until the answer starts repeating itself; then stops
    (and closes the stream, which stops the generation). A sentence is held back only while it could
    still be one said before. ``looped`` says whether it stopped."""

    def __init__(self, pieces: Iterator[str]) -> None:
        self._pieces = pieces
        self.looped = False
        self.text = ""
        """Everything the model wrote (its count decides whether it ran out of length)."""

    def __iter__(self) -> Iterator[str]:
        text, out, start = "", 0, 0  # all received; given out up to; where the current sentence starts
        seen: set[str] = set()
        try:
            for piece in self._pieces:
                text += piece
                self.text = text
                for end in _SENTENCE_END.finditer(text, start):
                    key = _key(text[start : end.end()])
                    if key is not None and key in seen:
                        self.looped = True
                        break
                    if key is not None:
                        seen.add(key)
                    start = end.end()
                run = None if self.looped else _run_loop(text[out:])
                if self.looped or run is not None:
                    self.looped = True
                    stop = start if run is None else out + run
                    if stop > out:
                        yield text[out:stop].rstrip()
                    return
                partial = _normal(text[start:])
                held = bool(partial) and any(k.startswith(partial) for k in seen)
                hold = start if held else len(text)
                if hold > out:
                    yield text[out:hold]
                    out = hold
            kept, self.looped = cut_loop(text)
            if len(kept) > out:
                yield kept[out:]
        finally:
            close = getattr(self._pieces, "close", None)
            if close is not None:
                close()
