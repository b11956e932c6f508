"""What needs me now, read through the service from stored concerns."""

from __future__ import annotations

from datetime import date

from barnearket.domain.model import DecisionOutcome, ReportChannel, ReportRecipient
from barnearket.domain.rules.agenda import AgendaKind
from barnearket.services import actions, concerns, reports, steps
from barnearket.services.agenda import needs_me_now
from tests.services.support import World, new_case, new_child


def _concern(world: World, arose_on: date) -> int:
    case_id = new_case(world)
    return concerns.open_concern(world.ctx(), case_id, new_child(world, case_id), level=2, arose_on=arose_on)


def test_needs_me_now_lists_decisions_follow_ups_and_reports(world: World) -> None:
    overdue = _concern(world, date(2026, 2, 1))
    soon = _concern(world, date(2026, 2, 16))
    _concern(world, date(2026, 3, 1))
    followed = _concern(world, date(2026, 1, 1))
    steps.record_decision(world.ctx(), followed, DecisionOutcome.OWN_UNIT, decided_on=date(2026, 1, 10))
    action = actions.add_action(world.ctx(), followed, "Samtale", evaluate_on=date(2026, 3, 4))
    reported = _concern(world, date(2026, 1, 1))
    steps.record_decision(world.ctx(), reported, DecisionOutcome.REPORT, decided_on=date(2026, 1, 5))
    report = reports.draft_report(world.ctx(), reported, ReportRecipient.BARNEVERN)
    reports.mark_report_sent(world.ctx(), report, channel=ReportChannel.PORTAL, sent_on=date(2026, 2, 5))
    items = needs_me_now(world.ctx())
    assert [(i.kind, i.concern_id, i.overdue, i.ref_id) for i in items] == [
        (AgendaKind.DECISION, overdue, True, None),
        (AgendaKind.REPORT_FEEDBACK, reported, True, report),
        (AgendaKind.DECISION, soon, False, None),
        (AgendaKind.FOLLOW_UP, followed, False, action),
    ]
    assert needs_me_now(world.ctx(world.colleague)) == []
    assert len(needs_me_now(world.ctx(world.colleague), user_id=world.worker.user_id)) == 4


def test_feedback_and_closing_clear_the_list(world: World) -> None:
    concern = _concern(world, date(2026, 1, 1))
    report = reports.draft_report(world.ctx(), concern, ReportRecipient.BARNEVERN)
    reports.mark_report_sent(world.ctx(), report, channel=ReportChannel.PHONE, sent_on=date(2026, 2, 1))
    steps.record_decision(world.ctx(), concern, DecisionOutcome.REPORT)
    assert [i.kind for i in needs_me_now(world.ctx())] == [AgendaKind.REPORT_FEEDBACK]
    reports.record_report_tracking(world.ctx(), report, feedback_on=world.today)
    assert needs_me_now(world.ctx()) == []
    other = _concern(world, date(2026, 1, 1))
    concerns.close_concern(world.ctx(), other, "Flyttet fra kommunen")
    assert needs_me_now(world.ctx()) == []
