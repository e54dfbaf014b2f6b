"""adapter registry

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 20:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adapters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("segment", sa.String(length=160), nullable=True),
        sa.Column("base_digest", sa.String(length=64), nullable=False),
        sa.Column("data_from", sa.Double(), nullable=False),
        sa.Column("data_to", sa.Double(), nullable=False),
        sa.Column("examples", sa.Integer(), nullable=False),
        sa.Column(
            "metrics", sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_adapters_tenant_id_tenants"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_adapters_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adapters")),
    )
    op.create_index(
        op.f("ix_adapters_tenant_id_user_id_created_at"), "adapters", ["tenant_id", "user_id", "created_at"]
    )


def downgrade() -> None:
    op.drop_table("adapters")
