"""The routine's practice: the pregnancy path (screening, plan, responsibility group), functions on a
person, information and follow-up recorded as given, and the resource group's meeting notes.

Revision ID: 0005_pregnancy_teamwork
Revises: 0005_user_units
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

Column = sa.Column[Any]

revision = "0005_pregnancy_teamwork"
down_revision = "0005_user_units"
branch_labels = None
depends_on = None


def _pk() -> Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _ref(name: str, table: str, parent: str, *, nullable: bool = False,
         cascade: bool = True) -> tuple[Column, sa.ForeignKeyConstraint]:
    return (
        sa.Column(name, sa.Integer(), nullable=nullable),
        sa.ForeignKeyConstraint([name], [f"{parent}.id"], name=f"fk_{table}_{name}_{parent}",
                                ondelete="CASCADE" if cascade else None),
    )


def upgrade() -> None:
    _pregnancy()
    _teamwork()
    _meetings()


def _pregnancy() -> None:
    op.create_table(
        "pregnancies", _pk(), *_ref("child_id", "pregnancies", "children"),
        sa.Column("screening_tool", sa.String(200), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=True),
        sa.Column("screening_result", sa.Text(), nullable=False),
        sa.Column("plan_made_on", sa.Date(), nullable=True),
        sa.Column("plan_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pregnancies"),
    )
    op.create_index("ix_pregnancies_child_id", "pregnancies", ["child_id"], unique=True)
    op.create_table(
        "responsibility_members", _pk(), *_ref("child_id", "responsibility_members", "children"),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("service", sa.String(200), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_responsibility_members"),
    )
    op.create_index("ix_responsibility_members_child_id", "responsibility_members", ["child_id"])


def _teamwork() -> None:
    op.create_table(
        "user_functions", _pk(), *_ref("user_id", "user_functions", "users"),
        sa.Column("function", sa.String(30), nullable=False),
        *_ref("unit_id", "user_functions", "units", nullable=True, cascade=False),
        sa.PrimaryKeyConstraint("id", name="pk_user_functions"),
    )
    op.create_index("ix_user_functions_user_id", "user_functions", ["user_id"])
    op.create_table(
        "plan_deliveries", _pk(), *_ref("sheet_id", "plan_deliveries", "sheets"),
        *_ref("child_id", "plan_deliveries", "children"),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        *_ref("given_by", "plan_deliveries", "users", cascade=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plan_deliveries"),
    )
    op.create_index("ix_plan_deliveries_sheet_id", "plan_deliveries", ["sheet_id"])


def _meetings() -> None:
    op.create_table(
        "resource_meetings", _pk(),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("procedures", sa.Text(), nullable=False),
        *_ref("created_by", "resource_meetings", "users", cascade=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_resource_meetings"),
    )
    op.create_index("ix_resource_meetings_held_on", "resource_meetings", ["held_on"])
    op.create_table(
        "resource_meeting_cases", _pk(), *_ref("meeting_id", "resource_meeting_cases", "resource_meetings"),
        sa.Column("case_number", sa.String(20), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_resource_meeting_cases"),
    )
    op.create_index("ix_resource_meeting_cases_meeting_id", "resource_meeting_cases", ["meeting_id"])


def downgrade() -> None:
    for table in ("resource_meeting_cases", "resource_meetings", "plan_deliveries", "user_functions",
                  "responsibility_members", "pregnancies"):
        op.drop_table(table)
