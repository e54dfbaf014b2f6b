"""private audit keys, per-key rate limits

Each tenant gets a random secret for the audit log's subject digests (they were keyed by the tenant's
name, which is no secret: a guessed user id re-identified its rows), kept in its own table; existing
entries are digested again under it, and actors recorded by key name (a name like ``key:ana-phone`` can
name a person) become ``key:<id>``. API keys get an optional rate limit of their own.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 05:00:00
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tenant_secrets",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("audit_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_tenant_secrets_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_tenant_secrets")),
    )
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("rate_per_minute", sa.Integer(), nullable=True))
    conn = op.get_bind()
    tenants = conn.execute(sa.text("SELECT id, name FROM tenants")).all()
    for tenant_id, name in tenants:
        key = secrets.token_hex(32)
        conn.execute(
            sa.text("INSERT INTO tenant_secrets (tenant_id, audit_key) VALUES (:t, :k)"),
            {"t": tenant_id, "k": key},
        )
        old_key = f"tailorkit-audit/{name}".encode()
        users = conn.execute(sa.text("SELECT external_id FROM users WHERE tenant_id = :t"), {"t": tenant_id})
        for (user,) in users.all():
            old = hmac.new(old_key, user.encode(), hashlib.sha256).hexdigest()
            new = hmac.new(bytes.fromhex(key), user.encode(), hashlib.sha256).hexdigest()
            conn.execute(
                sa.text("UPDATE audit_log SET subject = :new WHERE tenant_id = :t AND subject = :old"),
                {"new": new, "old": old, "t": tenant_id},
            )
        # Entries about users already erased keep a digest nobody can recompute now: unlinkable.
        for key_id, key_name in conn.execute(
            sa.text("SELECT id, name FROM api_keys WHERE tenant_id = :t ORDER BY id"), {"t": tenant_id}
        ).all():
            conn.execute(
                sa.text("UPDATE audit_log SET actor = :new WHERE tenant_id = :t AND actor = :old"),
                {"new": f"key:{key_id}", "old": f"key:{key_name}", "t": tenant_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("rate_per_minute")
    op.drop_table("tenant_secrets")
