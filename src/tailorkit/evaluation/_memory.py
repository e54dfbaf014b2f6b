"""Memory retrieval on LoCoMo: answer each question by search alone, and measure how much of its
evidence comes back. Two ways to fill the memory:

* ``chat`` (the headline): the product's own path. Each speaker is a user of the assistant (their name
  their user's ``name`` attribute, as an application knows its users' names); every turn
  is said by its speaker through ``MemoryService.remember`` (what the assistant does with each user
  message: rules, episodes in the user's words, reconciliation), with the turn it answers as context
  and its session time as when it was said. A question is searched in the memories of the speaker it
  names (both speakers' when it names neither or both, merged by score).
* ``store``: every turn written directly (``add_many``) as ``"<session date> <speaker>: <words> [shares
  a photo: <caption>]"`` (the form of the published baselines) with the neighbouring turns as context:
  a path the chat never takes, kept as the ceiling of what search alone can find.

Questions of categories 1-4 are asked through ``MemoryService.search``; evidence ids that match no turn
are skipped, as are questions left without any. With an ``Answerer`` (``evaluation._answers``) a chat
model also answers each question from the memories found, scored by token F1 (and an LLM judge).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tailorkit.config import Settings
from tailorkit.data import LOCOMO
from tailorkit.engine import Engine
from tailorkit.errors import UserNotFoundError
from tailorkit.evaluation._answers import Answerer, AnswerScores
from tailorkit.llm import Embedder
from tailorkit.memory import MemoryService

__all__ = ["MemoryEvalResult", "evaluate_memory", "locomo_memories"]

CATEGORIES = (1, 2, 3, 4)
CUTOFFS = (5, 10, 20)


@dataclass
class MemoryEvalResult:
    recall: dict[int, float]
    """Mean evidence recall at each cut-off."""
    by_category: dict[int, dict[int, float]]
    questions: int
    memories: int
    latency_ms: dict[str, float]
    """Search latency (query embedding included): p50, p95, mean."""
    load_seconds: float
    settings: dict[str, Any]
    per_conversation: dict[str, dict[int, float]] = field(default_factory=dict)
    answers: AnswerScores | None = None
    """With an answerer: the answers' F1, judge accuracy, context tokens and latency."""

    def as_dict(self) -> dict[str, Any]:
        return {
            **({"answers": self.answers.as_dict()} if self.answers is not None else {}),
            "recall": {f"recall@{k}": v for k, v in self.recall.items()},
            "by_category": {
                str(c): {f"recall@{k}": v for k, v in r.items()} for c, r in self.by_category.items()
            },
            "per_conversation": {
                c: {f"recall@{k}": v for k, v in r.items()} for c, r in self.per_conversation.items()
            },
            "questions": self.questions,
            "memories": self.memories,
            "search_latency_ms": self.latency_ms,
            "load_seconds": self.load_seconds,
            "settings": self.settings,
        }


def locomo_memories(turns: Sequence[dict[str, Any]], window: int = 2) -> list[dict[str, Any]]:
    """``MemoryService.add_many`` records for a conversation's turns (``window`` neighbours of context)."""

    def line(t: dict[str, Any]) -> str:
        photo = f" [shares a photo: {t['blip_caption']}]" if t.get("blip_caption") else ""
        return f"{t['session_date']} {t['speaker']}: {t['text']}{photo}"

    lines = [line(t) for t in turns]
    records = []
    for i, t in enumerate(turns):
        around = lines[max(0, i - window) : i] + lines[i + 1 : i + 1 + window]
        records.append(
            {
                "text": lines[i],
                "kind": "event",
                "subject": t["speaker"],
                "source": {"dia_id": t["dia_id"], "session": t["session"]},
                "valid_from": t["time"].timestamp(),
                "context": " ".join(around),
            }
        )
    return records


def _said(t: dict[str, Any]) -> str:
    """A turn as its speaker says it to the assistant (a shared photo by its caption)."""
    photo = f" [shares a photo: {t['blip_caption']}]" if t.get("blip_caption") else ""
    return f"{t['text']}{photo}"


def _evidence_of(hit: Any) -> set[str]:
    """The dialogue ids a memory came from (a reinforced one keeps every turn that said it)."""
    source = hit.memory.source or {}
    return {source.get("dia_id"), *(a.get("dia_id") for a in source.get("also", []))} - {None}


