"""Table columns as data, and rows prepared once (texts, sort keys, filter buckets) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

from barnearket.domain.collation import search_key

R = TypeVar("R")


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title, how a row shows and sorts, and the filter bucket the row falls in.

    Attributes:
        key: stable id, used in saved filters.
        title: the Norwegian header (already translated).
        text: the cell text.
        sort: a value that orders the column (same type for every row).
        bucket: the stable id of the row's filter choice, or None when the column has no choices.
        choices: label of each fixed bucket id, in the order offered; data buckets label themselves.
        overdue: True when the cell shows a deadline that has passed.
        centred: numbers and short codes are centred.
        tip: what the column means (the header's tooltip).
        sample: a typical wide cell; the column starts that wide (no measuring of thousands of cells).
    """

    key: str
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    bucket: Callable[[R], str] | None = None
    choices: Mapping[str, str] = field(default_factory=dict)
    overdue: Callable[[R], bool] | None = None
    centred: bool = False
    tip: str = ""
    sample: str = "00.00.0000"


class Record(NamedTuple):
    """A prepared row: the case it opens, per column its text, sort key and filter bucket, the
    columns whose deadline has passed, and the caseless text a search matches against."""

    case_id: int
    texts: tuple[str, ...]
    sorts: tuple[Any, ...]
    buckets: tuple[str, ...]
    late: frozenset[int]
    search: str

    @property
    def overdue(self) -> bool:
        """True when any cell of the row is overdue."""
        return bool(self.late)


def prepare(rows: Iterable[R], columns: Sequence[Column[R]], case_id: Callable[[R], int]) -> list[Record]:
    """Compute every cell once (in a worker thread), so the model and the proxy only look things up."""
    texts = [c.text for c in columns]
    sorts = [c.sort for c in columns]
    buckets = [c.bucket or _blank for c in columns]
    late = [(i, c.overdue) for i, c in enumerate(columns) if c.overdue]
    records = []
    for row in rows:
        shown = tuple([f(row) for f in texts])
        records.append(Record(case_id(row), shown, tuple([f(row) for f in sorts]),
                              tuple([f(row) for f in buckets]), frozenset([i for i, f in late if f(row)]),
                              "\n".join(map(_search_key, shown))))
    return records


_search_key = lru_cache(maxsize=4096)(search_key)
"""Cell texts repeat (units, workers, steps), so their search keys are computed once."""


def _blank(_row: object) -> str:
    return ""


def bucket_choices(records: Sequence[Record], column: Column[Any], index: int) -> list[tuple[str, str]]:
    """(id, label) of the filter choices for a column: the fixed ones, else the values present."""
    if column.choices:
        return list(column.choices.items())
    present = sorted({r.buckets[index]: r.sorts[index] for r in records}.items(), key=lambda p: p[1])
    return [(value, value) for value, _ in present if value]
