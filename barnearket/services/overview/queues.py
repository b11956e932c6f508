"""The coordinator's queues: reports to send now, overdue decisions and follow-ups, unanswered reports,
gaps to close."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import CTE, ColumnElement, and_, case, func, or_, select

from barnearket.domain.model import CaseStatus, SheetStatus
from barnearket.services.context import ServiceContext
from barnearket.services.overview.expressions import AnySelect, age_on, days_since
from barnearket.services.overview.rows import Only, OverviewRow, open_concerns, still_a_child
from barnearket.services.overview.scope import scope_params, sees_all, visible_cases
from barnearket.services.overview.sources import answer_of
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.sheets import SheetRow
from barnearket.storage.orm.users import Unit, User

NEED_ANSWERS = ('"ja"', '"uavklart"')
"""Answers (as stored JSON) that call for a plan: the form asks for one on «ja» and «uavklart»."""


@dataclass(frozen=True, slots=True)
class GateRow:
    """An open case whose gate question («har brukeren barn under 18 år?») is not answered."""

    case_id: int
    case_number: str
    unit_name: str
    responsible_name: str
    created_at: datetime
    days_waiting: int


@dataclass(frozen=True, slots=True)
class NeedRow:
    """A child whose latest completed conversation records a need but no plan for it."""

    case_id: int
    case_number: str
    child_age: int | None
    unit_name: str
    responsible_name: str
    sheet_held_on: date
    information: bool
    follow_up: bool


def reports_to_send_now(ctx: ServiceContext, *, unit_id: int | None = None) -> list[OverviewRow]:
    """Open concerns at the highest level with no report sent to barnevernet or the police."""
    return open_concerns(ctx, unit_id=unit_id, only=Only.REPORT_NOW)


def decisions_overdue(ctx: ServiceContext, *, unit_id: int | None = None) -> list[OverviewRow]:
    """Open concerns without a decision whose decision date has passed."""
    return open_concerns(ctx, unit_id=unit_id, only=Only.DECISIONS)


def follow_ups_due(ctx: ServiceContext, *, unit_id: int | None = None) -> list[OverviewRow]:
    """Open concerns with an action due by the end of this week, overdue ones included."""
    return open_concerns(ctx, unit_id=unit_id, only=Only.FOLLOW_UPS)


def reports_waiting(ctx: ServiceContext, *, unit_id: int | None = None) -> list[OverviewRow]:
    """Open concerns whose report to barnevernet has had no feedback for three weeks or more."""
    return open_concerns(ctx, unit_id=unit_id, only=Only.REPORTS)


def gate_unanswered(ctx: ServiceContext, *, unit_id: int | None = None) -> list[GateRow]:
    """Open cases where nobody has recorded whether the user has children, oldest first."""
    stmt = _gate_statement(sees_all(ctx))
    rows = ctx.session.execute(stmt, _params(ctx, unit_id))
    return [GateRow(r[0], r[1], r[2], r[3] or "", r[4], r[5]) for r in rows]


def needs_without_plan(ctx: ServiceContext, *, unit_id: int | None = None) -> list[NeedRow]:
    """Children with a need for information or follow-up («ja» or «uavklart») but no plan written,
    judged by the latest completed conversation of each open case."""
    rows = ctx.session.execute(_needs_statement(sees_all(ctx)), _params(ctx, unit_id))
    return [NeedRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], bool(r[6]), bool(r[7])) for r in rows]


def _params(ctx: ServiceContext, unit_id: int | None) -> dict[str, Any]:
    today = ctx.clock.today()
    return {"today_text": today.isoformat(), "today": today, **scope_params(ctx, unit_id)}


@cache
def _gate_statement(all_units: bool) -> AnySelect:
    return (
        select(CaseRow.id, CaseRow.number, Unit.name, User.full_name, CaseRow.created_at,
               days_since(CaseRow.created_at))
        .join(Unit, Unit.id == CaseRow.unit_id)
        .outerjoin(User, User.id == CaseRow.responsible_id)
        .where(CaseRow.status == CaseStatus.OPEN.value, CaseRow.gate_answer.is_(None),
               visible_cases(all_units))
        .order_by(CaseRow.created_at, CaseRow.id)
    )


@cache
def _needs_statement(all_units: bool) -> AnySelect:
    needs = _needs_per_child(all_units)
    return (
        select(CaseRow.id, CaseRow.number, age_on(ChildRow.birth_date), Unit.name,
               User.full_name, needs.c.held_on, needs.c.info, needs.c.follow)
        .select_from(needs)
        .join(CaseRow, CaseRow.id == needs.c.case_id)
        .join(ChildRow, ChildRow.id == needs.c.child_id)
        .join(Unit, Unit.id == CaseRow.unit_id)
        .outerjoin(User, User.id == CaseRow.responsible_id)
        .where(or_(needs.c.info == 1, needs.c.follow == 1), still_a_child())
        .order_by(needs.c.held_on, CaseRow.id, needs.c.child_id)
    )


def _unplanned(need: str, plan: str) -> ColumnElement[int]:
    """1 when the need is «ja» or «uavklart» and its plan is missing or blank; the plan is looked up
    only for children with the need."""
    text = func.trim(func.coalesce(func.json_extract(answer_of(plan, SheetRow.id, ChildRow.id), "$"), ""))
    needed = answer_of(need, SheetRow.id, ChildRow.id).in_(NEED_ANSWERS)
    return case((needed, case((func.length(text) == 0, 1), else_=0)), else_=0)


def _needs_per_child(all_units: bool) -> CTE:
    """Per child of an open case in scope, from the case's latest completed sheet: 1 where a need
    has no plan. Each answer is looked up by the unique (sheet, child, question) index."""
    latest = (select(SheetRow.case_id, func.max(SheetRow.version).label("version"))
              .where(SheetRow.status == SheetStatus.COMPLETED.value).group_by(SheetRow.case_id)
              .cte("latest").prefix_with("MATERIALIZED"))
    return (
        select(SheetRow.case_id, SheetRow.held_on, ChildRow.id.label("child_id"),
               _unplanned("information_need", "information_plan").label("info"),
               _unplanned("followup_need", "followup_plan").label("follow"))
        .select_from(latest)
        .join(CaseRow, CaseRow.id == latest.c.case_id)
        .join(SheetRow, and_(SheetRow.case_id == latest.c.case_id, SheetRow.version == latest.c.version))
        .join(ChildRow, ChildRow.case_id == latest.c.case_id)
        .where(CaseRow.status == CaseStatus.OPEN.value, visible_cases(all_units))
        .cte("needs").prefix_with("MATERIALIZED")
    )
