"""profiles

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:00:52.443629
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile_features",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("feature", sa.String(length=160), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.Double(), nullable=False),
        sa.Column("rated", sa.Double(), nullable=False),
        sa.Column("rated_value", sa.Double(), nullable=False),
        sa.Column("implicit", sa.Double(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_profile_features_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_profile_features_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "feature", name=op.f("pk_profile_features")),
    )
    with op.batch_alter_table("profile_features", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_profile_features_tenant_id_feature"), ["tenant_id", "feature"], unique=False
        )

    op.create_table(
        "profile_stats",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("ratings", sa.Integer(), nullable=False),
        sa.Column("rating_sum", sa.Double(), nullable=False),
        sa.Column("rating_sumsq", sa.Double(), nullable=False),
        sa.Column("first_ts", sa.Double(), nullable=True),
        sa.Column("last_ts", sa.Double(), nullable=True),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_profile_stats_tenant_id_tenants"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_profile_stats_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_profile_stats")),
    )
    with op.batch_alter_table("profile_stats", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_profile_stats_tenant_id"), ["tenant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("profile_stats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_profile_stats_tenant_id"))

    op.drop_table("profile_stats")
    with op.batch_alter_table("profile_features", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_profile_features_tenant_id_feature"))

    op.drop_table("profile_features")
