"""The neural embedding dot-product model (PyTorch): ``p(u likes i) = sigmoid(e_u . e_i + b_i)``,
trained with binary cross-entropy on each observed interaction against sampled unobserved ones.

``history`` keeps the training loss and, on a held-back share of the interactions (with their own
sampled negatives), the validation loss of every epoch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike
from pydantic import Field

from tailorkit.errors import MissingExtraError
from tailorkit.recommend._base import Recommender, RecommenderConfig, cosine_to
from tailorkit.recommend._interactions import Interactions

__all__ = ["NeuralDot"]


class NeuralConfig(RecommenderConfig):
    factors: int = Field(64, ge=1, le=4096)
    epochs: int = Field(20, ge=1, le=10_000)
    learning_rate: float = Field(0.01, gt=0)
    reg: float = Field(1e-5, ge=0)
    """Weight decay on the embeddings."""
    negatives: int = Field(4, ge=1, le=1_000)
    """Unobserved items sampled per observed interaction."""
    batch_size: int = Field(4096, ge=1, le=1_000_000)
    validation_fraction: float = Field(0.1, ge=0, lt=1)
    seed: int = Field(0, ge=0, le=2**32 - 1)


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        raise MissingExtraError("torch", "neural", "The neural recommender") from None
    return torch


class NeuralDot(Recommender):
    name = "neural"
    Config = NeuralConfig
    config: NeuralConfig

    def memory_needed(self, data: Interactions) -> tuple[float, str]:
        f = self.config.factors
        return 24.0 * len(data) + 16.0 * f * (data.n_users + data.n_items), "24 z + 16 f (n + m) bytes"

    def _fit(self, data: Interactions, progress: bool) -> None:
        torch = _torch()
        c = self.config
        torch.manual_seed(c.seed)
        rng = np.random.default_rng(c.seed)
        seen = data.seen
        users = data.log["user"].to_numpy(np.int64)
        items = data.log["item"].to_numpy(np.int64)
        order = rng.permutation(len(users))
        n_val = int(len(users) * c.validation_fraction)
        val, train = order[:n_val], order[n_val:]
        user_emb = torch.nn.Embedding(data.n_users, c.factors)
        item_emb = torch.nn.Embedding(data.n_items, c.factors)
        item_bias = torch.nn.Embedding(data.n_items, 1)
        for emb in (user_emb, item_emb):
            torch.nn.init.normal_(emb.weight, std=0.1)
        torch.nn.init.zeros_(item_bias.weight)
        params = [*user_emb.parameters(), *item_emb.parameters(), *item_bias.parameters()]
        optim = torch.optim.Adam(params, lr=c.learning_rate, weight_decay=c.reg)
        loss_fn = torch.nn.BCEWithLogitsLoss()

        def batch_loss(idx: np.ndarray) -> object:
            u = np.repeat(users[idx], 1 + c.negatives)
            grid = np.empty((len(idx), 1 + c.negatives), np.int64)
            grid[:, 0] = items[idx]
            grid[:, 1:] = rng.integers(0, data.n_items, size=(len(idx), c.negatives))
            i = grid.ravel()
            label = np.zeros((len(idx), 1 + c.negatives), np.float32)
            label[:, 0] = 1.0
            # a sampled "negative" the user did interact with is a positive
            label = np.maximum(label.ravel(), np.asarray(seen[u, i]).ravel().astype(np.float32))
            ut, it = torch.from_numpy(u), torch.from_numpy(i)
            logits = (user_emb(ut) * item_emb(it)).sum(dim=1) + item_bias(it).squeeze(1)
            return loss_fn(logits, torch.from_numpy(label))

        self.history = {"loss": [], "val_loss": []} if n_val else {"loss": []}
        for _ in range(c.epochs):
            perm = rng.permutation(train)
            total = 0.0
            for start in range(0, len(perm), c.batch_size):
                idx = perm[start : start + c.batch_size]
                optim.zero_grad()
                loss = batch_loss(idx)
                loss.backward()  # type: ignore[attr-defined]
                optim.step()
                total += float(loss.item()) * len(idx)  # type: ignore[attr-defined]
            self.history["loss"].append(total / max(len(perm), 1))
            if n_val:
                with torch.no_grad():
                    self.history["val_loss"].append(float(batch_loss(val).item()))  # type: ignore[attr-defined]
        self.user_factors = user_emb.weight.detach().numpy().copy()
        self.item_factors = item_emb.weight.detach().numpy().copy()
        self.item_bias = item_bias.weight.detach().numpy().ravel().copy()

    def _scores(self, users: np.ndarray) -> np.ndarray:
        return np.asarray(self.user_factors[users] @ self.item_factors.T + self.item_bias[None, :])

    def item_similarity(self, item: int) -> np.ndarray:
        return cosine_to(self.item_factors, item)

    def _fold_in(
        self, users: np.ndarray, rows: sp.csr_matrix, grew: int, sequences: Sequence[ArrayLike] | None
    ) -> None:
        """New users' embeddings: the mean embedding of their items (a cheap, stable fold-in)."""
        if grew > 0:
            extra = np.zeros((grew, self.user_factors.shape[1]), np.float32)
            self.user_factors = np.vstack([self.user_factors, extra])
        for n, u in enumerate(users):
            idx = rows[n].indices
            self.user_factors[u] = self.item_factors[idx].mean(axis=0) * 3.0 if len(idx) else 0.0

    def _user_axes(self) -> dict[str, int]:
        return {"user_factors": 0}

    def _state(self) -> dict[str, np.ndarray]:
        return {
            "user_factors": self.user_factors,
            "item_factors": self.item_factors,
            "item_bias": self.item_bias,
        }

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        self.user_factors, self.item_factors = state["user_factors"], state["item_factors"]
        self.item_bias = state["item_bias"]
