"""Bulk writes of users and items, one transaction per batch.

The batches are pandas DataFrames in the canonical form that ``tailorkit.data`` validates:
every value already checked and converted, so this module only resolves ids and writes.
Events, the bulk of any load, go through ``_staging.EventStage``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
from sqlalchemy import Connection, TextClause, bindparam, delete, select, text, update

from tailorkit.store._schema import Item, User, utcnow

__all__ = [
    "EVENT_COLUMNS",
    "IdResolver",
    "by_external_id",
    "dialect_insert",
    "sql_text",
    "upsert_items",
    "upsert_users",
]

EVENT_COLUMNS = ("user", "item", "kind", "value", "text", "ts", "key_hi", "key_lo", "meta")
_CONSENTS = ("consent_profiling", "consent_memory", "consent_tuning")
_CHUNK = 500  # ids per IN (...) lookup; far below every engine's bound-parameter limit


def _chunks(values: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class IdResolver:
    """Maps the tenant's external ids to row ids for users (or items), creating missing rows.

    Ids are cached (``keep``); ids created inside a transaction enter the cache only when ``commit`` is
    called after that transaction succeeded, so a rolled-back batch never leaves stale ids behind.
    """

    def __init__(self, table: type[User] | type[Item], tenant_id: int, *, keep: bool = True) -> None:
        self.table = table
        self.tenant_id = tenant_id
        self.keep = keep
        """Whether ids outlive their transaction: not where other processes may erase the rows
        (several server workers on one PostgreSQL), whose erase this process would not hear of."""
        t = table.__table__
        self._select = select(t.c.external_id, t.c.id).where(
            t.c.tenant_id == bindparam("tenant"), t.c.external_id.in_(bindparam("ids", expanding=True))
        )
        """The lookup of ids, built once (its compiled form is cached by SQLAlchemy)."""
        self._known: dict[str, int] = {}
        self._pending: dict[str, int] = {}
        self._created: dict[str, int] = {}
        """Rows this resolver inserted in the open transaction (not merely found)."""

    @property
    def created(self) -> dict[str, int]:
        """The rows inserted by ``resolve`` since the last ``commit`` or ``rollback``."""
        return dict(self._created)

    def resolve(self, conn: Connection, external_ids: Iterable[str]) -> dict[str, int]:
        """Ids for ``external_ids``, inserting rows (with empty attributes) for unknown ones."""
        wanted = {e for e in external_ids if e not in self._known and e not in self._pending}
        if wanted:
            found = self._lookup(conn, sorted(wanted))
            missing = sorted(wanted - found.keys())
            if missing:
                now = utcnow()
                defaults: dict[str, Any] = {"attributes": {}, "created_at": now, "updated_at": now}
                if self.table is User:
                    defaults.update(dict.fromkeys(_CONSENTS, True))
                else:
                    defaults["tags"] = []
                t = self.table.__table__
                stmt = (
                    dialect_insert(conn, t)
                    .on_conflict_do_nothing(index_elements=["tenant_id", "external_id"])
                    .returning(t.c.external_id, t.c.id)
                )
                # RETURNING names exactly the rows this transaction made (a concurrent writer's are
                # looked up below instead): only those may be removed again by drop_unused.
                for chunk in _chunks(missing):
                    rows = conn.execute(
                        stmt, [{"tenant_id": self.tenant_id, "external_id": e, **defaults} for e in chunk]
                    )
                    self._created.update((str(e), int(i)) for e, i in rows)
                found.update((e, self._created[e]) for e in missing if e in self._created)
                # a row another writer inserted meanwhile was not returned: looked up
                raced = [e for e in missing if e not in found]
                if raced:
                    found.update(self._lookup(conn, raced))
            self._pending.update(found)
        return {e: self._known.get(e) or self._pending[e] for e in external_ids}

    def drop_unused(self, conn: Connection, after_event: int, candidates: set[str] | None = None) -> int:
        """Delete the rows created in this transaction (of them, ``candidates`` only, when given) that no
        event newer than ``after_event`` names: a batch whose events were all known already creates no user
        or item. Returns how many went."""
        created = {e: i for e, i in self._created.items() if candidates is None or e in candidates}
        if not created:
            return 0
        column = "user_id" if self.table is User else "item_id"
        # Only this transaction can have written events naming rows it created, and its events are the
        # ones after ``after_event``: one pass over them (events have no item index).
        used = {
            int(r[0])
            for r in conn.execute(
                text(f"SELECT DISTINCT {column} FROM events WHERE id > :after AND {column} IS NOT NULL"),
                {"after": after_event},
            )
        }
        unused = {e: i for e, i in created.items() if i not in used}
        gone = list(unused.values())
        for start in range(0, len(gone), _CHUNK):
            conn.execute(delete(self.table).where(self.table.id.in_(gone[start : start + _CHUNK])))
        for e in unused:
            self._pending.pop(e, None)
            self._created.pop(e, None)
        return len(unused)

    def _lookup(self, conn: Connection, external_ids: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(external_ids):
            rows = conn.execute(self._select, {"tenant": self.tenant_id, "ids": list(chunk)})
            out.update((external_id, row_id) for external_id, row_id in rows)
        return out

    def forget(self, external_id: str) -> None:
        self._known.pop(external_id, None)
        self._pending.pop(external_id, None)

    def commit(self) -> None:
        if self.keep:
            self._known.update(self._pending)
        self._pending.clear()
        self._created.clear()

    def rollback(self) -> None:
        self._pending.clear()
        self._created.clear()


@functools.cache
def sql_text(statement: str) -> TextClause:
    """``statement`` as a SQLAlchemy text clause, made once per distinct statement: making one, and its
    cache key, cost about as much as running it on a chat turn's few rows."""
    return text(statement)


