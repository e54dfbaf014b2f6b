"""EASE (Steck 2019): a closed-form item-item linear autoencoder with a zero diagonal.

``B = -P / diag(P)`` with ``P = (X'X + lambda I)^-1``; a user's scores are ``x_u B``. Strong on dense
catalogues; memory grows with the square of the number of items.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg.lapack
from pydantic import Field

from tailorkit.errors import InputError
from tailorkit.recommend._base import Recommender, RecommenderConfig
from tailorkit.recommend._interactions import Interactions


class EASEConfig(RecommenderConfig):
    reg: float = Field(500.0, gt=0)
    """L2 regularisation (lambda) on the item-item weights."""
    min_support: int = Field(1, ge=1)
    """Items with fewer interactions get no weights (they score 0): the solve is cubic in the items kept."""


class EASE(Recommender):
    name = "ease"
    Config = EASEConfig
    config: EASEConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        x = data.seen
        counts = np.asarray(x.sum(axis=0)).ravel()
        keep = np.flatnonzero(counts >= self.config.min_support)
        xk = x[:, keep]
        gram = (xk.T @ xk).toarray().astype(np.float64)
        gram[np.diag_indices_from(gram)] += self.config.reg
        # The Gram matrix is symmetric positive definite: invert it from its Cholesky factor (LAPACK
        # potrf + potri, ~3x faster than a general inverse); potri fills the upper triangle only.
        factor, info = scipy.linalg.lapack.dpotrf(gram, lower=False, overwrite_a=True)
        if info == 0:
            p, info = scipy.linalg.lapack.dpotri(factor, lower=False, overwrite_c=True)
        if info != 0:
            raise InputError(
                f"ease: the regularised Gram matrix is not positive definite (LAPACK info {info})"
            )
        p = np.triu(p) + np.triu(p, 1).T
        b = -p / np.diag(p)[None, :]
        np.fill_diagonal(b, 0.0)
        full = np.zeros((data.n_items, data.n_items), np.float32)
        full[np.ix_(keep, keep)] = b
        self.weights = full

    def _scores(self, users: np.ndarray) -> np.ndarray:
        assert self.user_items is not None
        return np.asarray(self.user_items[users] @ self.weights)

    def item_similarity(self, item: int) -> np.ndarray:
        return np.asarray(self.weights[:, item], dtype=np.float64)

    def _state(self) -> dict[str, np.ndarray]:
        return {"weights": self.weights}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.weights = state["weights"]
