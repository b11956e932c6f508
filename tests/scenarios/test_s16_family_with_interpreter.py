"""S16: a family from an East African community, with shame and an interpreter; the gate asked twice."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ChildDetails,
    DecisionOutcome,
    GateAnswer,
    Parent,
    ReportContent,
    ReportRecipient,
)
from barnearket.domain.rules.gate import is_case_complete
from barnearket.services import cases, children, concerns, reports, sheets, steps
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

MOTHER = "Hodan Tesfay"
KIDS = [("Amina Tesfay", date(2014, 9, 9)), ("Selam Tesfay", date(2020, 2, 2))]


def test_family_with_interpreter(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, categories=["narkotika", "alkohol"],
                                parent=Parent(name=MOTHER, language="somali", interpreter_needed=True))
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1,
                               participants="Brukeren, tolk og Kari")
    sheets.answer_question(ctx, sheet, "interpreter_needed", "ja")
    with pytest.raises(ValidationError, match="barn under 18"):
        sheets.complete_sheet(ctx, sheet)
    cases.answer_gate(ctx, case_id, GateAnswer.VIL_IKKE_SVARE)
    assert is_case_complete(reloaded(world, case_id))

    world.advance(14)
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    assert not is_case_complete(reloaded(world, case_id))
    ids = [children.add_child(ctx, case_id, ChildDetails(name=n, birth_date=b)) for n, b in KIDS]
    sheets.answer_question(ctx, sheet, "caring_tasks", "ja", child_id=ids[0])
    sheets.answer_question(ctx, sheet, "caring_tasks_detail", "Tolker for moren hos legen.", child_id=ids[0])
    sheets.complete_sheet(ctx, sheet)

    concern = concerns.open_concern(ctx, case_id, ids[0], level=1, categories=["familie"])
    steps.record_parent_conversation(ctx, concern, participants="Moren, tolk og Kari",
                                     shared="Amina tolker for moren",
                                     response="Skammer seg, men vil ha hjelp.",
                                     agreed="Profesjonell tolk brukes fra nå av.")
    draft = reports.draft_report(ctx, concern, ReportRecipient.NAV,
                                 ReportContent(interpreter_needed=True, interpreter_language="somali"))
    steps.record_decision(ctx, concern, DecisionOutcome.CLOSE, note="Tiltaket i samtalen er nok.")
    concerns.close_concern(ctx, concern, "Barnet slipper å tolke; familien følges av helsestasjonen.")

    stored = reloaded(world, case_id)
    assert is_case_complete(stored)
    assert stored.gate is not None and stored.gate.answer is GateAnswer.JA
    assert stored.gate.asked_on == date(2026, 3, 16)
    assert stored.parent.interpreter_needed and stored.parent.language == "somali"
    kept = stored.concerns[0]
    assert kept.reports[0].content.interpreter_language == "somali"
    assert not kept.is_open

    rows = stored_audit(world, [MOTHER, *(k[0] for k in KIDS), "Tolker for moren", "Skammer seg"])
    assert_logged_in_order(rows, [("update", "case", case_id), ("update", "case", case_id),
                                  ("update", "sheet", sheet), ("create", "report", draft),
                                  ("update", "concern", concern)])
