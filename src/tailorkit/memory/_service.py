"""Memories of one tenant's users: remember (extract + reconcile), add, search, list, forget.

Every method takes the user first and reaches that user's rows only; the user's row id is bound in
the query layer (``store/_memories.py``), never taken from what a caller passes about a memory.
"""

from __future__ import annotations

import builtins
import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import numpy as np
from sqlalchemy import Connection, Table, func, select

from tailorkit.config import MemorySettings
from tailorkit.errors import InputError, MemoryNotFoundError
from tailorkit.llm import Embedder, torch_threads
from tailorkit.memory._extract import Extractor, RuleExtractor
from tailorkit.memory._records import Candidate, Change, Hit, Memory, MemoryKind
from tailorkit.privacy import redact
from tailorkit.store import (
    MemoryRecord,
    Store,
    User,
    delete_memories,
    fts_search,
    has_sqlite_vec,
    insert_memories,
    memory_rows,
    update_memories,
    vector_search,
)
from tailorkit.text import index_terms, language

__all__ = ["MemoryService"]

log = logging.getLogger(__name__)

SLOTS = frozenset({"name", "home", "job", "employer", "diet", "favourite"})
"""Categories that hold one value at a time: a new, different value supersedes the old one."""

_KINDS = frozenset(MemoryKind)
M: Table = MemoryRecord.__table__  # type: ignore[assignment]


