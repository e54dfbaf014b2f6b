"""The ``Recommender`` contract and what every algorithm shares: top-n, seen-item masks, persistence."""

from __future__ import annotations

import json
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Self

import numpy as np
import pandas as pd
import scipy.sparse as sp
from numpy.typing import ArrayLike
from pydantic import BaseModel, ConfigDict, ValidationError

from tailorkit.errors import InputError, NotFoundError
from tailorkit.recommend._interactions import Interactions

__all__ = [
    "Explanation",
    "Recommender",
    "RecommenderConfig",
    "cosine_to",
    "held_out",
    "physical_memory",
    "standardise",
    "top_n",
]


def physical_memory() -> float:
    """Bytes of RAM on this machine (a generous guess where the system does not say)."""
    try:
        return float(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return 64.0 * 2**30


class RecommenderConfig(BaseModel):
    """Hyperparameters shared by name across algorithms (``factors``, ``epochs``, ``reg``, ``seed`` ...)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class Explanation:
    """Why ``item`` scores what it does for ``user``.

    Attributes:
        user, item: indices.
        score: the model's score.
        because: the user's own items (index, weight) that drove the score most, strongest first.
        features: item features (name, weight) that drove it (content models).
        note: a short phrase for models whose score is not about the user's items (popularity).
    """

    user: int
    item: int
    score: float
    because: list[tuple[int, float]] = field(default_factory=list)
    features: list[tuple[str, float]] = field(default_factory=list)
    note: str = ""


def cosine_to(vectors: np.ndarray, row: int) -> np.ndarray:
    """Cosine similarity of every row of ``vectors`` to row ``row`` (e.g. item factors)."""
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(vectors[row]) + 1e-9
    return np.asarray(vectors @ vectors[row] / norms, dtype=np.float64)


def held_out(n: int, fraction: float, seed: int, *, at_least: int = 0) -> np.ndarray:
    """A boolean mask over ``n`` log rows marking a random ``fraction`` of them (at least ``at_least``
    when ``fraction`` is above 0): the ratings a model holds back to validate on."""
    mask = np.zeros(n, bool)
    if fraction > 0:
        mask[np.random.default_rng(seed).permutation(n)[: max(int(n * fraction), at_least)]] = True
    return mask


def standardise(scores: np.ndarray) -> np.ndarray:
    """Each row of ``scores`` to mean 0 and standard deviation 1 (to blend models' scores)."""
    scores = np.asarray(scores, dtype=np.float64)
    mean = scores.mean(axis=1, keepdims=True)
    std = scores.std(axis=1, keepdims=True) + 1e-9
    return np.asarray((scores - mean) / std)


def top_n(scores: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The n best columns of each row, best first (``-inf`` scores are never returned as real ones)."""
    n = min(n, scores.shape[1])
    if n <= 0:
        return np.zeros((scores.shape[0], 0), np.int64), np.zeros((scores.shape[0], 0), np.float32)
    part = np.argpartition(-scores, n - 1, axis=1)[:, :n]
    part_scores = np.take_along_axis(scores, part, axis=1)
    order = np.argsort(-part_scores, axis=1, kind="stable")
    ids = np.take_along_axis(part, order, axis=1)
    return ids, np.take_along_axis(part_scores, order, axis=1).astype(np.float32)


class Recommender(ABC):
    """Base of every algorithm. Subclasses set ``name`` and ``Config`` and implement ``_fit`` and
    ``_scores``; they may override ``explain``, ``partial_fit_users`` and the state hooks.

    Users and items are indices into the ``Interactions`` the model was fitted on; ``recommend`` is
    batch-first like ``implicit``: ``recommend(users, n) -> (ids, scores)`` of shape ``(len(users), n)``.
    """

    name: ClassVar[str] = ""
    Config: ClassVar[type[RecommenderConfig]] = RecommenderConfig
    instead: ClassVar[str] = "sample the log, or use als or als-wr (memory linear in users and items)"
    """What to do when a log is too large for the algorithm (named when ``fit`` refuses)."""

    def __init__(self, config: RecommenderConfig | None = None, **overrides: Any) -> None:
        try:
            base = config.model_dump() if config is not None else {}
            self.config = self.Config(**{**base, **overrides})
        except ValidationError as exc:
            first = exc.errors()[0]
            raise InputError(f"{self.name}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
        self.user_items: sp.csr_matrix | None = None
        self.item_ids: np.ndarray | None = None
        self.user_ids: np.ndarray | None = None
        self.fit_seconds = 0.0
        self.history: dict[str, list[float]] = {}
        """Training curves (e.g. ``loss``, ``val_loss``) per epoch, where the algorithm has them."""

    # -- to implement -----------------------------------------------------------------------------

    @abstractmethod
    def _fit(self, data: Interactions, progress: bool) -> None: ...

    def memory_needed(self, data: Interactions) -> tuple[float, str]:
        """Bytes the fit needs at its peak for ``data``, roughly, and the formula in users (n), items (m)
        and interactions (z) that gives them; ``fit`` refuses past three quarters of the machine's memory.
        The default: the training matrix and one float per user and item."""
        return 12.0 * len(data) + 8.0 * (data.n_users + data.n_items), "12 z + 8 (n + m) bytes"

    @abstractmethod
    def _scores(self, users: np.ndarray) -> np.ndarray:
        """Dense scores, shape ``(len(users), n_items)``; higher is better."""

    # -- the contract -------------------------------------------------------------------------------

    def fit(self, data: Interactions, *, progress: bool = False) -> Self:
        """Train on ``data``; returns self."""
        if len(data) == 0:
            raise InputError(f"{self.name}: cannot fit on an empty interaction log")
        need, formula = self.memory_needed(data)
        have = 0.75 * physical_memory()
        if need > have:
            raise InputError(
                f"{self.name}: {data.n_users:,} users x {data.n_items:,} items ({len(data):,} interactions) "
                f"need about {need / 2**30:.1f} GiB ({formula}), more than three quarters of this "
                f"machine's memory ({have / 2**30:.1f} GiB); {self.instead}"
            )
        start = time.perf_counter()
        self._attach(data)
        self._fit(data, progress)
        self.fit_seconds = time.perf_counter() - start
        return self

    def _attach(self, data: Interactions) -> None:
        """Take the users' seen items and both id maps from the data the model is fitted on."""
        self.user_items = data.seen.tocsr()
        self.user_ids, self.item_ids = data.user_ids, data.item_ids

    @property
    def fitted(self) -> bool:
        return self.user_items is not None

    @property
    def n_items(self) -> int:
        return 0 if self.user_items is None else int(self.user_items.shape[1])

    @property
    def n_users(self) -> int:
        return 0 if self.user_items is None else int(self.user_items.shape[0])

    def _check_users(self, users: ArrayLike) -> np.ndarray:
        if not self.fitted:
            raise InputError(f"{self.name}: call fit() first")
        return self._check_indices(users, self.n_users, "user")

    def _check_items(self, items: ArrayLike) -> np.ndarray:
        return self._check_indices(items, self.n_items, "item")

    def _check_indices(self, values: ArrayLike, size: int, what: str) -> np.ndarray:
        arr = np.atleast_1d(np.asarray(values))
        if arr.ndim != 1 or not np.issubdtype(arr.dtype, np.integer):
            raise InputError(f"{self.name}: {what}s must be a 1-d array of {what} indices")
        if len(arr) and (arr.min() < 0 or arr.max() >= size):
            bad = int(arr[(arr < 0) | (arr >= size)][0])
            raise NotFoundError(f"{self.name}: {what} index {bad} is outside 0..{size - 1}")
        return arr.astype(np.int64)

    def recommend(
        self,
        users: ArrayLike,
        n: int = 10,
        *,
        exclude_seen: bool = True,
        candidates: ArrayLike | None = None,
        batch_size: int = 1024,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The top ``n`` items for each user.

        Args:
            users: user indices.
            n: how many items per user.
            exclude_seen: leave out items the user has interacted with.
            candidates: rank only these item indices.
            batch_size: users scored at once (memory: ``batch_size x n_items`` floats).

        Returns:
            ``(ids, scores)``, each ``(len(users), n)``, best first. Where fewer than ``n`` items are
            eligible, the rest of a row is ``-1`` with score ``-inf``.
        """
        if not isinstance(n, int | np.integer) or n < 1:
            raise InputError(f"{self.name}: n must be a positive integer, not {n!r}")
        users = self._check_users(users)
        cand = self._check_items(candidates) if candidates is not None else None
        out_ids = np.full((len(users), n), -1, np.int64)
        out_scores = np.full((len(users), n), -np.inf, np.float32)
        assert self.user_items is not None
        for start in range(0, len(users), batch_size):
            batch = users[start : start + batch_size]
            scores = np.asarray(self._scores(batch), dtype=np.float32).copy()
            if exclude_seen:
                seen = self.user_items[batch]
                rows = np.repeat(np.arange(len(batch)), np.diff(seen.indptr))
                scores[rows, seen.indices] = -np.inf
            if cand is not None:
                scores = scores[:, cand]
            ids, top = top_n(scores, n)
            if cand is not None:
                ids = cand[ids]
            ids = np.where(np.isneginf(top), -1, ids)
            out_ids[start : start + len(batch), : ids.shape[1]] = ids
            out_scores[start : start + len(batch), : ids.shape[1]] = top
        return out_ids, out_scores

    def score(self, user: int, items: ArrayLike) -> np.ndarray:
        """The model's scores of ``items`` for one user."""
        users = self._check_users([user])
        return np.asarray(self._scores(users)[0, self._check_items(items)], dtype=np.float32)

    def explain(self, user: int, item: int, k: int = 5) -> Explanation:
        """Which of the user's items drove ``item``'s score (default: by item-item similarity)."""
        users = self._check_users([user])
        item = int(self._check_items([item])[0])
        score = float(self._scores(users)[0, item])
        sims = self.item_similarity(item)
        assert self.user_items is not None
        row = self.user_items[users[0]]
        weights = sims[row.indices] * row.data
        order = np.argsort(-weights)[:k]
        return Explanation(
            int(users[0]),
            item,
            score,
            [(int(row.indices[i]), float(weights[i])) for i in order if weights[i] > 0],
        )

    def item_similarity(self, item: int) -> np.ndarray:
        """Similarity of ``item`` to every item (default: cosine of the item columns)."""
        assert self.user_items is not None
        x = self.user_items
        col = x[:, item].toarray().ravel()
        dots = np.asarray(x.T @ col).ravel()
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=0)).ravel()) * np.sqrt(col @ col)
        return np.asarray(np.divide(dots, norms, out=np.zeros_like(dots, dtype=np.float64), where=norms > 0))

    def similar_items(self, items: ArrayLike, n: int = 10) -> tuple[np.ndarray, np.ndarray]:
        """The ``n`` most similar items to each of ``items`` (itself excluded)."""
        items = self._check_items(items)
        sims = np.stack([self.item_similarity(int(i)) for i in items]).astype(np.float32)
        sims[np.arange(len(items)), items] = -np.inf
        return top_n(sims, n)

    @property
    def predicts_ratings(self) -> bool:
        """Whether ``predict(users, items, timestamps=None)`` gives ratings (explicit-rating models)."""
        return False

    def predict(self, users: ArrayLike, items: ArrayLike, timestamps: ArrayLike | None = None) -> np.ndarray:
        """Predicted ratings for (user, item) index pairs; only models with ``predicts_ratings``."""
        raise InputError(f"{self.name}: this model ranks items and does not predict ratings")

    def predict_log(self, log: pd.DataFrame) -> np.ndarray:
        """Predicted ratings for the (user, item) rows of an interaction log, with their times where
        the log has them (for models with time effects, such as a day bias)."""
        times = log["ts"].to_numpy() if "ts" in log else None
        return self.predict(log["user"].to_numpy(), log["item"].to_numpy(), times)

    def partial_fit_users(
        self, users: ArrayLike, user_items: sp.spmatrix, *, sequences: Sequence[ArrayLike] | None = None
    ) -> Self:
        """Give new or changed users (rows of ``user_items``) recommendations without a full retrain.

        ``users`` may be indices beyond the fitted ones: the user space grows to hold them.
        ``sequences``: per user, their item indices in time order (oldest first), for the models that
        read order (sequential ones); the others need only ``user_items``.
        """
        if not self.fitted:
            raise InputError(f"{self.name}: call fit() first")
        users_arr = np.atleast_1d(np.asarray(users)).astype(np.int64)
        rows = sp.csr_matrix(user_items, dtype=np.float32)
        if rows.shape != (len(users_arr), self.n_items):
            raise InputError(f"{self.name}: user_items must have shape ({len(users_arr)}, {self.n_items})")
        rows.data[:] = 1.0
        assert self.user_items is not None
        grow = int(users_arr.max()) + 1 - self.n_users if len(users_arr) else 0
        x = self.user_items.tolil()
        if grow > 0:
            x.resize((self.n_users + grow, self.n_items))
        x[users_arr] = rows
        self.user_items = x.tocsr()
        self._fold_in(users_arr, rows, grow, sequences)
        return self

    def _fold_in(  # noqa: B027
        self, users: np.ndarray, rows: sp.csr_matrix, grew: int, sequences: Sequence[ArrayLike] | None
    ) -> None:
        """Update user-specific parameters (models that have none need do nothing); ``sequences`` as
        ``partial_fit_users`` got them (None: not given)."""

    # -- persistence (npz, never pickle) -----------------------------------------------------------

    def _state(self) -> dict[str, np.ndarray]:
        """Learned arrays to save."""
        return {}

    def _set_state(self, state: dict[str, np.ndarray]) -> None:  # noqa: B027
        """Restore learned arrays."""

    def _user_axes(self) -> dict[str, int]:
        """Learned arrays (names in ``_state``) that hold a row per user, with the axis of that row."""
        return {}

    def forget_users(self, user_ids: Sequence[str]) -> int:
        """Remove what the model keeps of these users (their id, training row and learned rows), so a
        saved model no longer holds them; they are served as unknown users until the next training.
        Returns how many were found."""
        assert self.user_ids is not None and self.user_items is not None
        wanted = {str(u) for u in user_ids}
        rows = [i for i, u in enumerate(self.user_ids) if str(u) in wanted]
        if not rows:
            return 0
        x = self.user_items.tolil()
        state = self._state()
        for r in rows:
            self.user_ids[r] = ""
            x.rows[r], x.data[r] = [], []
            for name, axis in self._user_axes().items():
                index: list[Any] = [slice(None)] * state[name].ndim
                index[axis] = r
                state[name][tuple(index)] = 0
        self.user_items = x.tocsr()
        self._set_state(state)
        return len(rows)

    def save(self, path: Path | str) -> Path:
        """Write the model to ``path`` (an ``.npz``): config, learned arrays, the training matrix, ids."""
        if not self.fitted:
            raise InputError(f"{self.name}: nothing to save before fit()")
        assert self.user_items is not None and self.item_ids is not None and self.user_ids is not None
        path = Path(path)
        x = self.user_items
        arrays = {f"state_{k}": v for k, v in self._state().items()}
        meta = {
            "algorithm": self.name,
            "config": self.config.model_dump(mode="json"),
            "fit_seconds": self.fit_seconds,
            "history": self.history,
        }
        arrays.update(
            meta=np.array(json.dumps(meta)),
            ui_indptr=x.indptr,
            ui_indices=x.indices,
            ui_shape=np.array(x.shape),
            user_ids=np.array([str(u) for u in self.user_ids]),
            item_ids=np.array([str(i) for i in self.item_ids]),
        )
        np.savez(path, allow_pickle=False, **arrays)
        return path if path.suffix == ".npz" else path.with_name(path.name + ".npz")

    @classmethod
    def load(cls, path: Path | str) -> Recommender:
        """Read a model written by ``save`` (the algorithm is looked up in the registry)."""
        from tailorkit.recommend._registry import get_recommender

        with np.load(Path(path), allow_pickle=False) as f:
            meta = json.loads(str(f["meta"]))
            algo = get_recommender(meta["algorithm"])
            if cls is not Recommender and not issubclass(algo, cls):
                raise InputError(f"{path} holds a {meta['algorithm']!r} model, not {cls.name!r}")
            model = algo(**meta["config"])
            shape = tuple(int(s) for s in f["ui_shape"])
            indptr, indices = f["ui_indptr"], f["ui_indices"]
            model.user_items = sp.csr_matrix(
                (np.ones(len(indices), np.float32), indices, indptr), shape=shape
            )
            model.user_ids = f["user_ids"].astype(object)
            model.item_ids = f["item_ids"].astype(object)
            model.fit_seconds = float(meta.get("fit_seconds", 0.0))
            model.history = meta.get("history", {})
            model._set_state({k[len("state_") :]: f[k] for k in f.files if k.startswith("state_")})
        return model
