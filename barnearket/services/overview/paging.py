"""The overview a page at a time: the database filters, sorts, counts and pages the open concerns,
so the first screenful of 100,000 cases comes without fetching every row.

Each filter and sort means exactly what the table's column means (`columnsql.py`); ties fall in the
order of the full list (oldest concern first).
"""

from __future__ import annotations

from calendar import isleap
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Date, and_, bindparam, func, or_, select

from barnearket.domain.collation import sort_key
from barnearket.domain.model import ConcernStatus
from barnearket.domain.rules.settings import DEFAULT_RULES
from barnearket.services.context import ServiceContext
from barnearket.services.overview.columnsql import OverviewQuery, conditions, order
from barnearket.services.overview.expressions import (
    AnySelect,
    AnyState,
    decision_overdue,
    flag,
    follow_up_overdue,
    follow_up_this_week,
    report_overdue,
    report_state,
)
from barnearket.services.overview.rows import (
    OverdueCounts,
    OverviewRow,
    open_in_scope,
    params,
    row_of,
    rows_select,
)
from barnearket.services.overview.scope import UNIT, sees_all
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import Unit, User

ADULT_SINCE = bindparam("adult_since", type_=Date)
PAGE = 200
"""Rows per page: a few screenfuls, so scrolling rarely waits."""


@dataclass(frozen=True)
class OverviewSummary:
    """The size of the unfiltered overview and the overdue counts shown above it."""

    total: int
    counts: OverdueCounts


@dataclass(frozen=True)
class OverviewChoices:
    """The unit and responsible names present among the open concerns (the data-made filter choices)."""

    units: list[str]
    people: list[str]


def overview_page(ctx: ServiceContext, query: OverviewQuery, offset: int = 0,
                  limit: int = PAGE) -> list[OverviewRow]:
    """`limit` open concerns from `offset` on, filtered and sorted as `query` says."""
    stmt, values = page_statement(ctx, query, offset, limit)
    return [row_of(r) for r in ctx.session.execute(stmt, values)]


def page_statement(ctx: ServiceContext, query: OverviewQuery, offset: int = 0,
                   limit: int = PAGE) -> tuple[AnySelect, dict[str, Any]]:
    """The SELECT of one page and its parameters (the benchmark runs it raw too)."""
    stmt, state = rows_select(sees_all(ctx), per_row=True)
    stmt = stmt.where(*conditions(ctx, query, state))
    stmt = stmt.order_by(*order(ctx, query, state)).offset(offset).limit(limit)
    return stmt, params(ctx, query.unit_id)


def overview_size(ctx: ServiceContext, query: OverviewQuery) -> int:
    """How many open concerns `query` keeps (the «x of y» under the list)."""
    stmt, state = _bare(sees_all(ctx))
    stmt = stmt.where(*conditions(ctx, query, state))
    return int(ctx.session.execute(stmt, params(ctx, query.unit_id)).scalar_one())


def overview_choices(ctx: ServiceContext, unit_id: int | None = None) -> OverviewChoices:
    """The names the unit and responsible filters offer: those present among the open concerns."""
    stmt, _ = _bare(sees_all(ctx))
    ids = stmt.with_only_columns(CaseRow.unit_id, CaseRow.responsible_id).distinct()
    found = ctx.session.execute(ids, params(ctx, unit_id)).all()
    units = _names(ctx, Unit.name, Unit.id, {u for u, _ in found})
    people = _names(ctx, User.full_name, User.id, {p for _, p in found if p is not None})
    if any(p is None for _, p in found):
        people.append("")
    return OverviewChoices(_sorted(units), _sorted(people))


def _names(ctx: ServiceContext, name: Any, key: Any, ids: set[int]) -> list[str]:
    if not ids:
        return []
    return list({n for n in ctx.session.scalars(select(name).where(key.in_(ids)))})


def _sorted(names: list[str]) -> list[str]:
    return [n for n in sorted(set(names), key=sort_key) if n]


def overview_summary(ctx: ServiceContext, unit_id: int | None = None) -> OverviewSummary:
    """How many open concerns there are, and how many are past each deadline, in one pass."""
    row = ctx.session.execute(*summary_statement(ctx, unit_id)).one()
    return OverviewSummary(int(row[0]), OverdueCounts(*(int(v) for v in row[1:])))


def summary_statement(ctx: ServiceContext, unit_id: int | None = None) -> tuple[AnySelect, dict[str, Any]]:
    """The SELECT of `overview_summary` and its parameters."""
    today = ctx.clock.today()
    return _summary_statement(sees_all(ctx)), {**params(ctx, unit_id), "adult_since": adult_since(today)}


def adult_since(today: date) -> date:
    """The last birth date of someone who is an adult today: a child is born after it (someone born on
    29 February comes of age on 1 March, as `age_on` counts)."""
    year = today.year - DEFAULT_RULES.adult_age
    if today.month == 2 and today.day == 29 and not isleap(year):
        return date(year, 2, 28)
    return today.replace(year=year)


@cache
def _summary_statement(all_units: bool) -> AnySelect:
    """One pass over the open concerns: the total, and the children's concerns past each deadline.

    The coordinator's summary joins neither cases nor units (every concern has both; a chosen unit
    is a lookup): on 100,000 cases that join was half of the time.
    """
    state = report_state()
    child = or_(ChildRow.birth_date.is_(None), ChildRow.birth_date > ADULT_SINCE)
    flags = (decision_overdue(), follow_up_overdue(), follow_up_this_week(), report_overdue(state))
    stmt: AnySelect = select(func.count(), *(func.coalesce(func.sum(flag(and_(child, c))), 0) for c in flags))
    if all_units:
        chosen = ConcernRow.case_id.in_(select(CaseRow.id).where(CaseRow.unit_id == UNIT))
        stmt = (stmt.select_from(ConcernRow).outerjoin(state, state.c.concern_id == ConcernRow.id)
                .where(ConcernRow.status == ConcernStatus.OPEN.value, or_(UNIT.is_(None), chosen)))
    else:
        stmt = open_in_scope(stmt, state, all_units).join(Unit, Unit.id == CaseRow.unit_id)
    return stmt.join(ChildRow, ChildRow.id == ConcernRow.child_id)


def _bare(all_units: bool) -> tuple[AnySelect, AnyState]:
    """COUNT(*) over the same joins as the rows, so every filter can be applied."""
    stmt, state = rows_select(all_units, per_row=True)
    return stmt.with_only_columns(func.count()).select_from(ConcernRow), state
