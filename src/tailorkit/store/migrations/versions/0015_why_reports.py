"""why_reports: the why report of each answer of the OpenAI-compatible route, in the store

Kept in each API worker's memory before, so that behind a load balancer ``GET /api/why/{id}`` found a
report only on the worker that answered. A report goes with its user (the foreign key cascades).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "why_reports",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("report", _JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_why_reports_tenant_id_tenants"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_why_reports_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_why_reports")),
    )
    op.create_index(op.f("ix_why_reports_tenant_id_created_at"), "why_reports", ["tenant_id", "created_at"])
    op.create_index(op.f("ix_why_reports_user_id"), "why_reports", ["user_id"])  # an erase's cascade


def downgrade() -> None:
    op.drop_table("why_reports")
