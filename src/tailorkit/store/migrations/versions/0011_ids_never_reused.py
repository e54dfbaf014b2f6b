"""ids of memories, conversations and turns are never reused

SQLite gives a new row the largest id + 1, so after an erase removed the newest rows, the next user's
memory, conversation or turn got an id that had been someone else's (a client or log holding the old id
would then name another person's row). ``AUTOINCREMENT`` keeps the high-water mark instead; SQLite can
only add it by rebuilding the table, which this revision does (rows, indexes and the full-text index's
triggers kept). PostgreSQL's sequences never reuse ids: nothing to do there.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 05:30:00
"""

from __future__ import annotations

import re

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("conversations", "turns", "memories")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    # migrate() runs SQLite migrations with foreign keys off, so dropping a table cascades nothing.
    for table in TABLES:
        schema = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL", (table,)
        ).all()
        create = next(sql for kind, name, sql in schema if kind == "table")
        if "AUTOINCREMENT" in create.upper():
            continue
        others = [sql for kind, name, sql in schema if kind in ("index", "trigger")]
        rebuilt = re.sub(r",\s*CONSTRAINT \w+ PRIMARY KEY \(id\)", "", create)
        rebuilt = re.sub(
            r"\bid INTEGER NOT NULL", "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", rebuilt, count=1
        )
        rebuilt = rebuilt.replace(f"CREATE TABLE {table}", f"CREATE TABLE {table}__new", 1)
        assert "AUTOINCREMENT" in rebuilt, create
        conn.exec_driver_sql(rebuilt)
        columns = ", ".join(r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})").all())
        conn.exec_driver_sql(f"INSERT INTO {table}__new ({columns}) SELECT {columns} FROM {table}")
        conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql(f"ALTER TABLE {table}__new RENAME TO {table}")
        for sql in others:  # indexes and triggers went with the old table
            conn.exec_driver_sql(sql)


def downgrade() -> None:
    pass  # AUTOINCREMENT only stops reuse; the tables work the same without undoing it
