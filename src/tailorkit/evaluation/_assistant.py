"""End-to-end usefulness of the assistant on MovieLens: does asking it for films find films the user
goes on to like?

Protocol: load the data set into a scratch store; hold out a random 20% of each user's ratings (seeded)
and delete them from the store; build profiles and train the recommender on what is left. For a seeded
sample of users with at least one held-out rating of 4 or more, ask "Recommend me 5 movies" three ways:

* the recommender itself (its top 5),
* the personalised assistant (profile, memories and the user's recommendations in the prompt),
* the non-personalised assistant (same pipeline without user context: no profile, no memories, no
  recommendations; the model answers from what it knows),
* and, for reference, the non-personalised assistant given the most popular items to choose from.

Each reply is mapped back to catalogue items by title (items the user already rated are not counted
as recommendations); Hit@5 is the share of users for whom one of the first five is a held-out film
rated 4 or more.

The words of the personalised answers are measured too (``_text.TextMeasures``): loops, distinct
bigrams, contradicted catalogue facts, false refusals and length, on what the model wrote and on what
the user read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tailorkit.config import Settings
from tailorkit.data import EventKind
from tailorkit.engine import Engine
from tailorkit.evaluation._text import TextMeasures
from tailorkit.llm import ChatModel

__all__ = ["AssistantEvalResult", "evaluate_assistant"]

QUESTION = "Recommend me 5 movies"


@dataclass
class AssistantEvalResult:
    users: int
    hit_at_5: dict[str, float]
    """``recommender``, ``personalised``, ``non_personalised`` (no user context) and
    ``non_personalised_popular`` (no user context, popular items to choose from)."""
    context_ms: dict[str, float]
    generation_ms: dict[str, float]
    first_token_ms: dict[str, float]
    appended_share: float
    """Share of personalised answers where the given items had to be appended (the model left them out)."""
    model: str
    algorithm: str
    examples: list[dict[str, Any]] = field(default_factory=list)
    text: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Measures of the personalised answers' words: ``raw`` (what the model wrote) and ``final`` (what
    the user read): loop, contradiction and false-refusal rates, distinct-2, mean length."""
    structured: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _pcts(values: list[float]) -> dict[str, float]:
    a = np.asarray(values) if values else np.zeros(1)
    return {"p50": float(np.percentile(a, 50)), "p95": float(np.percentile(a, 95)), "mean": float(a.mean())}


def evaluate_assistant(
    dataset: str,
    path: Path | None,
    settings: Settings,
    model: ChatModel,
    *,
    work_dir: Path,
    users: int = 200,
    algorithm: str = "ease",
    seed: int = 42,
    max_tokens: int = 160,
    progress: Callable[[str], None] | None = None,
    structured: str | None = None,
    baselines: bool = True,
) -> AssistantEvalResult:
    """See the module's docstring. ``structured`` overrides ``AssistantSettings.structured``;
    ``baselines`` False skips the non-personalised answers (the text measures need only the others)."""
    say = progress or (lambda _: None)
    with Engine.open(
        work_dir / "assistant-eval.db", settings.model_copy(update={"data_dir": work_dir}, deep=True)
    ) as engine:
        say(f"loading {dataset}")
        engine.load_dataset(dataset, path)
        events = engine.store.scope(engine.tenant).events
        log = events.log([EventKind.RATE]).sort_values("id", ignore_index=True)
        rng = np.random.default_rng(seed)
        test_mask = rng.random(len(log)) < 0.2
        test, train = log[test_mask], log[~test_mask]
        events.delete(test["id"].tolist())
        say(f"held out {len(test):,} of {len(log):,} ratings; building profiles and training {algorithm}")
        engine.profiles.rebuild()
        engine.train(algorithm)
        liked = test[test["value"] >= 4].groupby("user")["item"].apply(set)
        seen = train.groupby("user")["item"].apply(set)
        candidates = sorted(liked.index, key=str)
        chosen = [
            candidates[i] for i in rng.choice(len(candidates), min(users, len(candidates)), replace=False)
        ]
        recorder = _Recording(model)
        engine.chat_model = recorder  # type: ignore[assignment]
        assistant = engine.assistant
        if structured is not None:
            assistant.settings.structured = structured  # type: ignore[assignment]
        assistant.settings.max_tokens = max_tokens  # five titles fit; longer answers only cost time
        catalogue = assistant.catalogue()
        hits: dict[str, list[float]] = {
            "recommender": [],
            "personalised": [],
            "non_personalised": [],
            "non_personalised_popular": [],
        }
        context, generation, first = [], [], []
        appended = 0
        examples: list[dict[str, Any]] = []
        raw_text, final_text = TextMeasures(), TextMeasures()
        modes = [("personalised", True, False)]
        if baselines:
            modes += [("non_personalised", False, False), ("non_personalised_popular", False, True)]
        for n, user in enumerate(chosen, 1):
            if n % 20 == 0:
                say(f"{n}/{len(chosen)} users")
            wanted, known = liked[user], seen.get(user, set())
            recs = [r.item for r in engine.recommend(user, 5)]
            hits["recommender"].append(float(bool(set(recs[:5]) & wanted)))
            for mode, personal, popular in modes:
                assistant.settings.anonymous_recommendations = popular
                recorder.written = []
                stream = assistant.stream(user, QUESTION, personalised=personal)
                text = "".join(stream)
                answer = stream.answer
                assert answer is not None
                found = [i for i in catalogue.find(text) if i not in known][:5]
                hits[mode].append(float(bool(set(found) & wanted)))
                if personal:
                    given = [r["item"] for r in answer.why.recommendations]
                    raw_text.add("".join(recorder.written), catalogue, given)
                    final_text.add(answer.text, catalogue, given, answer.why.listed)
                    context.append(answer.why.timings_ms["context"])
                    generation.append(answer.why.timings_ms["generation"])
                    first.append(answer.why.timings_ms["first_token"])
                    appended += answer.why.appended_items
                    if len(examples) < 3:
                        examples.append({"user": user, "answer": text, "items": found})
        assistant.settings.anonymous_recommendations = False
        return AssistantEvalResult(
            users=len(chosen),
            hit_at_5={k: float(np.mean(v)) if v else 0.0 for k, v in hits.items()},
            context_ms=_pcts(context),
            generation_ms=_pcts(generation),
            first_token_ms=_pcts(first),
            appended_share=appended / max(1, len(chosen)),
            model=str(getattr(model, "model", type(model).__name__)),
            algorithm=algorithm,
            examples=examples,
            text={"raw": raw_text.summary(), "final": final_text.summary()},
            structured=assistant.structured(),
        )


class _Recording:
    """The chat model, keeping what it wrote for the last answer (before any check of the assistant's)."""

    def __init__(self, model: ChatModel) -> None:
        self._model = model
        self.written: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def chat(self, messages: Any, **kw: Any) -> Any:
        completion = self._model.chat(messages, **kw)
        self.written = [completion.text]
        return completion

    def stream(self, messages: Any, **kw: Any) -> Any:
        for piece in self._model.stream(messages, **kw):
            self.written.append(piece)
            yield piece
