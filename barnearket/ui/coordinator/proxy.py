"""Sorts and filters prepared records: free text, one choice per column, always over every row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from barnearket.domain.collation import search_key
from barnearket.domain.text import clean_line
from barnearket.ui.coordinator.model import RecordModel

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordFilter(QSortFilterProxyModel):
    """Keeps the rows whose text contains the query and that fall in each chosen bucket.

    Before it sorts or filters, it asks the lazy source for every row, so a filter or a sort
    always covers the whole list and not just the rows fetched so far.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._buckets: dict[int, str] = {}

    def source(self) -> RecordModel:
        """The record model behind the proxy."""
        model = self.sourceModel()
        assert isinstance(model, RecordModel)
        return model

    @property
    def active(self) -> bool:
        """True while a query or a column choice narrows the list."""
        return bool(self._query or self._buckets)

    def set_filter(self, query: str, buckets: dict[int, str]) -> None:
        """Show rows containing `query` (any case) and falling in every chosen bucket."""
        self.source().fetch_all()
        self.beginFilterChange()
        self._query = search_key(clean_line(query).text.strip())
        self._buckets = {column: value for column, value in buckets.items() if value}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def prime(self) -> None:
        """After new rows arrive: fetch them all if a sort or filter must see the whole list."""
        if self.active or self.sortColumn() >= 0:
            self.source().fetch_all()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row, not only those fetched so far."""
        if column >= 0:
            self.source().fetch_all()
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Compare the record's cached search text and buckets (no model calls per cell)."""
        record = self.source().record(source_row)
        if self._query and self._query not in record.search:
            return False
        return all(record.buckets[column] == value for column, value in self._buckets.items())

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        """Compare the cached sort keys of the column."""
        model, column = self.source(), left.column()
        first: Any = model.record(left.row()).sorts[column]
        return bool(first < model.record(right.row()).sorts[column])
