"""S2: a mother with anxiety whose husband drinks; two children; action in the own unit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ActionStatus,
    ChildDetails,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Residence,
)
from barnearket.domain.rules.gate import is_case_complete
from barnearket.services import actions, cases, children, concerns, corrections, sheets, steps
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

MOTHER, FATHER = "Sigrid Åsheim", "Ola Åsheim"
KIDS = [("Tiril Åsheim", date(2016, 9, 3)), ("Emil Åsheim", date(2019, 12, 24))]
CARER = "Moren, og besteforeldrene når hun er på reise"


def test_spouse_with_two_children(world: World) -> None:
    ctx = world.ctx(world.colleague)
    case_id = cases.create_case(ctx, unit_id=world.psyk, parent=Parent(name=MOTHER),
                                categories=["psykisk_sykdom"])
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    ids = [children.add_child(ctx, case_id, ChildDetails(
        name=name, birth_date=born, residence=Residence.DAILY_CARE, daily_carer=CARER, other_parent=FATHER))
        for name, born in KIDS]
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, sheet, "others_in_home", "Ektemannen, som drikker mye")
    for child in ids:
        sheets.answer_question(ctx, sheet, "caring_tasks", "ja", child_id=child)
        sheets.answer_question(ctx, sheet, "contingency", "Besteforeldrene", child_id=child)
        sheets.answer_question(ctx, sheet, "information_need", "ja", child_id=child)
    sheets.update_sheet(ctx, sheet, quick_notes="Skjuler flasker og kontrollerer ham.")
    sheets.complete_sheet(ctx, sheet)
    with pytest.raises(ValidationError):
        sheets.answer_question(ctx, sheet, "contingency", "Endret", child_id=ids[0])

    concern = concerns.open_concern(ctx, case_id, ids[0], level=1, categories=["alkohol"])
    steps.add_observation(ctx, concern, "Tiril passer på lillebroren når faren har drukket.")
    steps.add_consultation(ctx, concern, with_whom=ConsultationWith.COLLEAGUE)
    steps.record_parent_conversation(ctx, concern, shared="Hva vi har sett", response="Lettet",
                                     agreed="Informasjonssamtale med barna")
    steps.record_decision(ctx, concern, DecisionOutcome.OWN_UNIT, anchored_with="Teamleder")
    gp = actions.add_action(ctx, concern, "Henvisning til fastlege for angst", service_id="fastlege",
                            deadline=world.today + timedelta(days=7))
    talk = actions.add_action(ctx, concern, "Samtale med barna om farens drikking", responsible="Ánte",
                              evaluate_on=world.today + timedelta(days=21))
    world.advance(21)
    corrections.update_action(ctx, gp, "Henvisning til fastlege for angst", responsible="",
                              service_id="fastlege", deadline=world.today - timedelta(days=14),
                              evaluate_on=None, status=ActionStatus.DONE)
    actions.add_evaluation(ctx, talk, "Barna fikk spørre om det de lurte på.", status=ActionStatus.DONE)
    concerns.close_concern(ctx, concern, "Barna har fått informasjon; moren får hjelp for angsten.")

    stored = reloaded(world, case_id)
    assert is_case_complete(stored)
    assert [c.name for c in stored.children] == [k[0] for k in KIDS]
    assert stored.sheets[0].answers_for(ids[1]) == {
        "caring_tasks": "ja", "contingency": "Besteforeldrene", "information_need": "ja"}
    assert [a.status for a in stored.concerns[0].actions] == [ActionStatus.DONE, ActionStatus.DONE]

    rows = stored_audit(world, [MOTHER, FATHER, *(k[0] for k in KIDS), CARER, "Ektemannen drikker",
                                "Skjuler flasker"])
    assert_logged_in_order(rows, [
        ("create", "case", case_id), ("create", "child", ids[0]), ("create", "child", ids[1]),
        ("create", "sheet", sheet), ("create", "concern", concern), ("create", "action", gp),
        ("create", "action", talk), ("update", "concern", concern)])
