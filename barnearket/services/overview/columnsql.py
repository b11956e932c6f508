"""Each overview column's filter choice and sort key in SQL, meaning exactly what the table's column
shows (`ui/coordinator/columns.py`): the same buckets, the same order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, select

from barnearket.domain.collation import like_pattern, search_key, sort_key
from barnearket.domain.model import Step
from barnearket.services.context import ServiceContext
from barnearket.services.overview.expressions import (
    TODAY,
    WEEK_END,
    AnyState,
    age_on,
    days_since,
    decision_overdue,
    follow_up_overdue,
    report_overdue,
)
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import Unit, User
from barnearket.storage.sqlorder import binary_text

AGE_BANDS = (("0_5", 0, 5), ("6_12", 6, 12), ("13_17", 13, 17), ("adult", 18, None))
DAY_BANDS = (("lt14", None, 13), ("14_30", 14, 30), ("31_90", 31, 90), ("gt90", 91, None))
REPORT_ORDER = ("late", "awaiting", "draft", "sent", "answered", "none")


@dataclass(frozen=True)
class OverviewQuery:
    """What the coordinator asked for: column choices, a search text, a sort, and a unit.

    `filters` maps a column key to a bucket id (as in saved filters). The search matches the case
    number, the unit, the person responsible, and the steps and levels whose shown labels the caller
    found to contain it (`text_steps`, `text_levels`: only the UI knows the translated labels).
    """

    filters: Mapping[str, str] = field(default_factory=dict)
    text: str = ""
    text_steps: frozenset[str] = frozenset()
    text_levels: frozenset[int] = frozenset()
    sort: str | None = None
    descending: bool = False
    unit_id: int | None = None


def conditions(ctx: ServiceContext, query: OverviewQuery, state: AnyState) -> list[ColumnElement[bool]]:
    """The WHERE conditions of the query's column choices and search."""
    found = [_bucket(key, value, state) for key, value in query.filters.items() if value]
    if query.text.strip():
        found.append(_text(ctx, query))
    return found


def _bucket(key: str, value: str, state: AnyState) -> ColumnElement[bool]:
    build = _BUCKETS.get(key)
    if build is None:
        raise ValueError(f"no such overview filter: {key}")
    return build(value, state)


def _age(value: str, _state: AnyState) -> ColumnElement[bool]:
    born = not_(ChildRow.unborn)
    if value == "unborn":
        return ChildRow.unborn.is_(True)
    if value == "unknown":
        return and_(born, ChildRow.birth_date.is_(None))
    return and_(born, _between(age_on(ChildRow.birth_date), _band(AGE_BANDS, value)))


def _days(value: str, _state: AnyState) -> ColumnElement[bool]:
    return _between(days_since(ConcernRow.arose_on), _band(DAY_BANDS, value))


def _band(bands: tuple[tuple[str, int | None, int | None], ...], value: str) -> tuple[int | None, int | None]:
    for band, low, high in bands:
        if band == value:
            return low, high
    return (1, 0)  # an unknown band keeps nothing, as in the table


def _between(expr: ColumnElement[int], band: tuple[int | None, int | None]) -> ColumnElement[bool]:
    low, high = band
    parts = [expr >= low] if low is not None else []
    parts += [expr <= high] if high is not None else []
    return and_(expr.is_not(None), *parts)


def _decision(value: str, _state: AnyState) -> ColumnElement[bool]:
    decided = ConcernRow.decided_on.is_not(None)
    return {"decided": decided, "overdue": decision_overdue(),
            "open": and_(not_(decided), ConcernRow.decision_due >= TODAY)}.get(value, literal(False))


def _follow_up(value: str, _state: AnyState) -> ColumnElement[bool]:
    day = ConcernRow.next_follow_up
    return {"none": day.is_(None), "overdue": follow_up_overdue(),
            "week": and_(day >= TODAY, day <= WEEK_END), "later": day > WEEK_END}.get(value, literal(False))


def report_bucket(state: AnyState) -> ColumnElement[str]:
    """The report column's bucket in SQL ("late", "awaiting", "draft", "answered", "sent", "none")."""
    return case(
        (report_overdue(state), "late"),
        (state.c.awaiting_since.is_not(None), "awaiting"),
        (func.coalesce(state.c.drafting, 0) == 1, "draft"),
        (func.coalesce(state.c.answered, 0) == 1, "answered"),
        (func.coalesce(state.c.sent, 0) == 1, "sent"),
        else_="none",
    )


