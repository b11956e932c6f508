"""S3: a sad, withdrawn mother is helped to tell her child why; the next conversation shows relief."""

from __future__ import annotations

from datetime import date

from barnearket.domain.model import ChildDetails, GateAnswer, Parent, Residence, SheetStatus
from barnearket.domain.rules.gate import is_case_complete
from barnearket.services import cases, children, sheets
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

MOTHER, CHILD = "Máret Ŋuolas", "Sárá Ŋuolas"
PLAN = "Moren forteller selv, etter en forberedende samtale med Ánte."


def test_mother_tells_her_child(world: World) -> None:
    ctx = world.ctx(world.colleague)
    case_id = cases.create_case(ctx, unit_id=world.psyk, parent=Parent(name=MOTHER),
                                categories=["psykisk_sykdom"])
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    child = children.add_child(ctx, case_id, ChildDetails(name=CHILD, birth_date=date(2017, 10, 2),
                                                          residence=Residence.DAILY_CARE))
    first = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, first, "child_knows", "nei", child_id=child)
    sheets.answer_question(ctx, first, "information_need", "ja", child_id=child)
    sheets.answer_question(ctx, first, "information_plan", PLAN, child_id=child)
    sheets.answer_question(ctx, first, "information_responsible", "Moren", child_id=child)
    sheets.complete_sheet(ctx, first)

    world.advance(21)
    second = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, second, "child_knows", "ja", child_id=child)
    sheets.answer_question(ctx, second, "who_told_child", "Moren, etter forberedelse", child_id=child)
    sheets.answer_question(ctx, second, "information_need", "nei", child_id=child)
    sheets.update_sheet(ctx, second, quick_notes="Moren kjente stor lettelse etter samtalen.")
    sheets.complete_sheet(ctx, second)
    cases.close_case(ctx, case_id)

    stored = reloaded(world, case_id)
    assert is_case_complete(stored)
    one, two = stored.sheets
    assert (one.status, two.status) == (SheetStatus.COMPLETED, SheetStatus.COMPLETED)
    assert one.answer("child_knows", child) == "nei" and one.answer("information_plan", child) == PLAN
    assert two.answer("child_knows", child) == "ja" and two.answer("information_plan", child) == PLAN
    assert two.based_on == first and two.held_on == date(2026, 3, 23)
    assert stored.concerns == ()

    rows = stored_audit(world, [MOTHER, CHILD, PLAN, "Moren kjente stor lettelse"])
    assert_logged_in_order(rows, [
        ("create", "sheet", first), ("update", "sheet", first), ("create", "sheet", second),
        ("update", "sheet", second), ("update", "case", case_id)])
