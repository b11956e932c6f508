"""Step questions the forms define are stored, not dropped: how long the worry has lasted and earlier
concerns on an observation; whether the conversation with the parents was held, and why not.

Revision ID: 0005_step_questions
Revises: 0005_pregnancy_teamwork
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_step_questions"
down_revision = "0005_pregnancy_teamwork"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.add_column(sa.Column("worried_since", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("earlier_concerns", sa.String(20), nullable=False, server_default=""))
    with op.batch_alter_table("parent_conversations") as batch:
        batch.add_column(sa.Column("held", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("not_held_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("parent_conversations") as batch:
        batch.drop_column("not_held_reason")
        batch.drop_column("held")
    with op.batch_alter_table("observations") as batch:
        batch.drop_column("earlier_concerns")
        batch.drop_column("worried_since")
