"""A sortable, filterable table of prepared records whose double-click opens the row's case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from barnearket.ui.coordinator.filterbar import FilterBar
from barnearket.ui.coordinator.model import CASE_ROLE, RecordModel
from barnearket.ui.coordinator.proxy import RecordFilter
from barnearket.ui.coordinator.records import Column, Record
from barnearket.ui.coordinator.tableview import dress_view, lay_out
from barnearket.ui.widgets import MUTED_STYLE


class RecordTable(QWidget):
    """The model, its filter proxy, the view, the filters and a «x of y» count.

    Attributes:
        model, proxy, view, filters, count: the parts (tests drive them).

    Signals:
        case_activated(int): a row was activated (double-click, or Enter on the selected row).
    """

    case_activated = Signal(int)

    def __init__(self, columns: Sequence[Column[Any]], name: str, empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = empty
        self.model = RecordModel(columns, self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar(columns, self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)
        self.count = QLabel(self)
        self.count.setStyleSheet(MUTED_STYLE)
        self._build(name)
        self.filters.changed.connect(self._filter)
        self.view.activated.connect(self._activated)

    def _build(self, name: str) -> None:
        lay_out(self, self.filters, self.view, self.count)
        dress_view(self.view, self.proxy, name, self.model.columns)
        self.view.setAlternatingRowColors(False)

    def set_records(self, records: Sequence[Record]) -> None:
        """Show new rows; the filters and the sort the user chose stay in force."""
        self.model.set_records(records)
        self.filters.set_choices(records)
        self.proxy.prime()
        self._count()

    def _filter(self) -> None:
        self.proxy.set_filter(self.filters.query(), self.filters.buckets())
        self._count()

    def _count(self) -> None:
        total = len(self.model.records)
        if total == 0:
            text = self._empty
        elif self.proxy.active:
            shown = str(self.proxy.rowCount())
            text = self.tr("Viser %1 av %2").replace("%1", shown).replace("%2", str(total))
        else:
            text = self.tr("%1 i alt").replace("%1", str(total))
        self.count.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ROLE)
        if isinstance(case_id, int):
            self.case_activated.emit(case_id)
