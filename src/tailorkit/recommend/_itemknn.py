"""ItemKNN: cosine similarity between item columns, with shrinkage, keeping each item's k neighbours."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from pydantic import Field

from tailorkit.recommend._base import Recommender, RecommenderConfig
from tailorkit.recommend._interactions import Interactions


class ItemKNNConfig(RecommenderConfig):
    neighbors: int = Field(100, ge=1, le=100_000)
    """Neighbours kept per item."""
    shrink: float = Field(10.0, ge=0)
    """Added to the cosine denominator: similarities from few co-occurrences count less."""


class ItemKNN(Recommender):
    name = "itemknn"
    Config = ItemKNNConfig
    config: ItemKNNConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        x = data.seen
        co = (x.T @ x).toarray().astype(np.float32)
        norms = np.sqrt(np.diag(co))
        sim = co / (np.outer(norms, norms) + self.config.shrink + 1e-9)
        np.fill_diagonal(sim, 0.0)
        k = min(self.config.neighbors, sim.shape[0] - 1)
        if k < sim.shape[0] - 1:
            # keep, for each target item (column), its k most similar source items
            cut = np.partition(sim, -k, axis=0)[-k]
            sim[sim < cut[None, :]] = 0.0
        self.similarity = sp.csr_matrix(sim)

    def _scores(self, users: np.ndarray) -> np.ndarray:
        assert self.user_items is not None
        return np.asarray((self.user_items[users] @ self.similarity).todense())

    def item_similarity(self, item: int) -> np.ndarray:
        return np.asarray(self.similarity[:, item].todense()).ravel()

    def _state(self) -> dict[str, np.ndarray]:
        s = self.similarity
        return {"indptr": s.indptr, "indices": s.indices, "data": s.data, "shape": np.array(s.shape)}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        shape = tuple(int(v) for v in state["shape"])
        self.similarity = sp.csr_matrix((state["data"], state["indices"], state["indptr"]), shape=shape)
