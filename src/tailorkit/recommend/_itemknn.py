"""ItemKNN: cosine similarity between item columns, with shrinkage, keeping each item's k neighbours.

Cost: the similarities are computed a block of target items at a time (a dense items x block slab of
about 256 MB), so memory is that slab plus the k neighbours kept per item (~12 k n bytes), not n^2; time
grows with the co-occurrences (every pair of items some user shares), about n^2 / block passes of
sparse products. 200k items are within reach; the result is the same as computing all at once.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from pydantic import Field

from tailorkit.recommend._base import Recommender, RecommenderConfig
from tailorkit.recommend._interactions import Interactions

_SLAB_BYTES = 256 * 2**20
"""Memory for one block of similarities (items x block columns, float32, with its working copies)."""


class ItemKNNConfig(RecommenderConfig):
    neighbors: int = Field(100, ge=1, le=100_000)
    """Neighbours kept per item."""
    shrink: float = Field(10.0, ge=0)
    """Added to the cosine denominator: similarities from few co-occurrences count less."""


class ItemKNN(Recommender):
    name = "itemknn"
    Config = ItemKNNConfig
    config: ItemKNNConfig
    instead = "use als or als-wr (memory linear in users and items)"

    def memory_needed(self, data: Interactions) -> tuple[float, str]:
        k = min(self.config.neighbors, data.n_items)
        return 24.0 * len(data) + 12.0 * k * data.n_items + 2.0**28, "24 z + 12 k m + 256 MB bytes"

    def _fit(self, data: Interactions, progress: bool) -> None:
        x = data.seen.tocsc().astype(np.float32)
        xt = x.T.tocsr()
        n = x.shape[1]
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=0)).ravel())
        k = min(self.config.neighbors, n - 1)
        block = max(1, min(n, _SLAB_BYTES // (12 * max(n, 1))))
        kept = []
        for start in range(0, n, block):
            stop = min(n, start + block)
            co = (xt @ x[:, start:stop]).toarray()
            sim = co / (np.outer(norms, norms[start:stop]) + self.config.shrink + 1e-9)
            sim[np.arange(start, stop), np.arange(stop - start)] = 0.0
            if k < n - 1:
                # keep, for each target item (column), its k most similar source items
                cut = np.partition(sim, -k, axis=0)[-k]
                sim[sim < cut[None, :]] = 0.0
            part = sp.coo_matrix(sim)
            kept.append((part.row, part.col + start, part.data.astype(np.float32)))
        rows, cols, values = (np.concatenate(parts) for parts in zip(*kept, strict=True))
        self.similarity = sp.csr_matrix((values, (rows, cols)), shape=(n, n))

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
