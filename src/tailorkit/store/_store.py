"""The ``Store``: one database, its schema, and tenant-scoped reads and writes."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from tailorkit.config import StoreSettings
from tailorkit.errors import InputError, ItemNotFoundError, NotFoundError, StoreError, UserNotFoundError
from tailorkit.store._bulk import IdResolver, by_external_id, dialect_insert, upsert_items, upsert_users
from tailorkit.store._catalogue import CatalogueLooks
from tailorkit.store._connect import create_db_engine, current_revision, has_sqlite_vec, migrate
from tailorkit.store._ids import external_id
from tailorkit.store._schema import ApiKey, Event, Item, Tenant, TenantSecret, User
from tailorkit.store._scope import Scope
from tailorkit.store._staging import EventStage, remove_stale_scratch

__all__ = ["Stats", "Store"]


@dataclass(frozen=True)
class Stats:
    """What one tenant's part of the store holds."""

    tenant: str
    users: int
    items: int
    events: int
    events_by_kind: dict[str, int] = field(default_factory=dict)
    first_event: float | None = None
    last_event: float | None = None
    database: str = ""
    schema_revision: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Store:
    """A tailorkit database. Every read and write names its tenant; nothing crosses tenants.

    Use ``Store.open(url)``; the schema is created or upgraded on open.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self.scratch_dir: Path | None = None
        """Where bulk loads keep their scratch files: beside the SQLite file (None: the temp dir)."""
        if database and database != ":memory:":
            self.scratch_dir = Path(database).resolve().parent
            remove_stale_scratch(self.scratch_dir)
        self._tenants: dict[str, int] = {}
        self._resolvers: dict[tuple[str, int], IdResolver] = {}
        self._audit_keys: dict[int, bytes] = {}
        self._local = threading.local()  # the unit of work open in each thread
        self._catalogues = CatalogueLooks(self.read)

    @classmethod
    def open(cls, url: str, settings: StoreSettings | None = None, *, upgrade: bool = True) -> Store:
        """Open (and by default create or migrate) the database at ``url``."""
        engine = create_db_engine(url, settings)
        try:
            if upgrade:
                migrate(engine)
            elif current_revision(engine) is None:
                raise StoreError(f"{url}: no tailorkit schema here; run `tailorkit init` first")
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @cached_property
    def sqlite_vec(self) -> bool:
        """Whether vector search runs inside this (SQLite) database, sqlite-vec loaded."""
        return has_sqlite_vec(self.engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def catalogue_generation(self, tenant_id: int) -> int:
        """A number that grows whenever tenant ``tenant_id``'s catalogue is seen to have changed, here or
        by another process (``CatalogueLooks``): what was built from it is built again."""
        return self._catalogues.generation(tenant_id)

    def catalogue_changed(self, tenant_id: int) -> None:
        """This process changed tenant ``tenant_id``'s items: the next ``catalogue_generation`` looks."""
        self._catalogues.changed(tenant_id)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises. Inside a
        ``unit_of_work`` of this thread it is that unit's transaction instead."""
        joined = self.current_unit()
        if joined is not None:
            yield joined
            return
        options = {"sqlite_begin": "IMMEDIATE"} if self.dialect == "sqlite" else {}
        try:
            with self.engine.connect().execution_options(**options) as conn, conn.begin():
                yield conn
        except OperationalError as exc:
            raise StoreError(f"write to {self.url} failed: {exc.orig}") from None
        except BaseException:
            for r in self._resolvers.values():
                r.rollback()
            raise
        for r in self._resolvers.values():
            r.commit()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; inside a ``unit_of_work`` of this thread, the unit's own (so that it
        reads what the unit wrote so far), inside a ``snapshot`` the snapshot's."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """One read transaction for several reads (a profile's): every ``read()`` of this thread inside
        the block shares its connection, so they see one state of the store and open one transaction
        between them. Writes inside it go to their own transactions (do not read them back here)."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        with self.engine.connect() as conn:
            self._local.reading = conn
            try:
                yield conn
            finally:
                self._local.reading = None

    @contextmanager
    def unit_of_work(self) -> Iterator[Connection]:
        """One transaction for several steps (a chat turn: its turns, event, profile fold, memories and
        why report): every ``write()`` and ``read()`` of this thread inside the block joins it, so all of
        it commits together or none of it does. Work that cannot run inside a transaction (``after``)
        runs once it committed. Nested units join the outer one."""
        if self.current_unit() is not None:
            yield self._local.conn
            return
        self._local.after = []
        try:
            with self.write() as conn:
                self._local.conn = conn
                try:
                    yield conn
                finally:
                    self._local.conn = None
            for task in self._local.after:
                task()
        finally:
            self._local.after = []

    def _joined(self) -> Connection | None:
        """The connection a read of this thread joins: its unit of work's, else its snapshot's."""
        return self.current_unit() or getattr(self._local, "reading", None)

    def current_unit(self) -> Connection | None:
        """The connection of the unit of work open in this thread, if any."""
        return getattr(self._local, "conn", None)

    def after_unit(self, task: Callable[[], None]) -> None:
        """Run ``task`` once the current unit of work has committed (at once when there is none)."""
        if self.current_unit() is None:
            task()
        else:
            self._local.after.append(task)

    # -- tenants -------------------------------------------------------------------------------

    def create_tenant(self, name: str) -> int:
        """Create tenant ``name`` unless it exists; its id. Tenants are created only here: by loading
        data, issuing a key or serving for a tenant, never by reading."""
        if name in self._tenants:
            return self._tenants[name]
        with self.write() as conn:
            conn.execute(dialect_insert(conn, Tenant.__table__).on_conflict_do_nothing(), [{"name": name}])
            tid = conn.execute(select(Tenant.id).where(Tenant.name == name)).scalar_one()
        self._tenants[name] = tid
        return tid

    def tenant_id(self, name: str) -> int:
        """The id of tenant ``name`` for reading: -1 (which no row has) when there is no such tenant."""
        tid = self.find_tenant(name)
        return -1 if tid is None else tid

    def scope(self, tenant: str, *, create: bool = False) -> Scope:
        """Tenant ``tenant``'s repositories (keys, audit log, users ...), its id resolved once here. A
        tenant that does not exist is created only when ``create``; otherwise its reads find nothing."""
        return Scope(self, tenant, self.create_tenant(tenant) if create else self.find_tenant(tenant))

    def key_by_digest(self, digest: str) -> dict[str, Any] | None:
        """The active API key with this digest, with its tenant's name (``tenant``), or None."""
        with self.read() as conn:
            row = conn.execute(
                select(
                    ApiKey.id,
                    Tenant.name.label("tenant"),
                    ApiKey.user_external_id,
                    ApiKey.name,
                    ApiKey.rate_per_minute,
                )
                .join(Tenant, Tenant.id == ApiKey.tenant_id)
                .where(ApiKey.digest == digest, ApiKey.revoked_at.is_(None))
            ).first()
        return None if row is None else dict(row._mapping)

    def find_tenant(self, name: str) -> int | None:
        """The id of tenant ``name``, or None when there is none (nothing is created)."""
        if name in self._tenants:
            return self._tenants[name]
        with self.read() as conn:
            tid = conn.execute(select(Tenant.id).where(Tenant.name == name)).scalar()
        if tid is not None:
            self._tenants[name] = int(tid)
        return None if tid is None else int(tid)

    def audit_key(self, tenant: str) -> bytes:
        """The tenant's secret audit key (32 random bytes, made on first use, never changed)."""
        tid = self.create_tenant(tenant)
        if tid not in self._audit_keys:
            with self.write() as conn:
                conn.execute(
                    dialect_insert(conn, TenantSecret.__table__).on_conflict_do_nothing(),
                    [{"tenant_id": tid, "audit_key": secrets.token_hex(32)}],
                )
                key = conn.execute(
                    select(TenantSecret.audit_key).where(TenantSecret.tenant_id == tid)
                ).scalar_one()
            self._audit_keys[tid] = bytes.fromhex(key)
        return self._audit_keys[tid]

    def _resolver(self, kind: type[User] | type[Item], tenant: str) -> IdResolver:
        key = (kind.__tablename__, self.create_tenant(tenant))
        if key not in self._resolvers:
            # A user's row id is kept only on SQLite, which one server process serves (its erase then
            # forgets it here); on PostgreSQL another worker may erase the user at any time.
            keep = kind is Item or self.engine.dialect.name == "sqlite"
            self._resolvers[key] = IdResolver(kind, key[1], keep=keep)
        return self._resolvers[key]

    def resolve_users(self, conn: Connection, tenant: str, external_ids: list[str]) -> dict[str, int]:
        """Row ids of the tenant's users ``external_ids``, creating missing ones, inside ``conn``'s
        transaction (one opened by ``write()``). Each id is normalised (``external_id``) first; the
        result is keyed by the ids as given."""
        clean = {e: external_id(e, "user") for e in external_ids}
        ids = self._resolver(User, tenant).resolve(conn, list(clean.values()))
        return {e: ids[c] for e, c in clean.items()}

    def forget_cached_user(self, tenant: str, external_id: str) -> None:
        """Drop a deleted user's cached row id, so that the id can be created afresh."""
        key = (User.__tablename__, self.tenant_id(tenant))
        if key in self._resolvers:
            self._resolvers[key].forget(external_id)

    # -- bulk writes (each call is one transaction) ------------------------------------------------

    @contextmanager
    def stage_events(
        self, tenant: str, source: str | None = None, *, direct: bool = False, track: bool = False
    ) -> Iterator[EventStage]:
        """A stage for validated event batches; ``flush()`` writes them, one transaction per batch.
        ``direct``: a few events, moved from their JSON without a stage table; ``track``: keep the digests
        of the events written (``EventStage``).

        Whatever is staged but not flushed when the block ends is dropped.
        """
        tid = self.create_tenant(tenant)
        users, items = self._resolver(User, tenant), self._resolver(Item, tenant)
        unit = self.current_unit()
        if unit is not None:  # part of a unit of work: staged and written inside its transaction
            stage = EventStage(unit, tid, source, users, items, joined=True, direct=direct, track=track)
            try:
                yield stage
            finally:
                stage.close()
            return
        try:
            with self.engine.connect() as conn:
                stage = EventStage(
                    conn, tid, source, users, items, self.scratch_dir, direct=direct, track=track
                )
                try:
                    yield stage
                finally:
                    stage.close()
        except OperationalError as exc:
            raise StoreError(f"write to {self.url} failed: {exc.orig}") from None
        except IntegrityError as exc:
            raise StoreError(f"events could not be written to {self.url}: {exc.orig}") from None

    def write_events(self, tenant: str, batch: pd.DataFrame, source: str | None = None) -> int:
        """Write one validated event batch in one transaction; returns how many events were new."""
        with self.stage_events(tenant, source) as stage:
            stage.stage(batch)
            return stage.flush()

    def write_users(self, tenant: str, batch: pd.DataFrame) -> int:
        """Create or update users from a validated batch in one transaction; returns rows changed."""
        tid, users = self.create_tenant(tenant), self._resolver(User, tenant)
        with self.write() as conn:
            return upsert_users(conn, tid, batch, users)

    def write_items(self, tenant: str, batch: pd.DataFrame) -> int:
        """Create or update items from a validated batch in one transaction; returns rows changed."""
        tid, items = self.create_tenant(tenant), self._resolver(Item, tenant)
        with self.write() as conn:
            return upsert_items(conn, tid, batch, items)

    # -- reads ---------------------------------------------------------------------------------------

    def get_user(self, tenant: str, external_id: str) -> dict[str, Any]:
        """One user's row as a dict. Raises ``UserNotFoundError``."""
        return self._get(User, tenant, external_id, UserNotFoundError)

    def get_item(self, tenant: str, external_id: str) -> dict[str, Any]:
        """One item's row as a dict. Raises ``ItemNotFoundError``."""
        return self._get(Item, tenant, external_id, ItemNotFoundError)

    def _get(
        self, model: type[User] | type[Item], tenant: str, ext_id: str, missing: type[NotFoundError]
    ) -> dict[str, Any]:
        with self.read() as conn:
            return self._find(conn, model, tenant, ext_id, missing, model.__table__)

    def user_id_on(self, conn: Connection, tenant: str, ext_id: str) -> int:
        """The row id of user ``ext_id``, read on ``conn`` (in the transaction it has open: one read for
        the lookup and what follows it). Raises ``UserNotFoundError``."""
        return int(self._find(conn, User, tenant, ext_id, UserNotFoundError, User.__table__.c.id)["id"])

    def _find(
        self,
        conn: Connection,
        model: type[User] | type[Item],
        tenant: str,
        ext_id: str,
        missing: type[NotFoundError],
        *columns: Any,
    ) -> dict[str, Any]:
        table, what = model.__table__, model.__tablename__[:-1]
        try:
            wanted = external_id(ext_id, what)
        except InputError:  # no such id can exist
            raise missing(f"no {what} {ext_id[:80]!r} in tenant {tenant!r}") from None
        row = conn.execute(by_external_id(table, columns), {"t": self.tenant_id(tenant), "e": wanted}).first()
        if row is None:
            raise missing(f"no {what} {wanted!r} in tenant {tenant!r}")
        return dict(row._mapping)

    def stats(self, tenant: str) -> Stats:
        tid = self.tenant_id(tenant)
        with self.read() as conn:
            users = conn.execute(select(func.count()).where(User.tenant_id == tid)).scalar_one()
            items = conn.execute(select(func.count()).where(Item.tenant_id == tid)).scalar_one()
            by_kind = dict(
                conn.execute(
                    select(Event.kind, func.count()).where(Event.tenant_id == tid).group_by(Event.kind)
                ).all()
            )
            first, last = conn.execute(
                select(func.min(Event.ts), func.max(Event.ts)).where(Event.tenant_id == tid)
            ).one()
        return Stats(
            tenant=tenant,
            users=users,
            items=items,
            events=sum(by_kind.values()),
            events_by_kind=dict(sorted(by_kind.items())),
            first_event=first,
            last_event=last,
            database=self.url,
            schema_revision=current_revision(self.engine),
        )

    def purge_deleted(self, tables: tuple[str, ...] = ("memories",)) -> None:
        """Make what was just deleted unrecoverable from the database files, not merely unreachable.

        SQLite (run with ``secure_delete``, so freed pages are zeroed): the contentless full-text index
        keeps a deleted memory's terms in its segments until they merge, so they are all merged now; then
        the write-ahead log, which still holds the old pages, is checkpointed and truncated. PostgreSQL:
        ``tables`` are vacuumed, so dead row versions (text, vectors, tsvectors) are removed.
        """
        self.after_unit(lambda: self._purge(tables))  # neither can run inside a transaction

    def _purge(self, tables: tuple[str, ...]) -> None:
        if self.dialect == "sqlite":
            with self.write() as conn:
                conn.exec_driver_sql("INSERT INTO memory_fts(memory_fts) VALUES ('optimize')")
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for table in tables:
                    conn.exec_driver_sql(f"VACUUM {table}")

    def revision(self) -> str | None:
        """The schema revision the database is at (a read: it fails when the database is unreachable)."""
        return current_revision(self.engine)

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result ("ok" when sound); "ok" on other engines."""
        if self.dialect != "sqlite":
            return "ok"
        with self.read() as conn:
            return "\n".join(r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all())
