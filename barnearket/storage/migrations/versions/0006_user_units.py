"""People belong to one or more units (a saksbehandler sees the cases of her units on a server).

Revision ID: 0005_user_units
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_user_units"
down_revision = "0005_case_transfer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_units",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_user_units_user_id_users",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_user_units_unit_id_units"),
        sa.PrimaryKeyConstraint("user_id", "unit_id", name="pk_user_units"),
    )
    op.execute("INSERT INTO user_units (user_id, unit_id) SELECT id, unit_id FROM users "
               "WHERE unit_id IS NOT NULL")


def downgrade() -> None:
    op.drop_table("user_units")
