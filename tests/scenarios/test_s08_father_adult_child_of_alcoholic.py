"""S8: a father of two, himself the adult child of a violent drinker; decision to close (level 0)."""

from __future__ import annotations

from datetime import date

from barnearket.domain.model import (
    ChildDetails,
    ConcernStatus,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Relation,
    Residence,
    Step,
    TreatmentPhase,
)
from barnearket.domain.rules.steps import step_progress
from barnearket.services import cases, children, concerns, sheets, steps
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

FATHER = "Bjørn Hågensen"
KIDS = [("Jonas Hågensen", date(2013, 5, 5)), ("Linnea Hågensen", date(2015, 7, 1))]


def test_father_decision_to_close(world: World) -> None:
    ctx = world.ctx(world.colleague)
    case_id = cases.create_case(ctx, unit_id=world.psyk, parent=Parent(name=FATHER),
                                categories=["psykisk_sykdom"], treatment_phase=TreatmentPhase.BEFORE)
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    ids = [children.add_child(ctx, case_id, ChildDetails(
        name=n, birth_date=b, relation=Relation.OWN, parental_responsibility=True,
        residence=Residence.DAILY_CARE)) for n, b in KIDS]
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, sheet, "parent_situation", "Sammenbrudd; fastlegen har henvist ham videre.")
    for child in ids:
        sheets.answer_question(ctx, sheet, "information_need", "uklart", child_id=child)
    sheets.complete_sheet(ctx, sheet)

    concern = concerns.open_concern(ctx, case_id, ids[0], level=1, categories=["psykisk_sykdom"])
    steps.add_observation(ctx, concern, "Jonas har vært mye borte fra fotballen.")
    steps.add_consultation(ctx, concern, with_whom=ConsultationWith.RESOURCE_GROUP)
    steps.record_parent_conversation(ctx, concern, response="Faren forteller åpent om hjemmet.")
    steps.record_decision(ctx, concern, DecisionOutcome.CLOSE, anchored_with="Teamleder",
                          note="Barna har det godt; faren får hjelp gjennom fastlegen.")
    assert concerns.close_concern(ctx, concern, "Ingen videre bekymring for barna.") == []

    kept = reloaded(world, case_id).concerns[0]
    progress = step_progress(kept)
    assert kept.status is ConcernStatus.CLOSED and progress.current is Step.CLOSURE
    assert progress.missing == () and Step.FOLLOW_UP not in progress.done

    rows = stored_audit(world, [FATHER, *(k[0] for k in KIDS), "Sammenbrudd", "fotballen"])
    assert_logged_in_order(rows, [("create", "concern", concern), ("update", "concern", concern)])
