"""Opening a database: driver choice, SQLite pragmas, extension loading, migrations."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from tailorkit.config import StoreSettings
from tailorkit.errors import MissingExtraError, StoreError

__all__ = [
    "create_db_engine",
    "current_revision",
    "has_sqlite_vec",
    "head_revision",
    "migrate",
    "sqlite_module",
]

MIGRATIONS = Path(__file__).parent / "migrations"


def sqlite_module() -> ModuleType:
    """The SQLite driver: ``pysqlite3`` (FTS5, extension loading) where installed, else the stdlib one."""
    try:
        return importlib.import_module("pysqlite3.dbapi2")
    except ImportError:
        return importlib.import_module("sqlite3")


def _load_sqlite_vec(dbapi_conn: Any) -> bool:
    try:
        import sqlite_vec
    except ImportError:
        return False
    if not hasattr(dbapi_conn, "enable_load_extension"):
        return False  # a driver built without extension loading: vector search falls back to numpy
    dbapi_conn.enable_load_extension(True)
    try:
        sqlite_vec.load(dbapi_conn)
    finally:
        dbapi_conn.enable_load_extension(False)
    return True


def create_db_engine(url: str, settings: StoreSettings | None = None) -> Engine:
    """Create a SQLAlchemy engine for a tailorkit database.

    SQLite files get WAL journaling, foreign keys, a busy timeout and the sqlite-vec extension;
    ``postgresql://`` URLs use psycopg 3.

    Args:
        url: a SQLAlchemy URL.
        settings: connection settings; defaults apply when None.

    Returns:
        The engine.

    Raises:
        StoreError: the URL is malformed or names an unsupported database.
        MissingExtraError: Postgres is asked for but psycopg is not installed.
    """
    settings = settings or StoreSettings()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"database URL {url!r} is not valid: {exc}") from None
    backend = parsed.get_backend_name()
    # Statement parameters are users' data: they stay out of error messages and logs (unless the
    # operator asks for SQL echo while debugging).
    kwargs: dict[str, Any] = {"echo": settings.echo, "hide_parameters": not settings.echo}
    if backend == "sqlite":
        kwargs["module"] = sqlite_module()
        if parsed.database and parsed.database != ":memory:":
            private_file(Path(parsed.database))
            kwargs.update(pool_size=settings.pool_size, max_overflow=settings.pool_size)
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            importlib.import_module("psycopg")
        except ImportError:
            raise MissingExtraError("psycopg", "postgres", "A PostgreSQL store") from None
        kwargs.update(pool_size=settings.pool_size, max_overflow=settings.pool_size)
    else:
        raise StoreError(f"database URL {url!r}: only sqlite and postgresql are supported")
    engine = create_engine(parsed, **kwargs)
    if backend == "sqlite":
        _setup_sqlite(engine, settings)
    return engine


def private_file(path: Path) -> None:
    """Create ``path`` (empty) readable by its owner only, and a missing parent folder likewise: a new
    database's WAL and shared-memory files take the database file's mode, so they are private too."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _setup_sqlite(engine: Engine, settings: StoreSettings) -> None:
    driver_errors = engine.dialect.loaded_dbapi.Error

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see the "begin" hook).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(settings.busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        # Deleted content is overwritten, not left in free pages: erase means gone from the file.
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute(f"PRAGMA cache_size = -{int(settings.sqlite_cache_mb) * 1024}")
        if cur.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cur.execute("PRAGMA journal_mode = WAL")
        # NORMAL is crash-safe in WAL mode: a killed process never corrupts the file.
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()
        record.info["sqlite_vec"] = _load_sqlite_vec(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers ask for IMMEDIATE so that two processes never deadlock upgrading a read lock. Sent to
        # the driver itself: through SQLAlchemy's execution path it cost as much as the read it opened.
        statement = f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}"
        driver = conn.connection.driver_connection
        try:
            driver.execute(statement)
        except driver_errors as exc:  # as SQLAlchemy would raise it (a busy database: OperationalError)
            raise DBAPIError.instance(statement, None, exc, driver_errors) from exc


def has_sqlite_vec(engine: Engine) -> bool:
    """Whether vector search can run inside this SQLite database (sqlite-vec loaded)."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        return bool(conn.connection.info.get("sqlite_vec"))


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` with Alembic (creating it on an empty database).

    Raises:
        StoreError: the database cannot be reached or a migration fails.
    """
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as conn:
            if sqlite:  # rebuilding a table must not cascade its drop (SQLite's documented procedure)
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
                conn.commit()  # (the driver runs a PRAGMA outside any transaction; this ends SQLAlchemy's)
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
                    if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise StoreError(f"migration of {engine.url.render_as_string()} broke a foreign key")
            finally:
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                    conn.commit()
    except OperationalError as exc:
        raise StoreError(f"cannot migrate {engine.url.render_as_string()}: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"migration of {engine.url.render_as_string()} failed: {exc}") from None


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def head_revision() -> str:
    """The newest schema revision this version of tailorkit knows."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return str(head)