def evaluate_memory(
    path: Path,
    settings: Settings,
    *,
    work_dir: Path,
    mode: str = "chat",
    window: int = 2,
    conversations: Sequence[str] | None = None,
    embedder: Embedder | None = None,
    answerer: Answerer | None = None,
    answer_k: int = 10,
    questions: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> MemoryEvalResult:
    """Run the LoCoMo retrieval benchmark in a scratch store under ``work_dir``.

    Args:
        path: a LoCoMo JSON file.
        settings: its ``memory`` part sets the search weights.
        mode: ``chat`` (every turn through ``remember``) or ``store`` (written directly).
        window: ``store`` mode: neighbouring turns (each side) indexed as a turn's context.
        conversations: only these sample ids (e.g. a tuning half).
        embedder: default: the bundled MiniLM.
        answerer: also answer each question from its first ``answer_k`` memories, and score it.
        questions: ask at most this many questions per conversation (the first ones).
    """
    data = [c for c in LOCOMO.conversations(path) if conversations is None or c["id"] in conversations]
    recall: dict[int, list[float]] = {k: [] for k in CUTOFFS}
    by_category: dict[int, dict[int, list[float]]] = {c: {k: [] for k in CUTOFFS} for c in CATEGORIES}
    per_conv: dict[str, dict[int, float]] = {}
    latencies: list[float] = []
    memories = 0
    load_seconds = 0.0
    answers = AnswerScores() if answerer is not None else None
    with Engine.open(
        work_dir / "memory-eval.db", settings.model_copy(update={"data_dir": work_dir})
    ) as engine:
        service = MemoryService(  # as the chat path keeps them: redacted where the product redacts
            engine.store,
            engine.tenant,
            settings.memory,
            embedder=embedder or engine.memories.embedder,
            redact_pii=settings.privacy.redact_pii,
        )
        for conv in data:
            if progress:
                progress(
                    f"{conv['id']}: {'saying' if mode == 'chat' else 'storing'} {len(conv['turns'])} turns"
                )
            start = time.perf_counter()
            users = {name: f"locomo/{conv['id']}/{name}" for name in conv["speakers"]}
            if mode == "chat":
                # each speaker a user of the application, with their name as an application knows it
                engine.ingest_users([{"user": u, "name": name} for name, u in users.items()])
                turns = conv["turns"]
                for i, t in enumerate(turns):
                    # what the turn answers and the answer it got, as the assistant has both when it
                    # logs a turn
                    around = [
                        u
                        for u in (turns[i - 1] if i else None, turns[i + 1] if i + 1 < len(turns) else None)
                        if u
                    ]
                    heard = " ".join(
                        f"{u['speaker']}: {_said(u)}" for u in around if u["speaker"] != t["speaker"]
                    )
                    # ... and the speaker's message before it in the session, as the chat path has it
                    before = next(
                        (
                            _said(u)
                            for u in reversed(turns[max(0, i - 4) : i])
                            if u["speaker"] == t["speaker"] and u["session"] == t["session"]
                        ),
                        None,
                    )
                    changes = service.remember(
                        users[t["speaker"]],
                        _said(t),
                        source={"dia_id": t["dia_id"], "session": t["session"]},
                        context=heard or None,
                        said_at=t["time"].timestamp(),
                        before=before,
                    )
                    memories += sum(c.action == "added" or c.action == "superseded" for c in changes)
            else:
                user = f"locomo/{conv['id']}"
                users = dict.fromkeys(conv["speakers"], user)
                memories += len(service.add_many(user, locomo_memories(conv["turns"], window)))
            load_seconds += time.perf_counter() - start
            known = {t["dia_id"] for t in conv["turns"]}
            conv_recall: dict[int, list[float]] = {k: [] for k in CUTOFFS}
            asked_here = 0
            for qa in conv["qa"]:
                evidence = {e for e in qa.get("evidence", []) if e in known}
                if qa.get("category") not in CATEGORIES or not evidence:
                    continue
                if questions is not None and asked_here >= questions:
                    break
                asked_here += 1
                asked = str(qa["question"])
                named = [u for name, u in users.items() if name.split()[0].lower() in asked.lower()]
                whom = sorted(set(named if len(set(named)) == 1 else users.values()))
                start = time.perf_counter()
                hits = []
                for u in whom:
                    try:
                        hits += service.search(u, asked, max(CUTOFFS))
                    except UserNotFoundError:  # a speaker who said nothing worth keeping
                        continue
                searched = time.perf_counter() - start
                latencies.append(searched)
                hits.sort(key=lambda h: -h.score)
                if answerer is not None and answers is not None:
                    answerer.score(answers, asked, qa["answer"], qa["category"], hits[:answer_k], searched)
                found: list[set[str]] = [_evidence_of(h) for h in hits]
                for k in CUTOFFS:
                    got = set().union(*found[:k]) if found[:k] else set()
                    r = len(evidence & got) / len(evidence)
                    recall[k].append(r)
                    conv_recall[k].append(r)
                    by_category[qa["category"]][k].append(r)
            per_conv[conv["id"]] = {k: float(np.mean(v)) if v else 0.0 for k, v in conv_recall.items()}
    ms = np.array(latencies) * 1000
    return MemoryEvalResult(
        recall={k: float(np.mean(v)) if v else 0.0 for k, v in recall.items()},
        by_category={
            c: {k: float(np.mean(v)) if v else 0.0 for k, v in r.items()} for c, r in by_category.items()
        },
        questions=len(recall[CUTOFFS[0]]),
        memories=memories,
        latency_ms={
            "p50": float(np.percentile(ms, 50)) if len(ms) else 0.0,
            "p95": float(np.percentile(ms, 95)) if len(ms) else 0.0,
            "mean": float(ms.mean()) if len(ms) else 0.0,
        },
        load_seconds=load_seconds,
        settings={"mode": mode, "window": window, **settings.memory.model_dump()},
        per_conversation=per_conv,
        answers=answers,
    )
