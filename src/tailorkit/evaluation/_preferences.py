"""Does what a user says about themselves survive the chat path, and come back when it is needed?

The set (``evaluation/preferences``, written for tailorkit, English and Chinese): each statement is an
explicit first-person preference, aversion, constraint, habit or sensitivity, with a later question that
needs it and shares few words with it. For each statement and each distractor count, a fresh user says
the statement among that many unrelated turns (small talk, questions, other news of their day; drawn
from a fixed pool, seeded by the statement), every turn through ``MemoryService.remember`` (what the
assistant does with each user message), and then the question goes to ``search``.

* kept: the statement's turn left at least one memory;
* recall@5: a memory from the statement's turn is among the question's first five hits.

Splits: ``tune`` holds the examples the rules were first developed on; ``dev`` is the set reported
since; ``test`` to ``test7`` were each written later as held-out sets and first run before any rule
was changed for them (their first figures are in the README); each was looked at after that run, so
only the newest set written is unseen.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tailorkit.config import Settings
from tailorkit.engine import Engine
from tailorkit.llm import Embedder
from tailorkit.memory import MemoryService, why_not_kept

__all__ = ["PREFERENCES_DIR", "PreferenceEvalResult", "evaluate_preferences", "load_preferences"]

PREFERENCES_DIR = Path(__file__).parent / "preferences"


@dataclass
class PreferenceEvalResult:
    split: str
    statements: dict[str, int]
    """How many statements per language."""
    kept: dict[str, dict[int, float]]
    """Per language, per distractor count: the share of statements that left a memory."""
    recall_at_5: dict[str, dict[int, float]]
    distractors_dropped: dict[str, float]
    """Per language: the share of the distractor pool that the keep rule leaves out, by reason."""
    remember_ms: dict[str, float]
    search_ms: dict[str, float]
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def load_preferences(split: str = "dev") -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The statements of ``split`` (``tune``, ``dev``, ``test`` ... ``test7``), each with its
    ``language``, and the distractor pools by language."""
    statements = []
    for language in ("en", "zh"):
        path = PREFERENCES_DIR / f"{split}-{language}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                statements.append({**json.loads(line), "language": language})
    pools = json.loads((PREFERENCES_DIR / "distractors.json").read_text(encoding="utf-8"))
    return statements, pools


def _pcts(values: Sequence[float]) -> dict[str, float]:
    a = np.asarray(values, dtype=float) * 1000 if len(values) else np.zeros(1)
    return {"p50": float(np.percentile(a, 50)), "p95": float(np.percentile(a, 95))}


def evaluate_preferences(
    settings: Settings,
    *,
    work_dir: Path,
    split: str = "dev",
    distractors: Sequence[int] = (12, 50),
    embedder: Embedder | None = None,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> PreferenceEvalResult:
    """Run the preference set through ``remember`` and ``search`` in a scratch store under ``work_dir``."""
    statements, pools = load_preferences(split)
    kept: dict[str, dict[int, list[float]]] = {}
    found: dict[str, dict[int, list[float]]] = {}
    remember_s: list[float] = []
    search_s: list[float] = []
    misses: list[dict[str, Any]] = []
    with Engine.open(
        work_dir / "preferences-eval.db", settings.model_copy(update={"data_dir": work_dir})
    ) as engine:
        service = MemoryService(
            engine.store,
            engine.tenant,
            settings.memory,
            embedder=embedder or engine.memories.embedder,
            redact_pii=settings.privacy.redact_pii,
        )
        for n in distractors:
            if progress:
                progress(f"{len(statements)} statements among {n} other turns each")
            for s in statements:
                lang = s["language"]
                rng = np.random.default_rng([seed, n, sum(map(ord, s["id"]))])
                pool = pools[lang]
                others = [pool[i] for i in rng.choice(len(pool), n, replace=n > len(pool))]
                at = int(rng.integers(0, n + 1))
                turns = [*others[:at], s["statement"], *others[at:]]
                user = f"{s['id']}/{n}"
                left = False
                for k, text in enumerate(turns):
                    start = time.perf_counter()
                    changes = service.remember(user, text, source={"turn": k})
                    remember_s.append(time.perf_counter() - start)
                    if k == at:
                        left = any(c.memory is not None for c in changes)
                start = time.perf_counter()
                hits = service.search(user, s["question"], 5)
                search_s.append(time.perf_counter() - start)
                sources = [
                    {(h.memory.source or {}).get("turn")}
                    | {a.get("turn") for a in (h.memory.source or {}).get("also", [])}
                    for h in hits
                ]
                hit = any(at in t for t in sources)
                kept.setdefault(lang, {}).setdefault(n, []).append(float(left))
                found.setdefault(lang, {}).setdefault(n, []).append(float(hit))
                if not hit:
                    misses.append(
                        {
                            "id": s["id"],
                            "distractors": n,
                            "kept": left,
                            "question": s["question"],
                            "top": [h.memory.text for h in hits[:3]],
                        }
                    )
    dropped = {
        lang: sum(why_not_kept(t) is not None for t in pool) / len(pool) for lang, pool in pools.items()
    }
    return PreferenceEvalResult(
        split=split,
        statements={lang: len(v[distractors[0]]) for lang, v in kept.items()},
        kept={lang: {n: float(np.mean(v)) for n, v in by_n.items()} for lang, by_n in kept.items()},
        recall_at_5={lang: {n: float(np.mean(v)) for n, v in by_n.items()} for lang, by_n in found.items()},
        distractors_dropped=dropped,
        remember_ms=_pcts(remember_s),
        search_ms=_pcts(search_s),
        misses=misses,
    )
