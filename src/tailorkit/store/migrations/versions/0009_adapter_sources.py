"""adapter sources: whose texts each adapter learned from

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adapter_sources",
        sa.Column("adapter_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["adapter_id"],
            ["adapters.id"],
            name=op.f("fk_adapter_sources_adapter_id_adapters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_adapter_sources_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("adapter_id", "user_id", name=op.f("pk_adapter_sources")),
    )
    op.create_index(op.f("ix_adapter_sources_user_id"), "adapter_sources", ["user_id"])
    # Adapters trained before this revision: their own user is known; a segment's members are not
    # (erase then matches the segment against the user's attributes instead).
    op.execute(
        "INSERT INTO adapter_sources (adapter_id, user_id) "
        "SELECT id, user_id FROM adapters WHERE user_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_table("adapter_sources")