_BUCKETS: dict[str, Callable[[str, AnyState], ColumnElement[bool]]] = {
    "age": _age,
    "unit": lambda v, _s: Unit.name == v,
    "responsible": lambda v, _s: func.coalesce(User.full_name, "") == v,
    "step": lambda v, _s: ConcernRow.step == v,
    "level": lambda v, _s: ConcernRow.level == int(v) if v.lstrip("-").isdigit() else literal(False),
    "days": _days,
    "decision": _decision,
    "follow_up": _follow_up,
    "report": lambda v, s: report_bucket(s) == v,
}


def _text(ctx: ServiceContext, query: OverviewQuery) -> ColumnElement[bool]:
    """The search: case number, unit and responsible by name, and the steps and levels given."""
    key = search_key(query.text.strip())
    units = [i for i, n in ctx.session.execute(select(Unit.id, Unit.name)) if key in search_key(n)]
    people = [i for i, n in ctx.session.execute(select(User.id, User.full_name)) if key in search_key(n)]
    return or_(
        func.lower(CaseRow.number).like(like_pattern(query.text.strip()), escape="\\"),
        CaseRow.unit_id.in_(units), CaseRow.responsible_id.in_(people),
        ConcernRow.step.in_(sorted(query.text_steps)), ConcernRow.level.in_(sorted(query.text_levels)),
    )


def order(ctx: ServiceContext, query: OverviewQuery, state: AnyState) -> list[Any]:
    """The column's order, then the full list's own order (oldest first) for ties, as a stable sort."""
    keys = [] if query.sort is None else _SORTS[query.sort](ctx, state)
    ordered = [k.desc() if query.descending else k.asc() for k in keys]
    return [*ordered, ConcernRow.arose_on.asc(), ConcernRow.id.asc()]


def _rank(ctx: ServiceContext, name: Any, key: Any, column: Any) -> ColumnElement[int]:
    """A name's place in Norwegian and Sami order (SQL collations differ between stores and servers);
    equal names share a place, and no one (NULL) sorts as an empty name."""
    pairs = ctx.session.execute(select(key, name)).all()
    keys = sorted({sort_key(n or "") for _, n in pairs} | {sort_key("")})
    place = {k: i for i, k in enumerate(keys)}
    ranks = {k: place[sort_key(n or "")] for k, n in pairs}
    blank = place[sort_key("")]
    return case(ranks, value=column, else_=blank) if ranks else literal(blank)


def _step_number() -> ColumnElement[int]:
    return case({s.value: s.number for s in Step}, value=ConcernRow.step, else_=0)


def _report_order(state: AnyState) -> ColumnElement[int]:
    order = {b: i for i, b in enumerate(REPORT_ORDER)}
    return case(order, value=report_bucket(state), else_=len(REPORT_ORDER))


def _nulls_last(column: Any) -> list[Any]:
    """A date column as the table sorts it: dates in order, an empty cell after every date."""
    return [case((column.is_(None), 1), else_=0), column]


_SORTS: dict[str, Callable[[ServiceContext, AnyState], list[Any]]] = {
    "case": lambda _c, _s: [binary_text(CaseRow.number)],
    "age": lambda _c, _s: [func.coalesce(age_on(ChildRow.birth_date), -1)],
    "unit": lambda c, _s: [_rank(c, Unit.name, Unit.id, CaseRow.unit_id)],
    "responsible": lambda c, _s: [_rank(c, User.full_name, User.id, CaseRow.responsible_id)],
    "step": lambda _c, _s: [_step_number()],
    "level": lambda _c, _s: [ConcernRow.level],
    "days": lambda _c, _s: [days_since(ConcernRow.arose_on)],
    "decision": lambda _c, _s: [case((ConcernRow.decided_on.is_(None), 0), else_=1), ConcernRow.decision_due],
    "follow_up": lambda _c, _s: _nulls_last(ConcernRow.next_follow_up),
    "report": lambda _c, s: [_report_order(s), *_nulls_last(s.c.awaiting_since)],
}
