"""Row versions: every record a person edits in place carries one, and the database refuses a write
based on an older one, so two people on the same record never overwrite each other without a word.

The rule the database holds (a trigger on each table, the same on SQLite and PostgreSQL): an UPDATE
that changes a column a person edits must set `row_version` to exactly the stored version + 1, and no
UPDATE may move the version anywhere else. The writer states the version its edit is based on
(`based_on`), and the version it writes is that one + 1; so a write based on an older version is
refused by the database itself, also when two transactions race. Columns the program derives
(the case's `updated_at`, a concern's step or follow-up date) change without a new version, so
appending an observation never makes someone else's edit of the concern conflict.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, UOWTransaction

from barnearket.domain.conflicts import EditConflictError

COLUMN = "row_version"
STALE = "barnearket_stale_row"
"""The text both databases' triggers raise, so a refused write is told apart from other faults."""

EDITED: dict[str, tuple[str, ...]] = {
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
"""Every table whose rows a person edits in place, with the columns that count as her edit."""

_BASE = "barnearket.base_version"
_SENT = "barnearket.sent_base"
"""The base of the version last sent in a flush: names the conflict when the database refuses it."""


def based_on(row: Any, base: int | None) -> None:
    """Mark the version the person's edit of `row` is based on; an older one is refused at once
    (`EditConflictError`), and the database refuses it too if someone else writes in between."""
    if base is None:
        return
    current = int(row.row_version)
    if base != current:
        raise EditConflictError(row.__tablename__, _row_key(row), base=base, current=current)
    inspect(row).info[_BASE] = base


def bump(row: Any) -> None:
    """Give `row` its next version although none of its own columns changed (its sections or its
    linked rows did), so the next edit based on the version before is refused too."""
    state = inspect(row)
    base = int(state.info.pop(_BASE, row.row_version))
    state.info[_SENT] = base
    row.row_version = base + 1
    session = state.session
    row.changed_by = session.info.get("actor_id") if session is not None else None
    row.changed_at = datetime.now(UTC)


def is_stale(exc: BaseException) -> bool:
    """True when the database refused a write because the row's version had moved on meanwhile."""
    return isinstance(exc, DBAPIError) and STALE in str(exc.orig)


def conflict_behind(session: Session, exc: BaseException) -> EditConflictError | None:
    """The conflict behind a write the database refused as stale although the check before it passed
    (someone committed in between): the row sent on an older base, with the version stored now.
    Call it after the refused transaction was rolled back; None when no such row is found."""
    if not is_stale(exc):
        return None
    named = str(getattr(exc, "orig", "")).split(STALE, 1)[-1].split()[:1]  # PostgreSQL names the table
    for row in list(session.identity_map.values()):
        state = inspect(row)
        base = state.info.get(_SENT)
        table = getattr(row, "__tablename__", "")
        if base is None or (named and table != named[0]) or not state.identity:
            continue
        model: Any = type(row)
        mapped = model.__table__
        current = session.scalar(select(mapped.c[COLUMN]).where(mapped.c.id == state.identity[0]))
        if current is not None and int(current) != int(base):
            return EditConflictError(table, _row_key(row), base=int(base), current=int(current))
    return None


def _row_key(row: Any) -> int:
    identity = inspect(row).identity
    return int(identity[0]) if identity and isinstance(identity[0], int) else 0


@event.listens_for(Session, "before_flush")
def _next_version(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    """Give every row whose person-edited columns changed the version it was based on + 1."""
    for row in session.dirty:
        columns = EDITED.get(getattr(row, "__tablename__", ""))
        if not columns:
            continue
        state = inspect(row)
        if not any(state.attrs[c].history.has_changes() for c in columns):
            continue
        history = state.attrs[COLUMN].history
        if history.added:  # the caller set the version itself (an import, a move)
            continue
        loaded = (history.unchanged or history.deleted or [1])[0]
        base = int(state.info.pop(_BASE, loaded))
        state.info[_SENT] = base
        row.row_version = base + 1
        row.changed_by, row.changed_at = session.info.get("actor_id"), datetime.now(UTC)


def sqlite_guard(table: str, columns: tuple[str, ...]) -> str:
    """The SQLite trigger that refuses a stale or skipped version on `table` (`columns`: the edited ones)."""
    return (f"CREATE TRIGGER {STALE}_{table} BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN {_refused(columns, 'IS NOT')} BEGIN SELECT RAISE(ABORT, '{STALE}'); END")


PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION barnearket_stale_row() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{STALE} %', TG_TABLE_NAME USING ERRCODE = 'P0001'; END $$"
)


def pg_guard(table: str, columns: tuple[str, ...]) -> str:
    """The PostgreSQL trigger that refuses a stale or skipped version on `table`."""
    return (f"CREATE TRIGGER {STALE}_{table} BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN ({_refused(columns, 'IS DISTINCT FROM')}) EXECUTE FUNCTION barnearket_stale_row()")


def _refused(columns: tuple[str, ...], differs: str) -> str:
    moved = f"NEW.{COLUMN} {differs} OLD.{COLUMN}"
    next_one = f"NEW.{COLUMN} {differs} OLD.{COLUMN} + 1"
    edited = " OR ".join(f"NEW.{c} {differs} OLD.{c}" for c in columns)
    return f"({moved} AND {next_one}) OR (({edited}) AND {next_one})"
