"""``Interactions``: the user x item matrix every recommender trains on, with id maps both ways."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp

from tailorkit.errors import InputError

if TYPE_CHECKING:
    from tailorkit.store import Store

__all__ = ["Interactions"]

Weighting = Literal["value", "binary"]


@dataclass(frozen=True, eq=False)
class Interactions:
    """An interaction log over fixed user and item index spaces.

    Attributes:
        log: one row per interaction: ``user`` and ``item`` (int indices), ``value`` (float), ``ts``.
        user_ids: external id of each user index.
        item_ids: external id of each item index.
        items: optional item side data indexed like ``item_ids`` (``title``, ``text``, ``tags`` ...).
        users: optional user side data indexed like ``user_ids`` (attributes such as gender, age).
    """

    log: pd.DataFrame
    user_ids: np.ndarray
    item_ids: np.ndarray
    items: pd.DataFrame | None = None
    users: pd.DataFrame | None = None
    _index: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        *,
        user: str = "user",
        item: str = "item",
        value: str | None = "value",
        ts: str | None = "ts",
        items: pd.DataFrame | None = None,
        users: pd.DataFrame | None = None,
        item_ids: Sequence[str] | None = None,
    ) -> Interactions:
        """Build from a frame of external ids; duplicates of a (user, item) pair keep the last value.

        Args:
            frame: the log.
            user, item, value, ts: its column names (``value``/``ts`` may be None: 1.0 / 0.0).
            items: item side data with an ``item`` column (external ids); its items join the index
                space even without interactions (cold-start items).
            users: user side data with a ``user`` column.
            item_ids: a fixed item index space to use (e.g. a catalogue).
        """
        for col in (user, item):
            if col not in frame.columns:
                raise InputError(
                    f"interactions need a {col!r} column; columns are: {', '.join(frame.columns)}"
                )
        f = pd.DataFrame(
            {
                "user": frame[user].astype(str).to_numpy(),
                "item": frame[item].astype(str).to_numpy(),
                "value": frame[value].astype(float).to_numpy() if value else 1.0,
                "ts": frame[ts].astype(float).to_numpy() if ts else 0.0,
            }
        )
        f = f.sort_values("ts", kind="stable").drop_duplicates(["user", "item"], keep="last")
        uids = np.array(
            sorted(set(f["user"]) | (set(users["user"].astype(str)) if users is not None else set())),
            dtype=object,
        )
        known_items = set(f["item"])
        if items is not None:
            known_items |= set(items["item"].astype(str))
        iids = np.array(list(item_ids) if item_ids is not None else sorted(known_items), dtype=object)
        umap = {u: i for i, u in enumerate(uids)}
        imap = {it: i for i, it in enumerate(iids)}
        missing = set(f["item"]) - imap.keys()
        if missing:
            raise InputError(
                f"{len(missing)} items are not in the given item index, e.g. {sorted(missing)[0]!r}"
            )
        log = pd.DataFrame(
            {
                "user": f["user"].map(umap).to_numpy(np.int32),
                "item": f["item"].map(imap).to_numpy(np.int32),
                "value": f["value"].to_numpy(np.float32),
                "ts": f["ts"].to_numpy(np.float64),
            }
        ).reset_index(drop=True)
        side_items = None
        if items is not None:
            side_items = items.assign(item=items["item"].astype(str)).set_index("item").reindex(iids)
        side_users = None
        if users is not None:
            side_users = users.assign(user=users["user"].astype(str)).set_index("user").reindex(uids)
        return cls(log, uids, iids, side_items, side_users)

    @classmethod
    def from_store(
        cls, store: Store, tenant: str, kinds: Sequence[str] = ("rate",), *, with_items: bool = True
    ) -> Interactions:
        """Read a tenant's events of the given kinds (rate: the rating; others: 1.0) from the store."""
        scope = store.scope(tenant)
        frame = scope.events.log(kinds).drop(columns="id")
        items = scope.items.frame() if with_items else None
        users = pd.DataFrame([{**attrs, "user": ext} for ext, attrs in scope.users.attributes()])
        frame["value"] = frame["value"].fillna(1.0)
        return cls.from_frame(frame, items=items, users=users if len(users) else None)

    def with_item_embeddings(self, embed: Callable[[list[str]], np.ndarray]) -> Interactions:
        """A copy whose item data has an ``embedding`` column: ``embed`` applied to each item's document
        (title, text, tags), e.g. ``SentenceEmbedder().embed``. The content model's ``embedding``
        representation reads it."""
        from tailorkit.recommend._content import item_documents

        vectors = embed(item_documents(self, natural=True))
        items = self.items.copy() if self.items is not None else pd.DataFrame(index=self.item_ids)
        items["embedding"] = list(np.asarray(vectors, dtype=np.float32))
        return Interactions(self.log, self.user_ids, self.item_ids, items, self.users)

    # -- shape and matrices -------------------------------------------------------------------------

    @property
    def n_users(self) -> int:
        return len(self.user_ids)

    @property
    def n_items(self) -> int:
        return len(self.item_ids)

    def __len__(self) -> int:
        return len(self.log)

    def matrix(self, weighting: Weighting = "binary") -> sp.csr_matrix:
        """The users x items CSR matrix (float32): the values, or 1 for every interaction."""
        values = (
            self.log["value"].to_numpy(np.float32) if weighting == "value" else np.ones(len(self), np.float32)
        )
        m = sp.csr_matrix(
            (values, (self.log["user"].to_numpy(), self.log["item"].to_numpy())),
            shape=(self.n_users, self.n_items),
            dtype=np.float32,
        )
        m.sort_indices()
        return m

    @cached_property
    def seen(self) -> sp.csr_matrix:
        """Binary users x items matrix of what each user interacted with."""
        return self.matrix("binary")

    def with_log(self, log: pd.DataFrame) -> Interactions:
        """The same index spaces and side data over another log (e.g. one side of a split)."""
        return Interactions(log.reset_index(drop=True), self.user_ids, self.item_ids, self.items, self.users)

    # -- id maps ----------------------------------------------------------------------------------

    def user_index(self, external_ids: Sequence[str] | np.ndarray) -> np.ndarray:
        """Indices of users by external id. Raises ``UserNotFoundError`` for an unknown one."""
        from tailorkit.errors import UserNotFoundError

        return self._lookup("user", self.user_ids, external_ids, UserNotFoundError)

    def item_index(self, external_ids: Sequence[str] | np.ndarray) -> np.ndarray:
        """Indices of items by external id. Raises ``ItemNotFoundError`` for an unknown one."""
        from tailorkit.errors import ItemNotFoundError

        return self._lookup("item", self.item_ids, external_ids, ItemNotFoundError)

    def _lookup(
        self, kind: str, ids: np.ndarray, wanted: Sequence[str] | np.ndarray, error: type
    ) -> np.ndarray:
        index = self._index.get(kind)
        if index is None:
            index = {str(e): i for i, e in enumerate(ids)}
            self._index[kind] = index
        out = np.empty(len(wanted), dtype=np.int64)
        for k, e in enumerate(wanted):
            try:
                out[k] = index[str(e)]
            except KeyError:
                raise error(f"no {kind} {e!r} in the training data") from None
        return out
