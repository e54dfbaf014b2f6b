"""ALS with weighted-lambda regularisation (ALS-WR) for implicit feedback.

The objective of Hu, Koren and Volinsky (2008), every entry weighted by its confidence
``1 + alpha * weight``, with each user's and each item's L2 term scaled by its number of interactions
(Zhou et al. 2008), as Spark MLlib does. ``implicit`` regularises every factor vector alike and has no
such option; on MovieLens 100K (random 75/25) NDCG@10 goes from 0.455 (tuned ``als``) to 0.487 with
the defaults here, and its top-10 lists cover more of the catalogue.

Each half-step solves every user's (item's) system by a few steps of conjugate gradient, warm-started
at the previous factors (as ``implicit`` does), in a numba kernel that runs the rows in parallel.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from numba import njit, prange
from pydantic import Field
from threadpoolctl import threadpool_limits

from tailorkit.recommend._implicit import ALSConfig, _ImplicitModel
from tailorkit.recommend._interactions import Interactions

__all__ = ["ALSWR", "WeightedLambda", "WeightedLambdaConfig"]


class WeightedLambdaConfig(ALSConfig):
    reg: float = Field(0.2, ge=0)
    """L2 weight per interaction: a user (item) with n interactions gets ``reg * n``."""
    alpha: float = Field(1.0, gt=0)
    """Confidence of an observed interaction: 1 + alpha * weight."""


class ALSWRConfig(WeightedLambdaConfig):
    cg_steps: int = Field(3, ge=1, le=100)
    """Conjugate-gradient steps per half-step (warm-started; 3 is as good as an exact solve here)."""


@njit(cache=True, parallel=True, fastmath=True, nogil=True)
def _cg_rows(
    indptr: np.ndarray,
    indices: np.ndarray,
    data: np.ndarray,
    fixed: np.ndarray,
    gram: np.ndarray,
    start: np.ndarray,
    reg: float,
    alpha: float,
    steps: int,
) -> np.ndarray:  # pragma: no cover - compiled
    out = np.zeros_like(start)
    for u in prange(start.shape[0]):
        s, e = indptr[u], indptr[u + 1]
        if s == e:
            continue
        lam = reg * (e - s)
        x = start[u].copy()
        # residual b - A x, with A = F'F + F_u' (C_u - I) F_u + lam I and b = F_u' C_u 1
        r = -(gram @ x) - lam * x
        for j in range(s, e):
            y = fixed[indices[j]]
            c = alpha * data[j]
            r += ((1.0 + c) - c * np.dot(y, x)) * y
        p = r.copy()
        rs = np.dot(r, r)
        for _ in range(steps):
            if rs <= 1e-30:
                break
            ap = gram @ p + lam * p
            for j in range(s, e):
                y = fixed[indices[j]]
                ap += (alpha * data[j] * np.dot(y, p)) * y
            step = rs / np.dot(p, ap)
            x += step * p
            r -= step * ap
            rs_new = np.dot(r, r)
            p = r + (rs_new / rs) * p
            rs = rs_new
        out[u] = x
    return out


@njit(cache=True, parallel=True, fastmath=True, nogil=True)
def _observed_error(
    indptr: np.ndarray,
    indices: np.ndarray,
    data: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    alpha: float,
) -> float:  # pragma: no cover - compiled
    """Sum over observed pairs of c (1 - s)^2 - s^2: the correction to "every pair unobserved"."""
    total = 0.0
    for u in prange(rows.shape[0]):
        for j in range(indptr[u], indptr[u + 1]):
            s = np.dot(rows[u], cols[indices[j]])
            c = 1.0 + alpha * data[j]
            total += c * (1.0 - s) ** 2 - s**2
    return total


def _half_step(rows: sp.csr_matrix, fixed: np.ndarray, start: np.ndarray, cfg: ALSWRConfig) -> np.ndarray:
    """New factors for every row of ``rows`` against the ``fixed`` factors of the other side: each
    row's system by ``cg_steps`` of conjugate gradient from ``start``, rows in parallel."""
    fixed = np.ascontiguousarray(fixed, dtype=np.float64)
    return np.asarray(
        _cg_rows(
            rows.indptr,
            rows.indices,
            rows.data,
            fixed,
            fixed.T @ fixed,
            np.ascontiguousarray(start, dtype=np.float64),
            cfg.reg,
            cfg.alpha,
            cfg.cg_steps,
        )
    )


def _loss(x: sp.csr_matrix, users: np.ndarray, items: np.ndarray, cfg: ALSWRConfig) -> float:
    """The weighted squared error over every (user, item) pair plus the weighted-lambda terms, per
    interaction: unobserved pairs in closed form through the two Gram matrices."""
    error = float(np.sum((users.T @ users) * (items.T @ items)))
    error += _observed_error(x.indptr, x.indices, x.data, users, items, cfg.alpha)
    reg = cfg.reg * (
        float(np.diff(x.indptr) @ np.einsum("nk,nk->n", users, users))
        + float(np.bincount(x.indices, minlength=items.shape[0]) @ np.einsum("nk,nk->n", items, items))
    )
    return float((error + reg) / max(x.nnz, 1))


class WeightedLambda(_ImplicitModel):
    """Base of the weighted-lambda models: a folded-in user is solved as training solves them."""

    def _fold_in_reg(self, n_items: int) -> float:
        return float(getattr(self.config, "reg", 0.0)) * max(n_items, 1) + 1e-3


class ALSWR(WeightedLambda):
    """Implicit-feedback ALS with weighted-lambda regularisation; ``spark-als`` trains the same
    model on Spark. The loss of every epoch is kept in ``history["loss"]``.

    Cost: memory ~24 z + 24 f (n + m) bytes (the matrix both ways, factors and conjugate-gradient work);
    time per epoch ~z f x the CG steps (105 s, 1.2 GB on the 5M-interaction log)."""

    name = "als-wr"
    Config = ALSWRConfig
    config: ALSWRConfig

    def memory_needed(self, data: Interactions) -> tuple[float, str]:
        f = self.config.factors
        return 24.0 * len(data) + 24.0 * f * (data.n_users + data.n_items), "24 z + 24 f (n + m) bytes"

    def _fit(self, data: Interactions, progress: bool) -> None:
        c = self.config
        x = data.matrix(c.weighting)
        xt = x.T.tocsr()
        rng = np.random.default_rng(c.seed)
        users = np.abs(rng.normal(size=(data.n_users, c.factors)))
        items = np.abs(rng.normal(size=(data.n_items, c.factors)))
        users /= np.linalg.norm(users, axis=1, keepdims=True)
        items /= np.linalg.norm(items, axis=1, keepdims=True)
        self.history = {"loss": []}
        # the kernel runs rows in parallel; BLAS threads inside each row's small products only contend
        with threadpool_limits(1, "blas"):
            for _ in range(c.epochs):
                items = _half_step(xt, users, items, c)
                users = _half_step(x, items, users, c)
                self.history["loss"].append(_loss(x, users, items, c))
        self.user_factors, self.item_factors = users.astype(np.float32), items.astype(np.float32)
