"""S7: a kindergarten child with worrying behaviour; a logbook over time and a late decision."""

from __future__ import annotations

from datetime import date, timedelta

from barnearket.domain.model import (
    ActionStatus,
    ChildDetails,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Step,
)
from barnearket.domain.rules.agenda import AgendaKind
from barnearket.domain.rules.deadlines import is_decision_overdue
from barnearket.domain.rules.steps import step_progress
from barnearket.services import actions, cases, children, concerns, steps
from barnearket.services.agenda import needs_me_now
from barnearket.storage.mapping import load_concern
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

PARENT, CHILD = "Liv Brænd", "Ida Brænd"
LOG = ["Slår de andre barna når hun blir hentet sent.", "Sitter alene i sandkassa hele dagen.",
       "Sa at pappa sover på dagen.", "Gråt da moren kom for å hente henne."]


def _step(world: World, concern: int) -> Step:
    return step_progress(load_concern(world.session, concern)).current


def test_kindergarten_logbook(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=PARENT),
                                categories=["psykisk_sykdom"])
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    child = children.add_child(ctx, case_id, ChildDetails(name=CHILD, birth_date=date(2021, 8, 14),
                                                          school="Solbakken barnehage"))
    concern = concerns.open_concern(ctx, case_id, child, level=1, categories=["omsorgssvikt"])
    assert _step(world, concern) is Step.AROSE
    for days, text in zip((0, 3, 4, 3), LOG, strict=True):
        world.advance(days)
        steps.add_observation(ctx, concern, text)
    assert _step(world, concern) is Step.CONCRETISE
    steps.add_consultation(ctx, concern, with_whom=ConsultationWith.COLLEAGUE,
                           summary="Kollega har sett det samme.")
    assert world.today == date(2026, 3, 12) and needs_me_now(ctx) == []

    world.advance(5)
    overdue = needs_me_now(ctx)
    assert [(i.kind, i.overdue) for i in overdue] == [(AgendaKind.DECISION, True)]
    assert is_decision_overdue(load_concern(world.session, concern), world.today)
    steps.record_parent_conversation(ctx, concern, participants="Moren, Kari og Ánte",
                                     shared="Bare det vi har observert, med datoer.",
                                     response="Moren ble trist, men forstod.", agreed="Nytt møte om en måned")
    steps.record_decision(ctx, concern, DecisionOutcome.OWN_UNIT, anchored_with="Teamleder")
    concerns.set_level(ctx, concern, 2, note="Mer bekymret etter samtalen")
    action = actions.add_action(ctx, concern, "Ukentlige samtaler med moren",
                                evaluate_on=world.today + timedelta(days=28))
    assert _step(world, concern) is Step.FOLLOW_UP
    assert needs_me_now(ctx) == []
    world.advance(26)
    assert [i.kind for i in needs_me_now(ctx)] == [AgendaKind.FOLLOW_UP]
    world.advance(2)
    actions.add_evaluation(ctx, action, "Ida trives bedre i barnehagen.", status=ActionStatus.DONE)
    concerns.close_concern(ctx, concern, "Bedre trivsel over tid.")

    kept = reloaded(world, case_id).concerns[0]
    assert [o.observed_on for o in kept.observations] == [
        date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 9), date(2026, 3, 12)]
    decision = kept.decision
    assert decision is not None and decision.decided_on == date(2026, 3, 17) > kept.decision_due
    assert step_progress(kept).missing == () and [lv.level for lv in kept.levels] == [1, 2]

    rows = stored_audit(world, [PARENT, CHILD, "Solbakken barnehage", *LOG])
    assert_logged_in_order(rows, [("create", "concern", concern), ("create", "action", action),
                                  ("update", "concern", concern)])
