"""What needs me now: decisions due or overdue, follow-ups due, reports awaiting feedback."""

from __future__ import annotations

from datetime import date

from barnearket.domain import model as m
from barnearket.domain.rules.agenda import AgendaKind, agenda_for, awaiting_feedback, needs_me_now
from tests.domain.test_model_builders import action, concern, decision, report

ARISEN = date(2026, 3, 2)  # decision due 16 March


def _kinds(items: list) -> list[tuple[AgendaKind, date, bool]]:  # type: ignore[type-arg]
    return [(i.kind, i.due, i.overdue) for i in items]


def test_decision_appears_when_due_soon_and_turns_overdue() -> None:
    assert agenda_for(concern(ARISEN), date(2026, 3, 12)) == []
    assert _kinds(agenda_for(concern(ARISEN), date(2026, 3, 13))) == [
        (AgendaKind.DECISION, date(2026, 3, 16), False)]
    assert _kinds(agenda_for(concern(ARISEN), date(2026, 3, 17))) == [
        (AgendaKind.DECISION, date(2026, 3, 16), True)]


def test_decided_or_closed_concerns_need_no_decision() -> None:
    decided = concern(ARISEN, decisions=(decision(m.DecisionOutcome.OWN_UNIT),))
    assert agenda_for(decided, date(2026, 4, 1)) == []
    assert agenda_for(concern(ARISEN, status=m.ConcernStatus.CLOSED), date(2026, 4, 1)) == []


def test_follow_up_of_active_actions() -> None:
    planned = action(7, evaluate_on=date(2026, 4, 1))
    done = action(8, evaluate_on=date(2026, 3, 20), status=m.ActionStatus.DONE)
    subject = concern(ARISEN, decisions=(decision(m.DecisionOutcome.OWN_UNIT),), actions=(planned, done))
    items = agenda_for(subject, date(2026, 4, 2))
    assert _kinds(items) == [(AgendaKind.FOLLOW_UP, date(2026, 4, 1), True)]
    assert items[0].ref_id == 7


def test_report_feedback_is_chased_after_21_days() -> None:
    sent = report(status=m.ReportStatus.SENT, sent_on=date(2026, 3, 5), id=4)
    subject = concern(ARISEN, decisions=(decision(m.DecisionOutcome.REPORT),), reports=(sent,))
    assert agenda_for(subject, date(2026, 3, 22)) == []
    items = agenda_for(subject, date(2026, 3, 23))
    assert _kinds(items) == [(AgendaKind.REPORT_FEEDBACK, date(2026, 3, 26), False)]
    assert items[0].ref_id == 4
    assert agenda_for(subject, date(2026, 3, 26))[0].overdue


def test_only_the_newest_sent_version_without_feedback_waits() -> None:
    v1 = report(id=1, status=m.ReportStatus.SENT, sent_on=date(2026, 3, 5))
    v2 = report(id=2, version=2, status=m.ReportStatus.SENT, sent_on=date(2026, 3, 6))
    draft = report(id=3, series=2, status=m.ReportStatus.DRAFT)
    answered = report(id=4, series=3, status=m.ReportStatus.SENT, sent_on=date(2026, 3, 1),
                      feedback_on=date(2026, 3, 10))
    assert [r.id for r in awaiting_feedback([v1, v2, draft, answered])] == [2]


def test_list_puts_overdue_first_then_by_date() -> None:
    late = concern(date(2026, 2, 1), id=1)
    soon = concern(date(2026, 3, 2), id=2)
    follow = concern(date(2026, 1, 1), id=3, decisions=(decision(m.DecisionOutcome.OWN_UNIT),),
                     actions=(action(evaluate_on=date(2026, 3, 14)),))
    items = needs_me_now([soon, follow, late], date(2026, 3, 14))
    assert [(i.concern_id, i.overdue) for i in items] == [(1, True), (3, False), (2, False)]
