"""Stored profiles: per (user, feature) time-decayed sums and per-user rating statistics.

The merge rule (``tailorkit.profiles``'s builder) runs in the database as an upsert, so that folding a
batch of events is one statement per table whatever the rows already hold.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import TextClause, bindparam, delete, func, select, text

from tailorkit.store._schema import ProfileFeature, ProfileStats

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["Profiles", "StoredProfile"]

_FEATURE_COLUMNS = ("user_id", "feature", "anchor", "rated", "rated_value", "implicit", "events")
_STATS_COLUMNS = ("user_id", "events", "ratings", "rating_sum", "rating_sumsq", "first_ts", "last_ts")
_FEATURE_MERGE = """
ON CONFLICT (user_id, feature) DO UPDATE SET
  anchor = {max}(profile_features.anchor, excluded.anchor),
  rated = profile_features.rated * {old} + excluded.rated * {new},
  rated_value = profile_features.rated_value * {old} + excluded.rated_value * {new},
  implicit = profile_features.implicit * {old} + excluded.implicit * {new},
  events = profile_features.events + excluded.events
"""
_STATS_MERGE = """
ON CONFLICT (user_id) DO UPDATE SET
  events = profile_stats.events + excluded.events,
  ratings = profile_stats.ratings + excluded.ratings,
  rating_sum = profile_stats.rating_sum + excluded.rating_sum,
  rating_sumsq = profile_stats.rating_sumsq + excluded.rating_sumsq,
  first_ts = {min}(profile_stats.first_ts, excluded.first_ts),
  last_ts = {max}(profile_stats.last_ts, excluded.last_ts)
"""
_TYPES = {"feature": "text", "user_id": "bigint", "events": "bigint", "ratings": "bigint"}
"""The PostgreSQL type each column is read as from the JSON (the rest: double precision)."""
_CHUNK = 50_000
"""Rows per statement: a rebuild folds millions, and each statement's JSON is held in memory."""


@functools.cache
def _upsert(table: str, columns: tuple[str, ...], merge: str, dialect: str) -> TextClause:
    """The upsert of ``table``'s ``columns`` from one JSON parameter (``:rows``, an array of arrays; the
    engine unpacks it, so the per-row work runs in C) with the tenant (``:tenant_id``) and the merge
    rule ``merge``."""
    mx, mn = ("max", "min") if dialect == "sqlite" else ("GREATEST", "LEAST")
    top = f"{mx}(profile_features.anchor, excluded.anchor)"
    merge = merge.format(
        max=mx,
        min=mn,
        old=f"power(2.0, (profile_features.anchor - {top}) / :half_life)",
        new=f"power(2.0, (excluded.anchor - {top}) / :half_life)",
    )
    if dialect == "sqlite":
        # (WHERE true: SQLite's parser would read ON CONFLICT as a join constraint of the SELECT)
        values = ", ".join(f"value->>{n}" for n in range(len(columns)))
        source = "FROM json_each(:rows) WHERE true"
    else:
        values = ", ".join(
            f"CAST(v->>{n} AS {_TYPES.get(c, 'double precision')})" for n, c in enumerate(columns)
        )
        source = "FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS t(v)"
    return text(
        f"INSERT INTO {table} ({', '.join(columns)}, tenant_id) SELECT {values}, :tenant_id {source} {merge}"
    )


_STATS = select(ProfileStats.__table__).where(ProfileStats.user_id == bindparam("u"))
_FEATURES = select(
    ProfileFeature.feature,
    ProfileFeature.anchor,
    ProfileFeature.rated,
    ProfileFeature.rated_value,
    ProfileFeature.implicit,
    ProfileFeature.events,
).where(ProfileFeature.user_id == bindparam("u"))
_USERS = select(func.count()).where(ProfileStats.tenant_id == bindparam("t"))
_POPULATION = select(func.sum(ProfileStats.rating_sum), func.sum(ProfileStats.ratings)).where(
    ProfileStats.tenant_id == bindparam("t")
)
_DF = (
    select(ProfileFeature.feature, func.count())
    .where(
        ProfileFeature.tenant_id == bindparam("t"),
        ProfileFeature.feature.in_(bindparam("names", expanding=True)),
    )
    .group_by(ProfileFeature.feature)
)
"""What reading a profile runs (each chat turn reads one), built once."""


