"""Reading a profile: explicit attributes, inferred interests (TF-IDF against the population, signed,
decayed), behaviour, a short summary in the user's language, and the evidence behind each interest."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from tailorkit.data import EventKind
from tailorkit.profiles._stated import Stated, stated_preferences, told_facts
from tailorkit.profiles._summary import stated_features, summarise
from tailorkit.store import Scope, Store

__all__ = ["Interest", "Profile", "covering", "evidence", "population_genres", "read_profile"]

_RATER_GAP = 0.35  # a mean this far from the population's makes a harsh or generous rater


@dataclass
class Interest:
    feature: str
    """``genre:Drama``, ``period:1990s``, ``kw:coffee``, ``tag:funny`` ..."""
    score: float
    """TF-IDF weight against the population, signed: > 0 likes, < 0 dislikes."""
    events: int
    declared: bool = False
    """Set by the user (declared beats inferred)."""

    @property
    def kind(self) -> str:
        return self.feature.split(":", 1)[0]

    @property
    def name(self) -> str:
        return self.feature.split(":", 1)[-1]


@dataclass
class Profile:
    user: str
    locale: str | None
    explicit: dict[str, Any]
    likes: list[Interest] = field(default_factory=list)
    dislikes: list[Interest] = field(default_factory=list)
    behaviour: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    consent: bool = True
    top_genres: list[str] = field(default_factory=list)
    """The genres that together cover most of what the user liked (see ``covering``)."""
    stated: list[dict[str, Any]] = field(default_factory=list)
    """Preferences and constraints the user stated in conversation, each with its evidence (``Stated``)."""
    told: list[dict[str, Any]] = field(default_factory=list)
    """What the user told about themselves in conversation (name, age, job, health ...), each with its
    evidence (``Told``); not what the application declared (``explicit``)."""

    def top(self, kind: str, n: int = 3) -> list[str]:
        """The ``n`` interests of one kind (``genre``, ``period``, ``kw`` ...) that describe the user best:
        for genres, the covering set; otherwise the strongest liked ones."""
        if kind == "genre" and self.top_genres:
            return self.top_genres[:n]
        return [i.name for i in self.likes if i.kind == kind][:n]

    def stated_tags(self) -> tuple[set[str], set[str]]:
        """The catalogue tags the user stated (in conversation) or declared they like, and those they
        want to avoid: what recommendations should favour and leave out. Inferred tastes are not here:
        the recommender has them already."""
        chosen = [i for i in (*self.likes, *self.dislikes) if i.declared and i.kind == "genre"]
        return {i.name for i in chosen if i.score > 0}, {i.name for i in chosen if i.score < 0}

    def unstated_summary(self, shown: Iterable[int] | None = None, language: str | None = None) -> str:
        """The summary without what the user stated or told in conversation where that is shown on its
        own, as their memories: without every one, or only those of the memory ids in ``shown``
        (the memories a prompt lists beside the summary, not said twice there); in ``language`` (that
        of the message answered), by default the user's locale's."""
        ids = None if shown is None else set(shown)
        dropped = self.stated if ids is None else [s for s in self.stated if s["memory"] in ids]
        told = [t for t in self.told if ids is not None and t["memory"] not in ids]
        locale = "zh" if (self.locale or "").lower().startswith("zh") else "en"
        if not dropped and told == self.told and language in (None, locale):  # the summary says it
            return self.summary
        said = stated_features(dropped)
        rest = replace(
            self,
            told=told,
            stated=[s for s in self.stated if s not in dropped],
            likes=[i for i in self.likes if i.feature not in said],
            dislikes=[i for i in self.dislikes if i.feature not in said],
        )
        return summarise(rest, self.behaviour, language)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        return out


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value or []]


def _declared(attributes: dict[str, Any], stated: Iterable[Stated]) -> list[tuple[str, float]]:
    """(feature, sign) of what the user declared (attributes) and stated (chat), in that order."""
    declared = [(f if ":" in f else f"genre:{f}", 1.0) for f in _as_list(attributes.get("likes"))]
    declared += [(f if ":" in f else f"genre:{f}", -1.0) for f in _as_list(attributes.get("dislikes"))]
    return declared + [(x.feature, float(x.polarity)) for x in stated]


def _said(scope: Scope, user: Mapping[str, Any], tags: Iterable[str]) -> list[Stated]:
    """The preferences ``user`` (their row) stated in chat and did not ask to forget; none without their
    consent to profiling."""
    if not user["consent_profiling"]:
        return []
    forgotten = _forgotten(user)
    return [x for x in stated_preferences(scope, int(user["id"]), tags) if x.feature not in forgotten]


def _forgotten(user: Mapping[str, Any]) -> set[str]:
    """The features ``user`` (their row) asked to forget: never inferred, stated or shown again."""
    return set((user["attributes"] or {}).get("_forgotten", []))


def stated_tags(
    store: Store, tenant: str, external_id: str, tags: Iterable[str]
) -> tuple[set[str], set[str]]:
    """``Profile.stated_tags`` without reading the rest of the profile (the recommender's hot path):
    the catalogue tags the user declared or stated they like, and those to avoid."""
    user = store.get_user(tenant, external_id)
    signs: dict[str, float] = {}
    for feature, sign in _declared(user["attributes"] or {}, _said(store.scope(tenant), user, tags)):
        if feature.startswith("genre:"):
            signs[feature.partition(":")[2]] = sign  # the later statement wins
    return {t for t, v in signs.items() if v > 0}, {t for t, v in signs.items() if v < 0}


def read_profile(
    store: Store,
    tenant: str,
    external_id: str,
    half_life_days: float,
    *,
    limit: int = 20,
    exposure: float = 0.5,
    idf_power: float = 1.0,
    genre_prior: list[tuple[frozenset[str], float]] | None = None,
    tags: Iterable[str] = (),
) -> Profile:
    """The profile of one user (``UserNotFoundError`` if unknown).

    ``exposure`` is how much each rating counts as interest in what the item is, on top of how far the
    rating sits from the user's own mean (0: only the deviation counts). ``tags``: the catalogue's tags,
    onto which stated preferences land where they name one.
    """
    with store.snapshot():  # its reads: one transaction, one state of the store
        user = store.get_user(tenant, external_id)
        attrs = {k: v for k, v in (user["attributes"] or {}).items() if not k.startswith("_")}
        profile = Profile(external_id, user["locale"], attrs, consent=bool(user["consent_profiling"]))
        scope = store.scope(tenant)
        stored = scope.profiles.read(user["id"])
        stats, rows, n_users, population, df = (
            stored.stats,
            stored.features,
            stored.users,
            stored.population,
            stored.df,
        )
        stated = _said(scope, user, tags)
        profile.stated = [x.as_dict() for x in stated]
        if profile.consent:
            profile.told = [x.as_dict() for x in told_facts(scope, int(user["id"]), attrs)]
        if stats is None or not profile.consent:
            _declare(profile, [], stated, limit)
            profile.summary = summarise(profile, {})
            return profile
        n_ratings = stats.ratings
        mean = stats.rating_sum / n_ratings if n_ratings else None
        spread = (
            math.sqrt(max(stats.rating_sumsq / n_ratings - mean**2, 0.0))
            if n_ratings and mean is not None
            else None
        )
        pop_mean = (population[0] or 0.0) / population[1] if population[1] else None
        h = half_life_days * 86_400.0
        ref = stats.last_ts
        weights: dict[str, tuple[float, int]] = {}
        for feature, anchor, rated, rated_value, implicit, n in rows:
            # a rating counts by how far it is from the user's own mean: harsh and generous raters compare
            # fairly ... and every rating also counts as a sign of interest in what the item is (``exposure``)
            signed = (
                (rated_value - (mean or 0.0) * rated) / max(spread or 1.0, 0.5) + exposure * rated + implicit
            )
            weights[feature] = (signed * 2.0 ** ((anchor - ref) / h), n)
        total = sum(abs(w) for w, _ in weights.values()) or 1.0
        interests = [
            Interest(f, w / total * (math.log((1 + n_users) / (1 + df.get(f, 1))) + 1.0) ** idf_power, n)
            for f, (w, n) in weights.items()
        ]
        _declare(profile, interests, stated, limit)
        profile.behaviour = {
            "events": stats.events,
            "ratings": n_ratings,
            "rating_mean": round(mean, 3) if mean is not None else None,
            "rating_spread": round(spread, 3) if spread is not None else None,
            "population_rating_mean": round(pop_mean, 3) if pop_mean is not None else None,
            "rater": _rater(mean, pop_mean),
            "first_event": stats.first_ts,
            "last_event": stats.last_ts,
            "events_per_week": round(stats.events / max((stats.last_ts - stats.first_ts) / 604_800, 1.0), 2),
            "preferred_periods": [i.name for i in profile.likes if i.kind == "period"][:2],
        }
        if genre_prior is not None:
            liked = _liked_genre_sets(scope, user["id"], mean)
            gone = {i.feature for i in profile.dislikes} | _forgotten(user)
            profile.top_genres = [g for g in covering(liked, genre_prior, 5) if f"genre:{g}" not in gone][:3]
        profile.summary = summarise(profile, profile.behaviour)
        return profile


def _declare(profile: Profile, interests: list[Interest], stated: list[Stated], limit: int) -> None:
    """Fill the profile's likes and dislikes: what the user declared (attributes) and stated (chat)
    beats what was inferred."""
    for feature, sign in _declared(profile.explicit, stated):
        top = max((abs(i.score) for i in interests), default=1.0) or 1.0
        interests = [i for i in interests if i.feature != feature]
        interests.append(Interest(feature, sign * top * 1.01, 0, declared=True))
    interests.sort(key=lambda i: (-i.score, i.feature))
    profile.likes = [i for i in interests if i.score > _NEUTRAL][:limit]
    profile.dislikes = sorted(
        (i for i in interests if i.score < -_NEUTRAL), key=lambda i: (i.score, i.feature)
    )[:limit]


_NEUTRAL = 1e-9
"""How far from 0 an interest's score must be to be a like or a dislike: a rating at the user's own mean
with ``exposure`` 0 weighs 0, which sums in floating point to about 1e-17 either side."""


def _liked_genre_sets(scope: Scope, user_id: int, mean: float | None) -> list[set[str]]:
    """Genre sets of the items the user rated at or above their mean (or acted on positively)."""
    out = []
    for kind, value, tags in scope.events.item_tags(user_id):
        positive = (
            (value is not None and mean is not None and value >= mean)
            if kind == EventKind.RATE
            else (kind in ("purchase", "like", "cart", "click", "view"))
        )
        if positive and tags:
            out.append({t for t in tags if isinstance(t, str)})
    return out


def population_genres(
    store: Store, tenant: str, threshold: float = 4.0
) -> list[tuple[frozenset[str], float]]:
    """Each item's genres with how many users rated it ``threshold`` or more (the population's likes)."""
    rows = store.scope(tenant).items.liked_tags(EventKind.RATE, threshold)
    return [(frozenset(t for t in (tags or []) if isinstance(t, str)), float(n)) for tags, n in rows if tags]


def covering(
    liked: list[set[str]], population: list[tuple[frozenset[str], float]], n: int = 3, prior: float = 10.0
) -> list[str]:
    """Greedily pick ``n`` features that cover most of the user's liked items, with the population's liked
    items as a prior worth ``prior`` items (so a user with little history leans on what most people like,
    and three overlapping niche genres lose to a set that describes more of what the user watches).

    Vectorised: items x features indicator matrices, the population's built once per population list.
    """
    pop_names, pop_matrix, pop_weights = _population_matrix(population)
    names = sorted({g for s in liked for g in s} | set(pop_names))
    if not names:
        return []
    column = {g: k for k, g in enumerate(names)}
    user = np.zeros((len(liked), len(names)), dtype=bool)
    for r, feats in enumerate(liked):
        user[r, [column[g] for g in feats]] = True
    pop = np.zeros((len(pop_weights), len(names)), dtype=bool)
    if len(pop_names):
        pop[:, [column[g] for g in pop_names]] = pop_matrix
    pop_total = float(pop_weights.sum()) or 1.0
    user_left = np.ones(len(liked), dtype=bool)
    pop_left = np.ones(len(pop_weights), dtype=bool)
    available = np.ones(len(names), dtype=bool)
    chosen: list[str] = []
    for _ in range(min(n, len(names))):
        mine = user[user_left].sum(axis=0, dtype=np.float64)
        theirs = (pop_weights[pop_left] @ pop[pop_left]) / pop_total
        gain = np.where(available, mine + prior * theirs, -np.inf)
        best = int(np.argmax(gain))  # the first of equal gains, in name order
        chosen.append(names[best])
        available[best] = False
        user_left &= ~user[:, best]
        pop_left &= ~pop[:, best]
    return chosen


_POPULATION_CACHE: dict[int, tuple[object, list[str], np.ndarray, np.ndarray]] = {}


def _population_matrix(
    population: list[tuple[frozenset[str], float]],
) -> tuple[list[str], np.ndarray, np.ndarray]:
    cached = _POPULATION_CACHE.get(id(population))
    if cached is None or cached[0] is not population:
        names = sorted({g for s, _ in population for g in s})
        column = {g: k for k, g in enumerate(names)}
        matrix = np.zeros((len(population), len(names)), dtype=bool)
        for r, (feats, _) in enumerate(population):
            matrix[r, [column[g] for g in feats]] = True
        weights = np.array([w for _, w in population], dtype=np.float64)
        if len(_POPULATION_CACHE) > 8:
            _POPULATION_CACHE.clear()
        cached = (population, names, matrix, weights)
        _POPULATION_CACHE[id(population)] = cached
    return cached[1], cached[2], cached[3]


def _rater(mean: float | None, pop: float | None) -> str | None:
    if mean is None or pop is None:
        return None
    if mean <= pop - _RATER_GAP:
        return "harsh"
    if mean >= pop + _RATER_GAP:
        return "generous"
    return "typical"


def evidence(
    store: Store, tenant: str, external_id: str, feature: str, limit: int = 10
) -> list[dict[str, Any]]:
    """The user's events (newest first) that a feature came from: their items carry it, or their text does."""
    from tailorkit.profiles._features import contributions, item_features

    user = store.get_user(tenant, external_id)
    out = []
    for e in store.scope(tenant).events.with_items(user["id"]):
        item = e["item"]
        feats = (
            item_features(e["tags"], e["attributes"], e["title"], e["item_text"]) if item is not None else []
        )
        if any(c.feature == feature for c in contributions(e["kind"], e["value"], e["text"], e["ts"], feats)):
            out.append(
                {"event": e["id"], **{k: e[k] for k in ("kind", "value", "text", "ts", "item", "title")}}
            )
            if len(out) >= limit:
                break
    return out
