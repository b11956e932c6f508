"""S9: a father in inpatient treatment; his daughter turns 10 during the stay; anonymous consultation."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ChildDetails,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Residence,
    TreatmentPhase,
)
from barnearket.domain.rules.ages import age_on
from barnearket.services import actions, cases, children, concerns, sheets, steps
from barnearket.storage.orm.steps import ConsultationRow
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

FATHER, DAUGHTER, MOTHER = "Øystein Lyngstad", "Astrid Lyngstad", "Ragnhild Myrvold"
BORN = date(2016, 3, 20)
ADVICE = "Drøftet en jente på ni år. Råd: tilpass besøket på institusjonen til alderen."


def test_daughter_turns_ten_during_the_stay(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=FATHER),
                                categories=["narkotika", "legemidler"], treatment_phase=TreatmentPhase.DURING)
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    child = children.add_child(ctx, case_id, ChildDetails(
        name=DAUGHTER, birth_date=BORN, residence=Residence.ELSEWHERE, daily_carer=MOTHER,
        other_parent=MOTHER, parental_responsibility=True))
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, sheet, "child_knows", "delvis", child_id=child)
    sheets.complete_sheet(ctx, sheet)
    assert age_on(BORN, world.today) == 9

    concern = concerns.open_concern(ctx, case_id, child, level=2, categories=["narkotika"])
    for leak in (f"{DAUGHTER} savner faren", "Moren Ragnhild er sliten", "Ring 41 23 45 67"):
        with pytest.raises(ValidationError, match="anonym"):
            steps.add_consultation(ctx, concern, with_whom=ConsultationWith.BARNEVERN, anonymous=True,
                                   summary=leak)
    anonymous = steps.add_consultation(ctx, concern, with_whom=ConsultationWith.BARNEVERN, anonymous=True,
                                       counterpart="Barnevernvakta", summary=ADVICE)
    steps.record_decision(ctx, concern, DecisionOutcome.OWN_UNIT)
    visit = actions.add_action(ctx, concern, "Besøk på institusjonen på bursdagen",
                               deadline=BORN.replace(year=2026))
    world.advance(18)
    assert age_on(BORN, world.today) == 10
    actions.add_evaluation(ctx, visit, "Besøket gikk fint; hun fikk feire med faren.")
    concerns.close_concern(ctx, concern, "Jenta har fått informasjon tilpasset alderen.")

    kept = reloaded(world, case_id).concerns[0]
    consultation = kept.consultations[0]
    assert (consultation.id, consultation.anonymous, consultation.summary) == (anonymous, True, ADVICE)
    stored_rows = world.session.scalars(select(ConsultationRow)).all()
    assert len(stored_rows) == 1
    assert all(n.split()[0] not in stored_rows[0].summary for n in (FATHER, DAUGHTER, MOTHER))
    assert kept.actions[0].deadline == date(2026, 3, 20) and kept.actions[0].evaluate_on is None
    assert world.today == date(2026, 3, 20)

    rows = stored_audit(world, [FATHER, DAUGHTER, MOTHER, ADVICE, "Barnevernvakta"])
    assert_logged_in_order(rows, [("create", "consultation", anonymous), ("create", "action", visit),
                                  ("update", "concern", concern)])
