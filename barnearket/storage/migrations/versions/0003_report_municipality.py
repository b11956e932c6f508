"""Reports: the municipality (and district) the report goes to, set per report.

The organisation's own municipality is only the default: a child who lives in the neighbouring
municipality is reported to that municipality's child welfare service.

Revision ID: 0003_report
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_report"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = (("municipality_number", 4), ("municipality_name", 100), ("district_number", 2),
            ("district_name", 100))


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        for name, length in _COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        for name, _length in reversed(_COLUMNS):
            batch.drop_column(name)
