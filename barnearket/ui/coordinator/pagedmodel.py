"""A table model whose rows are pages the database filtered and sorted; scrolling asks for the next page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from barnearket.ui.coordinator.model import AnyIndex, RecordModel
from barnearket.ui.coordinator.records import Column, Record


class PagedModel(RecordModel):
    """Holds the rows fetched so far of a list `size` rows long; the database does the rest.

    Signals:
        more_wanted(int): the view scrolled to the end; fetch the page that starts at this row.
        sort_wanted(int, Qt.SortOrder): the user sorted by a column (-1: the list's own order).
    """

    more_wanted = Signal(int)
    sort_wanted = Signal(int, Qt.SortOrder)

    def __init__(self, columns: Sequence[Column[Any]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.size = 0
        self._asking = False

    def set_page(self, records: Sequence[Record], size: int) -> None:
        """Start over with the first page of a list `size` rows long."""
        self.beginResetModel()
        self._records, self._shown, self.size = list(records), len(records), size
        self._asking = False
        self.endResetModel()

    def add_page(self, records: Sequence[Record]) -> None:
        """Append the page that was asked for."""
        self._asking = False
        if not records:
            self.size = len(self._records)  # the list shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self._records), len(self._records) + len(records) - 1)
        self._records += records
        self._shown = len(self._records)
        self.endInsertRows()

    def page_failed(self) -> None:
        """The page could not be fetched: scrolling may ask again."""
        self._asking = False

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """True while the database holds rows not yet fetched and no page is on its way."""
        return not parent.isValid() and not self._asking and len(self._records) < self.size

    def fetchMore(self, parent: AnyIndex) -> None:
        """Ask for the next page (it arrives later through `add_page`)."""
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(len(self._records))

    def fetch_all(self) -> None:
        """Nothing to do: filters and sorts run in the database, not over fetched rows."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the list sorted by `column` (the view calls this when a header is clicked)."""
        self.sort_wanted.emit(column, order)
