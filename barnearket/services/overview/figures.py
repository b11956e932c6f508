"""The year's figures for a period and a unit: totals and one value per month, aggregated in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import CTE, ColumnElement, CompoundSelect, Date, bindparam, func, literal, select

from barnearket.domain.errors import ValidationError
from barnearket.services.context import ServiceContext
from barnearket.services.overview.expressions import AnySelect
from barnearket.services.overview.scope import scope_params, sees_all
from barnearket.services.overview.sources import FigureId, source
from barnearket.storage.orm.users import Unit

MEDIANS = frozenset({FigureId.DAYS_TO_DECISION})
ALL = "*"


@dataclass(frozen=True)
class Figure:
    """One figure: the total for the period and the value in each month (None: nothing to measure)."""

    id: FigureId
    total: float | None
    months: tuple[float | None, ...]


@dataclass(frozen=True)
class YearFigures:
    """Every figure for `start`..`end` (both included) in one unit, or in all units the actor sees."""

    start: date
    end: date
    unit_id: int | None
    unit_name: str
    months: tuple[str, ...]
    figures: tuple[Figure, ...]

    def get(self, figure: FigureId) -> Figure:
        """The figure with this id."""
        return next(f for f in self.figures if f.id == figure)


def months_between(start: date, end: date) -> tuple[str, ...]:
    """The months of the period as «YYYY-MM», in order."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def year_figures(ctx: ServiceContext, start: date, end: date, *, unit_id: int | None = None) -> YearFigures:
    """Count each figure in SQL: distinct things per month and for the whole period."""
    if end < start:
        raise ValidationError("Perioden slutter før den begynner.", field="end")
    months = months_between(start, end)
    unit = None if unit_id is None else ctx.session.get(Unit, unit_id)
    params = {"start": start, "end": end, **scope_params(ctx, unit_id)}
    figures = tuple(_figure(ctx, f, params, months) for f in FigureId)
    return YearFigures(start, end, unit_id, unit.name if unit else "", months, figures)


def _figure(ctx: ServiceContext, figure: FigureId, params: dict[str, Any], months: tuple[str, ...]) -> Figure:
    values: dict[str, Any] = dict(ctx.session.execute(_statement(figure, sees_all(ctx)), params).all())
    numbers = {k: None if v is None else float(v) for k, v in values.items()}
    zero = None if figure in MEDIANS else 0.0
    return Figure(figure, numbers.get(ALL, zero), tuple(numbers.get(m, zero) for m in months))


@cache
def _statement(figure: FigureId, all_units: bool) -> CompoundSelect[*tuple[Any, ...]]:
    """Built once per figure and scope; the period and scope are parameters."""
    found = source(figure, all_units).subquery()
    period = found.c.day.between(bindparam("start", type_=Date), bindparam("end", type_=Date))
    rows = select(found).where(period).cte("rows").prefix_with("MATERIALIZED")
    return _medians(rows) if figure in MEDIANS else _counts(rows)


def _counts(rows: CTE) -> CompoundSelect[*tuple[Any, ...]]:
    month = func.substr(rows.c.day, 1, 7)
    per_month = select(month, func.count(rows.c.key.distinct())).group_by(month)
    return per_month.union_all(select(literal(ALL), func.count(rows.c.key.distinct())))


def _medians(rows: CTE) -> CompoundSelect[*tuple[Any, ...]]:
    return _median(rows, func.substr(rows.c.day, 1, 7)).union_all(_median(rows, None))


def _median(rows: CTE, month: ColumnElement[str] | None) -> AnySelect:
    """The median per month (or overall) with window functions: the middle one or two values."""
    group = literal(ALL) if month is None else month
    ranked = select(
        group.label("grp"), rows.c.value,
        func.row_number().over(partition_by=month, order_by=rows.c.value).label("rn"),
        func.count().over(partition_by=month).label("n"),
    ).subquery()
    middle = ranked.c.rn.in_([(ranked.c.n + 1) // 2, (ranked.c.n + 2) // 2])
    return select(ranked.c.grp, func.avg(ranked.c.value)).where(middle).group_by(ranked.c.grp)
