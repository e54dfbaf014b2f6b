"""Training and serving recommenders for a tenant: the model registry and per-user recommendations."""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from tailorkit.config import path_part, remove_within
from tailorkit.errors import InputError, NotFoundError, UserNotFoundError
from tailorkit.recommend._base import Recommender, top_n
from tailorkit.recommend._interactions import Interactions
from tailorkit.recommend._picking import Pick, as_stated, carrying, popularity, tiered
from tailorkit.recommend._registry import get_recommender
from tailorkit.store import Store, external_id

__all__ = ["RecommendService", "Recommendation"]

DEFAULT_KINDS = ("rate", "purchase", "like", "click", "view", "cart")
INTERIM_SECONDS = 60.0
"""How long the interim popularity (served while a tenant has events but no trained model) stands before
it is counted again from the events: what it holds of an erased user leaves every process within it
(the one that erased at once)."""
STATED_SEEDS = 20
"""How many of the items carrying a tag someone said they like stand for it (the most popular ones)."""
STATED_SHRINK = 10.0
"""An item's likeness to them counts ``n / (n + STATED_SHRINK)`` of itself, ``n`` the users who had it."""


@dataclass
class Recommendation:
    """One recommended item for one user, with why."""

    item: str
    score: float
    title: str | None = None
    because: list[dict[str, Any]] = field(default_factory=list)
    """The user's own items that drove it: ``{"item", "title", "weight"}``."""
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class RecommendService:
    """Train models on a tenant's events, keep them in the registry, and recommend with the newest.

    Safe under concurrent requests: loading a model and folding a new user into it (which grows the
    shared model's arrays and id maps) happen under one lock, so two new users folded in at once never
    share a row; scoring reads only rows already complete.
    """

    def __init__(self, store: Store, tenant: str, models_dir: Path) -> None:
        self.store, self.tenant, self.models_dir = store, tenant, models_dir
        self._interim: tuple[float, Recommender] | None = None
        self._loaded: dict[tuple[int, int], Recommender] = {}
        """Models in memory by registry id and their file's modification time: a file rewritten by an
        erase in another process (``forget_user``) is loaded again here, not served as it was."""
        # What is worked out once per loaded model, held by the model object itself (weakly): an id()
        # can come back for the next model loaded once the last is freed (a file rewritten by an erase in
        # another process), and must not bring its user rows with it.
        self._user_index: weakref.WeakKeyDictionary[Recommender, dict[str, int]] = weakref.WeakKeyDictionary()
        self._item_index: weakref.WeakKeyDictionary[Recommender, dict[str, int]] = weakref.WeakKeyDictionary()
        self._tag_index: weakref.WeakKeyDictionary[Recommender, dict[str, np.ndarray]] = (
            weakref.WeakKeyDictionary()
        )
        self._catalogue = -1
        """The catalogue generation (``Store.catalogue_generation``) the tag indices were built from."""
        self._lock = threading.RLock()

    def train(
        self,
        algorithm: str = "ease",
        *,
        kinds: tuple[str, ...] = DEFAULT_KINDS,
        progress: bool = False,
        job: int | None = None,
        **params: Any,
    ) -> dict[str, Any]:
        """Fit ``algorithm`` on the tenant's events of ``kinds``, save it and register it (``job``: the
        background job doing it, recorded so that a re-run of the job finds its model)."""
        data = Interactions.from_store(self.store, self.tenant, kinds)
        if len(data) == 0:
            raise InputError(
                f"no events of kinds {', '.join(kinds)} to train on in tenant {self.tenant!r}; "
                "load some first (tailorkit ingest / datasets load)"
            )
        model = get_recommender(algorithm)(**params).fit(data, progress=progress)
        folder = self.models_dir / path_part(self.tenant)
        folder.mkdir(parents=True, exist_ok=True)
        path = model.save(
            folder / f"{algorithm}-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**6}.npz"
        )
        snapshot = {
            "kinds": list(kinds),
            "users": data.n_users,
            "items": data.n_items,
            "interactions": len(data),
            "newest_event": float(data.log["ts"].max()),
        }
        if job is not None:
            snapshot["job"] = job
        record = self.store.scope(self.tenant).models.add(
            algorithm=algorithm,
            config=model.config.model_dump(mode="json"),
            snapshot=snapshot,
            metrics={},
            fit_seconds=model.fit_seconds,
            path=str(path),
        )
        with self._lock:
            self._loaded[(record["id"], _mtime(path))] = model
            self._keep_newest()
        return record

    def _keep_newest(self) -> None:
        """Only the newest model of each algorithm stays loaded (requests are served from those): a
        server that retrains every night would otherwise hold every version it trained."""
        newest: dict[str, int] = {}
        for r in self.store.scope(self.tenant).models.list():
            newest.setdefault(r["algorithm"], r["id"])
        keep = set(newest.values())
        for key in [k for k in self._loaded if k[0] not in keep]:
            del self._loaded[key]

    def model(
        self, algorithm: str | None = None, *, interim: bool = False
    ) -> tuple[dict[str, Any], Recommender]:
        """The newest registered model (of ``algorithm``), loaded; with ``interim``, where none was
        trained yet, popularity counted from the tenant's events (``interim_model``)."""
        records = self.store.scope(self.tenant).models.list(algorithm)
        if not records and interim and algorithm is None:
            return {"id": None, "algorithm": "popularity", "interim": True}, self.interim_model()
        if not records:
            what = f"{algorithm!r} model" if algorithm else "model"
            raise NotFoundError(f"no trained {what} in tenant {self.tenant!r}; run `tailorkit train` first")
        record = records[0]
        with self._lock:
            key = (record["id"], _mtime(Path(record["path"])))
            model = self._loaded.get(key)
            if model is None:
                for stale in [k for k in self._loaded if k[0] == record["id"]]:
                    del self._loaded[stale]
                model = self._loaded[key] = Recommender.load(record["path"])
                self._keep_newest()
            return record, model

    def interim_model(self) -> Recommender:
        """Popularity over the tenant's events (the default training kinds), for the assistant to pick from
        before any model is trained: counted once per ``INTERIM_SECONDS`` (and after an erase), never
        registered or saved.

        Raises:
            NotFoundError: the tenant has no such events either.
        """
        with self._lock:
            if self._interim is not None and time.monotonic() - self._interim[0] < INTERIM_SECONDS:
                return self._interim[1]
            data = Interactions.from_store(self.store, self.tenant, DEFAULT_KINDS)
            if not len(data.log):
                raise NotFoundError(f"no trained model and no events in tenant {self.tenant!r}")
            model = get_recommender("popularity")().fit(data)
            self._interim = (time.monotonic(), model)
            return model

    def recommend(
        self,
        user: str,
        n: int = 10,
        *,
        explain: bool = False,
        algorithm: str | None = None,
        prefer: set[str] | frozenset[str] = frozenset(),
        avoid: set[str] | frozenset[str] = frozenset(),
        require: set[str] | frozenset[str] = frozenset(),
        exclude: Collection[str] = (),
        interim: bool = False,
    ) -> list[Recommendation]:
        """The top ``n`` items for ``user`` (external id). A user the model has not seen is folded in
        from their stored events; one with no usable events gets the most popular items.

        ``avoid``: tags the user said to stay away from (an item carrying one is left out); ``prefer``:
        tags they said they like (items carrying one take three places in five, ``_as_stated``);
        ``require``: tags the request asks for ("any comedies?"): only items carrying them (those carrying
        every one first, then fewer of them), in the model's order (all items when no item carries one);
        ``exclude``: items not to pick (external ids: what the user said they had, what they were just
        given); nor is what they disliked last (``Events.disliked``). ``interim``: where no model was
        trained yet, popularity over all the events (``interim_model``), less what the user had."""
        _, model = self.model(algorithm, interim=interim)
        assert model.user_ids is not None and model.item_ids is not None
        u = self._place(model, user)
        scope = self.store.scope(self.tenant)
        exclude = {*exclude, *scope.events.disliked(scope.user_id(external_id(user, "user")))}
        picks = self._picks(model, u, n, prefer, avoid, require, exclude)
        note = self._unplaced_note(model, prefer) if u is None else ""
        names = model.item_ids
        if explain and u is not None:
            picks = [(i, score, model.explain(u, i)) for i, score, _ in picks]
        because: dict[int, list[tuple[int, float]]] = {i: (why.because if why else []) for i, _, why in picks}
        wanted = {str(names[j]) for i, reasons in because.items() for j in [i, *(k for k, _ in reasons)]}
        titles = self.store.scope(self.tenant).items.titles(wanted)  # one query, not one per item
        return [
            Recommendation(
                str(names[i]),
                score,
                titles.get(str(names[i])),
                [
                    {"item": str(names[j]), "title": titles.get(str(names[j])), "weight": round(w, 4)}
                    for j, w in because[i]
                ],
                why.note if why else note,
            )
            for i, score, why in picks
        ]

    def like(
        self,
        items: list[str],
        n: int = 10,
        *,
        user: str | None = None,
        avoid: set[str] | frozenset[str] = frozenset(),
        exclude: Collection[str] = (),
    ) -> list[Recommendation]:
        """The ``n`` items most like ``items`` (external ids; those the newest model does not know are
        skipped): by the newest model's item similarity (what their users also had) plus the share of
        their catalogue tags an item carries, "anything like Toy Story?". Not ``items``
        themselves, nor what ``user`` (when given and known) has already had, nor an item carrying an
        ``avoid``ed tag, nor one of ``exclude``. Each carries the note "like <title>"."""
        _, model = self.model()
        assert model.item_ids is not None and model.user_items is not None
        position = self._item_positions(model)
        seeds = [position[i] for i in dict.fromkeys(items) if i in position]
        if not seeds:
            return []
        # what the users who had them also had, and what the catalogue says they share (their tags)
        scores = np.sum([model.item_similarity(i) for i in seeds], axis=0).astype(np.float64) / len(seeds)
        index = self._tags_of(model)
        tags = [t for t, carrying in index.items() if np.isin(seeds, carrying).any()]
        if tags:
            shared = np.zeros(model.n_items)
            for t in tags:
                shared[index[t]] += 1.0
            scores += shared / len(tags)
        scores[seeds] = -np.inf
        scores[[position[i] for i in exclude if i in position]] = -np.inf
        with contextlib.suppress(UserNotFoundError):
            u = self._place(model, user) if user else None
            if u is not None:
                scores[model.user_items[u].indices] = -np.inf
        ids, values = top_n(scores[None, :], n * 4 if avoid else n)
        picks: list[Pick] = [
            (int(i), float(v), None) for i, v in zip(ids[0], values[0], strict=True) if np.isfinite(v)
        ]
        if avoid:
            found = [str(model.item_ids[i]) for i, _, _ in picks]
            picks = as_stated(picks, self._item_tags(found), frozenset(), avoid, n)
        names = [str(model.item_ids[i]) for i, _, _ in picks[:n]]
        seed_names = [str(model.item_ids[i]) for i in seeds]
        titles = self.store.scope(self.tenant).items.titles({*names, *seed_names})
        note = "like " + ", ".join(titles.get(i) or i for i in seed_names)
        return [
            Recommendation(name, score, titles.get(name), [], note)
            for name, (_, score, _) in zip(names, picks, strict=False)
        ]

    def liked_near(self, user: str, items: list[str], k: int = 2) -> dict[str, list[str]]:
        """For each of ``items`` the model knows: the titles of the (at most ``k``) items of the user's
        own history that bring it closest to them ("close to The Terminator, which you liked"); nothing
        for a user the model cannot place."""
        _, model = self.model()
        assert model.item_ids is not None
        u = self._place(model, user)
        if u is None:
            return {}
        position = self._item_positions(model)
        near: dict[str, list[int]] = {}
        for item in items:
            if item in position:
                i = position[item]
                near[item] = [j for j, w in model.explain(u, i).because if j != i and w > 0][:k]
        names = {str(model.item_ids[j]) for js in near.values() for j in js}
        titles = self.store.scope(self.tenant).items.titles(names)
        return {
            item: [t for j in js if (t := titles.get(str(model.item_ids[j])))] for item, js in near.items()
        }

    def _liked_elsewhere(
        self, model: Recommender, u: int | None, prefer: set[str] | frozenset[str], n: int, have: set[int]
    ) -> list[Pick]:
        """The best ``n`` items (by the model, or popularity for someone it does not know) that carry a
        tag the user said they like, wherever the model ranks them: a liked director's films may all lie
        past the first picks of a large catalogue."""
        index = self._tags_of(model)
        found = [index[t] for t in prefer if t in index]
        if not found:
            return []
        return tiered(model, u, carrying(found), n, have)  # every liked tag first

    def _stated_tags(self, model: Recommender, prefer: set[str] | frozenset[str]) -> list[str]:
        """The tags of ``prefer`` that some item of ``model`` carries, sorted."""
        index = self._tags_of(model)
        return sorted(t for t in prefer if t in index and len(index[t]))

    def _unplaced_note(self, model: Recommender, prefer: set[str] | frozenset[str]) -> str:
        """What picks for someone the model cannot place come from: "like <tags>" they said they like
        (``_near_stated``), else "popular"."""
        liked = self._stated_tags(model, prefer)
        return "like " + ", ".join(liked) if liked else "popular"

    def _near_stated(self, model: Recommender, prefer: set[str] | frozenset[str]) -> np.ndarray | None:
        """For someone the model cannot place who said what they like (``prefer``): the items carrying more
        of those tags first, and among as many, by likeness (the model's item similarity, averaged) to the
        most popular items carrying each tag (up to ``STATED_SEEDS``), a tag few items carry weighing more
        than one many do ("宫崎骏的动画": Hayao Miyazaki over Animation), shrunk where few users had an
        item, popularity breaking ties. For "Studio Ghibli", where two items carry the tag, Spirited Away,
        Totoro and Kiki's Delivery Service come next, not the most popular films. None where no item
        carries one."""
        index = self._tags_of(model)
        stated = self._stated_tags(model, prefer)
        if not stated:
            return None
        pop = popularity(model)
        near = np.zeros(model.n_items)
        carried = np.zeros(model.n_items)
        total = 0.0
        for tag in stated:
            items = index[tag]
            carried[items] += 1.0
            seeds = items[np.argsort(-pop[items], kind="stable")][:STATED_SEEDS]
            weight = 1.0 / np.log(2.0 + len(items))
            near += weight * np.mean([model.item_similarity(int(i)) for i in seeds], axis=0)
            total += weight
        near /= total
        # shrunk where few users had an item (its likeness is noise: "A Thousand Clowns" next to Porco Rosso)
        near *= pop / (pop + STATED_SHRINK)
        spread = float(near.max() - near.min()) + 1.0
        return carried * spread + near + 1e-9 * pop / max(float(pop.max()), 1.0)

    def _tags_of(self, model: Recommender) -> dict[str, np.ndarray]:
        """Catalogue tag -> the model's indices of the items carrying it, read once per loaded model."""
        key = model
        with self._lock:
            generation = self.store.catalogue_generation(self.store.tenant_id(self.tenant))
            if generation != self._catalogue:  # items added or changed since: tags read again
                self._tag_index.clear()
                self._catalogue = generation
            if key not in self._tag_index:
                assert model.item_ids is not None
                names = [str(i) for i in model.item_ids]
                tags = self.store.scope(self.tenant).items.tags(names)
                by_tag: dict[str, list[int]] = {}
                for k, name in enumerate(names):
                    for tag in tags.get(name, ()):
                        by_tag.setdefault(tag, []).append(k)
                self._tag_index[key] = {t: np.array(v, np.int64) for t, v in by_tag.items()}
            return self._tag_index[key]

    def _item_tags(self, items: list[str]) -> list[set[str]]:
        """The catalogue tags of each of ``items`` (external ids), in order."""
        tags = self.store.scope(self.tenant).items.tags(items)
        return [set(tags.get(item, ())) for item in items]

    def reload(self) -> None:
        """Forget loaded models, so the next call reads their files again (after they were rewritten)."""
        with self._lock:
            self._interim = None
            self._loaded.clear()
            self._user_index.clear()
            self._item_index.clear()
            self._tag_index.clear()

    def popular(
        self,
        n: int = 10,
        *,
        algorithm: str | None = None,
        prefer: set[str] | frozenset[str] = frozenset(),
        avoid: set[str] | frozenset[str] = frozenset(),
        require: set[str] | frozenset[str] = frozenset(),
        exclude: Collection[str] = (),
        interim: bool = False,
    ) -> list[Recommendation]:
        """The ``n`` items with the most interactions in the newest model's training data (for nobody in
        particular: anonymous visitors, the non-personalised assistant, someone the store does not know
        yet), as stated and asked (``prefer``, ``avoid``, ``require``, ``exclude``: see ``recommend``); with
        a ``prefer``red tag some item carries, those most like the items carrying it instead (noted "like
        <tag>", ``_near_stated``). ``interim``: where no model was trained yet, over all the events."""
        _, model = self.model(algorithm, interim=interim)
        assert model.item_ids is not None
        picks = self._picks(model, None, n, prefer, avoid, require, exclude)
        titles = self.store.scope(self.tenant).items.titles([str(model.item_ids[i]) for i, _, _ in picks])
        note = self._unplaced_note(model, prefer)
        return [
            Recommendation(str(model.item_ids[i]), score, titles.get(str(model.item_ids[i])), [], note)
            for i, score, _ in picks
        ]

    def _picks(
        self,
        model: Recommender,
        u: int | None,
        n: int,
        prefer: set[str] | frozenset[str],
        avoid: set[str] | frozenset[str],
        require: set[str] | frozenset[str] = frozenset(),
        exclude: Collection[str] = (),
    ) -> list[Pick]:
        """The ``n`` best items for the user at index ``u`` of ``model`` (popularity in its training data
        for None), those carrying every ``require``d tag first and then those carrying fewer, down to one
        (when an item does), as the user stated (``_as_stated``)."""
        fetch = n * 4 if (prefer or avoid) else n  # room for what the user's statements leave out
        index = self._tags_of(model) if require else {}
        found = [index[t] for t in require if t in index]
        # only what the request asks for: what carries each tag it names, then any of them
        tiers: Sequence[np.ndarray | None] = carrying(found) if found else [None]
        position = self._item_positions(model) if exclude else {}
        skip = {position[i] for i in exclude if i in position}
        # someone the model cannot place who said what they like: what is like the items that carry it
        stated = self._near_stated(model, prefer) if u is None and prefer else None
        picks = tiered(model, u, tiers, fetch, skip, stated)
        if prefer and not found:  # with a request's tags, what the user likes only orders its picks
            picks += self._liked_elsewhere(model, u, prefer, n, skip | {i for i, _, _ in picks})
        if prefer or avoid:
            assert model.item_ids is not None
            names = [str(model.item_ids[i]) for i, _, _ in picks]
            picks = as_stated(picks, self._item_tags(names), prefer, avoid, n)
        return picks[:n]

    def _index(self, model: Recommender) -> dict[str, int]:
        """External user id -> index for a loaded model, built once per model."""
        key = model
        if key not in self._user_index:
            assert model.user_ids is not None
            self._user_index[key] = {str(u): i for i, u in enumerate(model.user_ids)}
        return self._user_index[key]

    def _item_positions(self, model: Recommender) -> dict[str, int]:
        """External item id -> index for a loaded model, built once per model (its items do not change)."""
        key = model
        with self._lock:
            if key not in self._item_index:
                assert model.item_ids is not None
                self._item_index[key] = {str(i): k for k, i in enumerate(model.item_ids)}
            return self._item_index[key]

    def _place(self, model: Recommender, user: str) -> int | None:
        """``user``'s index in ``model``: as trained, else folded in from their stored events; None for a
        user with no event the model can use (also one it was trained with: a user the store had, with no
        events of its kinds). Raises ``UserNotFoundError`` for an unknown user."""
        user = external_id(user, "user")  # the form the store and the model's id map use
        with self._lock:
            index = self._index(model)
            u = index[user] if user in index else self._fold_in(model, user)
        # ... not one it was trained with but who had nothing in its data (every score 0): as new
        rows = model.user_items
        empty = (
            u is not None and rows is not None and u < rows.shape[0] and rows.indptr[u + 1] == rows.indptr[u]
        )
        return None if empty else u

    def _fold_in(self, model: Recommender, user: str) -> int | None:
        assert model.item_ids is not None
        try:
            scope = self.store.scope(self.tenant)
            events = scope.events.of_user(scope.user_id(user))
        except UserNotFoundError:
            raise UserNotFoundError(f"no user {user!r} in tenant {self.tenant!r}") from None
        items = self._item_positions(model)
        # in time order (events come oldest first), each item at its latest use: for sequential models
        order = [items[i] for i in events["item"].dropna().astype(str) if i in items]
        sequence = list(dict.fromkeys(reversed(order)))[::-1]
        if not sequence:
            return None
        known = sorted(sequence)
        u = model.n_users
        row = sp.csr_matrix((np.ones(len(known)), (np.zeros(len(known)), known)), shape=(1, model.n_items))
        model.partial_fit_users([u], row, sequences=[np.array(sequence)])
        assert model.user_ids is not None
        model.user_ids = np.append(model.user_ids, user)
        self._index(model)[user] = u
        return u

    # -- erasure -----------------------------------------------------------------------------------

    def forget_user(self, user: str) -> int:
        """Make every saved model forget ``user`` (id, training row, learned rows); how many changed."""
        scrubbed = 0
        for record in self.store.scope(self.tenant).models.list():
            path = Path(record["path"])
            if not path.exists():
                continue
            model = Recommender.load(path)
            if model.forget_users([user]):
                tmp = path.with_name(path.stem + ".erasing.npz")
                model.save(tmp)
                tmp.replace(path)
                scrubbed += 1
        self.reload()
        return scrubbed

    def refit_all(self) -> tuple[list[str], int, dict[str, str]]:
        """Fit the newest model of each algorithm again, with its configuration, on the data as it is
        now; then delete every older version (file and registry row) of the algorithms refitted. An
        algorithm with nothing left to learn from, or whose refit fails (reported), keeps its model.
        Returns (algorithms refitted, versions removed, failures by algorithm)."""
        before = self.store.scope(self.tenant).models.list()
        newest: dict[str, dict[str, Any]] = {}
        for record in before:
            newest.setdefault(record["algorithm"], record)
        retrained: list[str] = []
        failed: dict[str, str] = {}
        for algorithm, record in newest.items():
            kinds = tuple((record["snapshot"] or {}).get("kinds") or DEFAULT_KINDS)
            try:
                self.train(algorithm, kinds=kinds, **(record["config"] or {}))
            except InputError:
                continue
            except Exception as exc:  # the caller's work is done: report it, keep the old model
                failed[algorithm] = f"{type(exc).__name__}: {exc}"
                continue
            retrained.append(algorithm)
        stale = [r for r in before if r["algorithm"] in retrained]
        for record in stale:  # files first: a crash in between leaves rows without files, which are skipped
            remove_within(Path(record["path"]), self.models_dir)
        self.store.scope(self.tenant).models.delete([r["id"] for r in stale])
        self.reload()
        return sorted(retrained), len(stale), failed


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
