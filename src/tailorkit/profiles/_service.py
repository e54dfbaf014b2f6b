"""Profiles for one tenant: read, declare, forget, consent, rebuild, and fold new events."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from tailorkit.data import EventKind
from tailorkit.errors import InputError, UserNotFoundError
from tailorkit.profiles._builder import ProfileBuilder
from tailorkit.profiles._profile import Profile, evidence, population_genres, read_profile, stated_tags
from tailorkit.profiles._stated import Tags, household_tags, named_in, stated_in
from tailorkit.store import Scope, Store

__all__ = ["ProfileService"]


class ProfileService:
    def __init__(self, store: Store, tenant: str, half_life_days: float) -> None:
        self.store, self.tenant, self.half_life_days = store, tenant, half_life_days
        self.builder = ProfileBuilder(store, tenant, half_life_days)
        self._population: list[tuple[frozenset[str], float]] | None = None  # cached; reset by rebuild
        self._tag_set: Tags | None = None
        self._embedder: Any = None
        self._item_vectors: dict[int, np.ndarray] = {}

    def _tags(self) -> tuple[list[tuple[frozenset[str], float]], Tags]:
        """The catalogue's tag groups with their shares and its tags, the people among them by surname too
        (read once, until ``rebuild``)."""
        if self._population is None or self._tag_set is None:
            self._population = population_genres(self.store, self.tenant)
            titles = self.scope.items.titles().values()
            self._tag_set = Tags({t for group, _ in self._population for t in group}, filter(None, titles))
        return self._population, self._tag_set

    def show(self, user: str, *, limit: int = 20) -> Profile:
        population, tags = self._tags()
        return read_profile(
            self.store,
            self.tenant,
            user,
            self.half_life_days,
            limit=limit,
            genre_prior=population,
            tags=tags,
        )

    def stated_tags(self, user: str) -> tuple[set[str], set[str]]:
        """The catalogue tags ``user`` declared or stated they like, and those to avoid
        (``Profile.stated_tags``)."""
        _, tags = self._tags()
        try:
            return stated_tags(self.store, self.tenant, user, tags)
        except UserNotFoundError:
            return set(), set()

    def tags_named_in(self, request: str) -> set[str]:
        """The catalogue tags a request for items names, which its picks are to carry (``named_in``)."""
        return named_in(request, self._tags()[1])

    def tags_stated_in(self, candidates: Iterable[Any], household: bool = False) -> tuple[set[str], set[str]]:
        """The catalogue tags a message's own statements like and avoid, before they are stored, with
        ``household`` those it says the household likes and avoids too (``stated_in``)."""
        return stated_in(candidates, self._tags()[1], household)

    def household_tags(self, user: str, together: bool = False) -> tuple[set[str], set[str]] | None:
        """The catalogue tags ``user``'s household likes and cannot bear, None where the picks are the
        user's alone (``household_tags``)."""
        return household_tags(self.scope, user, self._tags()[1], together)

    def evidence(self, user: str, feature: str, limit: int = 10) -> list[dict[str, Any]]:
        return evidence(self.store, self.tenant, user, feature, limit)

    @property
    def scope(self) -> Scope:
        return self.store.scope(self.tenant)

    def _attributes(self, user: str, change: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
        row = self.store.get_user(self.tenant, user)
        attrs = change(dict(row["attributes"] or {}))
        self.scope.users.change(row["id"], attributes=attrs)
        return attrs

    def set(self, user: str, key: str, value: Any) -> dict[str, Any]:
        """Declare an attribute (``age=31``, ``likes=Sci-Fi,Drama``, ``locale=zh-CN``); see ``declare``."""
        return self.declare(user, {key: value})

    def declare(self, user: str, attributes: Mapping[str, Any]) -> dict[str, Any]:
        """Declare attributes, all or none: each is checked (``age`` whole years, ``locale`` a language
        tag) before any is written, in one change. What a user declares beats what is inferred."""
        values = dict(attributes)
        for key in values:
            if not key or key.startswith("_"):
                raise InputError(f"attribute name {key!r} is not allowed")
        locale = _locale(values.pop("locale")) if "locale" in values else None
        if "age" in values:
            values["age"] = _age(values["age"])
        row = self.store.get_user(self.tenant, user)
        attrs = {**(row["attributes"] or {}), **values}
        self.scope.users.change(row["id"], attributes=attrs, **({"locale": locale} if locale else {}))
        return attrs

    def forget(self, user: str, feature: str) -> bool:
        """Forget an explicit attribute (by key) or an inferred interest (``genre:Drama``) for good: it is
        never inferred again. Whether the user had it (an interest may be forgotten before it is inferred)."""
        row = self.store.get_user(self.tenant, user)
        if ":" not in feature:
            if feature not in (row["attributes"] or {}):
                raise InputError(
                    f"user {user!r} has no attribute {feature!r}; interests look like 'genre:Drama'"
                )
            self._attributes(user, lambda a: {k: v for k, v in a.items() if k != feature})
            return True

        def remember(a: dict[str, Any]) -> dict[str, Any]:
            return {**a, "_forgotten": sorted({*a.get("_forgotten", []), feature})}

        self._attributes(user, remember)
        return self.scope.profiles.forget_feature(row["id"], feature) > 0

    def consent(self, user: str, profiling: bool) -> None:
        """Opting out deletes every inferred part at once; opting back in rebuilds from the events."""
        row = self.store.get_user(self.tenant, user)
        self.scope.users.change(row["id"], consent_profiling=profiling)
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

    def fold_events(self, events: Sequence[tuple[Any, ...]]) -> int:
        """Fold stored events ``(id, user_id, item_id, kind, value, text, ts)`` into the profiles."""
        rows = [r[1:] for r in sorted(events, key=lambda r: r[0])]
        skip, forgotten = self.builder.consent([r[0] for r in rows])
        return self.builder.fold(rows, skip=skip, forgotten=forgotten)

    def taste(self, user: str, embed: Callable[[list[str]], np.ndarray] | None = None) -> np.ndarray:
        """The user's taste embedding: the mean of their items' embeddings, each weighted by how far the
        rating sits from the user's mean (implicit signals by their kind's weight), decayed like the
        interests, and normalised. ``embed`` defaults to the bundled sentence model."""
        from tailorkit.profiles._features import KIND_SIGNAL
        from tailorkit.recommend import item_document

        cache: dict[int, np.ndarray] = {}  # only the default model's vectors are kept between calls
        if embed is None:
            from tailorkit.llm import SentenceEmbedder

            if self._embedder is None:
                self._embedder = SentenceEmbedder()
            embed, cache = self._embedder.embed, self._item_vectors
        row = self.store.get_user(self.tenant, user)
        rows = [
            (e["kind"], e["value"], e["ts"], e["item_id"], e["title"], e["item_text"], e["tags"])
            for e in self.scope.events.with_items(row["id"])
            if e["item_id"] is not None
        ]
        if not rows:
            raise InputError(f"user {user!r} has no item events to build a taste from")
        missing = {r[3]: item_document(r[4], r[5], r[6]) for r in rows if r[3] not in cache}
        if missing:
            vectors = embed(list(missing.values()))
            cache.update({i: np.asarray(v, np.float64) for i, v in zip(missing, vectors, strict=True)})
        ratings = [r[1] for r in rows if r[0] == EventKind.RATE and r[1] is not None]
        mean = sum(ratings) / len(ratings) if ratings else 0.0
        newest = max(r[2] for r in rows)
        h = self.half_life_days * 86_400.0
        total = np.zeros_like(next(iter(cache.values())), dtype=np.float64)
        for kind, value, ts, item, *_ in rows:
            signal = (
                (value - mean) if kind == EventKind.RATE and value is not None else KIND_SIGNAL.get(kind, 0.0)
            )
            total += signal * 2.0 ** ((ts - newest) / h) * cache[item]
        norm = float(np.linalg.norm(total))
        return (total / norm if norm > 0 else total).astype(np.float32)


_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _locale(value: Any) -> str:
    """A locale as a language tag (``zh_CN`` is ``zh-CN``); ``InputError`` for what is not one."""
    text = str(value).strip()
    if not _LOCALE.fullmatch(text):
        raise InputError(f"locale must be a language tag such as 'en', 'en-GB' or 'zh-CN', not {value!r}")
    return text.replace("_", "-")


def _age(value: Any) -> int:
    """An age as whole years (``"31"`` is 31); ``InputError`` for what is not one."""
    try:
        years = int(str(value).strip())
    except ValueError:
        years = -1
    if not 0 <= years <= 130:
        raise InputError(f"age must be a whole number of years from 0 to 130, not {value!r}")
    return years
