"""Cases taken along to a laptop file (`checkout`): one row per case while it is away.

On a server that is already set up, the same migration adds the table's row security, the guard
triggers that keep a checked-out case read-only, and the grants (a new server gets them from `init`).

Revision ID: 0009_checkout
Revises: 0009_forms15
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_checkout"
down_revision = "0009_forms15"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_checkouts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("checkin_tx", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_checkouts_case_id_cases",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_case_checkouts_user_id_users"),
        sa.PrimaryKeyConstraint("case_id", name="pk_case_checkouts"),
    )
    op.create_index("ix_case_checkouts_token", "case_checkouts", ["token"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql" and bind.exec_driver_sql(
            "SELECT to_regprocedure('barnearket_my_id()') IS NOT NULL").scalar():
        _secure(bind)


def _secure(bind: sa.Connection) -> None:
    """What `init` gives the table on a new server, for a server built before this revision."""
    from barnearket.storage.server.checkouts import GRANTS, TABLE, checkout_sql
    from barnearket.storage.server.policies import case_table_sql
    from barnearket.storage.server.roles import TABLE_GRANTS

    owner = str(bind.exec_driver_sql("SELECT current_user").scalar())
    statements = [*case_table_sql(TABLE, owner), *checkout_sql()]
    statements += [f"GRANT {', '.join(sorted(rights))} ON {TABLE} TO {group}"
                   for group, rights in TABLE_GRANTS[TABLE].items()]
    for statement in [*statements, *GRANTS]:
        bind.exec_driver_sql(statement.replace("%", "%%"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # the guard on every other case table goes too
        from barnearket.storage.server.checkouts import GUARDED

        for table in GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS barnearket_vakt ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS barnearket_vakt_{table}()")
        op.execute("DROP FUNCTION IF EXISTS barnearket_claim_checkout(text)")
        op.execute("DROP FUNCTION IF EXISTS barnearket_release_checkout(text)")
    op.drop_index("ix_case_checkouts_token", table_name="case_checkouts")
    op.drop_table("case_checkouts")
