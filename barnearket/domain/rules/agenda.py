"""What needs a worker now: reports to send at the highest level, decisions due or overdue, follow-ups
due, reports awaiting feedback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from barnearket.domain.model.concern import Concern
from barnearket.domain.model.enums import ReportStatus, Scale
from barnearket.domain.model.report import Report
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings


class AgendaKind(StrEnum):
    """The kinds of item on a worker's list; REPORT_NOW always comes first."""

    REPORT_NOW = "report_now"
    DECISION = "decision"
    FOLLOW_UP = "follow_up"
    REPORT_FEEDBACK = "report_feedback"
    PREGNANCY_PLAN = "pregnancy_plan"
    """The plan for an unborn child is due (ref_id is the child id; no concern is needed)."""


@dataclass(frozen=True)
class AgendaItem:
    """One thing to do by `due`; `ref_id` is the action, report or child id (None for a decision).

    `concern_id` is 0 for a pregnancy plan, which belongs to the unborn child rather than a concern.
    """

    kind: AgendaKind
    case_id: int
    concern_id: int
    due: date
    overdue: bool
    ref_id: int | None = None


REPORTED_TO = frozenset({"barnevern", "politi"})
"""Recipients whose sent report answers the highest level (child welfare or the police)."""


def report_level(rules: RuleSettings = DEFAULT_RULES) -> int:
    """The highest level of the child's scale: barnevernet or the police must be told now."""
    return rules.child_scale_levels


def needs_report_now(concern: Concern, rules: RuleSettings = DEFAULT_RULES) -> bool:
    """An open concern at the highest level with no report sent to child welfare or the police."""
    return (concern.is_open and concern.level >= report_level(rules)
            and not any(r.status is ReportStatus.SENT and r.recipient.value in REPORTED_TO
                        for r in concern.reports))


def report_now_since(concern: Concern, rules: RuleSettings = DEFAULT_RULES) -> date:
    """The day the concern reached the highest level (the day it arose when no change is kept)."""
    raised = [x.at.date() for x in concern.levels if x.level >= report_level(rules)
              and x.scale is Scale.CHILD]
    return max(raised, default=concern.arose_on)


def agenda_for(concern: Concern, today: date, rules: RuleSettings = DEFAULT_RULES) -> list[AgendaItem]:
    """The items an open concern puts on the list today (nothing for a closed one).

    At the highest level without a sent report the item is «send the report now», in place of the
    decision's countdown.
    """
    if not concern.is_open:
        return []
    horizon = today + timedelta(days=rules.due_soon_days)
    items: list[AgendaItem] = []
    report_now = needs_report_now(concern, rules)
    if report_now:
        items.append(_item(AgendaKind.REPORT_NOW, concern, report_now_since(concern, rules), True))
    if not report_now and concern.decision is None and concern.decision_due <= horizon:
        items.append(_item(AgendaKind.DECISION, concern, concern.decision_due,
                           today > concern.decision_due))
    for action in concern.actions:
        due = action.next_date
        if due is not None and due <= horizon:
            items.append(_item(AgendaKind.FOLLOW_UP, concern, due, today > due, action.id))
    for report in awaiting_feedback(concern.reports):
        assert report.sent_on is not None
        if not report.recipient.has_feedback_deadlines:
            continue
        chase = report_due_dates(report.sent_on, rules).chase_on
        if chase <= horizon:
            items.append(_item(AgendaKind.REPORT_FEEDBACK, concern, chase, today >= chase, report.id))
    return items


def needs_me_now(
    concerns: Iterable[Concern], today: date, rules: RuleSettings = DEFAULT_RULES,
    extra: Iterable[AgendaItem] = (),
) -> list[AgendaItem]:
    """All items for these concerns (and `extra` ones, such as pregnancy plans): reports to send now
    first, then overdue ones, then by due date."""
    items = [item for c in concerns for item in agenda_for(c, today, rules)] + list(extra)
    return sorted(items, key=lambda i: (i.kind is not AgendaKind.REPORT_NOW, not i.overdue, i.due, i.kind,
                                        i.concern_id, i.ref_id or 0))


def pregnancy_item(case_id: int, child_id: int, plan_due: date, today: date) -> AgendaItem:
    """The item for an unborn child's plan that is due soon or late."""
    return AgendaItem(AgendaKind.PREGNANCY_PLAN, case_id, 0, plan_due, today > plan_due, child_id)


def awaiting_feedback(reports: Iterable[Report]) -> list[Report]:
    """The newest sent version of each report series that has had no feedback yet."""
    newest: dict[int, Report] = {}
    for report in reports:
        if report.status is ReportStatus.SENT:
            kept = newest.get(report.series)
            if kept is None or report.version > kept.version:
                newest[report.series] = report
    return [r for r in newest.values() if r.feedback_on is None]


def _item(kind: AgendaKind, concern: Concern, due: date, overdue: bool,
          ref_id: int | None = None) -> AgendaItem:
    return AgendaItem(kind, concern.case_id, concern.id, due, overdue, ref_id)
