"""Folding events into stored profiles: incremental, order-free, and the same as a full rebuild.

Each (user, feature) row holds time-decayed sums anchored at the newest contributing event. Merging a
contribution made at time ``t`` into a row anchored at ``a`` rescales both to ``max(a, t)`` by
``2 ** ((old - new) / half_life)`` and adds them, which gives the same sums whatever order events come
in (up to floating-point rounding), so an event costs O(its features), not O(the user's history).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from tailorkit.data import EventKind
from tailorkit.profiles._features import contributions, item_features
from tailorkit.store import Store

__all__ = ["ProfileBuilder"]


class ProfileBuilder:
    """Folds a tenant's events into ``profile_features`` and ``profile_stats``."""

    def __init__(self, store: Store, tenant: str, half_life_days: float) -> None:
        self.store, self.tenant = store, tenant
        self.half_life = half_life_days * 86_400.0
        self._items: dict[int, list[str]] = {}

    def _item_features(self, item_ids: Iterable[int]) -> None:
        missing = sorted({i for i in item_ids if i is not None and i not in self._items})
        if missing:
            for item_id, facts in self.store.scope(self.tenant).items.facts(missing).items():
                self._items[item_id] = item_features(*facts)

    def fold(
        self,
        events: Sequence[tuple[int, int | None, str, float | None, str | None, float]],
        *,
        skip: set[int] | None = None,
        forgotten: dict[int, set[str]] | None = None,
    ) -> int:
        """Fold events ``(user_id, item_id, kind, value, text, ts)`` in one transaction; returns rows touched.

        Args:
            skip: users who did not consent to profiling (their events are ignored).
            forgotten: per user, features they asked to forget (never inferred again).
        """
        self._item_features(e[1] for e in events if e[1] is not None)
        feats: dict[tuple[int, str], list[float]] = {}
        stats: dict[int, list[float]] = {}
        h = self.half_life
        for user, item, kind, value, body, ts in events:
            if skip and user in skip:
                continue
            st = stats.setdefault(user, [0, 0, 0.0, 0.0, ts, ts])
            st[0] += 1
            if kind == EventKind.RATE and value is not None:
                st[1] += 1
                st[2] += value
                st[3] += value * value
            st[4], st[5] = min(st[4], ts), max(st[5], ts)
            gone = forgotten.get(user, set()) if forgotten else set()
            item_feats = self._items.get(item, []) if item else []
            if not item_feats and not body:
                continue  # (an event on an item without features, or on none: its counts only)
            if kind == EventKind.RATE and value is not None and not body:
                parts: Iterable[tuple[str, float, float, float]] = ((f, 1.0, value, 0.0) for f in item_feats)
            else:  # the general (rarer) path
                parts = (
                    (c.feature, c.rated, c.rated_value, c.implicit)
                    for c in contributions(kind, value, body, ts, item_feats)
                )
            for feature, rated, rated_value, implicit in parts:
                if feature in gone:
                    continue
                key = (user, feature)
                row = feats.get(key)
                if row is None:
                    feats[key] = [ts, rated, rated_value, implicit, 1]
                    continue
                if ts > row[0]:  # move the row's anchor forward: rescale what it held
                    old = 2.0 ** ((row[0] - ts) / h)
                    row[0] = ts
                    row[1] = row[1] * old + rated
                    row[2] = row[2] * old + rated_value
                    row[3] = row[3] * old + implicit
                else:  # an older event: rescale it to the anchor
                    new = 2.0 ** ((ts - row[0]) / h)
                    row[1] += rated * new
                    row[2] += rated_value * new
                    row[3] += implicit * new
                row[4] += 1
        if not stats:
            return 0
        feature_rows = [(u, f, r[0], r[1], r[2], r[3], int(r[4])) for (u, f), r in feats.items()]
        stat_rows = [(u, int(s[0]), int(s[1]), s[2], s[3], s[4], s[5]) for u, s in stats.items()]
        self.store.scope(self.tenant).profiles.upsert(feature_rows, stat_rows, h)
        return len(feature_rows)

    def consent(self, user_ids: Sequence[int] | None = None) -> tuple[set[int], dict[int, set[str]]]:
        """Users who opted out of profiling, and the features each user asked to forget (of
        ``user_ids`` only, when given: a live event should not read every user of the tenant)."""
        rows = self.store.scope(self.tenant).users.profiling_exceptions(user_ids)
        skip = {uid for uid, ok, _ in rows if not ok}
        forgotten = {
            uid: set(attrs.get("_forgotten", [])) for uid, _, attrs in rows if attrs.get("_forgotten")
        }
        return skip, forgotten

    def rebuild(
        self,
        user_ids: Sequence[int] | None = None,
        *,
        chunk: int = 200_000,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Recompute profiles from all stored events (of ``user_ids``, or of every user); returns events."""
        scope = self.store.scope(self.tenant)
        scope.profiles.clear(user_ids)
        skip, forgotten = self.consent()
        total = scope.events.count(user_ids)
        done, last_id = 0, 0
        while True:
            rows = scope.events.for_folding(after=last_id, user_ids=user_ids, limit=chunk)
            if not rows:
                break
            last_id = rows[-1][0]
            self.fold([r[1:] for r in rows], skip=skip, forgotten=forgotten)
            done += len(rows)
            if progress:
                progress(done, total)
        return done

    def forget_user(self, user_id: int) -> None:
        """Delete a user's inferred profile (consent withdrawn, or erase)."""
        self.store.scope(self.tenant).profiles.clear([user_id])
