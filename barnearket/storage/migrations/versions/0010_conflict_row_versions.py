"""Row versions: every record a person edits in place gets `row_version`, and a trigger on each table
refuses an UPDATE that changes what a person edits without moving the version exactly one on
(`storage/versions.py`), so a save based on an older version is refused by the database itself.

Revision ID: 0009_conflict
Revises: 0009_rights18
"""

import sqlalchemy as sa
from alembic import op

from barnearket.storage.versions import COLUMN, PG_FUNCTION, STALE, pg_guard, sqlite_guard

TABLES: dict[str, tuple[str, ...]] = {  # the edited columns as of this revision
    "cases": ("responsible_id", "parent_name", "parent_identity", "parent_birth_date", "parent_address",
        "parent_phone", "parent_language", "parent_interpreter", "gate_answer", "gate_siblings",
        "treatment_phase"),
    "children": ("name", "identity_number", "birth_date", "unborn", "due_date", "relation",
        "parental_responsibility", "residence", "daily_carer", "other_parent", "school"),
    "sheets": ("held_on", "participants", "quick_notes"),
    "sheet_answers": ("value",),
    "concerns": ("arose_on", "description", "level", "parent_level"),
    "observations": ("observed_on", "text", "worried_since", "earlier_concerns"),
    "consultations": ("held_on", "with_whom", "anonymous", "counterpart", "summary"),
    "parent_conversations": ("held_on", "participants", "shared", "response", "agreed", "held",
        "not_held_reason"),
    "decisions": ("decided_on", "outcome", "anchored_with", "note"),
    "actions": ("measure", "responsible", "service_id", "deadline", "evaluate_on", "status"),
    "evaluations": ("evaluated_on", "text"),
    "consents": ("given_by", "answer", "purpose", "form", "given_on", "expires_on", "withdrawn_on", "note"),
    "reports": ("recipient", "parents_told", "parents_not_told_why", "child_told", "child_not_told_why",
        "interpreter_needed", "interpreter_language", "municipality_number", "municipality_name",
        "district_number", "district_name", "portal_reference"),
    "report_sections": ("text",),
}

revision = "0009_conflict"
down_revision = "0009_rights18"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(COLUMN, sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("changed_by", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
    if postgres:
        op.execute(PG_FUNCTION)
    for table, columns in TABLES.items():
        op.execute(pg_guard(table, columns) if postgres else sqlite_guard(table, columns))


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {STALE}_{table}" + (f" ON {table}" if postgres else ""))
        for column in ("changed_at", "changed_by", COLUMN):  # no batch copy: SQLite would cascade the
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # drop of `cases` to every case row
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS barnearket_stale_row()")
