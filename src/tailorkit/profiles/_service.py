"""Profiles for one tenant: read, declare, forget, consent, rebuild, and fold new events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, select, update

from tailorkit.errors import InputError
from tailorkit.profiles._builder import ProfileBuilder
from tailorkit.profiles._profile import Profile, evidence, population_genres, read_profile
from tailorkit.store import Event, ProfileFeature, Store, User

__all__ = ["ProfileService"]


class ProfileService:
    def __init__(self, store: Store, tenant: str, half_life_days: float) -> None:
        self.store, self.tenant, self.half_life_days = store, tenant, half_life_days
        self.builder = ProfileBuilder(store, tenant, half_life_days)
        self._population: list[tuple[frozenset[str], float]] | None = None  # cached; reset by rebuild

    def show(self, user: str, *, limit: int = 20) -> Profile:
        if self._population is None:
            self._population = population_genres(self.store, self.tenant)
        return read_profile(
            self.store, self.tenant, user, self.half_life_days, limit=limit, genre_prior=self._population
        )

    def evidence(self, user: str, feature: str, limit: int = 10) -> list[dict[str, Any]]:
        return evidence(self.store, self.tenant, user, feature, limit)

    def _attributes(self, user: str, change: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
        row = self.store.get_user(self.tenant, user)
        attrs = change(dict(row["attributes"] or {}))
        with self.store.write() as conn:
            conn.execute(update(User).where(User.id == row["id"]).values(attributes=attrs))
        return attrs

    def set(self, user: str, key: str, value: Any) -> dict[str, Any]:
        """Declare an attribute (``age=31``, ``likes=Sci-Fi,Drama``, ``locale=zh-CN``).

        What a user declares beats what is inferred.
        """
        if not key or key.startswith("_"):
            raise InputError(f"attribute name {key!r} is not allowed")
        if key == "locale":
            row = self.store.get_user(self.tenant, user)
            with self.store.write() as conn:
                conn.execute(update(User).where(User.id == row["id"]).values(locale=str(value)))
            return dict(row["attributes"] or {})
        return self._attributes(user, lambda a: {**a, key: value})

    def forget(self, user: str, feature: str) -> None:
        """Forget an explicit attribute (by key) or an inferred interest (``genre:Drama``) for good."""
        row = self.store.get_user(self.tenant, user)
        if ":" not in feature:
            if feature not in (row["attributes"] or {}):
                raise InputError(
                    f"user {user!r} has no attribute {feature!r}; interests look like 'genre:Drama'"
                )
            self._attributes(user, lambda a: {k: v for k, v in a.items() if k != feature})
            return

        def remember(a: dict[str, Any]) -> dict[str, Any]:
            return {**a, "_forgotten": sorted({*a.get("_forgotten", []), feature})}

        self._attributes(user, remember)
        with self.store.write() as conn:
            conn.execute(
                delete(ProfileFeature).where(
                    ProfileFeature.user_id == row["id"], ProfileFeature.feature == feature
                )
            )

    def consent(self, user: str, profiling: bool) -> None:
        """Opting out deletes every inferred part at once; opting back in rebuilds from the events."""
        row = self.store.get_user(self.tenant, user)
        with self.store.write() as conn:
            conn.execute(update(User).where(User.id == row["id"]).values(consent_profiling=profiling))
        if profiling:
            self.builder.rebuild([row["id"]])
        else:
            self.builder.forget_user(row["id"])

    def rebuild(
        self, users: Sequence[str] | None = None, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Recompute profiles from the stored events; returns how many events were folded."""
        ids = None if users is None else [self.store.get_user(self.tenant, u)["id"] for u in users]
        self._population = None
        return self.builder.rebuild(ids, progress=progress)

    def fold_since(self, event_id: int) -> int:
        """Fold events stored after ``event_id`` (what an ingestion just added) into the profiles."""
        tid = self.store.tenant_id(self.tenant)
        with self.store.read() as conn:
            rows = conn.execute(
                select(Event.user_id, Event.item_id, Event.kind, Event.value, Event.text, Event.ts)
                .where(Event.tenant_id == tid, Event.id > event_id)
                .order_by(Event.id)
            ).all()
        skip, forgotten = self.builder.consent()
        return self.builder.fold([tuple(r) for r in rows], skip=skip, forgotten=forgotten)  # type: ignore[misc]
