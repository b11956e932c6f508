"""Consents record the answer: given or refused (a refused consent is dated like a given one).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003_report"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("answer", sa.String(20), nullable=False, server_default="given"))


def downgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.drop_column("answer")
