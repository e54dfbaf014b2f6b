"""Memory rows and their indexes: every function here takes the owning user's id and reads or writes
that user's rows only. There is no query over memories without a user id.

Full text: SQLite FTS5 (terms prefixed by the owner's id, see migration 0004) or Postgres ``tsvector``.
Vectors: exact per-user nearest neighbours, computed by sqlite-vec's ``vec_distance_cosine`` (or numpy
where the extension cannot load) or pgvector's ``<=>`` over the user's rows, found through the
``(user_id, valid_to)`` index. A user holds hundreds to a few thousand memories, where an exact scan
costs well under a millisecond and an approximate index would only lose recall.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Connection, Select, Table, bindparam, delete, func, insert, or_, select, text, update

from tailorkit.store._bulk import sql_text
from tailorkit.store._nearest import exact_nearest
from tailorkit.store._schema import MemoryRecord, User

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = [
    "Memories",
    "UserMemories",
    "delete_memories",
    "fts_search",
    "insert_memories",
    "memory_rows",
    "update_memories",
    "vector_search",
]

M: Table = MemoryRecord.__table__  # type: ignore[assignment]
_ACTIVE = "(valid_to IS NULL OR valid_to > :now)"


def _active(expired_too: bool, table: str = "") -> str:
    """The search filter: memories that hold at ``:now``, or with ``expired_too`` also those whose time
    passed by itself (every memory not superseded)."""
    return f"{table}superseded_by IS NULL" if expired_too else _ACTIVE.replace("valid_to", f"{table}valid_to")


_COLUMNS = [c.name for c in M.c if c.name != "id"]
_JSON_COLUMNS = frozenset({"source", "meta"})


def insert_memories(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert memory rows (each with its ``tenant_id`` and ``user_id``); their ids, in order.

    SQLite: one driver-level ``executemany`` (SQLAlchemy's RETURNING path runs a statement per row
    there, a third of the speed); the ids are read back afterwards, which is exact because the write
    transaction holds the database lock and row ids only grow.
    """
    if not rows:
        return []
    if conn.dialect.name != "sqlite":
        result = conn.execute(insert(M).returning(M.c.id, sort_by_parameter_order=True), list(rows))
        return [int(r[0]) for r in result]
    users = {r["user_id"] for r in rows}
    before = conn.execute(text("SELECT coalesce(max(id), 0) FROM memories")).scalar_one()
    values = [
        tuple(
            json.dumps(row.get(c))
            if c in _JSON_COLUMNS and row.get(c) is not None
            else _vector_bytes(row.get(c))
            if c == "embedding"
            else row.get(c)
            for c in _COLUMNS
        )
        for row in rows
    ]
    placeholders = ", ".join("?" * len(_COLUMNS))
    conn.exec_driver_sql(f"INSERT INTO memories ({', '.join(_COLUMNS)}) VALUES ({placeholders})", values)
    ids = (
        conn.execute(select(M.c.id).where(M.c.id > before, M.c.user_id.in_(users)).order_by(M.c.id))
        .scalars()
        .all()
    )
    if len(ids) != len(rows):
        raise RuntimeError(f"inserted {len(rows)} memories but found {len(ids)} new ids")
    return [int(i) for i in ids]


def _vector_bytes(value: Any) -> bytes | None:
    return None if value is None else np.ascontiguousarray(value, dtype=np.float32).tobytes()


