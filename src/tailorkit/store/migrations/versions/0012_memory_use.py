"""memories.used_at: when a memory last went into an answer or was said again

Search measures a memory's disuse from it: an unused memory's importance decays, one the assistant keeps
using stays fresh. NULL for memories never used since this revision (their time of becoming true counts).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("memories", sa.Column("used_at", sa.Double(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("memories") as batch:
        batch.drop_column("used_at")
