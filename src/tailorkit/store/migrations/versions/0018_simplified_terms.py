"""Stored full-text terms of Chinese in simplified characters

``tailorkit.text.index_terms`` now cuts Chinese after turning it into simplified characters, so that a
question in traditional script ("我上週訂的藍牙耳機還沒到") finds help pages and memories written in
simplified script, and the reverse. The terms of memories and passages stored before are rewritten so:
each Chinese term character by character (OpenCC t2s, as the text module converts). Frozen here as it was
written, not imported: a later change to the text module must not change what this revision did.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 11:40:00
"""

from __future__ import annotations

import re
from functools import cache

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_BATCH = 1000
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _simplified(term: str) -> str:
    if not _CJK.search(term):
        return term
    out = str(_converter().convert(term))
    return out if len(out) == len(term) else term


def _rewritten(terms: str | None) -> str | None:
    if not terms:
        return terms
    return " ".join(_simplified(t) for t in terms.split(" "))


def _rewrite(table: str, columns: tuple[str, ...]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
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
    pass  # the traditional terms found less; nothing to restore
