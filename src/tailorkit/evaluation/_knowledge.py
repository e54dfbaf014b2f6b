"""The knowledge base on an FAQ set: does search find the passage that answers each question, and does
the assistant's answer cite it?

An FAQ set is a folder of documents and a JSONL file of questions, each ``{"q": ..., "doc": file name,
"answer": a phrase of the passage that answers it}``; a passage answers a question when it holds the
phrase (whitespace aside). The bundled set (``evaluation/faq``): a made-up shop's help centre, eight
English and two Chinese pages, 60 questions worded unlike their answers.

Measures: passage recall@1/3/5 of ``KnowledgeService.search``; with a chat model, the share of answers
(customer-service domain, grounded on the documents) whose citations include an answering passage, and
the share that loop or refuse.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tailorkit.config import Settings
from tailorkit.engine import Engine
from tailorkit.errors import InputError
from tailorkit.llm import ChatModel
from tailorkit.text import unwrapped

__all__ = ["FAQ_SET", "KnowledgeEvalResult", "evaluate_knowledge", "load_questions"]

FAQ_SET = Path(__file__).parent / "faq"


@dataclass
class KnowledgeEvalResult:
    documents: int
    passages: int
    questions: int
    recall: dict[int, float]
    """Passage recall@k: the share of questions with an answering passage among the first k."""
    ingest_seconds: float
    search_ms: dict[str, float]
    cited: float | None = None
    """Share of answers citing an answering passage (None: no model asked)."""
    cited_first: float | None = None
    """Share whose first citation is an answering passage (what a one-source answer would score)."""
    several: float | None = None
    """Share citing more than one passage (a structured answer quotes a second when nearly as close)."""
    answer_ms: dict[str, float] | None = None
    looped: float | None = None
    """Share of answers the user read that repeat themselves."""
    model_looped: float | None = None
    """Share of answers where the model began repeating itself (and was cut there)."""
    refused: float | None = None
    misses: list[dict[str, Any]] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def load_questions(path: Path) -> list[dict[str, str]]:
    """The questions of an FAQ set; a line without ``q`` and ``answer`` is an error naming it."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not row.get("q") or not row.get("answer"):
            raise InputError(f"{path}:{n}: a question needs the fields q and answer")
        out.append(row)
    return out


def _flat(text: str) -> str:
    return unwrapped(text)


def _pcts(values: list[float]) -> dict[str, float]:
    a = np.asarray(values or [0.0])
    return {"p50": float(np.percentile(a, 50)), "p95": float(np.percentile(a, 95))}


def evaluate_knowledge(
    settings: Settings,
    *,
    work_dir: Path,
    docs: Path | None = None,
    questions: Path | None = None,
    model: ChatModel | None = None,
    progress: Callable[[str], None] | None = None,
) -> KnowledgeEvalResult:
    """Ingest ``docs`` into a scratch store, search for each question, and (with ``model``) ask the
    customer-service assistant each one."""
    import time

    from tailorkit.assistant import cut_loop, refuses
    from tailorkit.text import sentences

    say = progress or (lambda _: None)
    docs = docs or FAQ_SET / "docs"
    asked = load_questions(questions or FAQ_SET / "questions.jsonl")
    local = settings.model_copy(update={"data_dir": work_dir}, deep=True)
    with Engine.open(work_dir / "knowledge-eval.db", local) as engine:
        report = engine.knowledge.ingest([docs])
        say(f"ingested {len(report.added)} documents, {report.passages} passages in {report.seconds:.2f} s")
        ks = (1, 3, 5)
        found = dict.fromkeys(ks, 0)
        timings: list[float] = []
        misses = []
        for q in asked:
            started = time.perf_counter()
            hits = engine.knowledge.search(q["q"], max(ks))
            timings.append((time.perf_counter() - started) * 1000)
            gold = [n for n, h in enumerate(hits) if _flat(q["answer"]) in _flat(h.text)]
            for k in ks:
                found[k] += bool(gold) and gold[0] < k
            if not gold:
                misses.append({"q": q["q"], "got": [h.label for h in hits[:3]]})
        result = KnowledgeEvalResult(
            documents=len(report.added),
            passages=report.passages,
            questions=len(asked),
            recall={k: found[k] / max(1, len(asked)) for k in ks},
            ingest_seconds=report.seconds,
            search_ms=_pcts(timings),
            misses=misses,
        )
        if model is None:
            return result
        engine.chat_model = model
        cited = cited_first = several = looped = model_looped = refused = 0
        answer_ms: list[float] = []
        for n, q in enumerate(asked, 1):
            if n % 20 == 0:
                say(f"{n}/{len(asked)} questions answered")
            answer = engine.assistant.respond("faq-eval", q["q"], domain="customer_service", documents=True)
            answer_ms.append(answer.why.timings_ms.get("total", 0.0))
            by_id = {p["id"]: p for p in answer.why.passages}
            gold = [i for i in answer.why.citations if _flat(q["answer"]) in _flat(by_id[i]["text"])]
            cited += bool(gold)
            cited_first += bool(gold) and gold[0] == answer.why.citations[0]
            several += len(answer.why.citations) > 1
            model_looped += answer.why.looped
            own = set(answer.why.listed)
            looped += cut_loop("\n".join(x for x in answer.text.split("\n") if x not in own))[1]
            refused += any(refuses(s) for s in sentences(answer.text))
            if len(result.examples) < 3:
                result.examples.append({"q": q["q"], "answer": answer.text})
        total = max(1, len(asked))
        result.cited, result.looped, result.refused = cited / total, looped / total, refused / total
        result.model_looped = model_looped / total
        result.cited_first, result.several = cited_first / total, several / total
        result.answer_ms = _pcts(answer_ms)
        return result
