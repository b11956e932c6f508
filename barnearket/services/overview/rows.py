"""The open concerns of the overview: one SQL query with the child's age, never the child's name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Subquery, or_, select

from barnearket.domain.model import ConcernStatus, Step
from barnearket.domain.rules.settings import DEFAULT_RULES
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.overview.expressions import (
    AnySelect,
    AnyState,
    RowState,
    age_on,
    day_params,
    days_since,
    decision_overdue,
    flag,
    follow_up_overdue,
    follow_up_this_week,
    report_now,
    report_overdue,
    report_state,
)
from barnearket.services.overview.scope import scope_params, sees_all, visible_cases
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import Unit, User


class ReportState(StrEnum):
    """Where the concern's reports stand, most pressing first."""

    AWAITING = "awaiting"
    DRAFT = "draft"
    ANSWERED = "answered"
    SENT = "sent"
    NONE = "none"


class OverviewRow(NamedTuple):
    """One open concern as the coordinator sees it: ids, age, who, where and every deadline.

    A named tuple, because thousands are made per load and a frozen dataclass is five times slower.
    """

    concern_id: int
    case_id: int
    case_number: str
    unit_id: int
    unit_name: str
    responsible_id: int | None
    responsible_name: str
    child_age: int | None
    unborn: bool
    step: Step
    level: int
    arose_on: date
    days_open: int
    decision_due: date
    decided_on: date | None
    next_follow_up: date | None
    report: ReportState
    awaiting_since: date | None
    decision_overdue: bool
    follow_up_overdue: bool
    follow_up_this_week: bool
    report_overdue: bool

    @property
    def overdue(self) -> bool:
        """True when any deadline has passed."""
        return self.decision_overdue or self.follow_up_overdue or self.report_overdue


class Only(StrEnum):
    """The concern queues: the overview narrowed to one kind of deadline."""

    DECISIONS = "decisions"
    FOLLOW_UPS = "follow_ups"
    REPORTS = "reports"
    REPORT_NOW = "report_now"


@dataclass(frozen=True)
class OverdueCounts:
    """How many open concerns are past each kind of deadline (the counts above the overview)."""

    decisions: int
    follow_ups: int
    follow_ups_this_week: int
    reports: int


def overview_statement(ctx: ServiceContext, *, unit_id: int | None = None,
                       only: Only | None = None) -> tuple[AnySelect, dict[str, Any]]:
    """The SELECT behind the overview (open concerns in the actor's scope, oldest first) and its
    parameters. Each statement is built once per process and reused, so it is compiled only once."""
    return _rows_statement(sees_all(ctx), only), params(ctx, unit_id)


def open_concerns(ctx: ServiceContext, *, unit_id: int | None = None,
                  only: Only | None = None) -> list[OverviewRow]:
    """Every open concern the actor may see (optionally one unit, or narrowed to a queue)."""
    stmt, values = overview_statement(ctx, unit_id=unit_id, only=only)
    return [row_of(r) for r in ctx.session.execute(stmt, values)]


def params(ctx: ServiceContext, unit_id: int | None) -> dict[str, Any]:
    """The day and scope parameter values of the overview's statements."""
    return {**day_params(ctx.clock.today(), load_rules(ctx.session, ctx.forms)), **scope_params(ctx, unit_id)}


@cache
def _rows_statement(all_units: bool, only: Only | None) -> AnySelect:
    stmt, state = rows_select(all_units)
    if only is not None:
        stmt = stmt.where({Only.DECISIONS: decision_overdue(), Only.FOLLOW_UPS: follow_up_this_week(),
                           Only.REPORTS: report_overdue(state), Only.REPORT_NOW: report_now(state)}[only],
                          still_a_child())
    return stmt.order_by(ConcernRow.arose_on, ConcernRow.id)


def rows_select(all_units: bool, *, per_row: bool = False) -> tuple[AnySelect, AnyState]:
    """The overview's columns over the open concerns in scope, unordered, and the report-state
    subquery it joins (so callers can filter and sort on it); `per_row` looks the state up per row
    instead (`RowState`: cheaper for a page)."""
    state: AnyState = RowState() if per_row else report_state()
    stmt: AnySelect = select(
        ConcernRow.id, ConcernRow.case_id, CaseRow.number, CaseRow.unit_id, Unit.name,
        CaseRow.responsible_id, User.full_name, age_on(ChildRow.birth_date), ChildRow.unborn,
        ConcernRow.step, ConcernRow.level, ConcernRow.arose_on, days_since(ConcernRow.arose_on),
        ConcernRow.decision_due, ConcernRow.decided_on, ConcernRow.next_follow_up,
        state.c.drafting, state.c.sent, state.c.answered, state.c.awaiting_since,
        flag(decision_overdue()), flag(follow_up_overdue()), flag(follow_up_this_week()),
        flag(report_overdue(state)),
    )
    stmt = open_in_scope(stmt, state, all_units)
    stmt = stmt.join(ChildRow, ChildRow.id == ConcernRow.child_id).join(Unit, Unit.id == CaseRow.unit_id)
    return stmt.outerjoin(User, User.id == CaseRow.responsible_id), state


def still_a_child() -> ColumnElement[bool]:
    """The concern's child is unborn, of unknown age, or under 18: a child who has turned 18 leaves
    the queues and the counts (the overview of all open concerns still lists them)."""
    return or_(ChildRow.birth_date.is_(None), age_on(ChildRow.birth_date) < DEFAULT_RULES.adult_age)


def open_in_scope(stmt: AnySelect, state: AnyState, all_units: bool) -> AnySelect:
    """The open concerns of the cases in scope, with the report state joined when it is a subquery."""
    stmt = stmt.select_from(ConcernRow).join(CaseRow, CaseRow.id == ConcernRow.case_id)
    if isinstance(state, Subquery):
        stmt = stmt.outerjoin(state, state.c.concern_id == ConcernRow.id)
    return stmt.where(ConcernRow.status == ConcernStatus.OPEN.value, visible_cases(all_units))


def row_of(r: Any) -> OverviewRow:
    drafting, sent, answered, awaiting = r[16:20]
    return OverviewRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], bool(r[8]), _STEPS[r[9]], r[10], r[11],
        r[12], r[13], r[14], r[15], _state(drafting, sent, answered, awaiting), awaiting,
        bool(r[20]), bool(r[21]), bool(r[22]), bool(r[23]),
    )


_STEPS = {step.value: step for step in Step}


def _state(drafting: int | None, sent: int | None, answered: int | None,
           awaiting: date | None) -> ReportState:
    if awaiting is not None:
        return ReportState.AWAITING
    if drafting:
        return ReportState.DRAFT
    if answered:
        return ReportState.ANSWERED
    return ReportState.SENT if sent else ReportState.NONE


def log_overview_viewed(ctx: ServiceContext) -> None:
    """Record in the audit log that the actor looked at the overview (no filter, no names)."""
    common.log(ctx, AuditAction.VIEW, "overview", None)
