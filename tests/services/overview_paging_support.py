"""What the old table did with the full list (filter by bucket, stable sort by column), to hold the
database's paging, filtering and sorting to it (no tests here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from barnearket.domain.collation import search_key
from barnearket.services.context import ServiceContext
from barnearket.services.overview.columnsql import OverviewQuery
from barnearket.services.overview.paging import overview_page
from barnearket.services.overview.rows import OverviewRow, open_concerns
from barnearket.ui.coordinator.columns import overview_columns
from barnearket.ui.coordinator.records import Record, prepare

COLUMNS = overview_columns(levels=range(1, 6))
KEYS = [c.key for c in COLUMNS]
SEARCHED = ("case", "unit", "responsible", "step", "level")
"""The columns the search covers (the search field's placeholder names them)."""


def full_list(ctx: ServiceContext, query: OverviewQuery) -> list[int]:
    """Concern ids as the old table showed them: every row, filtered and sorted in Python."""
    rows = open_concerns(ctx, unit_id=query.unit_id)
    records = prepare(rows, COLUMNS, lambda r: r.concern_id)
    kept = [rec for rec in records if _keeps(rec, query)]
    if query.sort is not None:  # stable both ways, as QSortFilterProxyModel's sort
        column = KEYS.index(query.sort)
        kept = sorted(kept, key=lambda rec: rec.sorts[column], reverse=query.descending)
    return [rec.case_id for rec in kept]


def _keeps(record: Record, query: OverviewQuery) -> bool:
    if any(record.buckets[KEYS.index(k)] != v for k, v in query.filters.items() if v):
        return False
    key = search_key(query.text)
    return not key or any(key in search_key(record.texts[KEYS.index(k)]) for k in SEARCHED)


def paged(ctx: ServiceContext, query: OverviewQuery, size: int) -> list[int]:
    """Concern ids fetched a page of `size` at a time until a short page."""
    found: list[int] = []
    for page in _pages(ctx, query, size):
        found += [r.concern_id for r in page]
    return found


def _pages(ctx: ServiceContext, query: OverviewQuery, size: int) -> Iterator[list[OverviewRow]]:
    offset = 0
    while True:
        page = overview_page(ctx, query, offset, size)
        yield page
        if len(page) < size:
            return
        offset += size


def queries(rows: list[OverviewRow]) -> list[OverviewQuery]:
    """Every column's every bucket, every sort both ways, and a few combinations."""
    found: list[OverviewQuery] = [OverviewQuery()]
    for index, column in enumerate(COLUMNS):
        values: set[Any] = set(column.choices) or {r for r in _buckets(rows, index)}
        found += [OverviewQuery(filters={column.key: v}) for v in sorted(values)]
        found += [OverviewQuery(sort=column.key, descending=d) for d in (False, True)]
    found += [OverviewQuery(filters={"decision": "overdue"}, sort="responsible"),
              OverviewQuery(filters={"report": "none", "age": "0_5"}, sort="days", descending=True),
              OverviewQuery(text="psyk", sort="unit"),
              OverviewQuery(text=rows[0].case_number[-3:], sort="case", descending=True)]
    return found


def _buckets(rows: list[OverviewRow], index: int) -> set[str]:
    return {rec.buckets[index] for rec in prepare(rows, COLUMNS, lambda r: r.concern_id)}


def with_labels(query: OverviewQuery) -> OverviewQuery:
    """The query with the steps and levels whose shown labels contain its text (as the panel does)."""
    key = search_key(query.text)
    if not key:
        return query
    step, level = COLUMNS[KEYS.index("step")], COLUMNS[KEYS.index("level")]
    steps = frozenset(v for v, text in step.choices.items() if key in search_key(text))
    levels = frozenset(int(v) for v, text in level.choices.items() if key in search_key(text))
    return replace(query, text_steps=steps, text_levels=levels)
