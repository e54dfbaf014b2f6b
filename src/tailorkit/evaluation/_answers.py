"""End-to-end memory answers: a chat model answers a question from the memories search found, scored by
token F1 against the gold answer (LoCoMo's own metric) and, optionally, by an LLM judge (what published
memory systems report).

The prompt is the one a memory-backed assistant would send: the memories, each with the date it was
said (temporal questions need it), then the question, asking for a short answer.
"""

from __future__ import annotations

import re
import string
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from tailorkit.llm import ChatModel, Message
from tailorkit.memory import Hit

__all__ = ["AnswerScores", "Answerer", "token_f1"]

_ARTICLES = re.compile(r"\b(?:a|an|the|and)\b")
_PUNCTUATION = str.maketrans("", "", string.punctuation)

ANSWER_PROMPT = (
    "You answer questions about a person's past conversations from the memories below, each with the "
    "date it was said. Answer with a short phrase (a few words, a name, a date); no sentence, no "
    "explanation. If the memories do not say, answer: unknown."
)
JUDGE_PROMPT = (
    "You grade an answer to a question against the gold answer. The answer is CORRECT when it means the "
    "same as the gold answer (other words, a shorter or longer form, the same date written otherwise), "
    "WRONG otherwise. Reply with one word: CORRECT or WRONG."
)


def _normalise(text: str) -> list[str]:
    text = _ARTICLES.sub(" ", str(text).lower().translate(_PUNCTUATION))
    return text.split()


def token_f1(prediction: str, gold: str) -> float:
    """Token-overlap F1 of ``prediction`` against ``gold`` after lower-casing and removing punctuation
    and articles (SQuAD's and LoCoMo's normalisation); 0 when either is empty.

    >>> round(token_f1("on 7 May 2023", "7 May 2023"), 3)
    0.857
    """
    p, g = _normalise(prediction), _normalise(gold)
    same = sum((Counter(p) & Counter(g)).values())
    if not p or not g or not same:
        return 0.0
    precision, recall = same / len(p), same / len(g)
    return 2 * precision * recall / (precision + recall)


def _said_on(hit: Hit) -> str:
    at = hit.memory.valid_from or hit.memory.created_at
    return datetime.fromtimestamp(at, UTC).strftime("%d %B %Y")


@dataclass
class AnswerScores:
    """What the answers scored, over every question answered."""

    f1: list[float] = field(default_factory=list)
    by_category: dict[int, list[float]] = field(default_factory=dict)
    judged: list[bool] = field(default_factory=list)
    context_tokens: list[int] = field(default_factory=list)
    """Prompt tokens per question (memories, instructions and question), as the model counted them."""
    seconds: list[float] = field(default_factory=list)
    """Per question: search and answer together."""
    examples: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self,
        category: int,
        f1: float,
        judged: bool | None,
        tokens: int,
        seconds: float,
        example: dict[str, Any],
    ) -> None:
        self.f1.append(f1)
        self.by_category.setdefault(category, []).append(f1)
        if judged is not None:
            self.judged.append(judged)
        self.context_tokens.append(tokens)
        self.seconds.append(seconds)
        if len(self.examples) < 20:
            self.examples.append(example)

    def as_dict(self) -> dict[str, Any]:
        ms = np.asarray(self.seconds or [0.0]) * 1000
        return {
            "questions": len(self.f1),
            "f1": float(np.mean(self.f1)) if self.f1 else 0.0,
            "f1_by_category": {str(c): float(np.mean(v)) for c, v in sorted(self.by_category.items())},
            "judge_accuracy": float(np.mean(self.judged)) if self.judged else None,
            "context_tokens": {
                "mean": float(np.mean(self.context_tokens)) if self.context_tokens else 0.0,
                "p95": float(np.percentile(self.context_tokens, 95)) if self.context_tokens else 0.0,
            },
            "answer_ms": {"p50": float(np.percentile(ms, 50)), "p95": float(np.percentile(ms, 95))},
            "examples": self.examples,
        }


@dataclass
class Answerer:
    """Answers a question from memories with ``model``; grades it with ``judge`` when one is given."""

    model: ChatModel
    judge: ChatModel | None = None
    max_tokens: int = 32

    def close(self) -> None:
        """Close the models' connections (an HTTP client's), where they hold any."""
        for model in (self.model, self.judge):
            close = getattr(model, "close", None)
            if close is not None:
                close()

    def __enter__(self) -> Answerer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def answer(self, question: str, hits: Sequence[Hit]) -> tuple[str, int]:
        """The model's answer and the prompt's token count."""
        memories = "\n".join(f"- [{_said_on(h)}] {h.memory.text}" for h in hits) or "(none)"
        messages: list[Message] = [
            {"role": "system", "content": ANSWER_PROMPT},
            {"role": "user", "content": f"Memories:\n{memories}\n\nQuestion: {question}\nShort answer:"},
        ]
        done = self.model.chat(messages, max_tokens=self.max_tokens, temperature=0.0)
        return done.text.strip().splitlines()[0].strip() if done.text.strip() else "", done.prompt_tokens

    def grade(self, question: str, gold: str, answer: str) -> bool | None:
        """The judge's verdict (None without a judge)."""
        if self.judge is None:
            return None
        messages: list[Message] = [
            {"role": "system", "content": JUDGE_PROMPT},
            {"role": "user", "content": f"Question: {question}\nGold answer: {gold}\nAnswer: {answer}"},
        ]
        verdict = self.judge.chat(messages, max_tokens=4, temperature=0.0).text.strip().upper()
        return verdict.startswith("CORRECT")

    def score(
        self,
        scores: AnswerScores,
        question: str,
        gold: Any,
        category: int,
        hits: Sequence[Hit],
        searched_s: float,
    ) -> None:
        """Answer one question, grade it and add it to ``scores``."""
        start = time.perf_counter()
        answer, tokens = self.answer(question, hits)
        seconds = searched_s + time.perf_counter() - start
        gold_text = str(gold)
        f1 = token_f1(answer, gold_text)
        judged = self.grade(question, gold_text, answer)
        example = {"question": question, "gold": gold_text, "answer": answer, "f1": round(f1, 3)}
        if judged is not None:
            example["judge"] = judged
        scores.add(category, f1, judged, tokens, seconds, example)
