"""PureSVD on the degree-normalised matrix: a low-pass filter over the item graph.

The interaction matrix is normalised by user and item degree, ``R = D_u^-g X D_i^-b``, and its top
``factors`` right singular vectors ``V`` kept. A user's scores are ``x_u D_i^-b V'V D_i^b``: their
items projected onto the strongest directions of co-occurrence, with popularity given back on the
way out. This is PureSVD (Cremonesi et al., 2010) with the normalisation of GF-CF's ideal low-pass
filter (Shen et al., 2021). It sees the global structure a sparse item-item model like EASE misses,
which makes the two good partners in an ensemble, and it needs only ``factors x n_items`` numbers, so it
fits catalogues where EASE's ``n_items^2`` weights would not.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from pydantic import Field
from scipy.sparse.linalg import svds

from tailorkit.errors import InputError
from tailorkit.recommend._base import Recommender, RecommenderConfig, cosine_to
from tailorkit.recommend._interactions import Interactions

__all__ = ["PureSVD"]


class SVDConfig(RecommenderConfig):
    factors: int = Field(48, ge=1, le=4096)
    item_norm: float = Field(0.5, ge=0, le=1)
    """``b``: how much item degree is divided out before the decomposition (0 = plain PureSVD)."""
    user_norm: float = Field(0.5, ge=0, le=1)
    """``g``: the same for user degree (heavy users weigh less)."""
    seed: int = Field(0, ge=0, le=2**32 - 1)


class PureSVD(Recommender):
    name = "svd"
    Config = SVDConfig
    config: SVDConfig

    def memory_needed(self, data: Interactions) -> tuple[float, str]:
        f = self.config.factors
        return 24.0 * len(data) + 32.0 * f * (data.n_users + data.n_items), "24 z + 32 f (n + m) bytes"

    def _fit(self, data: Interactions, progress: bool) -> None:
        c = self.config
        x = data.seen.astype(np.float64)
        k = min(c.factors, min(x.shape) - 1)
        if k < 1:
            raise InputError(f"svd: needs at least 2 users and 2 items, not {x.shape[0]} x {x.shape[1]}")
        user_deg = np.maximum(np.asarray(x.sum(axis=1)).ravel(), 1.0)
        item_deg = np.maximum(np.asarray(x.sum(axis=0)).ravel(), 1.0)
        normalised = sp.diags(user_deg**-c.user_norm) @ x @ sp.diags(item_deg**-c.item_norm)
        start = np.random.default_rng(c.seed).standard_normal(min(normalised.shape))
        _, _, vt = svds(normalised.tocsc(), k=k, v0=start)
        self.factors = vt.astype(np.float32)  # k x n_items
        self.scale_in = (item_deg**-c.item_norm).astype(np.float32)
        self.scale_out = (item_deg**c.item_norm).astype(np.float32)

    def _scores(self, users: np.ndarray) -> np.ndarray:
        assert self.user_items is not None
        rows = self.user_items[users].multiply(self.scale_in[None, :]).tocsr()
        return np.asarray(np.asarray((rows @ self.factors.T) @ self.factors) * self.scale_out[None, :])

    def item_similarity(self, item: int) -> np.ndarray:
        return cosine_to(self.factors.T, item)

    def _state(self) -> dict[str, np.ndarray]:
        return {"factors": self.factors, "scale_in": self.scale_in, "scale_out": self.scale_out}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.factors, self.scale_in, self.scale_out = state["factors"], state["scale_in"], state["scale_out"]
