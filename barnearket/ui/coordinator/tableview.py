"""The one look and behaviour of the coordinator's tables: the queues' and the paged overview's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from barnearket.ui.coordinator.filterbar import FilterBar
from barnearket.ui.coordinator.records import Column


def lay_out(owner: QWidget, filters: FilterBar, view: QTableView, count: QLabel) -> None:
    """Filters above, the table, the count below."""
    box = QVBoxLayout(owner)
    box.setContentsMargins(0, 4, 0, 0)
    box.addWidget(filters)
    box.addWidget(view, 1)
    box.addWidget(count)


def dress_view(view: QTableView, model: QAbstractItemModel, name: str,
               columns: Sequence[Column[Any]]) -> None:
    """Whole rows, one at a time, read only, sortable by header, each column as wide as its sample."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    bold = QFontMetrics(header.font())
    for index, column in enumerate(columns):
        wide = max(metrics.horizontalAdvance(column.sample), bold.horizontalAdvance(column.title))
        header.resizeSection(index, wide + 18)
