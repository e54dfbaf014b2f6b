"""EASE (Steck 2019): a closed-form item-item linear autoencoder with a zero diagonal.

``B = -P / diag(P)`` with ``P = (X'X + lambda I)^-1``; a user's scores are ``x_u B``. Strong on dense
catalogues; memory grows with the square of the number of items.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field

from tailorkit.recommend._base import Recommender, RecommenderConfig
from tailorkit.recommend._interactions import Interactions


class EASEConfig(RecommenderConfig):
    reg: float = Field(500.0, gt=0)
    """L2 regularisation (lambda) on the item-item weights."""


class EASE(Recommender):
    name = "ease"
    Config = EASEConfig
    config: EASEConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        x = data.seen
        gram = (x.T @ x).toarray().astype(np.float64)
        gram[np.diag_indices_from(gram)] += self.config.reg
        p = np.linalg.inv(gram)
        b = -p / np.diag(p)[None, :]
        np.fill_diagonal(b, 0.0)
        self.weights = b.astype(np.float32)

    def _scores(self, users: np.ndarray) -> np.ndarray:
        assert self.user_items is not None
        return np.asarray(self.user_items[users] @ self.weights)

    def item_similarity(self, item: int) -> np.ndarray:
        return np.asarray(self.weights[:, item], dtype=np.float64)

    def _state(self) -> dict[str, np.ndarray]:
        return {"weights": self.weights}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.weights = state["weights"]
