"""S1: a boy of 16 whose father drinks and whose mother plays it down; a report to child welfare."""

from __future__ import annotations

from datetime import date, timedelta

from barnearket.domain.model import (
    ActionStatus,
    ChildDetails,
    ConcernStatus,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    ReportStatus,
    Residence,
    Step,
    TreatmentPhase,
)
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.notes import Severity
from barnearket.domain.rules.steps import step_progress
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services import actions, cases, children, concerns, reports, sheets, steps
from barnearket.services.agenda import needs_me_now
from tests.services.support import (
    World,
    allow_synthetic,
    assert_logged_in_order,
    reloaded,
    stored_audit,
)

FATHER, SON, MOTHER = "Jovnna Čeavrris", "Niillas Čeavrris", "Elle Ŧoavdda"
SON_BORN = date(2009, 11, 20)
TEXTS = [
    "Falt i trappa i beruset tilstand og ble hentet med luftambulanse.",
    "Nekter å gå på skolen, har få venner og sier at han ikke vil leve.",
    "Moren bagatelliserer drikkingen.",
    "Gutten vil ikke snakke med fagfolk.",
]


def test_teenager_father_drinks(world: World) -> None:
    allow_synthetic(world)
    ctx = world.ctx()
    son_id_number = SyntheticPeople(1).identity_number(SON_BORN)
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=FATHER), categories=["alkohol"],
                                treatment_phase=TreatmentPhase.DURING)
    cases.answer_gate(ctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
    son = children.add_child(ctx, case_id, ChildDetails(
        name=SON, identity_number=son_id_number, residence=Residence.DAILY_CARE, other_parent=MOTHER,
        parental_responsibility=True, school="Vågen ungdomsskole", services=frozenset({"bup"})))
    assert age_on(SON_BORN, world.today) == 16

    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1, participants="Far og Kari")
    sheets.answer_question(ctx, sheet, "parent_situation", TEXTS[0])
    sheets.answer_question(ctx, sheet, "child_knows", "ja", child_id=son)
    sheets.answer_question(ctx, sheet, "child_experience", TEXTS[1], child_id=son)
    sheets.answer_question(ctx, sheet, "followup_need", "ja", child_id=son)
    sheets.complete_sheet(ctx, sheet)

    concern = concerns.open_concern(ctx, case_id, son, level=4, categories=["alkohol", "selvmordsfare"],
                                    description=TEXTS[1])
    observation = steps.add_observation(ctx, concern, "Har ikke vært på skolen på tre uker.")
    steps.add_observation(ctx, concern, "Sa i samtale at han ikke vil leve.")
    consultation = steps.add_consultation(ctx, concern, with_whom=ConsultationWith.LEADER,
                                          summary="Leder er enig i at vi melder.")
    talk = steps.record_parent_conversation(ctx, concern, participants="Far, mor og Kari",
                                            shared="Det vi har sett og hørt", response=TEXTS[2],
                                            agreed="Vi sender melding til barnevernet.")
    decision = steps.record_decision(ctx, concern, DecisionOutcome.REPORT, anchored_with="Teamleder")
    assert decision.notes == ()

    content = ReportContent(sections={ReportSection.CONCERN: TEXTS[1], ReportSection.HISTORY: TEXTS[0]},
                            parents_told=True, child_told=False, child_not_told_why=TEXTS[3],
                            interpreter_needed=False)
    report = reports.draft_report(ctx, concern, ReportRecipient.BARNEVERN, content)
    ready = reports.complete_report(ctx, report)
    assert ready.can_complete
    assert not [n for n in ready.notes if n.severity is Severity.WARNING]
    assert "consent_not_needed" in {n.code for n in ready.notes}
    due = reports.mark_report_sent(ctx, report, channel=ReportChannel.PORTAL, portal_reference="BM-2026-118")
    assert due.feedback_by == world.today + timedelta(days=21)

    world.advance(14)
    reports.record_report_tracking(ctx, report, feedback_on=world.today)
    action = actions.add_action(ctx, concern, "Foreldrestøttende tiltak fra barnevernet",
                                service_id="barnevern", evaluate_on=world.today + timedelta(days=60))
    world.advance(60)
    assert [i.ref_id for i in needs_me_now(ctx)] == [action]
    actions.add_evaluation(ctx, action, "Faren har sluttet å drikke. Moren bagatelliserer ikke lenger.",
                           status=ActionStatus.DONE)
    assert concerns.close_concern(ctx, concern, "Barnevernet følger familien, faren er rusfri.") == []
    cases.close_case(ctx, case_id)
    assert needs_me_now(ctx) == []

    stored = reloaded(world, case_id)
    kept = stored.concerns[0]
    assert kept.status is ConcernStatus.CLOSED and step_progress(kept).current is Step.CLOSURE
    assert step_progress(kept).missing == ()
    assert [(r.status, r.portal_reference, r.feedback_on) for r in kept.reports] == [
        (ReportStatus.SENT, "BM-2026-118", date(2026, 3, 16))]
    assert stored.children[0].details.identity_number == son_id_number
    assert stored.sheets[0].answer("child_experience", son) == TEXTS[1]
    assert stored.closed_on == world.today

    rows = stored_audit(world, [FATHER, SON, MOTHER, son_id_number, "Vågen ungdomsskole", *TEXTS])
    assert_logged_in_order(rows, [
        ("create", "case", case_id), ("update", "case", case_id), ("create", "child", son),
        ("create", "sheet", sheet), ("update", "sheet", sheet), ("create", "concern", concern),
        ("create", "observation", observation), ("create", "consultation", consultation),
        ("create", "parent_conversation", talk), ("create", "decision", decision.id),
        ("create", "report", report), ("update", "report", report), ("create", "action", action),
        ("update", "concern", concern), ("update", "case", case_id),
    ])
