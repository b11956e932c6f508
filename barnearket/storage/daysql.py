"""Whole days and whole years between dates in SQL, written for each database the store runs on.

A case file (SQLite) keeps dates as ISO text, so there the overview counts days with `julianday` and
ages by comparing the parts of the text. PostgreSQL has real dates: there the same answers come from
date subtraction and `date_part`, which is several times cheaper per row than the text emulation
(`julianday`, `substr` of a date) that `storage/server/roles.py` keeps for other statements. On
100,000 cases the overview computes both for every open concern.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_since(FunctionElement[int]):  # noqa: N801 - an SQL function, named as one
    """days_since(today_text, today, column): whole days from a date (or date and time) to today."""

    type = Integer()
    inherit_cache = True
    name = "days_since"


class age_on(FunctionElement[int]):  # noqa: N801 - an SQL function, named as one
    """age_on(today_text, today, birth): whole years from birth to today, NULL without a birth date;
    someone born on 29 February ages on 1 March."""

    type = Integer()
    inherit_cache = True
    name = "age_on"


def _arg(element: Any, compiler: Any, kw: dict[str, Any]) -> Any:
    """Renders argument n afresh at each use (a positional driver needs each use as its own
    placeholder, in order)."""
    clauses = list(element.clauses)
    return lambda n: compiler.process(clauses[n], **kw)


@compiles(days_since)
def _days_since_text(element: Any, compiler: Any, **kw: Any) -> str:
    arg = _arg(element, compiler, kw)
    return f"CAST(julianday({arg(0)}) - julianday(date({arg(2)})) AS INTEGER)"


@compiles(days_since, "postgresql")
def _days_since_date(element: Any, compiler: Any, **kw: Any) -> str:
    arg = _arg(element, compiler, kw)
    return f"(CAST({arg(1)} AS DATE) - CAST({arg(2)} AS DATE))"


@compiles(age_on)
def _age_on_text(element: Any, compiler: Any, **kw: Any) -> str:
    arg = _arg(element, compiler, kw)
    birth = arg(2)
    years = f"CAST(substr({arg(0)}, 1, 4) AS INTEGER) - CAST(substr({arg(2)}, 1, 4) AS INTEGER)"
    before = f"CASE WHEN substr({arg(0)}, 6, 5) < substr({arg(2)}, 6, 5) THEN 1 ELSE 0 END"
    return f"CASE WHEN {birth} IS NULL THEN NULL ELSE ({years}) - {before} END"


@compiles(age_on, "postgresql")
def _age_on_date(element: Any, compiler: Any, **kw: Any) -> str:
    arg = _arg(element, compiler, kw)
    birth = arg(2)

    def month_day(text: str) -> str:
        return f"(date_part('month', CAST({text} AS DATE)) * 100 + date_part('day', CAST({text} AS DATE)))"
    def year(text: str) -> str:
        return f"date_part('year', CAST({text} AS DATE))"
    years = f"CAST({year(arg(1))} - {year(arg(2))} AS INTEGER)"
    before = f"CASE WHEN {month_day(arg(1))} < {month_day(arg(2))} THEN 1 ELSE 0 END"
    return f"CASE WHEN {birth} IS NULL THEN NULL ELSE {years} - {before} END"
