"""Deadlines of the concern routine: the decision, the follow-ups and child welfare's feedback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from barnearket.domain.model.actions import Action
from barnearket.domain.model.concern import Concern
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings


class Arisen(Protocol):
    """Anything with the date a concern arose (a Concern, or the input to open one)."""

    @property
    def arose_on(self) -> date:
        """The date the concern arose."""
        ...


def decision_due(concern: Arisen, rules: RuleSettings = DEFAULT_RULES) -> date:
    """The day the decision is due: the concern's start plus the configured number of days."""
    return decision_due_from(concern.arose_on, rules)


def decision_due_from(arose_on: date, rules: RuleSettings = DEFAULT_RULES) -> date:
    """The decision due date for a concern that arose on `arose_on`."""
    return arose_on + timedelta(days=rules.decision_days)


def is_decision_overdue(concern: Concern, today: date) -> bool:
    """True for an open concern without a decision whose decision date has passed."""
    return concern.is_open and concern.decision is None and today > concern.decision_due


def is_decision_due_soon(concern: Concern, today: date, rules: RuleSettings = DEFAULT_RULES) -> bool:
    """True for an open, undecided concern due within the next `due_soon_days` (not yet overdue)."""
    if not concern.is_open or concern.decision is not None:
        return False
    return today <= concern.decision_due <= today + timedelta(days=rules.due_soon_days)


def next_follow_up(actions: Iterable[Action]) -> date | None:
    """The earliest evaluation or deadline among actions still active, or None."""
    dates = [d for d in (a.next_date for a in actions) if d is not None]
    return min(dates, default=None)


@dataclass(frozen=True)
class ReportDueDates:
    """When child welfare should have assessed the report, given feedback, and when to chase."""

    assessment_by: date
    feedback_by: date
    chase_on: date


def report_due_dates(sent_on: date, rules: RuleSettings = DEFAULT_RULES) -> ReportDueDates:
    """The feedback dates that follow from the day a report was sent."""
    return ReportDueDates(
        assessment_by=sent_on + timedelta(days=rules.assessment_days),
        feedback_by=sent_on + timedelta(days=rules.feedback_days),
        chase_on=sent_on + timedelta(days=rules.chase_days),
    )
