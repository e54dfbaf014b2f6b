"""Measures of the words of answers: loops, distinct bigrams, statements contradicting the catalogue,
false refusals and length. Each is computed on what the model wrote (``raw``) and on what the user read
(``final``), so that what the model does and what the product lets through are both visible."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tailorkit.assistant import Catalogue, check_facts, cut_loop, refuses
from tailorkit.text import is_chinese, sentences

__all__ = ["TextMeasures", "distinct_n", "words"]


def words(text: str) -> list[str]:
    """Tokens for length and distinct-n: Chinese characters one by one, other text by spaces."""
    if is_chinese(text):
        return [c for c in text if not c.isspace()]
    return text.lower().split()


def distinct_n(texts: Sequence[str], n: int = 2) -> float:
    """Distinct n-grams over all n-grams of ``texts`` (Li et al., 2016): 1.0 never repeats itself."""
    grams = [tuple(ws[i : i + n]) for t in texts for ws in [words(t)] for i in range(len(ws) - n + 1)]
    return len(set(grams)) / len(grams) if grams else 0.0


@dataclass
class TextMeasures:
    """Counts over answers; ``summary()`` gives the rates."""

    answers: int = 0
    looped: int = 0
    contradicting: int = 0
    refusing: int = 0
    lengths: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    contradictions: list[dict[str, str]] = field(default_factory=list)
    """The first contradicted facts found (sentence, item, fact), to read what was counted."""

    def add(self, text: str, catalogue: Catalogue, items: Sequence[str], listed: Sequence[str] = ()) -> None:
        """One answer that was given ``items`` (catalogue ids) to recommend; ``listed``: its item lines
        the assistant wrote from the catalogue, left out of the loop and fact measures (two items liked
        for the same reason are not a loop; the catalogue cannot contradict itself)."""
        self.answers += 1
        own = set(listed)
        written = "\n".join(line for line in text.split("\n") if line not in own)  # the model's words
        self.looped += cut_loop(written)[1]
        named = [*items, *catalogue.find(written)]
        wrong = check_facts(written, catalogue.facts(named), catalogue)[1]
        self.contradicting += bool(wrong)
        if wrong and len(self.contradictions) < 20:
            self.contradictions += wrong
        self.refusing += bool(items) and any(refuses(s) for s in sentences(written))
        self.lengths.append(len(words(text)))
        self.texts.append(text)

    def summary(self) -> dict[str, Any]:
        n = max(1, self.answers)
        return {
            "answers": self.answers,
            "loop_rate": self.looped / n,
            "contradiction_rate": self.contradicting / n,
            "false_refusal_rate": self.refusing / n,
            "distinct_2": distinct_n(self.texts, 2),
            "mean_length": sum(self.lengths) / n,
            "contradictions": self.contradictions[:10],
        }
