"""S14: worry about the parents' caring competence; a report without consent, corrected after sending."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ChildDetails,
    DecisionOutcome,
    GateAnswer,
    Parent,
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    ReportStatus,
)
from barnearket.domain.rules.agenda import AgendaKind
from barnearket.domain.rules.notes import Severity
from barnearket.services import cases, children, concerns, reports, steps
from barnearket.services.agenda import needs_me_now
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

PARENT, CHILD = "Tore Strømme", "Nora Strømme"
WHY = "Mistanke om vold i hjemmet; foreldrene skal ikke varsles først."
CONCERN = "Barnet kommer ofte skittent og sultent til barnehagen og er redd for å gå hjem."


def test_report_about_caring_competence(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=PARENT), categories=["alkohol"])
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    child = children.add_child(ctx, case_id, ChildDetails(name=CHILD, birth_date=date(2022, 11, 2),
                                                          school="Fjærli barnehage"))
    concern = concerns.open_concern(ctx, case_id, child, level=4,
                                    categories=["omsorgssvikt", "vold_i_hjemmet"])
    steps.add_observation(ctx, concern, CONCERN)
    steps.record_decision(ctx, concern, DecisionOutcome.REPORT)
    first = reports.draft_report(ctx, concern, ReportRecipient.BARNEVERN, ReportContent(
        sections={ReportSection.CONCERN: CONCERN}, parents_told=False, parents_not_told_why=WHY))
    ready = reports.complete_report(ctx, first)
    codes = {(n.code, n.ref) for n in ready.notes}
    assert ready.can_complete and not [n for n in ready.notes if n.severity is Severity.WARNING]
    expected = {("consent_not_needed", None), ("step_missing", "share"), ("step_missing", "conversation")}
    assert expected <= codes
    reports.mark_report_sent(ctx, first, channel=ReportChannel.LETTER)
    with pytest.raises(ValidationError, match="låst"):
        reports.update_report(ctx, first, ReportContent())

    world.advance(1)
    second = reports.correct_report(ctx, first)
    reports.update_report(ctx, second, ReportContent(
        sections={ReportSection.CONCERN: CONCERN,
                  ReportSection.OTHER_SERVICES: "Barnehagen er kjent med saken."},
        parents_told=False, parents_not_told_why=WHY, child_told=False, child_not_told_why="For liten"))
    reports.complete_report(ctx, second)
    reports.mark_report_sent(ctx, second, channel=ReportChannel.PORTAL, portal_reference="BM-77")
    world.advance(21)
    assert [(i.kind, i.ref_id) for i in needs_me_now(ctx)] == [(AgendaKind.REPORT_FEEDBACK, second)]
    reports.record_report_tracking(ctx, second, feedback_on=world.today)
    assert needs_me_now(ctx) == []

    kept = reloaded(world, case_id).concerns[0]
    assert [(r.version, r.status, r.channel) for r in kept.reports] == [
        (1, ReportStatus.SENT, ReportChannel.LETTER), (2, ReportStatus.SENT, ReportChannel.PORTAL)]
    assert kept.reports[0].content.parents_not_told_why == WHY
    assert ReportSection.OTHER_SERVICES not in kept.reports[0].content.sections
    assert kept.reports[1].feedback_on == date(2026, 3, 24) and kept.is_open

    rows = stored_audit(world, [PARENT, CHILD, WHY, CONCERN, "Fjærli barnehage", "BM-77"])
    assert_logged_in_order(rows, [("create", "report", first), ("update", "report", first),
                                  ("create", "report", second), ("update", "report", second)])
