"""SQL pieces the overview and the queues share: ages, days waited, deadlines, report state.

Days are parameters (see `day_params`), so each statement is built and compiled once per process.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    Subquery,
    and_,
    bindparam,
    case,
    exists,
    func,
    select,
)
from sqlalchemy.orm import aliased

from barnearket.domain.model import ReportRecipient, ReportStatus
from barnearket.domain.rules.agenda import REPORTED_TO, report_level
from barnearket.domain.rules.settings import RuleSettings
from barnearket.storage import daysql
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.reports import ReportRow

AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"
"""A SELECT of any columns (SQLAlchemy 2.1 types each column)."""

TODAY = bindparam("today", type_=Date)
TODAY_TEXT = bindparam("today_text", type_=String)
WEEK_END = bindparam("week_end", type_=Date)
CHASE_BEFORE = bindparam("chase_before", type_=Date)
REPORT_LEVEL = bindparam("report_level", type_=Integer)
_REPORTED_TO = tuple(sorted(REPORTED_TO))
_SENT = ReportStatus.SENT.value
_IN_PROGRESS = (ReportStatus.DRAFT.value, ReportStatus.READY.value)


def week_end(today: date) -> date:
    """The Sunday that ends `today`'s week (Norwegian weeks start on Monday)."""
    return today + timedelta(days=6 - today.weekday())


def day_params(today: date, rules: RuleSettings) -> dict[str, Any]:
    """Values for the day parameters: today, the end of its week, and the chase limit for reports."""
    return {"today": today, "today_text": today.isoformat(), "week_end": week_end(today),
            "chase_before": today - timedelta(days=rules.chase_days), "report_level": report_level(rules)}


def age_on(birth: Any) -> ColumnElement[int]:
    """Whole years from a date column to today, in SQL (29 February ages on 1 March)."""
    return daysql.age_on(TODAY_TEXT, TODAY, birth)


def days_since(column: Any) -> ColumnElement[int]:
    """Whole days from a date (or date and time) column to today."""
    return daysql.days_since(TODAY_TEXT, TODAY, column)


def flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """1 where the condition holds, else 0 (so SQLite sums and maxes it)."""
    return case((condition, 1), else_=0)


def _state_columns() -> dict[str, ColumnElement[Any]]:
    """The aggregates of a concern's reports that make up its report state, by name.

    Only the newest sent version of each report series counts (a correction replaces the original),
    as in the domain rule `awaiting_feedback`.
    """
    r, newer = ReportRow, aliased(ReportRow)
    newest = ~exists().where(newer.concern_id == r.concern_id, newer.series == r.series,
                             newer.status == _SENT, newer.version > r.version)
    awaiting = and_(r.status == _SENT, r.feedback_on.is_(None), newest,
                    r.recipient == ReportRecipient.BARNEVERN.value)
    return {
        "awaiting_since": func.min(case((awaiting, r.sent_on))),
        "drafting": func.max(flag(r.status.in_(_IN_PROGRESS))),
        "sent": func.max(flag(r.status == _SENT)),
        "answered": func.max(flag(r.feedback_on.isnot(None))),
        "reported": func.max(flag(and_(r.status == _SENT, r.recipient.in_(_REPORTED_TO)))),
    }


def report_state() -> Subquery:
    """Per concern: since when a report to barnevernet awaits feedback, and what else exists."""
    columns = [value.label(name) for name, value in _state_columns().items()]
    return (select(ReportRow.concern_id.label("concern_id"), *columns)
            .group_by(ReportRow.concern_id).subquery("report_state"))


class RowState:
    """The columns of `report_state` as subqueries on the concern of the enclosing query.

    A page of the overview needs the state of its 200 rows only: joined as a grouped subquery, the
    planner walks every report for each row it keeps; correlated, each row is one index lookup.
    """

    def __init__(self) -> None:
        self.c = SimpleNamespace(**{
            name: select(value).where(ReportRow.concern_id == ConcernRow.id).scalar_subquery()
            for name, value in _state_columns().items()})


AnyState: TypeAlias = "Subquery | RowState"
"""The report state joined (`report_state`) or looked up per row (`RowState`)."""


def decision_overdue() -> ColumnElement[bool]:
    """No decision, and the decision date has passed."""
    return and_(ConcernRow.decided_on.is_(None), ConcernRow.decision_due < TODAY)


def follow_up_overdue() -> ColumnElement[bool]:
    """An active action's evaluation date or deadline has passed."""
    return ConcernRow.next_follow_up < TODAY


def follow_up_this_week() -> ColumnElement[bool]:
    """An active action is due by the end of this week (overdue ones included)."""
    return ConcernRow.next_follow_up <= WEEK_END


def report_now(state: AnyState) -> ColumnElement[bool]:
    """At the highest level with no report sent to child welfare or the police (as `needs_report_now`)."""
    return and_(ConcernRow.level >= REPORT_LEVEL, func.coalesce(state.c.reported, 0) == 0)


def report_overdue(state: AnyState) -> ColumnElement[bool]:
    """A report to barnevernet has waited for feedback for three weeks (the chase limit) or more."""
    return state.c.awaiting_since <= CHASE_BEFORE
