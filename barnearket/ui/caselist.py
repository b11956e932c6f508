"""The case list: one item model over case summaries, and a proxy that sorts and filters it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from barnearket.domain.collation import search_key, sort_key
from barnearket.domain.text import clean_line
from barnearket.services.search import CaseSummary
from barnearket.ui.widgets import qtr

ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
HEADERS = (QT_TRANSLATE_NOOP("CaseListModel", "Saksnr."), QT_TRANSLATE_NOOP("CaseListModel", "Bruker"),
           QT_TRANSLATE_NOOP("CaseListModel", "Enhet"), QT_TRANSLATE_NOOP("CaseListModel", "Barn"),
           QT_TRANSLATE_NOOP("CaseListModel", "Bekymringer"))
AnyIndex = QModelIndex | QPersistentModelIndex



class CaseListModel(QAbstractTableModel):
    """Rows are case summaries with cached display, sort and search values.

    Roles: ID_ROLE (case id), SUMMARY_ROLE (the CaseSummary), SORT_ROLE (Norwegian collation key),
    SEARCH_ROLE (caseless text the search matches against).
    """

    def __init__(self, unit_name: Callable[[int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unit_name = unit_name
        self._rows: list[CaseSummary] = []
        self._search: list[str] = []
        self._index: dict[int, int] = {}
        self._ranks: dict[int, list[int]] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._away: dict[int, str] = {}

    def set_away(self, marks: dict[int, str]) -> None:
        """The cases taken along to a laptop, with their mark («tatt med av … kl. …»)."""
        self._away = dict(marks)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(cases)
        self._search = [search_key(f"{c.number} {c.parent_name}") for c in self._rows]
        self._index = {c.id: i for i, c in enumerate(self._rows)}
        self._ranks = {}
        self.endResetModel()
        if self._order is not None:
            self.sort(*self._order)

    def add_cases(self, cases: Sequence[CaseSummary]) -> None:
        """Append the cases not yet in the list (search hits outside the loaded page)."""
        known = {c.id for c in self._rows}
        new = [c for c in cases if c.id not in known]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self._search.extend(search_key(f"{c.number} {c.parent_name}") for c in new)
        self._index.update((c.id, first + i) for i, c in enumerate(new))
        self._ranks = {}
        self.endInsertRows()
        if self._order is not None:
            self.sort(*self._order)

    def row_of(self, case_id: int) -> int:
        """The row of a case, or -1."""
        return self._index.get(case_id, -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of cases (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return qtr("CaseListModel", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text per column, and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == ID_ROLE:
            return case.id
        if role == SUMMARY_ROLE:
            return case
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == SORT_ROLE:
            return self._sort_value(index.row(), case, column)
        if role == Qt.ItemDataRole.ToolTipRole and case.id in self._away:
            return f"{case.parent_name}\n{self._away[case.id]}"
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return f"{case.parent_name}\n{self._unit_name(case.unit_id)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows in Python once (Norwegian order for names), keeping selections.

        The filter proxy leaves sorting to this model: a proxy sort calls `data()` in Python for every
        comparison, which made clearing a search on thousands of rows stall the window.
        """
        self._order = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in persistent]
        places = sorted(range(len(self._rows)), key=lambda i: self._sort_value(i, self._rows[i], column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in places]
        self._search = [self._search[i] for i in places]
        self._index = {c.id: i for i, c in enumerate(self._rows)}
        self._ranks = {}
        moved = [self.index(self._index[i], p.column()) for i, p in zip(ids, persistent, strict=True)]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _rank(self, column: int) -> list[int]:
        """Each row's place in Norwegian order for a text column, computed once per change.

        Sorting then compares plain integers inside Qt instead of calling Python per comparison.
        """
        ranks = self._ranks.get(column)
        if ranks is None:
            text = (lambda c: c.parent_name) if column == 1 else (lambda c: self._unit_name(c.unit_id))
            order = sorted(range(len(self._rows)), key=lambda i: sort_key(text(self._rows[i])))
            ranks = [0] * len(self._rows)
            for place, row in enumerate(order):
                ranks[row] = place
            self._ranks[column] = ranks
        return ranks

    def _display(self, case: CaseSummary, column: int) -> str:
        if column == 0 and case.id in self._away:
            return f"{case.number} ⇡"
        if column == 1 and case.id in self._away:
            return f"{case.parent_name} – {self._away[case.id]}"
        values = (case.number, case.parent_name, self._unit_name(case.unit_id),
                  str(case.children), str(case.open_concerns) if case.open_concerns else "")
        return values[column]

    def _sort_value(self, row: int, case: CaseSummary, column: int) -> Any:
        if column in (1, 2):
            return self._rank(column)[row]
        if column == 3:
            return case.children
        if column == 4:
            return case.open_concerns
        return case.number


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters by a caseless query (æøå and Sami letters) and sorts in Norwegian order.

    Cases the service search found (by a child's name or an identity number) stay visible too.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._hits: frozenset[int] = frozenset()
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        """Show only cases whose number or parent's name contains `text`."""
        self.beginFilterChange()
        self._query = search_key(clean_line(text).text)
        self._hits = frozenset()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hits(self, case_ids: frozenset[int]) -> None:
        """Also show these cases (found by the service search)."""
        self.beginFilterChange()
        self._hits = case_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (once, in Python); this proxy only filters."""
        source = self.sourceModel()
        if isinstance(source, CaseListModel) and column >= 0:
            source.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """A row passes when the query is empty, matches locally, or was found by the service."""
        if not self._query:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return self._query in model.data(index, SEARCH_ROLE) or model.data(index, ID_ROLE) in self._hits

