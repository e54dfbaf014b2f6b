"""Stored profiles: per (user, feature) time-decayed sums and per-user rating statistics.

The merge rule (``tailorkit.profiles``'s builder) runs in the database as an upsert, so that folding a
batch of events is one statement per table whatever the rows already hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text

from tailorkit.store._schema import ProfileFeature, ProfileStats

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["Profiles", "StoredProfile"]

_FEATURE_UPSERT = """
INSERT INTO profile_features (user_id, feature, tenant_id, anchor, rated, rated_value, implicit, events)
VALUES (:user_id, :feature, :tenant_id, :anchor, :rated, :rated_value, :implicit, :events)
ON CONFLICT (user_id, feature) DO UPDATE SET
  anchor = {max}(profile_features.anchor, excluded.anchor),
  rated = profile_features.rated * {old} + excluded.rated * {new},
  rated_value = profile_features.rated_value * {old} + excluded.rated_value * {new},
  implicit = profile_features.implicit * {old} + excluded.implicit * {new},
  events = profile_features.events + excluded.events
"""
_STATS_UPSERT = """
INSERT INTO profile_stats (user_id, tenant_id, events, ratings, rating_sum, rating_sumsq, first_ts, last_ts)
VALUES (:user_id, :tenant_id, :events, :ratings, :rating_sum, :rating_sumsq, :first_ts, :last_ts)
ON CONFLICT (user_id) DO UPDATE SET
  events = profile_stats.events + excluded.events,
  ratings = profile_stats.ratings + excluded.ratings,
  rating_sum = profile_stats.rating_sum + excluded.rating_sum,
  rating_sumsq = profile_stats.rating_sumsq + excluded.rating_sumsq,
  first_ts = {min}(profile_stats.first_ts, excluded.first_ts),
  last_ts = {max}(profile_stats.last_ts, excluded.last_ts)
"""


def _sql(template: str, dialect: str) -> str:
    mx, mn = ("max", "min") if dialect == "sqlite" else ("GREATEST", "LEAST")
    top = f"{mx}(profile_features.anchor, excluded.anchor)"
    return template.format(
        max=mx,
        min=mn,
        old=f"power(2.0, (profile_features.anchor - {top}) / :half_life)",
        new=f"power(2.0, (excluded.anchor - {top}) / :half_life)",
    )


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
        self, features: Sequence[dict[str, Any]], stats: Sequence[dict[str, Any]], half_life: float
    ) -> None:
        """Merge feature rows (user_id, feature, anchor, rated, rated_value, implicit, events) and stats rows
        (user_id, events, ratings, rating_sum, rating_sumsq, first_ts, last_ts) into what is stored. The
        rows are completed in place with the tenant (and the half-life), not copied: a fold hands over
        millions of them."""
        dialect = self.store.dialect
        for row in features:
            row["tenant_id"], row["half_life"] = self.tenant_id, half_life
        for row in stats:
            row["tenant_id"] = self.tenant_id
        with self.store.write() as conn:
            if features:
                conn.execute(text(_sql(_FEATURE_UPSERT, dialect)), features)
            if stats:
                conn.execute(text(_sql(_STATS_UPSERT, dialect)), stats)

    def clear(self, user_ids: Sequence[int] | None = None) -> None:
        """Delete the stored profiles of ``user_ids`` (None: every user of the tenant)."""
        with self.store.write() as conn:
            for table in (ProfileFeature, ProfileStats):
                stmt = delete(table).where(table.tenant_id == self.tenant_id)
                if user_ids is not None:
                    stmt = stmt.where(table.user_id.in_(list(user_ids)))
                conn.execute(stmt)

    def forget_feature(self, user_id: int, feature: str) -> None:
        with self.store.write() as conn:
            conn.execute(
                delete(ProfileFeature).where(
                    ProfileFeature.user_id == user_id, ProfileFeature.feature == feature
                )
            )

    def read(self, user_id: int) -> StoredProfile:
        tid = self.tenant_id
        with self.store.read() as conn:
            stats = conn.execute(
                select(ProfileStats.__table__).where(ProfileStats.user_id == user_id)
            ).first()
            features = conn.execute(
                select(
                    ProfileFeature.feature,
                    ProfileFeature.anchor,
                    ProfileFeature.rated,
                    ProfileFeature.rated_value,
                    ProfileFeature.implicit,
                    ProfileFeature.events,
                ).where(ProfileFeature.user_id == user_id)
            ).all()
            users = conn.execute(select(func.count()).where(ProfileStats.tenant_id == tid)).scalar_one()
            population = conn.execute(
                select(func.sum(ProfileStats.rating_sum), func.sum(ProfileStats.ratings)).where(
                    ProfileStats.tenant_id == tid
                )
            ).one()
            df: dict[str, int] = {}
            names = [r[0] for r in features]
            for start in range(0, len(names), 500):
                df.update(
                    conn.execute(
                        select(ProfileFeature.feature, func.count())
                        .where(
                            ProfileFeature.tenant_id == tid,
                            ProfileFeature.feature.in_(names[start : start + 500]),
                        )
                        .group_by(ProfileFeature.feature)
                    ).all()
                )
        rows = [(str(f), float(a), float(r), float(v), float(i), int(n)) for f, a, r, v, i, n in features]
        return StoredProfile(stats, rows, int(users), (population[0], population[1]), df)
