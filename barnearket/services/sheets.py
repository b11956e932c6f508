"""Use cases for Barnearket conversations: start, autosave one answer, complete."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import ValidationError
from barnearket.domain.forms import Sheet as SheetForm
from barnearket.domain.forms.standard import GATE_QUESTION_ID
from barnearket.domain.forms.validate import AnswerMismatchError, check_answer
from barnearket.domain.language import n_
from barnearket.domain.model import JsonValue, SheetStatus
from barnearket.domain.rules.gate import require_sheet_completable
from barnearket.domain.rules.notes import Note
from barnearket.domain.rules.sheets import sheet_notes
from barnearket.services import common, sheetgate
from barnearket.services.context import ServiceContext
from barnearket.storage import versions
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import case_from_row, sheet_from_row
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.sheets import SheetAnswerRow, SheetRow

GATE_QUESTIONS = ("has_children", "has_minor_siblings", "gate_asked_on", "gate_asked_by")
"""Sheet questions whose answers live on the case (the gate), counted when checking a sheet."""
LOCKED = n_("Samtalen er fullført og kan ikke endres. Start en ny samtale i stedet.")


def start_sheet(ctx: ServiceContext, case_id: int, *, form_id: str, form_version: int,
                held_on: date | None = None, participants: str = "", from_previous: bool = True) -> int:
    """Start the next conversation of the case; by default it begins with the last completed answers."""
    common.case_row(ctx, case_id)
    common.ids([form_id], "form_id")
    if _find(ctx, case_id, SheetStatus.DRAFT) is not None:
        raise ValidationError("Saken har allerede en samtale som ikke er fullført.")
    previous = _find(ctx, case_id, SheetStatus.COMPLETED) if from_previous else None
    version = (ctx.session.scalar(select(func.max(SheetRow.version)).where(SheetRow.case_id == case_id))
               or 0) + 1
    row = SheetRow(
        case_id=case_id, version=version, form_id=form_id, form_version=form_version,
        held_on=common.day(ctx, held_on, "held_on"), participants=common.line(participants),
        quick_notes="", status=SheetStatus.DRAFT, based_on=previous.id if previous else None,
        created_at=ctx.clock.now(), created_by=ctx.actor.user_id,
    )
    ctx.session.add(row)
    ctx.session.flush()
    if previous is not None:
        _copy_answers(ctx, previous.id, row.id)
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.CREATE, "sheet", row.id,
               ["version", "form_id", "form_version", "held_on", "participants", "based_on"])
    return row.id


def answer_question(ctx: ServiceContext, sheet_id: int, question_id: str, value: JsonValue,
                    *, child_id: int | None = None, base: int | None = None) -> int:
    """Autosave one answer (None clears it): one indexed upsert, nothing else of the case is loaded.

    `base` is the answer's version the person saw (0: no answer yet); a write based on another one
    is refused with `EditConflictError` unless it stores the very same value. Returns the answer's version.
    """
    sheet = _draft(ctx, sheet_id)
    common.ids([question_id], "question_id")
    if child_id is not None:
        child = common.get(ctx, ChildRow, child_id, "Fant ikke barnet.")
        if child.case_id != sheet.case_id:
            raise ValidationError("Barnet hører ikke til denne saken.", field="child_id")
    _check_against_form(ctx, sheet, question_id, value, per_child=child_id is not None)
    where = SheetAnswerRow.child_id.is_(None) if child_id is None else SheetAnswerRow.child_id == child_id
    mine = None if value is None else json.dumps(_clean(value), ensure_ascii=False, sort_keys=True)
    stored = ctx.session.execute(select(SheetAnswerRow.row_version, SheetAnswerRow.value).where(
        SheetAnswerRow.sheet_id == sheet_id, SheetAnswerRow.question_id == question_id, where)).first()
    version = stored.row_version if stored else 0
    if base is not None and base != version:
        if (stored.value if stored else None) == mine:
            return version  # someone stored the very same answer meanwhile: nothing to decide
        raise EditConflictError("sheet_answers", 0, base=base, current=version,
                           key=(sheet_id, question_id, child_id))
    if mine is None:
        ctx.session.execute(delete(SheetAnswerRow).where(
            SheetAnswerRow.sheet_id == sheet_id, SheetAnswerRow.question_id == question_id, where,
            SheetAnswerRow.row_version == version))
        version = 0
    else:
        version += 1
        _upsert(ctx, sheet, question_id, child_id, mine, version)
    common.log(ctx, AuditAction.UPDATE, "sheet", sheet_id, [question_id.replace("-", "_")])
    if child_id is None and question_id in sheetgate.GATE_KEYS:
        sheetgate.sync_gate(ctx, sheet)
    return version


def start_conversation(ctx: ServiceContext, case_id: int, *, form_id: str, form_version: int) -> int:
    """Start the next conversation; a case whose completed sheets never asked the gate gets the gate
    already recorded on the case (and who asked) as the new sheet's first answers."""
    sheet_id = start_sheet(ctx, case_id, form_id=form_id, form_version=form_version)
    case = case_from_row(common.case_row(ctx, case_id))
    asked = ctx.session.scalar(select(func.count()).select_from(SheetAnswerRow).join(SheetRow).where(
        SheetRow.case_id == case_id, SheetRow.status == SheetStatus.COMPLETED.value,
        SheetAnswerRow.child_id.is_(None), SheetAnswerRow.question_id == GATE_QUESTION_ID)) or 0
    if not asked:
        for question_id, value in sheetgate.gate_answers(ctx, case).items():
            answer_question(ctx, sheet_id, question_id, value)
    return sheet_id


