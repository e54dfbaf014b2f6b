"""Popularity: the items most users interacted with. The baseline every model must beat."""

from __future__ import annotations

import numpy as np
from pydantic import Field

from tailorkit.recommend._base import Explanation, Recommender, RecommenderConfig
from tailorkit.recommend._interactions import Interactions


class PopularityConfig(RecommenderConfig):
    half_life_days: float | None = Field(None, gt=0)
    """Weigh each interaction by recency (exponential decay from the newest event); None: count them all."""


class Popularity(Recommender):
    name = "popularity"
    Config = PopularityConfig
    config: PopularityConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        weights = np.ones(len(data), np.float64)
        if self.config.half_life_days is not None and len(data):
            age = (data.log["ts"].max() - data.log["ts"].to_numpy()) / 86_400
            weights = 0.5 ** (age / self.config.half_life_days)
        self.popularity = np.bincount(data.log["item"], weights=weights, minlength=data.n_items).astype(
            np.float32
        )

    def _scores(self, users: np.ndarray) -> np.ndarray:
        return np.broadcast_to(self.popularity, (len(users), len(self.popularity)))

    def explain(self, user: int, item: int, k: int = 5) -> Explanation:
        self._check_users([user])
        item = int(self._check_items([item])[0])
        score = float(self.popularity[item])
        return Explanation(user, item, score, note=f"popular: {score:,.0f} interactions")

    def _state(self) -> dict[str, np.ndarray]:
        return {"popularity": self.popularity}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.popularity = state["popularity"]
