"""The sheet's pages and the required answers still missing, as the models the completion sidebar shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MissingRow:
    """One missing answer: where it is (page and question) and how to show it."""

    page: int
    question_id: str
    text: str


class MissingModel(QAbstractListModel):
    """Rows of missing answers; `Qt.UserRole` holds the MissingRow itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MissingRow] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def set_rows(self, rows: list[MissingRow]) -> None:
        """Replace every row (only when something changed, so the selection survives typing)."""
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> MissingRow:
        """The missing answer in row `number`."""
        return self._rows[number]


@dataclass(frozen=True)
class PageRow:
    """One page that applies: its tab index, title and how many required answers it lacks."""

    page: int
    title: str
    missing: int


class PagesModel(QAbstractListModel):
    """The pages that apply, with "✓" or the number missing; `Qt.UserRole` holds the PageRow."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PageRow] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓" if row.missing == 0 else f"({row.missing})"
            return f"{row.title}  {mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def set_rows(self, rows: list[PageRow]) -> None:
        """Replace the rows when something changed."""
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of_page(self, page: int) -> int | None:
        """The list row showing a tab index."""
        return next((i for i, r in enumerate(self._rows) if r.page == page), None)