def _check_against_form(ctx: ServiceContext, sheet: SheetRow, question_id: str, value: JsonValue,
                        *, per_child: bool) -> None:
    """With a form library at hand, the answer must fit its question in the sheet's own version."""
    if ctx.forms is None:
        return
    try:
        form = ctx.forms.get_as(sheet.form_id, sheet.form_version, SheetForm)
    except (KeyError, TypeError):
        raise ValidationError("Arkets skjemaversjon er ikke lastet.", field="form_version") from None
    try:
        question = form.question(question_id)
        options = [o.id for o in ctx.forms.options_for(question)]
    except KeyError:
        options = []
    try:
        check_answer(form, question_id, value, per_child=per_child, option_ids=options)
    except AnswerMismatchError as problem:
        raise ValidationError(str(problem), field="value") from None


def update_sheet(ctx: ServiceContext, sheet_id: int, *, held_on: date | None = None,
                 participants: str | None = None, quick_notes: str | None = None,
                 base: int | None = None) -> list[str]:
    """Change the date, participants or quick notes of a draft; return the changed fields. `base` is the
    sheet's version the person saw; an older one is refused with `EditConflictError`."""
    sheet = _draft(ctx, sheet_id)
    values: dict[str, object] = {}
    if held_on is not None:
        values["held_on"] = common.day(ctx, held_on, "held_on")
    if participants is not None:
        values["participants"] = common.line(participants)
    if quick_notes is not None:
        values["quick_notes"] = common.note(quick_notes)
    if any(getattr(sheet, k) != v for k, v in values.items()):
        versions.based_on(sheet, base)
    names = common.changed(sheet, values)
    if names:
        common.log(ctx, AuditAction.UPDATE, "sheet", sheet_id, names)
    return names


def complete_sheet(ctx: ServiceContext, sheet_id: int, *, form: SheetForm | None = None) -> list[Note]:
    """Complete the conversation; it can never change afterwards. The gate must be answered first.

    With the sheet's form definition, returns notes on required questions left unanswered; they
    inform and never block.
    """
    sheet = common.get(ctx, SheetRow, sheet_id, "Fant ikke samtalen.")
    case = common.case_row(ctx, sheet.case_id)
    require_sheet_completable(case_from_row(case), sheet_from_row(sheet))
    notes = _missing(ctx, case, sheet, form) if form is not None else []
    sheet.status = SheetStatus.COMPLETED
    sheet.completed_at, sheet.completed_by = ctx.clock.now(), ctx.actor.user_id
    common.touch(ctx, sheet.case_id)
    common.log(ctx, AuditAction.UPDATE, "sheet", sheet_id, ["status", "completed_at", "completed_by"])
    return notes


