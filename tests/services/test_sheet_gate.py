"""Issue 15, point 2: the case's gate answer is kept in step with the sheet by the services
(`answer_question`, `start_conversation`), for every caller, not by the sheet panel."""

from __future__ import annotations

from barnearket.domain.model import GateAnswer
from barnearket.services.cases import answer_gate, view_case
from barnearket.services.sheets import answer_question, complete_sheet, start_conversation
from tests.services.support import World, audit_rows, new_case


def test_answering_the_gate_in_the_sheet_records_it_on_the_case(world: World) -> None:
    case_id = new_case(world)
    sheet_id = start_conversation(world.ctx(), case_id, form_id="barnearket", form_version=1)
    answer_question(world.ctx(), sheet_id, "gate_asked_on", world.today.isoformat())
    assert view_case(world.ctx(), case_id, log_view=False).gate is None, "nothing until the main answer"
    answer_question(world.ctx(), sheet_id, "has_children", "nei")
    answer_question(world.ctx(), sheet_id, "has_minor_siblings", "ja")
    gate = view_case(world.ctx(), case_id, log_view=False).gate
    assert gate is not None and (gate.answer, gate.siblings) == (GateAnswer.NEI, GateAnswer.JA)
    updates = [r for r in audit_rows(world.session, "case") if r[0] == "update"]
    answer_question(world.ctx(), sheet_id, "has_children", "nei")
    assert [r for r in audit_rows(world.session, "case") if r[0] == "update"] == updates, "unchanged: no row"


def test_a_first_conversation_starts_with_the_gate_recorded_on_the_case(world: World) -> None:
    case_id = new_case(world)
    answer_gate(world.ctx(), case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
    sheet_id = start_conversation(world.ctx(), case_id, form_id="barnearket", form_version=1)
    (sheet,) = view_case(world.ctx(), case_id, log_view=False).sheets
    assert (sheet.answer("has_children"), sheet.answer("has_minor_siblings")) == ("ja", "nei")
    assert sheet.answer("gate_asked_by")
    complete_sheet(world.ctx(), sheet_id)
    start_conversation(world.ctx(), case_id, form_id="barnearket", form_version=1)
    second = view_case(world.ctx(), case_id, log_view=False).sheets[-1]
    assert second.answer("gate_asked_by") == sheet.answer("gate_asked_by"), "carried from the last one"
