"""On the server: a function that gives the audit rows of one case to whoever may see the case, so a
family's innsyn lists everyone who opened it although a saksbehandler reads only her own log rows.
Nothing changes in a case file.

Revision ID: 0009_rights18
Revises: 0005_step_questions
"""

from alembic import op

revision = "0009_rights18"
down_revision = "0005_step_questions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from barnearket.storage.server.caselog import install_sql

    for statement in install_sql():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS barnearket_case_log(integer)")
