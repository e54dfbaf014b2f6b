"""documents and passages: the tenant's knowledge base, with its full-text index

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 14:10:00

SQLite: a contentless FTS5 table ``passage_fts`` whose rowid is the passage id, kept in step with
``passages`` by triggers (so deleting a document, or a tenant, empties the index in the same
transaction). Each term carries the owning tenant's id as a prefix (``7tcancel``), as memory terms carry
their user's (0004): a query built from the same prefixed terms reaches only that tenant's passages.

Postgres: a generated ``tsvector`` column with a GIN index, read with a ``tenant_id`` filter.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tailorkit.store._schema import EmbeddingType

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OWNED = "replace(' ' || coalesce(new.terms, ''), ' ', ' ' || new.tenant_id || 't')"
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE passage_fts USING fts5(terms, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN "
    f"INSERT INTO passage_fts(rowid, terms) VALUES (new.id, {_OWNED}); END",
    "CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN "
    "DELETE FROM passage_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER passages_fts_update AFTER UPDATE OF terms, tenant_id ON passages BEGIN "
    "DELETE FROM passage_fts WHERE rowid = old.id; "
    f"INSERT INTO passage_fts(rowid, terms) VALUES (new.id, {_OWNED}); END",
]
POSTGRES_SEARCH = [
    "ALTER TABLE passages ADD COLUMN search tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(terms, ''))) STORED",
    "CREATE INDEX ix_passages_search ON passages USING gin (search)",
]

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "documents",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=1024), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("chars", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_documents_tenant_id_tenants"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("tenant_id", "source", name=op.f("uq_documents_tenant_id_source")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "passages",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("document_id", _ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("embedding", EmbeddingType(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_passages_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_passages_tenant_id_tenants"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passages")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_passages_tenant_id"), "passages", ["tenant_id"], unique=False)
    op.create_index(op.f("ix_passages_document_id"), "passages", ["document_id"], unique=False)
    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRES_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS passage_fts")
    op.drop_table("passages")
    op.drop_table("documents")
