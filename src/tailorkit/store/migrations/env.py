"""Alembic environment: runs on the connection handed over by ``tailorkit.store.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from tailorkit.store._schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for developers writing a new migration
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///tailorkit-dev.db"
    with create_engine(url).begin() as conn:
        _run(conn)
