"""Stored full-text terms with nouns in "-ery" put with their verbs

``tailorkit.text.index_terms`` now stems "delivery" as "deliver" is stemmed ("deliv"; Snowball gave
"deliveri"), and "recovery", "discovery" the same. The terms of memories and passages stored before are
rewritten so that a query's terms find them; the full-text indexes follow (SQLite's update triggers,
Postgres's generated columns). Frozen here as it was written, not imported: a later change to the text
module must not change what this revision did.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 14:40:00
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_BATCH = 1000


@cache
def _settled(term: str) -> str:
    import snowballstemmer

    if term.endswith("eri") and term.isascii() and term.isalpha():
        verb = str(snowballstemmer.stemmer("english").stemWord(term[:-1]))
        if verb != term[:-1]:
            return verb
    return term


def _rewritten(terms: str | None) -> str | None:
    if not terms:
        return terms
    return " ".join(_settled(t) for t in terms.split(" "))


def _rewrite(table: str, columns: tuple[str, ...]) -> None:
    bind = op.get_bind()
    where = " OR ".join(f"{c} LIKE '%eri%'" for c in columns)
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {where}")).all()
    changes = []
    for row in rows:
        new = {c: _rewritten(getattr(row, c)) for c in columns}
        if any(new[c] != getattr(row, c) for c in columns):
            changes.append({"row_id": row.id, **new})
    sets = ", ".join(f"{c} = :{c}" for c in columns)
    for start in range(0, len(changes), _BATCH):
        bind.execute(
            sa.text(f"UPDATE {table} SET {sets} WHERE id = :row_id"), changes[start : start + _BATCH]
        )


def upgrade() -> None:
    _rewrite("memories", ("terms", "context_terms"))
    _rewrite("passages", ("terms",))


def downgrade() -> None:
    pass  # the old stems found less; nothing to restore
