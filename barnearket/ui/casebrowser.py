"""My cases: a scope choice, search-as-you-type and the sorted case table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.model import CaseStatus
from barnearket.services.search import list_cases, log_list_view, search_cases
from barnearket.ui.caselist import ID_ROLE, CaseFilterProxy, CaseListModel
from barnearket.ui.casetable import OPEN_PAUSE_MS, CaseTable
from barnearket.ui.checkout.banner import away_cases
from barnearket.ui.units import list_units
from barnearket.ui.widgets import MUTED_STYLE, add_row

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

LIST_LIMIT = 2000
SEARCH_DELAY_MS = 250
SIZE_SAMPLE_ROWS = 100
MINE, OPEN, ALL = range(3)


class CaseBrowser(QWidget):
    """Lists the cases the user may see; typing filters at once, and the service search adds hits.

    Signals:
        case_selected(int): the case id chosen in the table.
    """

    case_selected = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._units: dict[int, str] = {}
        self._first_load = True
        self._view_unlogged = False
        self.model = CaseListModel(lambda unit_id: self._units.get(unit_id, ""), self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.scope = QComboBox(self)
        self.scope.addItems([self.tr("Mine åpne saker"), self.tr("Alle åpne saker"), self.tr("Alle saker")])
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Navn, fødselsnummer eller saksnummer"))
        self.search.setClearButtonEnabled(True)
        self.table = CaseTable(self)
        self.count = QLabel(self)
        self.count.setStyleSheet(MUTED_STYLE)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._in_filter = False
        self._shown: int | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(OPEN_PAUSE_MS)
        self._pause.timeout.connect(self.open_chosen)
        self.table.open_requested.connect(self.open_chosen)
        self._build()
        self.search.textChanged.connect(self._typed)
        self._timer.timeout.connect(self._service_search)
        self.scope.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selected)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        add_row(form, self.tr("&Vis:"), self.scope)
        add_row(form, self.tr("Sø&k:"), self.search)
        box.addLayout(form)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Saker"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)  # sizing from every row is slow
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.hideColumn(2)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)

    def reload(self, *, read_only: bool = False) -> None:
        """Load the chosen scope again from the file (keeps the selection if it is still there).

        `read_only`: without the audit row for the view, while the file is still checked at unlock;
        `log_view` writes that row once writing may begin.
        """
        if not self._ctx.is_open or self._ctx.actor is None:
            return
        chosen = self.current_case_id()
        scope = self.scope.currentIndex()
        with self._ctx.reading() if read_only else self._ctx.unit_of_work() as sctx:
            self._units = dict(list_units(sctx))
            cases = list_cases(sctx, status=None if scope == ALL else CaseStatus.OPEN,
                               responsible_id=sctx.actor.user_id if scope == MINE else None,
                               limit=LIST_LIMIT, log_view=not read_only)
        self._view_unlogged = read_only
        self.model.set_cases(cases)
        self.model.set_away(away_cases(self._ctx, [c.id for c in cases], short=True))
        if self._first_load and not cases and scope == MINE:
            self._first_load = False
            self.scope.blockSignals(True)  # the reload just below keeps `read_only`
            self.scope.setCurrentIndex(OPEN)
            self.scope.blockSignals(False)
            self.reload(read_only=read_only)
            return
        self._first_load = False
        self._typed(self.search.text())
        if chosen is not None:
            self.select_case(chosen)

    def log_view(self) -> None:
        """The audit row for a list read with `reload(read_only=True)` (once, when writing may begin)."""
        if self._view_unlogged and self._ctx.is_open:
            with self._ctx.unit_of_work() as sctx:
                log_list_view(sctx)
        self._view_unlogged = False

    def _typed(self, text: str) -> None:
        self._filtering(lambda: self.proxy.set_query(text))
        self._update_count()
        if len(text.strip()) >= 2:
            self._timer.start()

    def _service_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2 or not self._ctx.is_open:
            return
        with self._ctx.unit_of_work() as sctx:
            found = search_cases(sctx, text, limit=200)
        def merge() -> None:
            self.model.add_cases(found)
            self.proxy.set_hits(frozenset(c.id for c in found))
        self._filtering(merge)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 av %2 saker").replace("%1", str(shown)).replace("%2", str(total))
        chosen = self.current_case_id()
        if chosen is not None and chosen != self._shown:
            text += self.tr(" · Enter åpner den valgte saken")
        self.count.setText(text)

    def current_case_id(self) -> int | None:
        """The selected case, if any."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_case(self, case_id: int) -> bool:
        """Select a case in the table (False if it is filtered out or not loaded)."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _filtering(self, change: Callable[[], None]) -> None:
        """Filter the list without switching the case shown: Qt may move the selection meanwhile."""
        self._in_filter = True
        try:
            change()
        finally:
            self._in_filter = False
        if self._shown is not None and self.current_case_id() != self._shown:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            try:
                if not self.select_case(self._shown):
                    self.table.clearSelection()
            finally:
                selection.blockSignals(False)
            self.table.viewport().update()

    def _selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        """Only a choice of another case opens it; filtering and re-selecting the same case do not.

        Arrow keys only move the choice: Enter, or a pause on the row, opens it.
        """
        case_id = self.current_case_id()
        if self._in_filter or case_id is None or case_id == self._shown:
            self._pause.stop()
            self._update_count()
            return
        if self.table.moving_by_keys:
            self._pause.start()
            self._update_count()
            return
        self._open(case_id)

    def open_chosen(self) -> None:
        """Open the case chosen in the table (Enter, or the pause after arrow keys)."""
        self._pause.stop()
        case_id = self.current_case_id()
        if case_id is None and self.table.currentIndex().isValid():  # Tab lands on a row, unchosen
            case_id = int(self.table.currentIndex().siblingAtColumn(0).data(ID_ROLE))
        if case_id is not None and case_id != self._shown and not self._in_filter:
            self._open(case_id)

    def _open(self, case_id: int) -> None:
        self._pause.stop()
        self._shown = case_id
        self.table.mark_shown(case_id)
        self._update_count()
        self.case_selected.emit(case_id)
