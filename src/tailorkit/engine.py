"""``Engine``: the one object a Python user holds. It wires the parts together from ``Settings``."""

from __future__ import annotations

import contextlib
import difflib
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

import pandas as pd

from tailorkit.config import Settings
from tailorkit.data import (
    IngestOptions,
    IngestReport,
    LoadReport,
    Progress,
    Source,
    Target,
    get_dataset,
    ingest,
)
from tailorkit.errors import InputError
from tailorkit.metrics import EVENTS
from tailorkit.store import Stats, Store

if TYPE_CHECKING:  # the heavy parts (numba, torch ...) load on first use, keeping the CLI quick
    from tailorkit.assistant import Answer, Assistant
    from tailorkit.knowledge import KnowledgeService
    from tailorkit.llm import ChatModel
    from tailorkit.memory import MemoryService
    from tailorkit.privacy import Holders
    from tailorkit.profiles import Profile, ProfileService
    from tailorkit.recommend import Recommendation, RecommendService

__all__ = ["Engine"]


class Engine:
    """A tailorkit instance over one store, acting for one tenant.

    Open one with ``Engine.open()`` (the data directory from settings), ``Engine.open("app.db")``
    (a SQLite file) or ``Engine.open("postgresql://...")``; close it with ``close()`` or use it
    as a context manager.
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.tenant = settings.tenant
        self._recommender: RecommendService | None = None
        self._profiles: ProfileService | None = None
        self._memories: MemoryService | None = None
        self._chat_model: ChatModel | None = None
        self._knowledge: KnowledgeService | None = None
        self._assistant: Assistant | None = None

    @classmethod
    def open(
        cls,
        path_or_url: str | Path | None = None,
        settings: Settings | None = None,
        *,
        tenant: str | None = None,
    ) -> Engine:
        """Open (creating or migrating as needed) a store.

        Args:
            path_or_url: a SQLite file path or a SQLAlchemy URL; default: from settings.
            settings: defaults to ``Settings.load()`` (environment and ``TAILORKIT_CONFIG``).
            tenant: the tenant to act for; default ``settings.tenant``.
        """
        settings = settings or Settings.load()
        if tenant is not None:
            settings = settings.model_copy(update={"tenant": tenant})
        if path_or_url is None:
            url = settings.resolved_database_url()
        elif "://" in str(path_or_url):
            url = str(path_or_url)
        else:
            url = f"sqlite:///{Path(path_or_url).expanduser().resolve().as_posix()}"
        return cls(Store.open(url, settings.store), settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingestion -----------------------------------------------------------------------------

    def _ingest(self, target: Target, source: Source, options: IngestOptions) -> IngestReport:
        settings = self.settings.ingest
        return ingest(
            self.store,
            self.tenant,
            target,
            source,
            batch_size=settings.batch_size,
            max_reported_errors=settings.max_reported_errors,
            **options,
        )

    def ingest_events(
        self, source: Source, *, update_profiles: bool = False, **options: Unpack[IngestOptions]
    ) -> IngestReport:
        """Load events from a file, a DataFrame or an iterable of dicts.

        Options (see ``tailorkit.data.ingest``): ``mapping``, ``kind``, ``on_error``, ``rejects``,
        ``progress``, ``fmt``, ``encoding``, ``delimiter``, ``header``, ``timestamp_unit``, ``source_name``.
        With ``update_profiles`` the events it stored are folded into the users' profiles right away
        (each in time proportional to its features; events other writers store meanwhile are theirs to
        fold), in the same transaction for a list of at most ``ingest.batch_size`` records; bulk loads
        are faster followed by ``profiles.rebuild()``.

        Example:
            >>> engine.ingest_events("ratings.csv", mapping={"user": "userId", "item": "movieId",
            ...                      "value": "rating"}, kind="rate")
        """
        if not update_profiles:
            report = self._ingest("events", source, options)
        else:  # the ingestion says which events it stored: those, and no one else's, fold
            options["track_new"] = True
            # a batch in memory (a live event, an HTTP batch) is one transaction with its fold: the
            # profiles never miss stored events, and one commit serves both
            whole = isinstance(source, list) and len(source) <= self.settings.ingest.batch_size
            with self.store.unit_of_work() if whole else contextlib.nullcontext():
                report = self._ingest("events", source, options)
                if report.new_events:
                    self.profiles.fold_events(report.new_events)
        EVENTS.inc(report.written)
        return report

    def ingest_users(self, source: Source, **options: Unpack[IngestOptions]) -> IngestReport:
        """Create or update users; columns other than the user fields become attributes."""
        return self._ingest("users", source, options)

    def ingest_items(self, source: Source, **options: Unpack[IngestOptions]) -> IngestReport:
        """Create or update items; columns other than the item fields become attributes."""
        return self._ingest("items", source, options)

    def load_dataset(
        self, name: str, path: str | Path | None = None, *, progress: Progress | None = None, **options: Any
    ) -> LoadReport:
        """Load a registered data set (``demo``, ``ml-100k``, ``movielens``, ``locomo`` ...)."""
        start = time.perf_counter()
        dataset = get_dataset(name)
        folder = dataset.locate(path, self.settings.datasets_dir)
        report = LoadReport(dataset.name, str(folder))
        for part in dataset.parts(folder, batch_size=self.settings.ingest.batch_size, **options):
            report.parts.append(
                self._ingest(
                    part.target,
                    part.source,
                    {**part.options, "source_name": part.source_name, "progress": progress},  # type: ignore[typeddict-item]
                )
            )
        report.seconds = time.perf_counter() - start
        return report

    def track(
        self,
        user: str,
        kind: str,
        item: str | None = None,
        *,
        value: float | None = None,
        text: str | None = None,
        timestamp: float | str | None = None,
        meta: dict[str, Any] | None = None,
        key: str | None = None,
    ) -> int:
        """Record one live event and fold it into the user's profile at once (bulk loads use
        ``ingest_events`` and then ``profiles.rebuild``). Returns how many events were new (0 or 1)."""
        record = {
            "user": user,
            "kind": kind,
            "item": item,
            "value": value,
            "text": text,
            "timestamp": timestamp,
            "meta": meta,
            "key": key,
        }
        events = [{k: v for k, v in record.items() if v is not None}]
        # tracked: the profile folds the row the insert returned, without reading it back
        return self.ingest_events(events, update_profiles=True, source_name="api").written

    # -- profiles ------------------------------------------------------------------------------

    @property
    def profiles(self) -> ProfileService:
        """Profiles of this tenant's users: show, set, forget, consent, rebuild."""
        if self._profiles is None:
            from tailorkit.profiles import ProfileService

            self._profiles = ProfileService(self.store, self.tenant, self.settings.profiles.half_life_days)
        return self._profiles

    def profile(self, user: str) -> Profile:
        """What tailorkit knows about ``user``: explicit attributes, interests, behaviour, summary."""
        return self.profiles.show(user)

    # -- memories ------------------------------------------------------------------------------

    @property
    def memories(self) -> MemoryService:
        """Long-term memories of this tenant's users: remember, add, search, list, forget."""
        if self._memories is None:
            from tailorkit.llm import SentenceEmbedder
            from tailorkit.memory import MemoryService

            self._memories = MemoryService(
                self.store,
                self.tenant,
                self.settings.memory,
                embedder=SentenceEmbedder.from_settings(self.settings.llm),  # loaded on first use
                redact_pii=self.settings.privacy.redact_pii,
            )
        return self._memories

    @property
    def knowledge(self) -> KnowledgeService:
        """This tenant's documents: ingest, search, list, remove (the memories' embedder)."""
        if self._knowledge is None:
            from tailorkit.knowledge import KnowledgeService

            self._knowledge = KnowledgeService(
                self.store, self.tenant, self.settings.knowledge, embedder=lambda: self.memories.embedder
            )
        return self._knowledge

    # -- assistant -----------------------------------------------------------------------------

    @property
    def chat_model(self) -> ChatModel:
        """The configured chat backend (``settings.llm``), built on first use and kept."""
        if self._chat_model is None:
            from tailorkit.llm import chat_model

            self._chat_model = chat_model(self.settings.llm)
        return self._chat_model

    @chat_model.setter
    def chat_model(self, model: ChatModel) -> None:
        self._chat_model, self._assistant = model, None

    @property
    def assistant(self) -> Assistant:
        """The personal assistant over this engine's users, with ``chat_model``."""
        if self._assistant is None:
            from tailorkit.assistant import Assistant, AssistantParts

            parts = AssistantParts(
                self.store,
                self.tenant,
                self.profiles,
                self.memories,
                self.recommender,
                self.track,
                redact_pii=self.settings.privacy.redact_pii,
                knowledge=self.knowledge,
            )
            self._assistant = Assistant(parts, self.chat_model, self.settings.assistant)
        return self._assistant

    def chat(self, user: str, message: str, conversation: int | None = None, **options: Any) -> Answer:
        """Answer ``message`` for ``user``: see ``Assistant.respond``."""
        return self.assistant.respond(user, message, conversation, **options)

    def tune(
        self,
        user: str | None = None,
        *,
        segment: str | None = None,
        progress: Callable[[int, float], None] | None = None,
    ) -> dict[str, Any]:
        """Train and register a LoRA adapter for ``user`` or ``segment="key=value"`` (see
        ``tailorkit.tuning.tune``); returns the registry record."""
        from tailorkit.tuning import tune

        return tune(self.store, self.tenant, self.settings, user, segment=segment, progress=progress)

    # -- privacy -------------------------------------------------------------------------------

    def export(self, user: str) -> dict[str, Any]:
        """Everything stored about ``user``, as one JSON-ready document."""
        from tailorkit.privacy import export_user

        return export_user(self._holders(), user)

    def erase(self, user: str, *, refit: bool = True) -> dict[str, Any]:
        """Delete ``user`` everywhere: rows, indexes, logs, trained models, adapters. Returns what went.
        ``refit=False``: the models are refitted without the user later, by a job the caller submits
        (``privacy.retrain_on_erase`` decides whether at all)."""
        from tailorkit.privacy import erase_user

        return erase_user(self._holders(), user, refit=refit)

    def _holders(self) -> Holders:
        from tailorkit.privacy import Holders

        return Holders(self.store, self.tenant, self.settings, self.profiles, self.memories, self.recommender)

    # -- recommendations -----------------------------------------------------------------------

    @property
    def recommender(self) -> RecommendService:
        """Training, the model registry and recommendations for this tenant."""
        if self._recommender is None:
            from tailorkit.recommend import RecommendService

            self._recommender = RecommendService(self.store, self.tenant, self.settings.data_dir / "models")
        return self._recommender

    def train(self, algorithm: str = "ease", **params: Any) -> dict[str, Any]:
        """Train a recommender on this tenant's events and register it; returns the registry row."""
        return self.recommender.train(algorithm, **params)

    def recommend(
        self,
        user: str,
        n: int = 10,
        *,
        explain: bool = False,
        algorithm: str | None = None,
        tags: Iterable[str] = (),
    ) -> list[Recommendation]:
        """The top ``n`` items for ``user`` from the newest trained model, leaving out what the user said
        to avoid and favouring what they said they like (``Profile.stated_tags``); with ``tags``, only
        items carrying them (each where some item carries them all, else any)."""
        wanted = self.catalogue_tags(tags)
        prefer, avoid = self.profiles.stated_tags(user)
        return self.recommender.recommend(
            user, n, explain=explain, algorithm=algorithm, prefer=prefer, avoid=avoid, require=wanted
        )

    def catalogue_tags(self, tags: Iterable[str]) -> set[str]:
        """``tags`` as the catalogue spells them (``sci-fi`` is ``Sci-Fi``: case and surrounding spaces
        aside). Raises ``InputError`` for one that no item carries, naming the nearest that some do."""
        asked = [str(t).strip() for t in tags if str(t).strip()]
        if not asked:
            return set()
        carried, _ = self.store.scope(self.tenant).items.tag_counts()
        spelled: dict[str, str] = {}
        for tag in sorted(carried, key=lambda t: -carried[t]):  # the commonest spelling wins
            spelled.setdefault(tag.casefold(), tag)
        out = set()
        for tag in asked:
            if tag in carried or tag.casefold() in spelled:
                out.add(tag if tag in carried else spelled[tag.casefold()])
                continue
            near = difflib.get_close_matches(tag.casefold(), list(spelled), n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(repr(spelled[n]) for n in near)}?" if near else ""
            raise InputError(f"no item carries the tag {tag!r}{hint}")
        return out

    # -- reads ---------------------------------------------------------------------------------

    def stats(self) -> Stats:
        """Counts of users, items and events (by kind) for this engine's tenant."""
        return self.store.stats(self.tenant)

    def user(self, external_id: str) -> dict[str, Any]:
        """A user's stored row. Raises ``UserNotFoundError``."""
        return self.store.get_user(self.tenant, external_id)

    def item(self, external_id: str) -> dict[str, Any]:
        """An item's stored row. Raises ``ItemNotFoundError``."""
        return self.store.get_item(self.tenant, external_id)

    def events(self, user: str) -> pd.DataFrame:
        """A user's events in time order."""
        scope = self.store.scope(self.tenant)
        return scope.events.of_user(scope.user_id(user))
