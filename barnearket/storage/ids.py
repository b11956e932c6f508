"""New primary keys for rows a caller inserts in bulk with their ids given (the importer).

In a case file the next id is the table's largest + 1 (one writer at a time). On a server other
people insert at the same time and row-level security hides rows from the max, so ids come from
the table's own sequence, fetched in blocks.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

BLOCK = 256


class IdAllocator:
    """Hands out fresh ids per table for one transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._server = session.get_bind().dialect.name == "postgresql"
        self._next: dict[str, int] = {}
        self._reserved: dict[str, list[int]] = defaultdict(list)

    def take(self, table: Table) -> int:
        """A new id for a row of `table`."""
        if self._server:
            return self._from_sequence(table)
        if table.name not in self._next:
            self._next[table.name] = int(self._session.scalar(select(func.max(table.c.id))) or 0) + 1
        value = self._next[table.name]
        self._next[table.name] = value + 1
        return value

    def _from_sequence(self, table: Table) -> int:
        reserved = self._reserved[table.name]
        if not reserved:
            reserved.extend(self._session.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                {"table": table.name, "n": BLOCK}))
            reserved.reverse()
        return reserved.pop()