def memory_rows(
    conn: Connection,
    user_id: int,
    *,
    ids: Iterable[int] | None = None,
    active_at: float | None = None,
    kind: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The user's memories, newest first: optionally only ``ids``, only those valid at ``active_at``."""
    query = _rows_query(ids is not None, active_at is not None, kind is not None, limit is not None)
    params = {"u": user_id, "ids": list(ids or ()), "now": active_at, "kind": kind, "limit": limit}
    return [dict(r._mapping) for r in conn.execute(query, params)]


@functools.cache
def _rows_query(by_ids: bool, active: bool, by_kind: bool, limited: bool) -> Select[Any]:
    """``memory_rows``'s statement for the filters it is given, built once: a search reads rows two or
    three times, and building the statement cost about as much as running it."""
    columns = [c for c in M.c if c.name not in ("terms", "context_terms", "embedding")]
    query = select(*columns).where(M.c.user_id == bindparam("u"))
    if by_ids:
        query = query.where(M.c.id.in_(bindparam("ids", expanding=True)))
    if active:
        query = query.where((M.c.valid_to.is_(None)) | (M.c.valid_to > bindparam("now")))
    if by_kind:
        query = query.where(M.c.kind == bindparam("kind"))
    query = query.order_by(M.c.id.desc())
    return query.limit(bindparam("limit")) if limited else query


_FACTS = select(
    M.c.id,
    M.c.kind,
    M.c.subject,
    func.coalesce(M.c.valid_from, M.c.created_at),
    M.c.importance,
    M.c.used_at,
).where(M.c.user_id == bindparam("u"), M.c.id.in_(bindparam("ids", expanding=True)))


def _in_force(*which: Any, columns: tuple[Any, ...] = (M.c.id,)) -> Any:
    """``columns`` (the ids) of the user's memories valid at ``now`` and not superseded that are ``which``,
    most important and then newest first, up to ``limit``."""
    in_force = (M.c.valid_to.is_(None)) | (M.c.valid_to > bindparam("now"))
    return (
        select(*columns)
        .where(M.c.user_id == bindparam("u"), M.c.superseded_by.is_(None), in_force, *which)
        .order_by(M.c.importance.desc(), M.c.id.desc())
        .limit(bindparam("limit"))
    )


_STANDING = _in_force(
    M.c.kind.in_(("fact", "preference", "instruction"))
    | M.c.topic.like("goal:%")
    | ((M.c.kind == "episode") & (M.c.importance >= 0.5))
)
_INSTRUCTIONS = _in_force(M.c.kind == "instruction", columns=(M.c.id, M.c.text))
_ENDING = (
    select(M.c.id)
    .where(
        M.c.user_id == bindparam("u"),
        M.c.superseded_by.is_(None),
        M.c.valid_to.between(bindparam("start"), bindparam("end")),
    )
    .order_by(M.c.valid_to, M.c.id.desc())
    .limit(bindparam("limit"))
)
_ANY = select(M.c.id).where(M.c.user_id == bindparam("u")).limit(1)
_NAMING = select(M.c.topic, M.c.text).where(
    M.c.user_id == bindparam("u"),
    M.c.topic.like("relation:%") | M.c.topic.like("pet:%"),
    (M.c.valid_to.is_(None)) | (M.c.valid_to > bindparam("now")),
)
_ATTRIBUTES = select(User.attributes).where(User.id == bindparam("u"))  # type: ignore[arg-type]
"""Statements of every search, built once (see ``_rows_query``)."""
_NAME_ATTRIBUTES = ("name", "first_name", "display_name", "nickname")
"""The user attributes that say what the user is called."""


def update_memories(conn: Connection, user_id: int, ids: Iterable[int], **values: Any) -> int:
    ids = list(ids)
    if not ids:
        return 0
    params = {"u": user_id, "ids": ids, **{f"new_{k}": v for k, v in values.items()}}
    return int(conn.execute(_update_query(tuple(sorted(values))), params).rowcount)


@functools.cache
def _update_query(columns: tuple[str, ...]) -> Any:
    """``update_memories``'s statement for the columns it sets, built once."""
    where = (M.c.user_id == bindparam("u"), M.c.id.in_(bindparam("ids", expanding=True)))
    return update(M).where(*where).values({c: bindparam(f"new_{c}") for c in columns})


@functools.cache
def _stated_query(categories: tuple[str, ...]) -> Select[Any]:
    """``UserMemories.stated``'s statement for these categories, built once."""
    like = [M.c.topic.like(f"{c}:%") for c in categories]
    return (
        select(M.c.id, M.c.text, M.c.topic, M.c.polarity, M.c.source)
        .where(
            M.c.user_id == bindparam("u"),
            (M.c.valid_to.is_(None)) | (M.c.valid_to > bindparam("now")),
            M.c.topic.in_(categories) | or_(*like),
        )
        .order_by(M.c.id)
    )


def delete_memories(conn: Connection, user_id: int, ids: Iterable[int]) -> int:
    """Delete the user's memories ``ids``; the full-text index follows by trigger (SQLite) or by
    being a column of the row (Postgres), and the vector is part of the row."""
    ids = list(ids)
    if not ids:
        return 0
    # History rows that pointed at a deleted memory lose the link rather than the deletion failing.
    conn.execute(
        update(M).where(M.c.user_id == user_id, M.c.superseded_by.in_(ids)).values(superseded_by=None)
    )
    return int(conn.execute(delete(M).where(M.c.user_id == user_id, M.c.id.in_(ids))).rowcount)


def fts_search(
    conn: Connection,
    user_id: int,
    terms: Sequence[str],
    limit: int,
    *,
    active_at: float | None,
    context_weight: float = 1.0,
    expired_too: bool = False,
) -> list[tuple[int, float]]:
    """Full-text matches among the user's memories, best first: ``(id, score)`` with higher better."""
    terms = list(dict.fromkeys(t for t in terms if t))
    if not terms:
        return []
    active = f"AND {_active(expired_too, 'm.')}" if active_at is not None else ""
    params: dict[str, Any] = {"u": user_id, "k": limit, "now": active_at, "cw": context_weight}
    if conn.dialect.name == "postgresql":
        params["q"] = " | ".join(terms)
        sql = (
            "SELECT m.id, ts_rank(ARRAY[0, 0, CAST(:cw AS real), 1], m.search, q) AS score "
            "FROM memories m, to_tsquery('simple', :q) q "
            f"WHERE m.user_id = :u AND m.search @@ q {active} ORDER BY score DESC, m.id DESC LIMIT :k"
        )
    else:
        # Terms are words or Chinese words without quotes; each is bound to its owner (see migration 0004).
        # CROSS JOIN fixes the join order: the full-text match first, then its rows looked up by id
        # (the other order would run the match once per memory of the user).
        params["q"] = " OR ".join(f'"{user_id}x{t}"' for t in terms)
        sql = (
            "SELECT m.id, -bm25(memory_fts, 1.0, :cw) AS score FROM memory_fts "
            "CROSS JOIN memories m ON m.id = memory_fts.rowid "
            f"WHERE memory_fts MATCH :q AND m.user_id = :u {active} ORDER BY score DESC, m.id DESC LIMIT :k"
        )
    return [(int(r[0]), float(r[1])) for r in conn.execute(sql_text(sql), params)]


def vector_search(
    conn: Connection,
    user_id: int,
    vector: np.ndarray,
    limit: int,
    *,
    active_at: float | None,
    sqlite_vec: bool = True,
    expired_too: bool = False,
) -> list[tuple[int, float]]:
    """Nearest memories of the user by cosine similarity, best first: ``(id, similarity)``.

    Rows embedded with a model of another dimension are skipped rather than failing the search.
    """
    active = f"AND {_active(expired_too)}" if active_at is not None else ""
    params: dict[str, Any] = {"u": user_id, "now": active_at}
    return exact_nearest(
        conn, "memories", f"user_id = :u {active}", params, vector, limit, sqlite_vec=sqlite_vec
    )


@dataclass(frozen=True)
class UserMemories:
    """One user's memories inside one open transaction (from ``Memories.writing`` or ``reading``): the
    user's row id is bound here, so nothing a caller passes about a memory reaches another user's rows."""

    conn: Connection
    tenant_id: int
    user_id: int
    sqlite_vec: bool

    def rows(
        self,
        *,
        ids: Iterable[int] | None = None,
        active_at: float | None = None,
        kind: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        return memory_rows(self.conn, self.user_id, ids=ids, active_at=active_at, kind=kind, limit=limit)

    def insert(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert rows (every column but the owner's, which is set on each row in place); their ids."""
        for row in rows:
            row["tenant_id"], row["user_id"] = self.tenant_id, self.user_id
        return insert_memories(self.conn, rows)

    def update(self, ids: Iterable[int], **values: Any) -> int:
        return update_memories(self.conn, self.user_id, ids, **values)

    def delete(self, ids: Iterable[int]) -> int:
        return delete_memories(self.conn, self.user_id, ids)

    def full_text(
        self,
        terms: Sequence[str],
        limit: int,
        *,
        active_at: float | None,
        context_weight: float = 1.0,
        expired_too: bool = False,
    ) -> list[tuple[int, float]]:
        """Full-text matches; ``active_at``: only memories that hold then (with ``expired_too`` also
        those whose time passed by itself); None: every memory."""
        return fts_search(
            self.conn,
            self.user_id,
            terms,
            limit,
            active_at=active_at,
            context_weight=context_weight,
            expired_too=expired_too,
        )

    def nearest(
        self, vector: np.ndarray, limit: int, *, active_at: float | None, expired_too: bool = False
    ) -> list[tuple[int, float]]:
        """Nearest memories by cosine similarity, filtered as ``full_text``."""
        return vector_search(
            self.conn,
            self.user_id,
            vector,
            limit,
            active_at=active_at,
            sqlite_vec=self.sqlite_vec,
            expired_too=expired_too,
        )

    def naming(self, now: float) -> list[dict[str, Any]]:
        """topic and text of the memories valid at ``now`` that may name someone or something of the
        user's (topics ``relation:...`` and ``pet:...``), in one read of the user's rows."""
        return [dict(r._mapping) for r in self.conn.execute(_NAMING, {"u": self.user_id, "now": now})]

    def in_category(self, category: str, now: float) -> list[dict[str, Any]]:
        """Memories valid at ``now`` whose topic is ``category`` or ``category:...``."""
        query = select(
            M.c.id, M.c.text, M.c.topic, M.c.polarity, M.c.reinforced, M.c.importance, M.c.source
        ).where(
            M.c.user_id == self.user_id,
            (M.c.topic == category) | M.c.topic.like(f"{category}:%"),
            (M.c.valid_to.is_(None)) | (M.c.valid_to > now),
        )
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def said_before(self, topic: str, now: float) -> bool:
        """Whether a memory of ``topic`` held once and stopped holding by ``now``."""
        query = select(M.c.id).where(M.c.user_id == self.user_id, M.c.topic == topic, M.c.valid_to <= now)
        return self.conn.execute(query.limit(1)).first() is not None

    def superseded(self, ids: Iterable[int]) -> list[int]:
        """The memories that ``ids`` superseded (one step back)."""
        query = select(M.c.id).where(M.c.user_id == self.user_id, M.c.superseded_by.in_(list(ids)))
        return [int(i) for i in self.conn.execute(query).scalars()]

    def ranking_facts(
        self, ids: Iterable[int]
    ) -> list[tuple[int, str, str | None, float, float, float | None]]:
        """(id, kind, subject, time it became true, importance, time last used) of ``ids``, what search
        fusion ranks by."""
        rows = self.conn.execute(_FACTS, {"u": self.user_id, "ids": list(ids)})
        return [
            (int(i), str(k), s, float(t), float(w or 0.0), None if u is None else float(u))
            for i, k, s, t, w, u in rows
        ]

    def touch(self, ids: Iterable[int], at: float) -> int:
        """Mark ``ids`` as used at ``at`` (they went into an answer): their disuse starts again."""
        return update_memories(self.conn, self.user_id, ids, used_at=at)

    def standing(self, now: float, limit: int) -> list[int]:
        """Up to ``limit`` memories valid at ``now`` that state something lasting about the user (facts,
        preferences, instructions, goals, and their own words when those carry a standing fact,
        importance 0.5 or more), most important and then newest first."""
        rows = self.conn.execute(_STANDING, {"u": self.user_id, "now": now, "limit": limit})
        return [int(i) for i in rows.scalars()]

    def instructions(self, now: float, limit: int) -> list[tuple[int, str]]:
        """(id, text) of up to ``limit`` of the user's instructions valid at ``now`` (how to answer, how to
        reach them: "Give me the answer first, then the reasoning"), most important and then newest first."""
        rows = self.conn.execute(_INSTRUCTIONS, {"u": self.user_id, "now": now, "limit": limit})
        return [(int(i), str(text)) for i, text in rows]

    def said_around(
        self,
        said: Sequence[Mapping[str, Any]],
        gap: float,
        *,
        active_at: float | None,
        expired_too: bool = False,
    ) -> list[int]:
        """The memories said around the rows ``said`` (as ``rows`` reads them), not those themselves: in
        the same message (the same time and source) and in the user's messages just before and just after
        it (the nearest earlier and later times, at most ``gap`` seconds away: the same sitting), filtered
        as ``full_text``; by the order of ``said``, then nearest first. Memories written together without a
        time of their own have no neighbours."""
        own = {r["id"] for r in said}
        active = sql_text(_active(expired_too)) if active_at is not None else None
        found: list[int] = []
        for r in said:
            if r["valid_from"] is None:
                continue
            t, source = float(r["valid_from"]), r["source"]
            query = select(M.c.id, M.c.valid_from, M.c.source).where(
                M.c.user_id == self.user_id, M.c.valid_from.between(t - gap, t + gap)
            )
            if active is not None:
                query = query.where(active)
            rows = [(int(j), float(v), s) for j, v, s in self.conn.execute(query, {"now": active_at})]
            before = max((v for _, v, _ in rows if v < t), default=None)
            after = min((v for _, v, _ in rows if v > t), default=None)
            found += [
                j
                for j, v, s in rows
                if j not in own
                and j not in found
                and (v in (before, after) or (v == t and source and s == source))
            ]
        return found

    def ending_between(self, start: float, end: float, limit: int) -> list[int]:
        """Up to ``limit`` memories (not superseded) whose time ends between ``start`` and ``end``: the
        plans and the passing states ("until Friday") that fall in a stretch of time, soonest first."""
        rows = self.conn.execute(_ENDING, {"u": self.user_id, "start": start, "end": end, "limit": limit})
        return [int(i) for i in rows.scalars()]

    def stated(self, categories: Iterable[str], now: float) -> list[dict[str, Any]]:
        """Memories valid at ``now`` whose topic's category is one of ``categories``, oldest first:
        id, text, topic, polarity, source (what the user stated as a preference or a constraint)."""
        query = _stated_query(tuple(categories))
        return [dict(r._mapping) for r in self.conn.execute(query, {"u": self.user_id, "now": now})]

    def ids(self) -> list[int]:
        return [
            int(i) for i in self.conn.execute(select(M.c.id).where(M.c.user_id == self.user_id)).scalars()
        ]

    def any(self) -> bool:
        return self.conn.execute(_ANY, {"u": self.user_id}).first() is not None

    def names(self) -> list[str]:
        """What the user's attributes say they are called ("name", "first_name", "display_name",
        "nickname"), in that order."""
        attributes = self.conn.execute(_ATTRIBUTES, {"u": self.user_id}).scalar() or {}
        return [n for a in _NAME_ATTRIBUTES if (n := str(attributes.get(a) or "").strip())]

    def count(self, *, include_history: bool = True) -> int:
        query = select(func.count()).select_from(M).where(M.c.user_id == self.user_id)
        if not include_history:
            query = query.where(M.c.valid_to.is_(None))
        return int(self.conn.execute(query).scalar_one())


@dataclass(frozen=True)
class Memories:
    """The tenant's memories, reached one user at a time."""

    store: Store
    tenant: str
    tenant_id: int

    @contextmanager
    def writing(self, user: str) -> Iterator[UserMemories]:
        """``user``'s memories in one write transaction (the user and the tenant are created if new)."""
        tid = self.store.create_tenant(self.tenant)
        with self.store.write() as conn:
            uid = self.store.resolve_users(conn, self.tenant, [user])[user]
            yield UserMemories(conn, tid, uid, self.store.sqlite_vec)

    @contextmanager
    def changing(self, user: str) -> Iterator[UserMemories]:
        """An existing user's memories in one write transaction. Raises ``UserNotFoundError``."""
        with self.store.write() as conn:
            uid = self.store.user_id_on(conn, self.tenant, user)
            yield UserMemories(conn, self.tenant_id, uid, self.store.sqlite_vec)

    @contextmanager
    def reading(self, user: str | int) -> Iterator[UserMemories]:
        """An existing user's memories for reading, by external id (``UserNotFoundError`` when there is
        none) or by the row id ``Scope.user_id`` gave."""
        with self.store.read() as conn:
            uid = user if isinstance(user, int) else self.store.user_id_on(conn, self.tenant, user)
            yield UserMemories(conn, self.tenant_id, uid, self.store.sqlite_vec)
