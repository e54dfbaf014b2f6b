"""documents.domains: the assistant domains a document answers in

A shop's help pages were quoted to a learner asking a tutor about physics ("楞次定律到底怎么理解？" got the
returns policy): every document served every domain that uses documents. A document now names the domains
it is for (comma-separated: "customer_service", "customer_service,tutoring"); none (as every document
ingested before) is for all of them.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 22:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("domains", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("domains")
