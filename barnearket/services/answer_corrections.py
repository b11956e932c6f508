"""Corrections of free-text answers in a completed conversation: the sheet stays locked for
everything else, and the answer keeps a dated note of who corrected it, why, and what it said."""

from __future__ import annotations

import json

from sqlalchemy import select

from barnearket.domain.errors import ValidationError
from barnearket.domain.forms import Sheet as SheetForm
from barnearket.domain.forms.model import QuestionType
from barnearket.domain.model import SheetStatus
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.corrections import trail_opening
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.sheets import SheetAnswerRow, SheetRow

TRAIL_START = "\n\n[Rettet "
_FREE_TEXT = (QuestionType.TEXT, QuestionType.LONG_TEXT)


def correct_answer(ctx: ServiceContext, sheet_id: int, question_id: str, text: str, *, reason: str,
                   child_id: int | None = None) -> bool:
    """Correct one free-text answer of a completed conversation; False when nothing changed."""
    sheet = common.get(ctx, SheetRow, sheet_id, "Fant ikke samtalen.")
    common.writable(common.case_row(ctx, sheet.case_id))
    if sheet.status != SheetStatus.COMPLETED:
        raise ValidationError("Samtalen er ikke fullført: endre svaret i samtalen i stedet.")
    row = _answer(ctx, sheet, question_id, child_id)
    old = json.loads(row.value)
    if not isinstance(old, str) or not _is_free_text(ctx, sheet, question_id):
        raise ValidationError("Bare fritekstsvar kan rettes.", field="question_id")
    why = common.line(reason, 500)
    if not why.strip():
        raise ValidationError("Skriv hvorfor svaret rettes.", field="reason")
    body, trails = split_trail(old)
    new_body = common.note(text)
    if new_body == body:
        return False
    note = f"{trail_opening(ctx, why)}Før rettingen: «{body}»]"
    row.value = json.dumps(f"{new_body}{trails}{TRAIL_START}{note.removeprefix('[Rettet ')}",
                           ensure_ascii=False)
    row.updated_at, row.updated_by = ctx.clock.now(), ctx.actor.user_id
    common.touch(ctx, sheet.case_id)
    common.log(ctx, AuditAction.UPDATE, "sheet", sheet_id, ["correction", question_id.replace("-", "_")])
    return True


def split_trail(value: str) -> tuple[str, str]:
    """The answer as last written, and the correction notes after it (with their leading blank line)."""
    at = value.find(TRAIL_START)
    return (value, "") if at < 0 else (value[:at], value[at:])


def _answer(ctx: ServiceContext, sheet: SheetRow, question_id: str, child_id: int | None) -> SheetAnswerRow:
    who = SheetAnswerRow.child_id.is_(None) if child_id is None else SheetAnswerRow.child_id == child_id
    row = ctx.session.scalar(select(SheetAnswerRow).where(
        SheetAnswerRow.sheet_id == sheet.id, SheetAnswerRow.question_id == question_id, who))
    if row is None:
        raise ValidationError("Spørsmålet er ikke besvart i denne samtalen.", field="question_id")
    return row


def _is_free_text(ctx: ServiceContext, sheet: SheetRow, question_id: str) -> bool:
    """With the form library at hand, the question must be a text question in the sheet's version."""
    if ctx.forms is None:
        return True
    try:
        form = ctx.forms.get_as(sheet.form_id, sheet.form_version, SheetForm)
        return form.question(question_id).type in _FREE_TEXT
    except (KeyError, TypeError):
        return False
