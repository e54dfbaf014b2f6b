"""Hybrid: collaborative and content scores blended per item by how much evidence each item has.

``score = a_i * z(collaborative) + (1 - a_i) * z(content)`` with ``a_i = n_i / (n_i + support)``, where
``n_i`` counts the item's training interactions and ``z`` standardises each user's scores. A new item
(``n_i = 0``) is ranked by content alone; a well-known one mostly by the collaborative model. Users with
only a handful of interactions get the content side's help the same way, through their taste vector.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike
from pydantic import Field

from tailorkit.recommend._base import Explanation, Recommender, RecommenderConfig, standardise
from tailorkit.recommend._content import ContentBased
from tailorkit.recommend._interactions import Interactions
from tailorkit.recommend._registry import get_recommender

__all__ = ["Hybrid"]


class HybridConfig(RecommenderConfig):
    collaborative: str = "ease"
    """The collaborative model (a registry name)."""
    collaborative_params: dict[str, Any] = Field(default_factory=dict)
    content_params: dict[str, Any] = Field(default_factory=dict)
    support: float = Field(10.0, gt=0)
    """Interactions at which an item's collaborative and content scores weigh the same."""


class Hybrid(Recommender):
    name = "hybrid"
    Config = HybridConfig
    config: HybridConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        self.collab = get_recommender(self.config.collaborative)(**self.config.collaborative_params)
        self.collab.fit(data, progress=progress)
        self.content = ContentBased(**self.config.content_params).fit(data)
        counts = np.asarray(data.seen.sum(axis=0)).ravel()
        self.alpha = (counts / (counts + self.config.support)).astype(np.float32)

    def _scores(self, users: np.ndarray) -> np.ndarray:
        collab = standardise(np.asarray(self.collab._scores(users), dtype=np.float64))
        content = standardise(np.asarray(self.content._scores(users), dtype=np.float64))
        return np.asarray(self.alpha[None, :] * collab + (1 - self.alpha[None, :]) * content)

    def explain(self, user: int, item: int, k: int = 5) -> Explanation:
        users = self._check_users([user])
        item = int(self._check_items([item])[0])
        score = float(self._scores(users)[0, item])
        c = self.collab.explain(user, item, k)
        t = self.content.explain(user, item, k)
        because = c.because if self.alpha[item] >= 0.5 else (t.because or c.because)
        return Explanation(
            int(users[0]),
            item,
            score,
            because,
            t.features,
            note=f"collaborative weight {self.alpha[item]:.2f}",
        )

    def item_similarity(self, item: int) -> np.ndarray:
        a = float(self.alpha[item])
        return a * self.collab.item_similarity(item) + (1 - a) * self.content.item_similarity(item)

    def partial_fit_users(
        self, users: Any, user_items: sp.spmatrix, *, sequences: Sequence[ArrayLike] | None = None
    ) -> Hybrid:
        self.collab.partial_fit_users(users, user_items, sequences=sequences)
        self.content.partial_fit_users(users, user_items, sequences=sequences)
        super().partial_fit_users(users, user_items, sequences=sequences)
        return self

    def _user_axes(self) -> dict[str, int]:
        return {f"collab__{k}": v for k, v in self.collab._user_axes().items()}

    def _state(self) -> dict[str, np.ndarray]:
        state = {"alpha": self.alpha}
        for prefix, part in (("collab", self.collab), ("content", self.content)):
            state.update({f"{prefix}__{k}": v for k, v in part._state().items()})
        return state

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.alpha = state["alpha"]
        self.collab = get_recommender(self.config.collaborative)(**self.config.collaborative_params)
        self.content = ContentBased(**self.config.content_params)
        for prefix, part in (("collab", self.collab), ("content", self.content)):
            part.user_items, part.item_ids, part.user_ids = self.user_items, self.item_ids, self.user_ids
            part._set_state(
                {k[len(prefix) + 2 :]: v for k, v in state.items() if k.startswith(prefix + "__")}
            )
