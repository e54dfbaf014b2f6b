"""I-AutoRec (Sedhain et al., 2015): an item-based autoencoder for explicit ratings, in PyTorch.

Each item is the vector of the ratings its users gave (zero where unrated). One hidden sigmoid layer
encodes it and a linear layer reconstructs every user's rating of it; the loss counts only observed
ratings, plus L2 on both weight matrices. A user's predicted rating of an item is that user's output
of the item's reconstruction. Training is mini-batch Adam with a one-cycle learning-rate schedule,
which reaches the accuracy of a long constant-rate run in a quarter of the epochs.

What is kept after training is small: each item's hidden code (``n_items x hidden``) and the decoder
(a weight row and a bias per user), so ``predict`` is one dot product per pair. New users are folded
in by fitting their decoder row to their items by ridge regression against the fixed codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike
from pydantic import Field

from tailorkit.recommend._base import Recommender, RecommenderConfig, cosine_to, held_out
from tailorkit.recommend._interactions import Interactions
from tailorkit.recommend._neural import _torch

__all__ = ["AutoRec"]


class AutoRecConfig(RecommenderConfig):
    hidden: int = Field(500, ge=1, le=10_000)
    reg: float = Field(300.0, ge=0)
    """L2 on the encoder and decoder weights (the paper's lambda; the data term sums squared errors)."""
    epochs: int = Field(100, ge=1, le=10_000)
    learning_rate: float = Field(5e-3, gt=0)
    """The peak of the one-cycle schedule."""
    batch_size: int = Field(256, ge=1, le=1_000_000)
    """Items per step."""
    validation_fraction: float = Field(0.0, ge=0, lt=1)
    """Ratings held back (at random) to draw a validation curve; 0 trains on all."""
    fold_in_reg: float = Field(1.0, gt=0)
    """Ridge penalty per rating when fitting a new user's decoder row."""
    seed: int = Field(0, ge=0, le=2**32 - 1)


class AutoRec(Recommender):
    """Item-based AutoRec: ``predict`` gives ratings, ``recommend`` ranks by predicted rating.

    Cost: memory ~8 m n + 16 h (n + m) bytes (each item's ratings as a dense row of n users, and its
    mask); time ~epochs x m x n x h. Fine at MovieLens sizes, refused past the machine's memory."""

    name = "autorec"
    Config = AutoRecConfig
    config: AutoRecConfig
    instead = "use mf (memory linear in the ratings), or sample the users"

    def memory_needed(self, data: Interactions) -> tuple[float, str]:
        h = self.config.hidden
        return 8.0 * data.n_items * data.n_users + 16.0 * h * (data.n_users + data.n_items), (
            "8 m n + 16 h (n + m) bytes: every item's ratings as a dense row"
        )

    def _fit(self, data: Interactions, progress: bool) -> None:
        torch = _torch()
        c = self.config
        torch.manual_seed(c.seed)
        log = data.log
        users = log["user"].to_numpy(np.int64)
        items = log["item"].to_numpy(np.int64)
        ratings = log["value"].to_numpy(np.float32)
        self.low, self.high = float(ratings.min()), float(ratings.max())
        keep = ~held_out(len(log), c.validation_fraction, c.seed)
        n_users, n_items = data.n_users, data.n_items
        r = torch.zeros(n_items, n_users)
        mask = torch.zeros(n_items, n_users)
        r[items[keep], users[keep]] = torch.from_numpy(ratings[keep])
        mask[items[keep], users[keep]] = 1.0
        encoder = torch.nn.Linear(n_users, c.hidden)
        decoder = torch.nn.Linear(c.hidden, n_users)
        params = [*encoder.parameters(), *decoder.parameters()]
        steps_per_epoch = -(-n_items // c.batch_size)
        opt = torch.optim.Adam(params, lr=c.learning_rate)
        schedule = torch.optim.lr_scheduler.OneCycleLR(
            opt, max_lr=c.learning_rate, total_steps=c.epochs * steps_per_epoch
        )
        generator = torch.Generator().manual_seed(c.seed)
        losses: list[float] = []
        val_curve: list[float] = []
        val_u, val_i = users[~keep], items[~keep]
        for _ in range(c.epochs):
            total = 0.0
            for batch in torch.randperm(n_items, generator=generator).split(c.batch_size):
                out = decoder(torch.sigmoid(encoder(r[batch])))
                sq = (((out - r[batch]) * mask[batch]) ** 2).sum()
                l2 = encoder.weight.pow(2).sum() + decoder.weight.pow(2).sum()
                loss = sq + c.reg / 2 * l2 * len(batch) / n_items
                opt.zero_grad()
                loss.backward()
                opt.step()
                schedule.step()
                total += float(sq.detach())
            losses.append(float(np.sqrt(total / max(int(keep.sum()), 1))))
            if len(val_u):
                with torch.no_grad():
                    codes = torch.sigmoid(encoder(r[torch.from_numpy(val_i)]))
                    w = decoder.weight[torch.from_numpy(val_u)]
                    pred = (codes * w).sum(1) + decoder.bias[torch.from_numpy(val_u)]
                err = self._clip(pred.numpy()) - ratings[~keep]
                val_curve.append(float(np.sqrt(np.mean(err**2))))
        with torch.no_grad():
            self.codes = torch.sigmoid(encoder(r)).numpy().astype(np.float32)
            self.weight = decoder.weight.numpy().astype(np.float32).copy()
            self.bias = decoder.bias.numpy().astype(np.float32).copy()
        self.history = {"loss": losses}
        if val_curve:
            self.history["val_rmse"] = val_curve

    def _clip(self, r: np.ndarray) -> np.ndarray:
        return np.asarray(np.clip(r, self.low, self.high))

    predicts_ratings = True

    def predict(self, users: ArrayLike, items: ArrayLike, timestamps: ArrayLike | None = None) -> np.ndarray:
        """Predicted ratings for (user, item) index pairs, clipped to the training range
        (``timestamps`` is accepted for a common rating-model signature and not used)."""
        u = self._check_users(users)
        i = self._check_items(items)
        if len(u) != len(i):
            raise ValueError("users and items must have the same length")
        raw = np.einsum("nk,nk->n", self.codes[i], self.weight[u]) + self.bias[u]
        return self._clip(raw.astype(np.float64))

    def _scores(self, users: np.ndarray) -> np.ndarray:
        return np.asarray(self.weight[users] @ self.codes.T + self.bias[users, None])

    def item_similarity(self, item: int) -> np.ndarray:
        return cosine_to(self.codes, item)

    def _fold_in(
        self, users: np.ndarray, rows: sp.csr_matrix, grew: int, sequences: Sequence[ArrayLike] | None
    ) -> None:
        """Fit each user's decoder row and bias to their items (taken as liked) by ridge regression."""
        k = self.codes.shape[1]
        if grew > 0:
            self.weight = np.vstack([self.weight, np.zeros((grew, k), np.float32)])
            self.bias = np.concatenate([self.bias, np.zeros(grew, np.float32)])
        for n, u in enumerate(users):
            idx = rows[n].indices
            x = np.hstack([np.ones((len(idx), 1)), self.codes[idx].astype(np.float64)])
            penalty = self.config.fold_in_reg * max(len(idx), 1) * np.eye(k + 1)
            w = np.linalg.solve(x.T @ x + penalty, x.T @ np.full(len(idx), self.high))
            self.bias[u], self.weight[u] = w[0], w[1:]

    def _user_axes(self) -> dict[str, int]:
        return {"weight": 0, "bias": 0}

    def _state(self) -> dict[str, np.ndarray]:
        return {
            "codes": self.codes,
            "weight": self.weight,
            "bias": self.bias,
            "scalars": np.array([self.low, self.high]),
        }

    def _set_state(self, state: dict[str, Any]) -> None:
        self.codes, self.weight, self.bias = state["codes"], state["weight"], state["bias"]
        self.low, self.high = (float(v) for v in state["scalars"])
