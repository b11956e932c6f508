"""The overview's table: the database filters, sorts and pages the open concerns; the view shows a
page and asks for the next one when it is scrolled to the end."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from barnearket.domain.collation import search_key
from barnearket.domain.text import clean_line
from barnearket.services.context import ServiceContext
from barnearket.services.overview.columnsql import OverviewQuery
from barnearket.services.overview.paging import PAGE, OverviewChoices, overview_page, overview_size
from barnearket.ui.coordinator.filterbar import FilterBar
from barnearket.ui.coordinator.model import CASE_ROLE
from barnearket.ui.coordinator.pagedmodel import PagedModel
from barnearket.ui.coordinator.records import Column, Record, prepare
from barnearket.ui.coordinator.tableview import dress_view, lay_out
from barnearket.ui.readjobs import JobRunner
from barnearket.ui.widgets import MUTED_STYLE

SETTLE_MS = 150
"""Typing waits this long for the next key before the database is asked."""


def fetch_page(sctx: ServiceContext, columns: Sequence[Column[Any]], query: OverviewQuery,
               offset: int, size: int = PAGE) -> list[Record]:
    """Worker thread: one page of the overview, prepared for the table."""
    return prepare(overview_page(sctx, query, offset, size), columns, lambda r: r.case_id)


class OverviewTable(QWidget):
    """The paged model, the view, the filters and a «x of y» count.

    Attributes:
        model, view, filters, count: the parts (tests drive them).
        page_size: rows per page.
        total: how many open concerns there are without any filter (from the last load).

    Signals:
        case_activated(int): a row was activated (double-click, or Enter on the selected row).
        refreshed(): the first page of a new filter or sort is shown.
        failed(str): a page could not be fetched (the message, or "" when there is none to show).
    """

    case_activated = Signal(int)
    refreshed = Signal()
    failed = Signal(str)

    def __init__(self, columns: Sequence[Column[Any]], jobs: JobRunner, name: str, empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns, self._jobs, self._empty = list(columns), jobs, empty
        self._keys = [c.key for c in self._columns]
        self._sort: tuple[str | None, bool] = (None, False)
        self.total = 0
        self.page_size = PAGE
        self.model = PagedModel(columns, self)
        self.filters = FilterBar(columns, self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)
        self.count = QLabel(self)
        self.count.setStyleSheet(MUTED_STYLE)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._build(name)
        self.filters.set_choices([])  # the fixed choices; units and people come with `show_choices`
        self._settle.timeout.connect(self.requery)
        self.filters.changed.connect(self._settle.start)
        self.model.sort_wanted.connect(self._sorted)
        self.model.more_wanted.connect(self._more)
        self.view.activated.connect(self._activated)

    def _build(self, name: str) -> None:
        lay_out(self, self.filters, self.view, self.count)
        dress_view(self.view, self.model, name, self._columns)

    @property
    def active(self) -> bool:
        """True while a search or a column choice narrows the list."""
        return bool(self.filters.query().strip() or self.filters.buckets())

    def query(self) -> OverviewQuery:
        """What the filters and the sort ask for, with the steps and levels whose labels match the search."""
        text = clean_line(self.filters.query()).text.strip()
        steps, levels = self._labels_matching(text)
        sort, descending = self._sort
        return OverviewQuery(filters=self.filters.spec_buckets(), text=text, text_steps=steps,
                             text_levels=levels, sort=sort, descending=descending)

    def _labels_matching(self, text: str) -> tuple[frozenset[str], frozenset[int]]:
        key = search_key(text)
        if not key:
            return frozenset(), frozenset()
        found: dict[str, set[str]] = {"step": set(), "level": set()}
        for column in self._columns:
            if column.key in found:
                found[column.key] = {v for v, label in column.choices.items() if key in search_key(label)}
        return frozenset(found["step"]), frozenset(int(v) for v in found["level"] if v.lstrip("-").isdigit())

    def show_page(self, query: OverviewQuery, records: Sequence[Record], size: int) -> None:
        """Show the first page of `query` (dropped when the filters have changed since it was asked)."""
        if query != self.query():
            return
        self.model.set_page(records, size)
        self._count()

    def show_choices(self, choices: OverviewChoices) -> None:
        """Offer the units and people present among the open concerns in their filters."""
        offered: dict[int, list[tuple[str, str]]] = {}
        for key, names in (("unit", choices.units), ("responsible", choices.people)):
            if key in self._keys and self._keys.index(key) in self.filters.combos:
                offered[self._keys.index(key)] = [(n, n) for n in names]
        self.filters.offer(offered)

    def requery(self) -> None:
        """Ask the database for the first page and the size of what the filters and sort now say."""
        self._settle.stop()
        query, columns, narrowed, size = self.query(), self._columns, self.active, self.page_size
        self.count.setText(self.tr("Henter …"))
        self._jobs.submit("overview.page", lambda sctx: (fetch_page(sctx, columns, query, 0, size),
                                                         overview_size(sctx, query) if narrowed else None),
                          lambda result: self._requeried(query, result), self._failed)

    def _requeried(self, query: OverviewQuery, result: tuple[list[Record], int | None]) -> None:
        records, size = result
        self.show_page(query, records, self.total if size is None else size)
        self.refreshed.emit()

    def set_total(self, total: int) -> None:
        """How many open concerns there are without a filter (the summary counted them)."""
        self.total = total
        if not self.active:
            self.model.size = max(total, len(self.model.records))
        self._count()

    def _more(self, offset: int) -> None:
        query, columns, size = self.query(), self._columns, self.page_size
        self._jobs.submit("overview.more", lambda sctx: fetch_page(sctx, columns, query, offset, size),
                          lambda records: self._add(query, offset, records),
                          lambda _message: self.model.page_failed())

    def _add(self, query: OverviewQuery, offset: int, records: list[Record]) -> None:
        if query == self.query() and offset == len(self.model.records):
            self.model.add_page(records)
        else:
            self.model.page_failed()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        wanted = (self._keys[column] if 0 <= column < len(self._keys) else None,
                  order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.requery()

    def _failed(self, message: str) -> None:
        self.model.page_failed()
        self.count.setText(message or self.tr("Kunne ikke hente oversikten. Prøv igjen."))
        self.failed.emit(message)

    def _count(self) -> None:
        size = self.model.size
        if self.total == 0 and size == 0:
            text = self._empty
        elif self.active:
            text = self.tr("Viser %1 av %2").replace("%1", str(size)).replace("%2", str(self.total))
        else:
            text = self.tr("%1 i alt").replace("%1", str(size))
        self.count.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ROLE)
        if isinstance(case_id, int):
            self.case_activated.emit(case_id)
