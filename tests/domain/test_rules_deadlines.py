"""Deadlines: the decision date, overdue decisions, the next follow-up and report feedback dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain import model as m
from barnearket.domain.rules.deadlines import (
    decision_due,
    is_decision_due_soon,
    is_decision_overdue,
    next_follow_up,
    report_due_dates,
)
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings
from tests.domain.test_model_builders import action, concern, decision

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def test_decision_is_due_fourteen_days_after_the_concern_arose() -> None:
    assert decision_due(concern(date(2026, 3, 2))) == date(2026, 3, 16)


def test_decision_days_are_configurable() -> None:
    assert decision_due(concern(date(2026, 3, 2)), RuleSettings(decision_days=7)) == date(2026, 3, 9)


@given(days, st.integers(min_value=1, max_value=90))
def test_decision_due_is_arose_plus_configured_days(arose: date, n: int) -> None:
    assert decision_due(concern(arose), RuleSettings(decision_days=n)) - arose == timedelta(days=n)


def test_overdue_only_after_the_due_date_and_without_decision() -> None:
    open_ = concern(date(2026, 3, 2))
    assert not is_decision_overdue(open_, date(2026, 3, 16))
    assert is_decision_overdue(open_, date(2026, 3, 17))
    decided = replace(open_, decisions=(decision(m.DecisionOutcome.OWN_UNIT),))
    assert not is_decision_overdue(decided, date(2026, 4, 1))
    closed = replace(open_, status=m.ConcernStatus.CLOSED)
    assert not is_decision_overdue(closed, date(2026, 4, 1))


def test_due_soon_window() -> None:
    open_ = concern(date(2026, 3, 2))
    assert not is_decision_due_soon(open_, date(2026, 3, 12))
    assert is_decision_due_soon(open_, date(2026, 3, 13))
    assert is_decision_due_soon(open_, date(2026, 3, 16))
    assert not is_decision_due_soon(open_, date(2026, 3, 17))


def test_next_follow_up_is_the_earliest_active_date() -> None:
    actions = [
        action(1, deadline=date(2026, 5, 1)),
        action(2, evaluate_on=date(2026, 4, 10), deadline=date(2026, 3, 1)),
        action(3, evaluate_on=date(2026, 3, 5), status=m.ActionStatus.DONE),
        action(4),
    ]
    assert next_follow_up(actions) == date(2026, 4, 10)
    assert next_follow_up([action(4)]) is None
    assert next_follow_up([]) is None


def test_report_due_dates_default() -> None:
    due = report_due_dates(date(2026, 3, 2))
    assert (due.assessment_by, due.feedback_by, due.chase_on) == (
        date(2026, 3, 9), date(2026, 3, 23), date(2026, 3, 23))


@given(days, st.integers(1, 30), st.integers(1, 90), st.integers(1, 90))
def test_report_due_dates_follow_the_settings(sent: date, a: int, f: int, c: int) -> None:
    rules = replace(DEFAULT_RULES, assessment_days=a, feedback_days=f, chase_days=c)
    due = report_due_dates(sent, rules)
    assert [(d - sent).days for d in (due.assessment_by, due.feedback_by, due.chase_on)] == [a, f, c]
