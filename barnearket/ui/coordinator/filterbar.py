"""The overview's filters: a free-text search and one choice per column, as a spec that can be saved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from barnearket.ui.coordinator.records import Column, Record, bucket_choices

TEXT_KEY = "text"
PER_ROW = 5


class FilterBar(QWidget):
    """A search field and a combo box for each column that has filter choices.

    Attributes:
        search: the free-text field.
        combos: column index -> its combo box (first item «alle», data is the bucket id).

    Signals:
        changed(): the query or a choice changed.
    """

    changed = Signal()

    def __init__(self, columns: Sequence[Column[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søk i saksnummer, enhet, ansvarlig, steg …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søk i oversikten"))
        self.combos: dict[int, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, PER_ROW - 2)
        self._grid = grid
        for index, column in enumerate(c for c in self._columns if c.bucket):
            combo = self._combo(column)
            self.combos[self._columns.index(column)] = combo
            grid.addWidget(combo, 1 + index // PER_ROW, index % PER_ROW)
        self.search.textChanged.connect(self.changed)

    def place_beside_search(self, widget: QWidget) -> None:
        """Put another control (the saved filters) on the search field's row."""
        self._grid.addWidget(widget, 0, PER_ROW - 2, 1, 2)

    def _combo(self, column: Column[Any]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Filter: %1").replace("%1", column.title))
        combo.setToolTip(column.title)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("%1: alle").replace("%1", column.title), "")
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def set_choices(self, records: Sequence[Record]) -> None:
        """Offer the choices present in the rows, keeping what is chosen."""
        self.offer({i: bucket_choices(records, self._columns[i], i) for i in self.combos})

    def offer(self, choices: dict[int, list[tuple[str, str]]]) -> None:
        """Offer these (id, label) choices per column index, keeping what is chosen."""
        for index, found in choices.items():
            combo, column = self.combos[index], self._columns[index]
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in found:
                combo.addItem(f"{column.title}: {text}", value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            if chosen and combo.currentIndex() == 0:  # a choice no longer offered stays chosen
                self._choose(combo, chosen, column.title)
            combo.blockSignals(False)

    def query(self) -> str:
        """The free text."""
        return self.search.text()

    def buckets(self) -> dict[int, str]:
        """Column index -> chosen bucket id, for the columns where something is chosen."""
        return {i: c.currentData() for i, c in self.combos.items() if c.currentData()}

    def spec_buckets(self) -> dict[str, str]:
        """Column key -> chosen bucket id (the spec without the search text)."""
        return {self._columns[i].key: value for i, value in self.buckets().items()}

    def spec(self) -> dict[str, str]:
        """The filter as column keys and bucket ids (what a saved filter stores)."""
        found = {self._columns[i].key: value for i, value in self.buckets().items()}
        return {TEXT_KEY: self.query(), **found} if self.query() else found

    def apply_spec(self, spec: dict[str, str]) -> None:
        """Show a saved filter (a choice no longer offered is added, so nothing is silently lost)."""
        self.blockSignals(True)
        self.search.setText(spec.get(TEXT_KEY, ""))
        for index, combo in self.combos.items():
            self._choose(combo, spec.get(self._columns[index].key, ""), self._columns[index].title)
        self.blockSignals(False)
        self.changed.emit()

    def choose(self, key: str, value: str) -> None:
        """Pick one column's choice (the overdue counts use this)."""
        for index, combo in self.combos.items():
            if self._columns[index].key == key:
                self._choose(combo, value, self._columns[index].title)

    def clear(self) -> None:
        """Remove every filter."""
        self.apply_spec({})

    @staticmethod
    def _choose(combo: QComboBox, value: str, title: str) -> None:
        found = combo.findData(value)
        if found < 0 and value:
            combo.addItem(f"{title}: {value}", value)
            found = combo.count() - 1
        combo.setCurrentIndex(max(0, found))
