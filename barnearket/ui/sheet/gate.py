"""Keeps the case's gate answer in step with the sheet's gate questions, both ways."""

from __future__ import annotations

from collections.abc import Mapping

from barnearket.domain.forms.standard import GATE_QUESTION_ID, SIBLINGS_QUESTION_ID
from barnearket.domain.model import Case, GateAnswer, JsonValue
from barnearket.services.cases import answer_gate
from barnearket.services.context import ServiceContext
from barnearket.ui.formwidgets.dates import parse_iso

ASKED_ON = "gate_asked_on"
ASKED_BY = "gate_asked_by"
GATE_KEYS = frozenset({GATE_QUESTION_ID, SIBLINGS_QUESTION_ID, ASKED_ON})


def gate_answers(case: Case, asked_by: str = "") -> dict[str, JsonValue]:
    """The sheet answers that follow from the gate already recorded on the case (and who asked)."""
    if case.gate is None:
        return {}
    answers: dict[str, JsonValue] = {
        GATE_QUESTION_ID: str(case.gate.answer),
        ASKED_ON: case.gate.asked_on.isoformat(),
    }
    if asked_by:
        answers[ASKED_BY] = asked_by
    if case.gate.siblings is not None:
        answers[SIBLINGS_QUESTION_ID] = str(case.gate.siblings)
    return answers


def write_gate(sctx: ServiceContext, case_id: int, shared: Mapping[str, JsonValue]) -> None:
    """Store the sheet's gate answers on the case (nothing happens until the main one is answered)."""
    answer = _gate_value(shared.get(GATE_QUESTION_ID))
    if answer is None:
        return
    asked_on = parse_iso(shared.get(ASKED_ON))
    today = sctx.clock.today()
    answer_gate(
        sctx,
        case_id,
        answer,
        siblings=_gate_value(shared.get(SIBLINGS_QUESTION_ID)),
        asked_on=asked_on if asked_on is not None and asked_on <= today else today,
    )


def _gate_value(value: JsonValue) -> GateAnswer | None:
    try:
        return GateAnswer(value) if isinstance(value, str) else None
    except ValueError:
        return None