@dataclass(frozen=True)
class StoredProfile:
    """One user's stored profile with what scoring it against the population needs."""

    stats: Any
    """The user's ``profile_stats`` row (attribute access), or None before any event was folded."""
    features: list[tuple[str, float, float, float, float, int]]
    """(feature, anchor, rated, rated_value, implicit, events) per feature."""
    users: int
    """Users of the tenant with a profile."""
    population: tuple[float | None, int | None]
    """Sum and count of every rating in the tenant."""
    df: dict[str, int]
    """Per feature of this user: how many users of the tenant have it."""


@dataclass(frozen=True)
class Profiles:
    """The tenant's stored profiles. A user row id is resolved within the tenant (``Scope.user_id``), so
    a query keyed by it is bound to the tenant already (and naming the tenant too would steer SQLite's
    planner to the tenant's index, a scan of every user's rows)."""

    store: Store
    tenant_id: int

    def upsert(
        self, features: Sequence[Sequence[Any]], stats: Sequence[Sequence[Any]], half_life: float
    ) -> None:
        """Merge feature rows ``(user_id, feature, anchor, rated, rated_value, implicit, events)`` and stats
        rows ``(user_id, events, ratings, rating_sum, rating_sumsq, first_ts, last_ts)`` into what is
        stored, in one transaction. Each (user, feature) and each user at most once."""
        dialect = self.store.dialect
        with self.store.write() as conn:
            for rows, table, columns, merge in (
                (features, "profile_features", _FEATURE_COLUMNS, _FEATURE_MERGE),
                (stats, "profile_stats", _STATS_COLUMNS, _STATS_MERGE),
            ):
                statement = _upsert(table, columns, merge, dialect)
                for start in range(0, len(rows), _CHUNK):
                    chunk = orjson.dumps(list(rows[start : start + _CHUNK])).decode()
                    params = {"rows": chunk, "tenant_id": self.tenant_id, "half_life": half_life}
                    conn.execute(statement, params)

    def clear(self, user_ids: Sequence[int] | None = None) -> None:
        """Delete the stored profiles of ``user_ids`` (None: every user of the tenant)."""
        with self.store.write() as conn:
            for table in (ProfileFeature, ProfileStats):
                stmt = delete(table).where(table.tenant_id == self.tenant_id)
                if user_ids is not None:
                    stmt = stmt.where(table.user_id.in_(list(user_ids)))
                conn.execute(stmt)

    def forget_feature(self, user_id: int, feature: str) -> int:
        """Delete the user's inferred ``feature``; how many rows went (0: the user had none)."""
        with self.store.write() as conn:
            gone = conn.execute(
                delete(ProfileFeature).where(
                    ProfileFeature.user_id == user_id, ProfileFeature.feature == feature
                )
            )
            return int(gone.rowcount or 0)

    def read(self, user_id: int) -> StoredProfile:
        ids = {"u": user_id, "t": self.tenant_id}
        with self.store.read() as conn:
            stats = conn.execute(_STATS, ids).first()
            features = conn.execute(_FEATURES, ids).all()
            users = conn.execute(_USERS, ids).scalar_one()
            population = conn.execute(_POPULATION, ids).one()
            df: dict[str, int] = {}
            names = [r[0] for r in features]
            for start in range(0, len(names), 500):
                df.update(conn.execute(_DF, {**ids, "names": names[start : start + 500]}).all())
        rows = [(str(f), float(a), float(r), float(v), float(i), int(n)) for f, a, r, v, i, n in features]
        return StoredProfile(stats, rows, int(users), (population[0], population[1]), df)
