"""A case can be marked as transferred to the patient record (date, reference, who): read-only after.

Revision ID: 0005_case_transfer
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_case_transfer"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("transferred_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("transfer_reference", sa.String(60), nullable=True))
        batch.add_column(sa.Column("transferred_by", sa.Integer(),
                                   sa.ForeignKey("users.id", name="fk_cases_transferred_by"), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("transferred_by")
        batch.drop_column("transfer_reference")
        batch.drop_column("transferred_on")
