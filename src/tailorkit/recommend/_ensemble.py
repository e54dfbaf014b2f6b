"""Ensemble: a weighted blend of several fitted models, for ratings and for rankings.

``predict`` averages the members' predicted ratings by weight (every member must predict ratings);
``recommend`` ranks by the weighted sum of the members' scores, each standardised per user.

The default (``members="ranking"``) blends ranking models that see different structure: EASE (item to
item), PureSVD (global factors) and ALS-WR (weighted factors). Tuned (a member can get no weight), the
blend is the best ranking on MovieLens 100K and on a long-tail catalogue of 20k items
(``benchmarks/bench_catalogue.py``). ``members="ratings"`` pairs the two rating models that err
differently: biased matrix factorisation with a (user, day) bias and item-based AutoRec, the best rating
model in the project (MovieLens 100K folds: ~0.887 RMSE against 0.903 and 0.899 for either alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike
from pydantic import BaseModel, ConfigDict, Field, field_validator

from tailorkit.errors import InputError, NotFoundError
from tailorkit.recommend._base import Explanation, Recommender, RecommenderConfig, held_out, standardise
from tailorkit.recommend._interactions import Interactions
from tailorkit.recommend._registry import get_recommender

__all__ = ["Ensemble"]


class Member(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    algorithm: str
    params: dict[str, Any] = Field(default_factory=dict)
    weight: float = Field(1.0, gt=0)

    @field_validator("algorithm")
    @classmethod
    def _known(cls, name: str) -> str:
        try:
            get_recommender(name)
        except NotFoundError as exc:
            raise ValueError(exc.args[0]) from None
        return name


PRESETS: dict[str, list[dict[str, Any]]] = {
    "ranking": [{"algorithm": "ease"}, {"algorithm": "svd"}, {"algorithm": "als-wr"}],
    "ratings": [
        {
            "algorithm": "mf",
            "params": {
                "factors": 100, "epochs": 30, "learning_rate": 0.013, "reg": 0.08, "day_bias": True,
                "models": 4,
            },
        },
        {"algorithm": "autorec"},
    ],
}  # fmt: skip
"""Member lists by name: ``members="ranking"`` (the default: what a recommender is judged on) or
``"ratings"`` (for RMSE)."""


def _default_members() -> list[Member]:
    return [Member(**m) for m in PRESETS["ranking"]]


class EnsembleConfig(RecommenderConfig):
    members: list[Member] = Field(default_factory=_default_members, min_length=1)
    validation_fraction: float = Field(0.0, ge=0, lt=1)
    """Above 0, learn the weights instead (stacking): fit the members on the rest of the ratings,
    solve non-negative least squares for their predictions of this random share, then refit them
    on everything. Every member must predict ratings."""
    seed: int = Field(0, ge=0, le=2**32 - 1)

    @field_validator("members", mode="before")
    @classmethod
    def _names(cls, members: Any) -> Any:
        """A member may be just its algorithm's name, and the list a comma-separated string of them
        (``-p members=ease,svd,als-wr`` on the command line): default parameters, equal weights; or the
        name of a preset (``PRESETS``: ``ranking``, ``ratings``)."""
        if isinstance(members, str) and members.strip() in PRESETS:
            return PRESETS[members.strip()]
        if isinstance(members, str):
            members = [m.strip() for m in members.split(",") if m.strip()]
        if isinstance(members, list):
            return [{"algorithm": m} if isinstance(m, str) else m for m in members]
        return members

    @field_validator("members")
    @classmethod
    def _no_nesting(cls, members: list[Member]) -> list[Member]:
        for m in members:
            if m.algorithm == "ensemble":
                raise ValueError("an ensemble cannot contain an ensemble")
        return members


class Ensemble(Recommender):
    name = "ensemble"
    Config = EnsembleConfig
    config: EnsembleConfig

    def _new_members(self) -> list[Recommender]:
        return [get_recommender(m.algorithm)(**m.params) for m in self.config.members]

    @property
    def _weights(self) -> np.ndarray:
        if len(self.learned_weights):
            return np.asarray(self.learned_weights)
        w = np.array([m.weight for m in self.config.members], np.float64)
        return np.asarray(w / w.sum())

    def _fit(self, data: Interactions, progress: bool) -> None:
        self.learned_weights = np.zeros(0)
        if self.config.validation_fraction > 0:
            self.learned_weights = self._learn_weights(data, progress)
        self.parts = [m.fit(data, progress=progress) for m in self._new_members()]
        for part in self.parts:  # each member forgets users in its own copy of the ids
            part.user_ids = np.array(data.user_ids, dtype=object)
        self.history = {
            f"{m.algorithm}.{k}": v
            for m, p in zip(self.config.members, self.parts, strict=True)
            for k, v in p.history.items()
        }

    @classmethod
    def of_fitted(cls, parts: Sequence[Recommender], data: Interactions, **params: Any) -> Ensemble:
        """An ensemble of ``parts``, members already fitted on ``data`` in the order of ``members``
        (to try several weightings without fitting the members again)."""
        ensemble = cls(**params)
        members = ensemble.config.members
        if ensemble.config.validation_fraction > 0:
            raise InputError("ensemble: learned weights need the members fitted by the ensemble itself")
        if [p.name for p in parts] != [m.algorithm for m in members]:
            raise InputError("ensemble: the fitted parts must match the members, in order")
        ensemble._attach(data)
        ensemble.learned_weights = np.zeros(0)
        ensemble.parts = list(parts)
        return ensemble

    def _learn_weights(self, data: Interactions, progress: bool) -> np.ndarray:
        from scipy.optimize import nnls

        log = data.log
        held = held_out(len(log), self.config.validation_fraction, self.config.seed, at_least=1)
        train, val = data.with_log(log[~held]), log[held]
        columns = []
        for member, part in zip(self.config.members, self._new_members(), strict=True):
            if not part.predicts_ratings:
                raise InputError(f"ensemble: learning weights needs ratings; {member.algorithm!r} has none")
            part.fit(train, progress=progress)
            columns.append(part.predict_log(val))
        weights, _ = nnls(np.column_stack(columns), val["value"].to_numpy(np.float64))
        if weights.sum() <= 0:
            raise InputError("ensemble: no member helps predict the held-out ratings")
        return np.asarray(weights / weights.sum())

    @property
    def predicts_ratings(self) -> bool:
        parts = getattr(self, "parts", None) or self._new_members()  # members are built by fit
        return all(part.predicts_ratings for part in parts)

    def predict(self, users: ArrayLike, items: ArrayLike, timestamps: ArrayLike | None = None) -> np.ndarray:
        """The weighted mean of the members' predicted ratings (``timestamps`` go to each member)."""
        self._check_users(users)
        for member, part in zip(self.config.members, self.parts, strict=True):
            if not part.predicts_ratings:
                raise InputError(f"ensemble: member {member.algorithm!r} does not predict ratings")
        preds = [part.predict(users, items, timestamps) for part in self.parts]
        return np.asarray(np.average(preds, axis=0, weights=self._weights))

    def _scores(self, users: np.ndarray) -> np.ndarray:
        total = np.zeros((len(users), self.n_items))
        for w, part in zip(self._weights, self.parts, strict=True):
            total += w * standardise(part._scores(users))
        return total

    def explain(self, user: int, item: int, k: int = 5) -> Explanation:
        """The heaviest member's explanation, with the ensemble's score."""
        users = self._check_users([user])
        item = int(self._check_items([item])[0])
        lead = int(np.argmax(self._weights))
        inner = self.parts[lead].explain(user, item, k)
        return Explanation(
            int(users[0]),
            item,
            float(self._scores(users)[0, item]),
            inner.because,
            inner.features,
            note=f"as explained by {self.config.members[lead].algorithm}",
        )

    def item_similarity(self, item: int) -> np.ndarray:
        return np.asarray(
            sum(w * p.item_similarity(item) for w, p in zip(self._weights, self.parts, strict=True))
        )

    def partial_fit_users(
        self, users: Any, user_items: sp.spmatrix, *, sequences: Sequence[ArrayLike] | None = None
    ) -> Ensemble:
        for part in self.parts:
            part.partial_fit_users(users, user_items, sequences=sequences)
        super().partial_fit_users(users, user_items, sequences=sequences)
        return self

    def forget_users(self, user_ids: Any) -> int:
        for part in self.parts:  # each member clears its own learned rows (and e.g. day biases)
            part.forget_users(user_ids)
        return super().forget_users(user_ids)  # then the ensemble's ids and training rows

    def _state(self) -> dict[str, np.ndarray]:
        state = {f"m{n}__{k}": v for n, part in enumerate(self.parts) for k, v in part._state().items()}
        return {**state, "learned_weights": self.learned_weights}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.learned_weights = state["learned_weights"]
        self.parts = self._new_members()
        for n, part in enumerate(self.parts):
            part.user_items, part.item_ids = self.user_items, self.item_ids
            part.user_ids = None if self.user_ids is None else np.array(self.user_ids, dtype=object)
            prefix = f"m{n}__"
            part._set_state({k[len(prefix) :]: v for k, v in state.items() if k.startswith(prefix)})
