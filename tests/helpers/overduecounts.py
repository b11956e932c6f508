"""The old whole-list counting query: the reference the paged overview's one-pass summary is held to."""

from __future__ import annotations

from functools import cache

from sqlalchemy import func, select

from barnearket.services.context import ServiceContext
from barnearket.services.overview.expressions import (
    AnySelect,
    decision_overdue,
    flag,
    follow_up_overdue,
    follow_up_this_week,
    report_overdue,
    report_state,
)
from barnearket.services.overview.rows import OverdueCounts, open_in_scope, params, still_a_child
from barnearket.services.overview.scope import sees_all
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow


def overdue_counts(ctx: ServiceContext, *, unit_id: int | None = None) -> OverdueCounts:
    """The number of open concerns past each deadline, counted in SQL over the whole list."""
    row = ctx.session.execute(_counts_statement(sees_all(ctx)), params(ctx, unit_id)).one()
    return OverdueCounts(*(int(v) for v in row))


@cache
def _counts_statement(all_units: bool) -> AnySelect:
    state = report_state()
    stmt: AnySelect = select(*(func.coalesce(func.sum(flag(c)), 0) for c in (
        decision_overdue(), follow_up_overdue(), follow_up_this_week(), report_overdue(state))))
    stmt = open_in_scope(stmt, state, all_units)
    return stmt.join(ChildRow, ChildRow.id == ConcernRow.child_id).where(still_a_child())
