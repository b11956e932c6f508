"""Answers to step questions a municipality adds to its own forms are kept on the entry, by question
id (JSON), so a local form can add a question to a step without a code change.

Revision ID: 0009_forms15
Revises: 0005_step_questions
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_forms15"
down_revision = "0005_step_questions"
branch_labels = None
depends_on = None

TABLES = ("observations", "consultations", "parent_conversations", "decisions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("form_answers", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("form_answers")
