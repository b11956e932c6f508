"""What a refused save ran into: who changed the record, when, and what it holds now, so the person
can choose between her own text and the newer one (keep mine / keep theirs / both)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from barnearket.domain.conflicts import EditConflictError
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.base import Base
from barnearket.storage.orm.sheets import SheetAnswerRow
from barnearket.storage.orm.users import User
from barnearket.storage.versions import EDITED

AUDIT_TYPE = {
    "cases": "case", "children": "child", "sheets": "sheet", "sheet_answers": "sheet", "concerns": "concern",
    "observations": "observation", "consultations": "consultation", "parent_conversations": "conversation",
    "decisions": "decision", "actions": "action", "evaluations": "evaluation", "consents": "consent",
    "reports": "report", "report_sections": "report",
}
"""The audit log's object type for each versioned table (a sheet answer is logged on its sheet)."""


@dataclass(frozen=True)
class ConflictReport:
    """The newer version a refused save met.

    Attributes:
        table: the record's table; current: its version now.
        who: the full name of whoever stored the newer version ("" when unknown).
        at: when (UTC), if known; fields: the names of the fields they changed, as the log has them.
        theirs: the stored value of each field a person edits (for an answer: {"value": ...}).
    """

    table: str
    current: int
    who: str
    at: datetime | None
    fields: tuple[str, ...]
    theirs: dict[str, Any]


def explain(ctx: ServiceContext, conflict: EditConflictError) -> ConflictReport:
    """Read who changed the record and what it holds now (in a fresh unit of work after the refusal).

    Who and when come from the row itself (`changed_by`, `changed_at`), since on the server a
    saksbehandler reads only her own rows of the audit log; the changed fields come from the log
    where it is readable."""
    if conflict.table == "sheet_answers" and conflict.key is not None:
        return _answer(ctx, conflict)
    model = _model(conflict.table)
    row = ctx.session.get(model, conflict.row_id)
    if row is None:  # removed meanwhile (a purge): nothing newer to show
        return ConflictReport(conflict.table, conflict.current, "", None, (), {})
    theirs = {c: getattr(row, c) for c in EDITED[conflict.table]}
    entry = _last_change(ctx, AUDIT_TYPE.get(conflict.table, ""), conflict.row_id, None)
    return ConflictReport(conflict.table, int(row.row_version), _name(ctx, row.changed_by), row.changed_at,
                          _fields(entry), theirs)


def _answer(ctx: ServiceContext, conflict: EditConflictError) -> ConflictReport:
    assert conflict.key is not None
    sheet_id, question_id, child_id = conflict.key
    where = SheetAnswerRow.child_id.is_(None) if child_id is None else SheetAnswerRow.child_id == child_id
    row = ctx.session.scalars(select(SheetAnswerRow).where(
        SheetAnswerRow.sheet_id == sheet_id, SheetAnswerRow.question_id == question_id, where)).first()
    if row is not None:
        return ConflictReport("sheet_answers", row.row_version, _name(ctx, row.updated_by), row.updated_at,
                              (question_id,), {"value": json.loads(row.value)})
    entry = _last_change(ctx, "sheet", sheet_id, question_id.replace("-", "_"))
    return ConflictReport("sheet_answers", 0, _name(ctx, entry.actor_id if entry else None),
                          entry.at if entry else None, (question_id,), {"value": None})


def _last_change(ctx: ServiceContext, object_type: str, object_id: int,
                 field: str | None) -> AuditEntry | None:
    query = (select(AuditEntry).where(AuditEntry.object_type == object_type,
                                      AuditEntry.object_id == object_id,
                                      AuditEntry.action.in_(("update", "create")))
             .order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(20))
    for entry in ctx.session.scalars(query):
        if field is None or field in entry.fields.split(","):
            return entry
    return None


def _fields(entry: AuditEntry | None) -> tuple[str, ...]:
    return tuple(f for f in entry.fields.split(",") if f) if entry is not None else ()


def _name(ctx: ServiceContext, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = ctx.session.get(User, user_id)
    return user.full_name if user is not None else ""


def _model(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise KeyError(table)


def version(ctx: ServiceContext, table: str, row_id: int) -> int:
    """The record's version as this unit of work leaves it (after the pending changes are flushed)."""
    ctx.session.flush()
    row = ctx.session.get(_model(table), row_id)
    return int(row.row_version) if row is not None else 0