@functools.cache
def by_external_id(table: Any, columns: tuple[Any, ...]) -> Any:
    """The statement reading ``columns`` of one row of ``table`` by tenant (``:t``) and external id
    (``:e``), built once: every request looks its user up."""
    return select(*columns).where(table.c.tenant_id == bindparam("t"), table.c.external_id == bindparam("e"))


def dialect_insert(conn: Connection, table: Any) -> Any:
    """An INSERT that knows ``ON CONFLICT`` for the connection's engine."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _none_if_nan(v: Any) -> Any:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else v


def _merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    merged = dict(old)
    merged.update({k: v for k, v in new.items() if v is not None})
    return merged


def upsert_users(conn: Connection, tenant_id: int, batch: pd.DataFrame, users: IdResolver) -> int:
    """Create or update users; attributes merge key by key (a key given as None keeps its old value).

    ``batch`` has ``user`` and ``attributes`` (dict) columns and may have ``locale`` and
    ``consent_profiling`` / ``consent_memory`` / ``consent_tuning``. Returns how many rows changed.
    """
    return _upsert(conn, tenant_id, batch, users, User, "user", ("locale", *_CONSENTS))


def upsert_items(conn: Connection, tenant_id: int, batch: pd.DataFrame, items: IdResolver) -> int:
    """Create or update items: ``item`` plus optional ``title``, ``text``, ``tags``, ``attributes``."""
    return _upsert(conn, tenant_id, batch, items, Item, "item", ("title", "text", "tags"))


def _upsert(
    conn: Connection,
    tenant_id: int,
    batch: pd.DataFrame,
    resolver: IdResolver,
    model: type[User] | type[Item],
    id_col: str,
    plain: Sequence[str],
) -> int:
    if batch.empty:
        return 0
    ids = resolver.resolve(conn, batch[id_col].tolist())
    t = model.__table__
    current = {
        row.id: row
        for chunk in _chunks(sorted(set(ids.values())))  # type: ignore[arg-type]
        for row in conn.execute(select(t).where(t.c.id.in_(chunk)))
    }
    changes = []
    for rec in batch.to_dict("records"):
        row = current[ids[rec[id_col]]]
        new: dict[str, Any] = {"b_id": row.id}
        attrs = _merge(row.attributes or {}, rec.get("attributes") or {})
        if attrs != (row.attributes or {}):
            new["attributes"] = attrs
        for col in plain:
            val = _none_if_nan(rec.get(col))
            if val is not None and val != getattr(row, col):
                new[col] = val
        if len(new) > 1:
            changes.append(new)
    # executemany needs one column set per statement: group the changes by which columns changed.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for ch in changes:
        groups.setdefault(tuple(sorted(k for k in ch if k != "b_id")), []).append(ch)
    for cols, params in groups.items():
        stmt = (
            update(model)
            .where(t.c.id == bindparam("b_id"))
            .values({**{c: bindparam(f"v_{c}") for c in cols}, "updated_at": utcnow()})
        )
        conn.execute(stmt, [{f"v_{k}" if k != "b_id" else k: v for k, v in p.items()} for p in params])
    return len(changes)
