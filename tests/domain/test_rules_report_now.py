"""The highest level means «report now»: first on the list, no countdown to a decision."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from barnearket.domain import model as m
from barnearket.domain.rules.agenda import AgendaKind, agenda_for, needs_me_now, needs_report_now
from barnearket.domain.rules.settings import DEFAULT_RULES
from tests.domain.test_model_builders import concern, report

TODAY = date(2026, 3, 10)
RAISED = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def _top(**changes: Any) -> m.Concern:
    return concern(level=4, levels=(m.LevelChange(m.Scale.CHILD, 4, RAISED, 1),), **changes)


def test_a_top_level_concern_without_a_sent_report_asks_for_the_report_now() -> None:
    items = agenda_for(_top(), TODAY)
    assert [(i.kind, i.due, i.overdue) for i in items] == [(AgendaKind.REPORT_NOW, date(2026, 3, 6), True)]


def test_a_report_sent_to_child_welfare_or_police_answers_it_a_referral_does_not() -> None:
    sent = report(status=m.ReportStatus.SENT, sent_on=TODAY)
    assert not needs_report_now(_top(reports=(sent,)))
    draft = report()
    assert needs_report_now(_top(reports=(draft,)))
    nav = report(recipient=m.ReportRecipient.NAV, status=m.ReportStatus.SENT, sent_on=TODAY)
    assert needs_report_now(_top(reports=(nav,)))
    assert not needs_report_now(_top(status=m.ConcernStatus.CLOSED))
    assert not needs_report_now(concern(level=3))
    assert not needs_report_now(concern(level=3), DEFAULT_RULES.with_values({"child_scale_levels": 5}))


def test_report_now_tops_even_older_overdue_items() -> None:
    late = concern(id=2, arose_on=date(2026, 1, 1))
    items = needs_me_now([late, _top(id=3)], TODAY)
    assert [(i.kind, i.concern_id) for i in items] == [(AgendaKind.REPORT_NOW, 3), (AgendaKind.DECISION, 2)]

