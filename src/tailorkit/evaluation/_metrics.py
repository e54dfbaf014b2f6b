"""Ranking and rating metrics, computed per user over a full ranking of all unseen items."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["beyond_accuracy", "ranking_metrics", "rating_metrics"]


def ranking_metrics(ids: np.ndarray, relevant: sp.csr_matrix, users: np.ndarray, k: int) -> pd.DataFrame:
    """Per-user Precision, Recall, NDCG, MAP, MRR and HitRate at ``k``.

    Args:
        ids: ``(len(users), >=k)`` recommended item indices, best first (``-1`` for none).
        relevant: users x items matrix whose nonzeros are each user's relevant (test) items.
        users: the user index of each row of ``ids``.
        k: the cut-off.
    """
    top = ids[:, :k]
    rel = relevant[users]
    n_rel = np.diff(rel.indptr)
    hits = np.zeros(top.shape, dtype=bool)
    for r in range(len(users)):
        row = rel.indices[rel.indptr[r] : rel.indptr[r + 1]]
        hits[r] = np.isin(top[r], row)
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    dcg = (hits * discounts).sum(axis=1)
    ideal = np.array([discounts[: min(int(m), k)].sum() for m in n_rel])
    n_hits = hits.sum(axis=1)
    cum_hits = np.cumsum(hits, axis=1)
    precision_at = cum_hits / np.arange(1, k + 1)
    ap = (precision_at * hits).sum(axis=1) / np.maximum(np.minimum(n_rel, k), 1)
    first = np.where(hits.any(axis=1), hits.argmax(axis=1) + 1, 0)
    return pd.DataFrame(
        {
            "user": users,
            f"precision@{k}": n_hits / k,
            f"recall@{k}": np.divide(n_hits, n_rel, out=np.zeros(len(users)), where=n_rel > 0),
            f"ndcg@{k}": np.divide(dcg, ideal, out=np.zeros(len(users)), where=ideal > 0),
            f"map@{k}": ap,
            f"mrr@{k}": np.divide(1.0, first, out=np.zeros(len(users)), where=first > 0),
            f"hitrate@{k}": (n_hits > 0).astype(float),
        }
    )


def beyond_accuracy(ids: np.ndarray, train: sp.csr_matrix, k: int) -> dict[str, float]:
    """Catalogue coverage, novelty (mean self-information of recommended items) and popularity bias
    (mean training popularity of recommended items relative to the catalogue mean)."""
    top = ids[:, :k]
    top = top[top >= 0]
    n_users, n_items = train.shape
    pop = np.asarray((train > 0).sum(axis=0)).ravel().astype(float)
    p = np.clip(pop / max(n_users, 1), 1e-12, 1.0)
    return {
        f"coverage@{k}": len(np.unique(top)) / n_items if n_items else 0.0,
        f"novelty@{k}": float(np.mean(-np.log2(p[top]))) if len(top) else 0.0,
        f"popularity_bias@{k}": float(pop[top].mean() / max(pop.mean(), 1e-12)) if len(top) else 0.0,
    }


def rating_metrics(predicted: np.ndarray, actual: np.ndarray) -> dict[str, float]:
    err = np.asarray(predicted, float) - np.asarray(actual, float)
    return {"rmse": float(np.sqrt(np.mean(err**2))), "mae": float(np.mean(np.abs(err)))}
