"""Cases: parents, children, Barnearket sheets and answers, concerns with their steps, actions,
consents and reports of concern.

Revision ID: 0002
Revises: 0001
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

Column = sa.Column[Any]
UserRef = tuple[Column, sa.ForeignKeyConstraint]

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _pk() -> Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _user(name: str, table: str, *, nullable: bool = False) -> UserRef:
    """A column pointing at users.id and its named foreign key."""
    return (
        sa.Column(name, sa.Integer(), nullable=nullable),
        sa.ForeignKeyConstraint([name], ["users.id"], name=f"fk_{table}_{name}_users"),
    )


def _owner(name: str, table: str, parent: str, *, nullable: bool = False) -> UserRef:
    """A column pointing at the owning row (deleted with it) and its named foreign key."""
    return (
        sa.Column(name, sa.Integer(), nullable=nullable),
        sa.ForeignKeyConstraint(
            [name], [f"{parent}.id"], name=f"fk_{table}_{name}_{parent}", ondelete="CASCADE"
        ),
    )


def _at(name: str = "created_at", *, nullable: bool = False) -> Column:
    return sa.Column(name, sa.DateTime(), nullable=nullable)


def upgrade() -> None:
    _cases()
    _children()
    _sheets()
    _concerns()
    _steps()
    _actions()
    _consents()
    _reports()


def _cases() -> None:
    op.create_table(
        "cases",
        _pk(),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        *_user("responsible_id", "cases", nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("treatment_phase", sa.String(20), nullable=False),
        sa.Column("parent_name", sa.String(200), nullable=False),
        sa.Column("parent_search", sa.String(400), nullable=False),
        sa.Column("parent_identity", sa.String(11), nullable=True),
        sa.Column("parent_birth_date", sa.Date(), nullable=True),
        sa.Column("parent_address", sa.Text(), nullable=False),
        sa.Column("parent_phone", sa.String(40), nullable=False),
        sa.Column("parent_language", sa.String(100), nullable=False),
        sa.Column("parent_interpreter", sa.Boolean(), nullable=False),
        sa.Column("gate_answer", sa.String(20), nullable=True),
        sa.Column("gate_siblings", sa.String(20), nullable=True),
        sa.Column("gate_on", sa.Date(), nullable=True),
        *_user("gate_by", "cases", nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        *_user("closed_by", "cases", nullable=True),
        _at(),
        *_user("created_by", "cases"),
        _at("updated_at"),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_cases_unit_id_units"),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("number", name="uq_cases_number"),
    )
    op.create_index("ix_cases_unit_status", "cases", ["unit_id", "status"])
    op.create_index("ix_cases_responsible_status", "cases", ["responsible_id", "status"])
    op.create_index("ix_cases_parent_search", "cases", ["parent_search"])
    op.create_index("ix_cases_parent_identity", "cases", ["parent_identity"])
    op.create_table(
        "case_categories",
        *_owner("case_id", "case_categories", "cases"),
        sa.Column("category_id", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "category_id", name="pk_case_categories"),
    )


def _children() -> None:
    op.create_table(
        "children",
        _pk(),
        *_owner("case_id", "children", "cases"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_search", sa.String(400), nullable=False),
        sa.Column("identity_number", sa.String(11), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("unborn", sa.Boolean(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("relation", sa.String(20), nullable=False),
        sa.Column("parental_responsibility", sa.Boolean(), nullable=True),
        sa.Column("residence", sa.String(20), nullable=True),
        sa.Column("daily_carer", sa.String(200), nullable=False),
        sa.Column("other_parent", sa.String(200), nullable=False),
        sa.Column("school", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_children"),
    )
    op.create_index("ix_children_case_id", "children", ["case_id"])
    op.create_index("ix_children_name_search", "children", ["name_search"])
    op.create_index("ix_children_identity_number", "children", ["identity_number"])
    op.create_table(
        "child_services",
        *_owner("child_id", "child_services", "children"),
        sa.Column("service_id", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("child_id", "service_id", name="pk_child_services"),
    )


def _sheets() -> None:
    op.create_table(
        "sheets",
        _pk(),
        *_owner("case_id", "sheets", "cases"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(60), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.String(2000), nullable=False),
        sa.Column("quick_notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("based_on", sa.Integer(), nullable=True),
        _at(),
        *_user("created_by", "sheets"),
        _at("completed_at", nullable=True),
        *_user("completed_by", "sheets", nullable=True),
        sa.ForeignKeyConstraint(["based_on"], ["sheets.id"], name="fk_sheets_based_on_sheets"),
        sa.PrimaryKeyConstraint("id", name="pk_sheets"),
    )
    op.create_index("uq_sheets_case_version", "sheets", ["case_id", "version"], unique=True)
    op.create_index("ix_sheets_status", "sheets", ["status"])
    op.create_table(
        "sheet_answers",
        _pk(),
        *_owner("sheet_id", "sheet_answers", "sheets"),
        *_owner("child_id", "sheet_answers", "children", nullable=True),
        sa.Column("form_id", sa.String(60), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        _at("updated_at"),
        *_user("updated_by", "sheet_answers"),
        sa.PrimaryKeyConstraint("id", name="pk_sheet_answers"),
    )
    op.create_index(
        "uq_sheet_answers_child", "sheet_answers", ["sheet_id", "child_id", "question_id"],
        unique=True, sqlite_where=sa.text("child_id IS NOT NULL"),
        postgresql_where=sa.text("child_id IS NOT NULL"),
    )
    op.create_index(
        "uq_sheet_answers_parent", "sheet_answers", ["sheet_id", "question_id"],
        unique=True, sqlite_where=sa.text("child_id IS NULL"),
        postgresql_where=sa.text("child_id IS NULL"),
    )


def _concerns() -> None:
    op.create_table(
        "concerns",
        _pk(),
        *_owner("case_id", "concerns", "cases"),
        *_owner("child_id", "concerns", "children"),
        sa.Column("arose_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("parent_level", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("decision_due", sa.Date(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        _at(),
        *_user("created_by", "concerns"),
        sa.PrimaryKeyConstraint("id", name="pk_concerns"),
    )
    op.create_index("ix_concerns_case_id", "concerns", ["case_id"])
    op.create_index("ix_concerns_child_id", "concerns", ["child_id"])
    op.create_index("ix_concerns_status_step", "concerns", ["status", "step"])
    op.create_index("ix_concerns_status_level", "concerns", ["status", "level"])
    op.create_index("ix_concerns_status_decision_due", "concerns", ["status", "decision_due"])
    op.create_index("ix_concerns_status_follow_up", "concerns", ["status", "next_follow_up"])
    op.create_table(
        "concern_categories",
        *_owner("concern_id", "concern_categories", "concerns"),
        sa.Column("category_id", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("concern_id", "category_id", name="pk_concern_categories"),
    )
    op.create_table(
        "level_changes",
        _pk(),
        *_owner("concern_id", "level_changes", "concerns"),
        sa.Column("scale", sa.String(20), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        _at("at"),
        *_user("by_id", "level_changes"),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_level_changes"),
    )
    op.create_index("ix_level_changes_concern_id", "level_changes", ["concern_id"])
    op.create_table(
        "concern_events",
        _pk(),
        *_owner("concern_id", "concern_events", "concerns"),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        *_user("by_id", "concern_events"),
        sa.Column("reason", sa.Text(), nullable=False),
        _at("at"),
        sa.PrimaryKeyConstraint("id", name="pk_concern_events"),
    )
    op.create_index("ix_concern_events_concern_id", "concern_events", ["concern_id"])


def _steps() -> None:
    op.create_table(
        "observations",
        _pk(),
        *_owner("concern_id", "observations", "concerns"),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_user("by_id", "observations"),
        _at(),
        sa.PrimaryKeyConstraint("id", name="pk_observations"),
    )
    op.create_index("ix_observations_concern_id", "observations", ["concern_id"])
    op.create_table(
        "consultations",
        _pk(),
        *_owner("concern_id", "consultations", "concerns"),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("with_whom", sa.String(20), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("counterpart", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        *_user("by_id", "consultations"),
        _at(),
        sa.PrimaryKeyConstraint("id", name="pk_consultations"),
    )
    op.create_index("ix_consultations_concern_id", "consultations", ["concern_id"])
    op.create_table(
        "parent_conversations",
        _pk(),
        *_owner("concern_id", "parent_conversations", "concerns"),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.String(2000), nullable=False),
        sa.Column("shared", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("agreed", sa.Text(), nullable=False),
        *_user("by_id", "parent_conversations"),
        _at(),
        sa.PrimaryKeyConstraint("id", name="pk_parent_conversations"),
    )
    op.create_index("ix_parent_conversations_concern_id", "parent_conversations", ["concern_id"])
    op.create_table(
        "decisions",
        _pk(),
        *_owner("concern_id", "decisions", "concerns"),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("anchored_with", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_user("by_id", "decisions"),
        _at(),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
    )
    op.create_index("ix_decisions_concern_id", "decisions", ["concern_id"])
    op.create_table(
        "decision_recipients",
        *_owner("decision_id", "decision_recipients", "decisions"),
        sa.Column("service_id", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("decision_id", "service_id", name="pk_decision_recipients"),
    )


def _actions() -> None:
    op.create_table(
        "actions",
        _pk(),
        *_owner("concern_id", "actions", "concerns"),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(200), nullable=False),
        sa.Column("service_id", sa.String(60), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("evaluate_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        _at(),
        *_user("created_by", "actions"),
        sa.PrimaryKeyConstraint("id", name="pk_actions"),
    )
    op.create_index("ix_actions_concern_id", "actions", ["concern_id"])
    op.create_index("ix_actions_status_evaluate_on", "actions", ["status", "evaluate_on"])
    op.create_table(
        "evaluations",
        _pk(),
        *_owner("action_id", "evaluations", "actions"),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_user("by_id", "evaluations"),
        _at(),
        sa.PrimaryKeyConstraint("id", name="pk_evaluations"),
    )
    op.create_index("ix_evaluations_action_id", "evaluations", ["action_id"])


def _consents() -> None:
    op.create_table(
        "consents",
        _pk(),
        *_owner("case_id", "consents", "cases"),
        *_owner("child_id", "consents", "children", nullable=True),
        sa.Column("given_by", sa.String(20), nullable=False),
        sa.Column("purpose", sa.String(2000), nullable=False),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _at(),
        *_user("created_by", "consents"),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
    )
    op.create_index("ix_consents_case_id", "consents", ["case_id"])
    op.create_index("ix_consents_child_id", "consents", ["child_id"])
    op.create_table(
        "consent_recipients",
        *_owner("consent_id", "consent_recipients", "consents"),
        sa.Column("service_id", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("consent_id", "service_id", name="pk_consent_recipients"),
    )


def _reports() -> None:
    op.create_table(
        "reports",
        _pk(),
        *_owner("concern_id", "reports", "concerns"),
        sa.Column("series", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("parents_told", sa.Boolean(), nullable=True),
        sa.Column("parents_not_told_why", sa.Text(), nullable=False),
        sa.Column("child_told", sa.Boolean(), nullable=True),
        sa.Column("child_not_told_why", sa.Text(), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=True),
        sa.Column("interpreter_language", sa.String(100), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(20), nullable=True),
        sa.Column("portal_reference", sa.String(100), nullable=False),
        sa.Column("feedback_due", sa.Date(), nullable=True),
        sa.Column("feedback_on", sa.Date(), nullable=True),
        _at(),
        *_user("created_by", "reports"),
        _at("completed_at", nullable=True),
        *_user("completed_by", "reports", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
    )
    op.create_index(
        "uq_reports_concern_series_version", "reports", ["concern_id", "series", "version"],
        unique=True,
    )
    op.create_index("ix_reports_status_feedback_due", "reports", ["status", "feedback_due"])
    op.create_table(
        "report_sections",
        *_owner("report_id", "report_sections", "reports"),
        sa.Column("section", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("report_id", "section", name="pk_report_sections"),
    )


_TABLES = (
    "report_sections", "reports", "consent_recipients", "consents", "evaluations", "actions",
    "decision_recipients", "decisions", "parent_conversations", "consultations", "observations",
    "concern_events", "level_changes", "concern_categories", "concerns", "sheet_answers",
    "sheets", "child_services", "children", "case_categories", "cases",
)


def downgrade() -> None:
    for table in _TABLES:
        op.drop_table(table)
