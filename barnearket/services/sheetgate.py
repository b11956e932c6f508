"""Keeps a case's gate answer in step with its sheet's gate questions, both ways, inside the services.

`answer_question` calls `sync_gate` whenever a gate question of the shared part is answered, so the
rule holds for every caller (the window, the command line, an import), not only for the sheet panel.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from barnearket.domain.forms.standard import GATE_QUESTION_ID, SIBLINGS_QUESTION_ID
from barnearket.domain.model import Case, GateAnswer, JsonValue
from barnearket.services.cases import answer_gate
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.sheets import SheetAnswerRow, SheetRow
from barnearket.storage.orm.users import User

ASKED_ON = "gate_asked_on"
ASKED_BY = "gate_asked_by"
GATE_KEYS = frozenset({GATE_QUESTION_ID, SIBLINGS_QUESTION_ID, ASKED_ON})
"""Sheet questions whose answers are the case's gate (who asked is only noted on the sheet)."""


def gate_answers(ctx: ServiceContext, case: Case) -> dict[str, JsonValue]:
    """The sheet answers that follow from the gate already recorded on the case (and who asked)."""
    if case.gate is None:
        return {}
    answers: dict[str, JsonValue] = {
        GATE_QUESTION_ID: str(case.gate.answer),
        ASKED_ON: case.gate.asked_on.isoformat(),
    }
    asker = ctx.session.get(User, case.gate.asked_by)
    if asker is not None and asker.full_name:
        answers[ASKED_BY] = asker.full_name
    if case.gate.siblings is not None:
        answers[SIBLINGS_QUESTION_ID] = str(case.gate.siblings)
    return answers


def sync_gate(ctx: ServiceContext, sheet: SheetRow) -> None:
    """Store the sheet's gate answers on the case when they differ (nothing until the main one is
    answered); a date in the future is taken as today."""
    shared = _stored(ctx, sheet.id)
    answer = _gate_value(shared.get(GATE_QUESTION_ID))
    if answer is None:
        return
    siblings = _gate_value(shared.get(SIBLINGS_QUESTION_ID))
    today = ctx.clock.today()
    asked_on = _day(shared.get(ASKED_ON))
    asked_on = asked_on if asked_on is not None and asked_on <= today else today
    case = ctx.session.get(CaseRow, sheet.case_id)
    if case is not None and (case.gate_answer, case.gate_siblings, case.gate_on) == (
            str(answer), str(siblings) if siblings else None, asked_on):
        return
    answer_gate(ctx, sheet.case_id, answer, siblings=siblings, asked_on=asked_on)


def _stored(ctx: ServiceContext, sheet_id: int) -> dict[str, JsonValue]:
    rows = ctx.session.execute(select(SheetAnswerRow.question_id, SheetAnswerRow.value).where(
        SheetAnswerRow.sheet_id == sheet_id, SheetAnswerRow.child_id.is_(None),
        SheetAnswerRow.question_id.in_(GATE_KEYS)))
    return {question_id: json.loads(value) for question_id, value in rows}


def _gate_value(value: JsonValue) -> GateAnswer | None:
    try:
        return GateAnswer(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _day(value: JsonValue) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
