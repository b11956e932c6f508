"""Loads the rows of many cases at once, table by table, grouped by the row that owns them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from barnearket.services.exchange.spec import Part, Texts, Values, table_of

CHUNK = 500
"""Ids per IN (...) list; well below SQLite's limit on bound parameters."""

T = TypeVar("T")
Grouped = dict[int, list[RowMapping]]
Loaded = dict[Part | Values | Texts, Grouped]


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def load_tree(session: Session, root: Part, ids: Sequence[int]) -> Loaded:
    """The root rows with these ids (under key 0) and every row nested below them."""
    table = table_of(root)
    rows = session.execute(select(table).where(table.c.id.in_(ids)).order_by(table.c.id)).mappings().all()
    loaded: Loaded = {root: {0: list(rows)}}
    _load_parts(session, root, [r["id"] for r in rows], loaded)
    return loaded


def _load_parts(session: Session, part: Part, ids: list[int], loaded: Loaded) -> None:
    for sub in part.parts:
        grouped = rows_under(session, sub, ids)
        loaded[sub] = grouped
        if isinstance(sub, Part):
            _load_parts(session, sub, [r["id"] for rows in grouped.values() for r in rows], loaded)


def rows_under(session: Session, item: Part | Values | Texts, parent_ids: Iterable[int]) -> Grouped:
    """Rows whose link column is one of `parent_ids`, grouped by it, in id (or key) order."""
    table = table_of(item)
    link = table.c[item.link]
    order = [table.c.id] if "id" in table.c else [c for c in table.primary_key.columns]
    grouped: Grouped = defaultdict(list)
    for chunk in chunks(sorted(set(parent_ids))):
        stmt = select(table).where(link.in_(chunk)).order_by(*order)
        for row in session.execute(stmt).mappings():
            grouped[row[item.link]].append(row)
    return grouped