class MemoryService:
    """Long-term memories of one tenant's users.

    Args:
        store: the database.
        tenant: whose users these are.
        settings: search weights and reconciliation thresholds.
        embedder: turns texts into vectors; default: the bundled MiniLM, loaded on first use. Pass
            ``False`` for full-text search only.
        extractor: what ``remember`` uses; default: the rule-based English/Chinese extractor.
    """

    def __init__(
        self,
        store: Store,
        tenant: str,
        settings: MemorySettings | None = None,
        *,
        embedder: Embedder | bool | None = None,
        extractor: Extractor | None = None,
        redact_pii: bool = False,
    ) -> None:
        self.store, self.tenant = store, tenant
        self.redact_pii = redact_pii
        self.settings = settings or MemorySettings()
        self._embedder = embedder
        self.extractor: Extractor = extractor or RuleExtractor()
        self._sqlite_vec = has_sqlite_vec(store.engine) if store.dialect == "sqlite" else False
        self._executor: ThreadPoolExecutor | None = None

    # -- plumbing --------------------------------------------------------------------------------

    @property
    def embedder(self) -> Embedder | None:
        if self._embedder is None:
            from tailorkit.llm import SentenceEmbedder

            self._embedder = SentenceEmbedder()  # type: ignore[assignment]
        return self._embedder if self._embedder is not False else None  # type: ignore[return-value]

    def _embed(self, texts: Sequence[str]) -> np.ndarray | None:
        embedder = self.embedder
        return None if embedder is None or not texts else embedder.embed(list(texts))

    def _user_id(self, user: str) -> int:
        return int(self.store.get_user(self.tenant, user)["id"])

    def _create_user(self, conn: Connection, user: str) -> int:
        return self.store.resolve_users(conn, self.tenant, [user])[user]

    @staticmethod
    def _memory(row: Mapping[str, Any], user: str) -> Memory:
        fields = {k: row[k] for k in Memory.__dataclass_fields__ if k != "user"}
        return Memory(user=user, **fields)

    def _row(
        self,
        tenant_id: int,
        user_id: int,
        candidate: Candidate,
        vector: np.ndarray | None,
        *,
        now: float,
        source: dict[str, Any] | None,
        context: str | None = None,
        valid_from: float | None = None,
        meta: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        if candidate.kind not in _KINDS:
            raise InputError(f"memory kind {candidate.kind!r} is not one of {sorted(_KINDS)}")
        text = candidate.text.strip()
        if not text:
            raise InputError("a memory needs some text")
        meta = dict(meta or {})
        if candidate.when:
            meta["when"] = candidate.when
        return {
            "tenant_id": tenant_id,
            "user_id": user_id,
            "text": text,
            "kind": str(candidate.kind),
            "topic": candidate.topic,
            "subject": candidate.subject,
            "polarity": candidate.polarity,
            "language": language(text),
            "importance": float(candidate.importance),
            "reinforced": 0,
            "source": source,
            "created_at": now,
            "updated_at": now,
            "valid_from": valid_from if valid_from is not None else now,
            "valid_to": None,
            "superseded_by": None,
            "terms": " ".join(index_terms(text)),
            "context_terms": " ".join(index_terms(context)) if context else None,
            "embedding": vector,
            "meta": meta or None,
        }

    # -- writing ---------------------------------------------------------------------------------

    def remember(
        self,
        user: str,
        message: str,
        *,
        source: dict[str, Any] | None = None,
        extractor: Extractor | None = None,
    ) -> list[Change]:
        """Extract memories from one message and reconcile them with what is already known.

        Returns one ``Change`` per extracted memory (none when the message states nothing to keep or
        the user has turned memory off). An ``LLMExtractor`` whose answer stays invalid raises
        ``ExtractionError``: the message is not dropped silently.
        """
        if not self._consents(user):
            log.info("memory is off for this user; nothing remembered")
            return []  # and the message is not even read
        candidates = (extractor or self.extractor).extract(message)
        return self._apply(user, candidates, source)

    def remember_or_keep(
        self,
        user: str,
        text: str,
        *,
        as_is: bool = False,
        kind: str = MemoryKind.FACT,
        topic: str | None = None,
        source: dict[str, Any] | None = None,
    ) -> list[Change]:
        """``remember`` what ``text`` says; when nothing is extracted (or ``as_is``), keep ``text`` itself
        as one memory of ``kind``. What the CLI and the API do with a text someone adds."""
        changes = [] if as_is else self.remember(user, text, source=source)
        return changes or [self.add(user, text, kind=kind, topic=topic, source=source)]

    def add(
        self,
        user: str,
        text: str,
        *,
        kind: str = MemoryKind.FACT,
        topic: str | None = None,
        subject: str | None = None,
        polarity: int = 1,
        importance: float = 0.5,
        source: dict[str, Any] | None = None,
    ) -> Change:
        """Remember one statement as given (reconciled like an extracted one)."""
        candidate = Candidate(text, kind, topic, subject, polarity, importance)
        return self.apply(user, [candidate], source=source)[0]

    def apply(
        self, user: str, candidates: Sequence[Candidate], *, source: dict[str, Any] | None = None
    ) -> list[Change]:
        """Reconcile ``candidates`` with the user's memories, all in one transaction."""
        if candidates and not self._consents(user):
            log.info("memory is off for this user; nothing remembered")
            return [Change("nothing") for _ in candidates]
        return self._apply(user, candidates, source)

    def _apply(
        self, user: str, candidates: Sequence[Candidate], source: dict[str, Any] | None
    ) -> list[Change]:
        """``apply`` once consent is known."""
        if not candidates:
            return []
        if self.redact_pii:
            candidates = [replace(c, text=redact(c.text).text) for c in candidates]
        vectors = self._embed([c.text for c in candidates])
        now = time.time()
        changes: list[Change] = []
        tenant_id = self.store.tenant_id(self.tenant)
        with self.store.write() as conn:
            uid = self._create_user(conn, user)
            for i, c in enumerate(candidates):
                vector = None if vectors is None else vectors[i]
                if c.action == "forget":
                    changes.append(self._forget_matching(conn, uid, c, vector, now))
                else:
                    changes.append(self._reconcile(conn, tenant_id, uid, user, c, vector, now, source))
        if any(ch.deleted for ch in changes):
            self.store.purge_deleted()  # "forget that ..." leaves no words behind either
        return changes

    def _reconcile(
        self,
        conn: Connection,
        tenant_id: int,
        uid: int,
        user: str,
        c: Candidate,
        vector: np.ndarray | None,
        now: float,
        source: dict[str, Any] | None,
    ) -> Change:
        same: list[dict[str, Any]] = []  # active memories saying the same thing
        replaced: list[dict[str, Any]] = []  # active memories the candidate contradicts or changes
        key = " ".join(index_terms(c.text))
        if c.topic:
            category = c.topic.split(":", 1)[0]
            if not c.change and category not in SLOTS and self._said_before(conn, uid, c.topic, now):
                # Back to something once superseded ("I drink coffee" after "I switched to tea"): a change.
                c = replace(c, change=True)
            for row in self._active_in_category(conn, uid, category, now):
                same_topic = row["topic"] == c.topic
                if category in SLOTS and same_topic:
                    same_value = " ".join(index_terms(row["text"])) == key
                    (same if same_value else replaced).append(row)
                elif same_topic and row["polarity"] == c.polarity:
                    same.append(row)
                elif same_topic or c.change:
                    replaced.append(row)
            replaced_ids = [r["id"] for r in replaced]
        else:
            replaced_ids = []
            same = self._near_duplicates(conn, uid, key, vector, now)
        if same and not replaced_ids:
            row = same[0]
            merged = dict(row["source"] or {})
            if source:
                merged.setdefault("also", []).append(source)
            update_memories(
                conn,
                uid,
                [row["id"]],
                reinforced=row["reinforced"] + 1,
                importance=min(1.0, max(row["importance"], c.importance) + 0.05),
                updated_at=now,
                source=merged or None,
            )
            fresh = memory_rows(conn, uid, ids=[row["id"]])[0]
            return Change("reinforced", self._memory(fresh, user))
        new_id = insert_memories(conn, [self._row(tenant_id, uid, c, vector, now=now, source=source)])[0]
        if replaced_ids:
            update_memories(conn, uid, replaced_ids, valid_to=now, superseded_by=new_id, updated_at=now)
        fresh = memory_rows(conn, uid, ids=[new_id])[0]
        return Change(
            "superseded" if replaced_ids else "added", self._memory(fresh, user), replaced=replaced_ids
        )

    def _active_in_category(
        self, conn: Connection, uid: int, category: str, now: float
    ) -> list[dict[str, Any]]:
        query = select(
            M.c.id, M.c.text, M.c.topic, M.c.polarity, M.c.reinforced, M.c.importance, M.c.source
        ).where(
            M.c.user_id == uid,
            (M.c.topic == category) | M.c.topic.like(f"{category}:%"),
            (M.c.valid_to.is_(None)) | (M.c.valid_to > now),
        )
        return [dict(r._mapping) for r in conn.execute(query)]

    @staticmethod
    def _said_before(conn: Connection, uid: int, topic: str, now: float) -> bool:
        query = select(M.c.id).where(M.c.user_id == uid, M.c.topic == topic, M.c.valid_to <= now).limit(1)
        return conn.execute(query).first() is not None

    def _near_duplicates(
        self, conn: Connection, uid: int, key: str, vector: np.ndarray | None, now: float
    ) -> list[dict[str, Any]]:
        ids: list[int] = []
        if vector is not None:
            ids = [
                i
                for i, sim in vector_search(conn, uid, vector, 3, active_at=now, sqlite_vec=self._sqlite_vec)
                if sim >= self.settings.duplicate_similarity
            ]
        found = {*ids, *(i for i, _ in fts_search(conn, uid, key.split(), 5, active_at=now))}
        rows = memory_rows(conn, uid, ids=found) if found else []
        return [r for r in rows if r["id"] in ids or " ".join(index_terms(r["text"])) == key]

    def _forget_matching(
        self, conn: Connection, uid: int, c: Candidate, vector: np.ndarray | None, now: float
    ) -> Change:
        ids: set[int] = set()
        if c.topic:
            category = c.topic.split(":", 1)[0]
            ids |= {
                r["id"]
                for r in self._active_in_category(conn, uid, category, now)
                if r["topic"] == c.topic or category in SLOTS
            }
        text_ids = {i for i, _ in fts_search(conn, uid, index_terms(c.text), 20, active_at=now)}
        if vector is not None and text_ids:
            close = vector_search(conn, uid, vector, 20, active_at=now, sqlite_vec=self._sqlite_vec)
            ids |= {i for i, sim in close if i in text_ids and sim >= self.settings.forget_similarity}
        if not ids:
            return Change("nothing")
        deleted = self._delete_with_history(conn, uid, ids)
        return Change("forgotten", deleted=deleted)

    def _delete_with_history(self, conn: Connection, uid: int, ids: set[int]) -> list[int]:
        """Delete ``ids`` and every memory they superseded, however far back."""
        doomed, frontier = set(ids), set(ids)
        while frontier:
            older = conn.execute(
                select(M.c.id).where(M.c.user_id == uid, M.c.superseded_by.in_(list(frontier)))
            ).scalars()
            frontier = set(older) - doomed
            doomed |= frontier
        delete_memories(conn, uid, doomed)
        return sorted(doomed)

    def add_many(
        self,
        user: str,
        memories: Sequence[Mapping[str, Any]],
        *,
        vectors: np.ndarray | None = None,
        batch_size: int = 2000,
    ) -> list[int]:
        """Store many memories as given, without reconciliation, in one transaction (imports, benchmarks).

        Each mapping has ``text`` and optionally ``kind``, ``topic``, ``subject``, ``polarity``,
        ``importance``, ``source``, ``context`` (surrounding text, searched with a lower weight),
        ``valid_from`` (epoch seconds) and ``meta``. ``vectors`` skips embedding when given.
        """
        if vectors is not None and len(vectors) != len(memories):
            raise InputError(f"{len(vectors)} vectors for {len(memories)} memories")
        if not self._consents(user):
            raise InputError(f"user {user!r} has turned memory off; nothing was stored")
        if self.redact_pii:
            memories = [{**m, "text": redact(str(m.get("text", ""))).text} for m in memories]
        tenant_id = self.store.tenant_id(self.tenant)
        now = time.time()
        ids: list[int] = []
        with self.store.write() as conn:
            uid = self._create_user(conn, user)
            for start in range(0, len(memories), batch_size):
                chunk = memories[start : start + batch_size]
                for j, m in enumerate(chunk):
                    if not isinstance(m.get("text"), str) or not m["text"].strip():
                        raise InputError(f"memory {start + j}: field 'text' must be a non-empty string")
                block = (
                    vectors[start : start + len(chunk)]
                    if vectors is not None
                    else self._embed([m["text"] for m in chunk])
                )
                rows = [
                    self._row(
                        tenant_id,
                        uid,
                        Candidate(
                            m["text"],
                            m.get("kind", MemoryKind.FACT),
                            m.get("topic"),
                            m.get("subject"),
                            int(m.get("polarity", 1)),
                            float(m.get("importance", 0.5)),
                        ),
                        None if block is None else block[j],
                        now=now,
                        source=m.get("source"),
                        context=m.get("context"),
                        valid_from=m.get("valid_from"),
                        meta=m.get("meta"),
                    )
                    for j, m in enumerate(chunk)
                ]
                ids += insert_memories(conn, rows)
        return ids

    # -- reading ---------------------------------------------------------------------------------

    def search(
        self,
        user: str,
        query: str,
        k: int = 10,
        *,
        include_history: bool = False,
        kinds: Sequence[str] | None = None,
        beside_other_work: bool = False,
    ) -> list[Hit]:
        """The user's memories most relevant to ``query``, best first.

        Full-text (BM25 on SQLite, ``ts_rank`` on Postgres) and embedding similarity each rank up to
        ``settings.candidates`` memories; the rankings are fused by weighted reciprocal rank, with a
        newest-first ranking and a boost for memories about someone the query names.
        """
        if k < 1:
            raise InputError(f"k must be at least 1, got {k}")
        s = self.settings
        uid = self._user_id(user)
        if not self._has_memories(uid):
            return []  # nothing to find: skip the query embedding (most of a search's cost)
        # The query embedding (the slowest step; torch releases the GIL) runs while the database
        # does the full-text ranking.
        embedding = (
            self._pool().submit(self._embed_query, query, beside_other_work)
            if s.vector_weight > 0 and self.embedder
            else None
        )
        terms = index_terms(query)
        active_at = None if include_history else time.time()
        n = max(s.candidates, k)
        with self.store.read() as conn:
            text_hits = fts_search(conn, uid, terms, n, active_at=active_at, context_weight=s.context_weight)
            vector = embedding.result() if embedding is not None else None
            vec_hits = (
                vector_search(conn, uid, vector[0], n, active_at=active_at, sqlite_vec=self._sqlite_vec)
                if vector is not None
                else []
            )
            ids = {i for i, _ in text_hits} | {i for i, _ in vec_hits}
            facts = (
                conn.execute(
                    select(
                        M.c.id, M.c.kind, M.c.subject, func.coalesce(M.c.valid_from, M.c.created_at)
                    ).where(M.c.user_id == uid, M.c.id.in_(ids))
                ).all()
                if ids
                else []
            )
            text_rank = {i: r for r, (i, _) in enumerate(text_hits, 1)}
            vec_rank = {i: r for r, (i, _) in enumerate(vec_hits, 1)}
            by_time = sorted(facts, key=lambda f: (f[3], f[0]), reverse=True)
            time_rank = {f[0]: r for r, f in enumerate(by_time, 1)}
            named = set(terms)
            scored: list[tuple[float, int]] = []
            for i, kind, subject, _ in facts:
                if kinds is not None and kind not in kinds:
                    continue
                score = s.recency_weight / (s.rrf_k + time_rank[i])
                if i in text_rank:
                    score += s.text_weight / (s.rrf_k + text_rank[i])
                if i in vec_rank:
                    score += s.vector_weight / (s.rrf_k + vec_rank[i])
                if subject and named.issuperset(index_terms(subject) or [subject]):
                    score += s.subject_boost
                scored.append((score, i))
            scored.sort(key=lambda x: (-x[0], -x[1]))
            top = scored[:k]
            rows = {r["id"]: r for r in memory_rows(conn, uid, ids=[i for _, i in top])} if top else {}
        similarity = dict(vec_hits)
        return [
            Hit(self._memory(rows[i], user), score, text_rank.get(i), vec_rank.get(i), similarity.get(i))
            for score, i in top
        ]

    def _embed_query(self, query: str, beside_other_work: bool) -> np.ndarray | None:
        with torch_threads(1 if beside_other_work else None):
            return self._embed([query])

    def _has_memories(self, uid: int) -> bool:
        with self.store.read() as conn:
            return conn.execute(select(M.c.id).where(M.c.user_id == uid).limit(1)).first() is not None

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="tailorkit-embed")
        return self._executor

    def list(
        self, user: str, *, include_history: bool = False, kind: str | None = None, limit: int | None = 100
    ) -> list[Memory]:
        """The user's memories, newest first (only those that still hold unless ``include_history``)."""
        uid = self._user_id(user)
        with self.store.read() as conn:
            rows = memory_rows(
                conn, uid, active_at=None if include_history else time.time(), kind=kind, limit=limit
            )
        return [self._memory(r, user) for r in rows]

    def get(self, user: str, memory_id: int) -> Memory:
        uid = self._user_id(user)
        with self.store.read() as conn:
            rows = memory_rows(conn, uid, ids=[memory_id])
        if not rows:
            raise MemoryNotFoundError(f"user {user!r} has no memory {memory_id}")
        return self._memory(rows[0], user)

    def history(self, user: str, memory_id: int) -> builtins.list[Memory]:
        """The memory and the ones it superseded, newest first."""
        chain = [self.get(user, memory_id)]
        uid = self._user_id(user)
        with self.store.read() as conn:
            while True:
                older = (
                    conn.execute(select(M.c.id).where(M.c.user_id == uid, M.c.superseded_by == chain[-1].id))
                    .scalars()
                    .all()
                )
                if not older:
                    break
                chain += [self._memory(r, user) for r in memory_rows(conn, uid, ids=older)]
        return chain

    def count(self, user: str, *, include_history: bool = True) -> int:
        uid = self._user_id(user)
        query = select(func.count()).select_from(M).where(M.c.user_id == uid)
        if not include_history:
            query = query.where(M.c.valid_to.is_(None))
        with self.store.read() as conn:
            return int(conn.execute(query).scalar_one())

    # -- forgetting ------------------------------------------------------------------------------

    def forget(self, user: str, memory_id: int) -> builtins.list[int]:
        """Delete one memory and the history it superseded, from the table and every index.

        Returns the ids deleted. Raises ``MemoryNotFoundError`` when the user has no such memory.
        """
        uid = self._user_id(user)
        with self.store.write() as conn:
            if not memory_rows(conn, uid, ids=[memory_id]):
                raise MemoryNotFoundError(f"user {user!r} has no memory {memory_id}")
            deleted = self._delete_with_history(conn, uid, {memory_id})
        self.store.purge_deleted()  # its words leave the index segments and the log, not just the table
        return deleted

    def forget_matching(self, user: str, description: str) -> Change:
        """Delete what ``description`` describes ("I drink coffee"), as a "forget that ..." message does."""
        extracted = [c for c in self.extractor.extract(description) if c.action == "add"]
        topic = extracted[0].topic if extracted else None
        return self.apply(user, [Candidate(description, topic=topic, action="forget")])[0]

    def forget_all(self, user: str) -> int:
        """Delete every memory of the user; how many were deleted."""
        uid = self._user_id(user)
        with self.store.write() as conn:
            ids = conn.execute(select(M.c.id).where(M.c.user_id == uid)).scalars().all()
            deleted = delete_memories(conn, uid, ids)
        if deleted:
            self.store.purge_deleted()
        return deleted

    def _consents(self, user: str) -> bool:
        with self.store.read() as conn:
            row = conn.execute(
                select(User.consent_memory).where(
                    User.tenant_id == self.store.tenant_id(self.tenant), User.external_id == user
                )
            ).first()
        return row is None or bool(row[0])
