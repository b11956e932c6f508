"""The case's concerns as a list model, and the proxy that puts open ones first and hides closed ones."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from barnearket.domain.model import Concern

_Index = QModelIndex | QPersistentModelIndex
CONCERN_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Describe = Callable[[Concern], str]


class ConcernListModel(QAbstractListModel):
    """One row per concern; the text comes from `describe` (child, status, step, deadline)."""

    def __init__(self, describe: Describe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._rows: list[tuple[Concern, str]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        concern, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == CONCERN_ROLE:
            return concern
        if role == ID_ROLE:
            return concern.id
        if role == SORT_ROLE:
            return f"{0 if concern.is_open else 1}{9_999_999 - concern.arose_on.toordinal():07d}"
        return None

    def set_concerns(self, concerns: Sequence[Concern]) -> None:
        """Replace every row (the display texts are computed once here)."""
        self.beginResetModel()
        self._rows = [(c, self._describe(c)) for c in concerns]
        self.endResetModel()


class ConcernProxy(QSortFilterProxyModel):
    """Open concerns first, newest first; closed ones only when asked for."""

    def __init__(self, source: ConcernListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_closed = True
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.sort(0)

    def set_show_closed(self, show: bool) -> None:
        """Whether closed concerns are listed."""
        self.beginFilterChange()
        self.show_closed = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.show_closed:
            return True
        concern = self.sourceModel().index(source_row, 0, source_parent).data(CONCERN_ROLE)
        return isinstance(concern, Concern) and concern.is_open
