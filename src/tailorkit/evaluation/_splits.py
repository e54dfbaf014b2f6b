"""Train/test splits of an interaction log. Every split keeps the user and item index spaces."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from tailorkit.errors import InputError
from tailorkit.recommend import Interactions

__all__ = [
    "Split",
    "cold_items_split",
    "global_time_split",
    "leave_last_out",
    "ml100k_folds",
    "random_holdout",
    "time_split",
    "validation_split",
]


@dataclass(frozen=True)
class Split:
    name: str
    train: Interactions
    test: Interactions


def random_holdout(data: Interactions, test_ratio: float = 0.25, *, seed: int = 42, name: str = "") -> Split:
    """Per user, a random ``test_ratio`` of their interactions (rounded, at least one kept for training)."""
    if not 0 < test_ratio < 1:
        raise InputError(f"test_ratio must be between 0 and 1, not {test_ratio}")
    rng = np.random.default_rng(seed)
    log = data.log
    order = rng.permutation(len(log))
    shuffled = log.iloc[order]
    rank = shuffled.groupby("user").cumcount().to_numpy()
    size = shuffled.groupby("user")["user"].transform("size").to_numpy()
    n_test = np.minimum(np.round(size * test_ratio).astype(int), size - 1)
    is_test = rank < n_test
    return Split(
        name or f"random-{round((1 - test_ratio) * 100)}-{round(test_ratio * 100)}-seed{seed}",
        data.with_log(shuffled[~is_test].sort_index()),
        data.with_log(shuffled[is_test].sort_index()),
    )


VALIDATION_USERS = 10_000
"""Most users whose held-back interactions score a tuning candidate (a seeded sample past it): scoring
ranks every item for every validation user, so on large logs it would cost more than the fit, while the
mean NDCG over 10,000 users is already steady to about +-0.003."""


def validation_split(train: Interactions, fraction: float, seed: int) -> Split:
    """A random ``fraction`` of each user's interactions held back from ``train`` to score candidates on,
    scored for at most ``VALIDATION_USERS`` users (the models still fit on every user's remaining ones)."""
    split = random_holdout(train, fraction, seed=seed)
    users = split.test.log["user"].unique()
    if len(users) <= VALIDATION_USERS:
        return split
    chosen = np.random.default_rng(seed).choice(users, VALIDATION_USERS, replace=False)
    log = split.test.log
    return Split(split.name, split.train, split.test.with_log(log[log["user"].isin(chosen)]))


def leave_last_out(data: Interactions, n: int = 1) -> Split:
    """Per user, the last ``n`` interactions by time (users with no more than ``n`` stay in training)."""
    log = data.log.sort_values(["user", "ts"], kind="stable")
    from_end = log.groupby("user").cumcount(ascending=False).to_numpy()
    size = log.groupby("user")["user"].transform("size").to_numpy()
    is_test = (from_end < n) & (size > n)
    return Split(f"leave-last-{n}-out", data.with_log(log[~is_test]), data.with_log(log[is_test]))


def global_time_split(data: Interactions, test_ratio: float = 0.2) -> Split:
    """Everything after the time that leaves ``test_ratio`` of the log for testing."""
    cut = float(np.quantile(data.log["ts"], 1 - test_ratio))
    is_test = (data.log["ts"] > cut).to_numpy()
    return Split(f"time-cut-{cut:.0f}", data.with_log(data.log[~is_test]), data.with_log(data.log[is_test]))


def time_split(data: Interactions, before: float) -> Split:
    """Train on what happened before ``before`` (epoch seconds), test on what came after: as a model
    trained on a date and served from then on. Test events of users or items the training side never
    saw are left out (nothing learned could rank them)."""
    log = data.log
    early = (log["ts"] < before).to_numpy()
    train = log[early]
    later = log[~early]
    later = later[later["user"].isin(train["user"].unique()) & later["item"].isin(train["item"].unique())]
    if train.empty or later.empty:
        raise InputError(
            f"nothing to {'train on' if train.empty else 'test on'} with the cut at {before:.0f}: "
            f"events span {log['ts'].min():.0f} .. {log['ts'].max():.0f} (epoch seconds)"
        )
    return Split(f"time-before-{before:.0f}", data.with_log(train), data.with_log(later))


def ml100k_folds(data: Interactions, folder: Path) -> Iterator[Split]:
    """The official MovieLens 100K folds u1..u5 (``u{k}.base`` / ``u{k}.test``) over ``data``'s ids."""
    for k in range(1, 6):
        parts = []
        for suffix in ("base", "test"):
            path = Path(folder) / f"u{k}.{suffix}"
            if not path.is_file():
                raise InputError(f"{path}: not found (the ML-100K folder has u1.base ... u5.test)")
            frame = pd.read_csv(path, sep="\t", header=None, names=["user", "item", "value", "ts"], dtype=str)
            log = pd.DataFrame(
                {
                    "user": data.user_index(frame["user"].to_numpy()).astype(np.int32),
                    "item": data.item_index(frame["item"].to_numpy()).astype(np.int32),
                    "value": frame["value"].astype(np.float32).to_numpy(),
                    "ts": frame["ts"].astype(np.float64).to_numpy(),
                }
            )
            parts.append(data.with_log(log))
        yield Split(f"u{k}", parts[0], parts[1])


def cold_items_split(data: Interactions, item_ratio: float = 0.1, *, seed: int = 42) -> Split:
    """Hide every interaction of a random ``item_ratio`` of the items: they are new to the model."""
    rng = np.random.default_rng(seed)
    active = np.unique(data.log["item"].to_numpy())
    cold = rng.choice(active, size=max(1, int(len(active) * item_ratio)), replace=False)
    is_test = np.isin(data.log["item"].to_numpy(), cold)
    return Split(
        f"cold-items-{item_ratio:g}-seed{seed}",
        data.with_log(data.log[~is_test]),
        data.with_log(data.log[is_test]),
    )