def _missing(ctx: ServiceContext, case: CaseRow, sheet: SheetRow, form: SheetForm) -> list[Note]:
    answers = ctx.session.scalars(select(SheetAnswerRow).where(SheetAnswerRow.sheet_id == sheet.id)).all()
    children = ctx.session.execute(select(ChildRow.id, ChildRow.unborn).where(ChildRow.case_id == case.id)
                                   .order_by(ChildRow.id)).all()
    child_ids = [c.id for c in children]
    asked_on = case.gate_on.isoformat() if case.gate_on else None
    gate = dict(zip(GATE_QUESTIONS, (case.gate_answer, case.gate_siblings, asked_on, case.gate_by),
                    strict=True))
    return sheet_notes(form, sheet_from_row(sheet, answers), child_ids,
                       {k: v for k, v in gate.items() if v is not None}, {c.id for c in children if c.unborn})


def _draft(ctx: ServiceContext, sheet_id: int) -> SheetRow:
    _held = common.preload(ctx, SheetRow, sheet_id)
    sheet = common.get(ctx, SheetRow, sheet_id, "Fant ikke samtalen.")
    common.writable(common.case_row(ctx, sheet.case_id))
    if sheet.status != SheetStatus.DRAFT:
        raise ValidationError(LOCKED)
    return sheet


def _find(ctx: ServiceContext, case_id: int, status: SheetStatus) -> SheetRow | None:
    return ctx.session.scalars(
        select(SheetRow).where(SheetRow.case_id == case_id, SheetRow.status == status)
        .order_by(SheetRow.version.desc()).limit(1)
    ).first()


def _upsert_statement(per_child: bool, dialect: str) -> Any:
    """The upsert for one answer, built once per store kind: on conflict with the matching partial
    index, update (SQLite and PostgreSQL spell it alike, each with its own construct)."""
    stmt = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(SheetAnswerRow)
    keys = ["sheet_id", "child_id", "question_id"] if per_child else ["sheet_id", "question_id"]
    where = SheetAnswerRow.child_id.isnot(None) if per_child else SheetAnswerRow.child_id.is_(None)
    changing = ("form_id", "form_version", "value", "updated_at", "updated_by", "row_version", "changed_at",
                "changed_by")
    return stmt.on_conflict_do_update(index_elements=keys, index_where=where,
                                      set_={k: stmt.excluded[k] for k in changing})


_UPSERT = {(per_child, dialect): _upsert_statement(per_child, dialect)
           for per_child in (False, True) for dialect in ("sqlite", "postgresql")}


def _upsert(ctx: ServiceContext, sheet: SheetRow, question_id: str, child_id: int | None,
            value: str, version: int) -> None:
    """Insert or update the answer as `version` (the database refuses it unless that is the stored
    version + 1, so a race with another writer ends in a refusal, never an overwrite)."""
    values = {
        "sheet_id": sheet.id, "child_id": child_id, "question_id": question_id,
        "form_id": sheet.form_id, "form_version": sheet.form_version, "value": value,
        "updated_at": ctx.clock.now(), "updated_by": ctx.actor.user_id, "row_version": version,
        "changed_at": ctx.clock.now(), "changed_by": ctx.actor.user_id,
    }
    dialect = ctx.session.get_bind().dialect.name
    ctx.session.execute(_UPSERT[child_id is not None, dialect], [values])


def _clean(value: JsonValue) -> JsonValue:
    """Clean every text inside an answer by the text rule (other JSON values are kept)."""
    if isinstance(value, str):
        return common.note(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {common.line(k, 200): _clean(v) for k, v in value.items()}
    return value


def _copy_answers(ctx: ServiceContext, source_id: int, target_id: int) -> None:
    rows = ctx.session.scalars(select(SheetAnswerRow).where(SheetAnswerRow.sheet_id == source_id)).all()
    ctx.session.add_all(
        SheetAnswerRow(sheet_id=target_id, child_id=r.child_id, question_id=r.question_id,
                       form_id=r.form_id, form_version=r.form_version, value=r.value,
                       updated_at=ctx.clock.now(), updated_by=ctx.actor.user_id)
        for r in rows
    )
    ctx.session.flush()
