"""The sheet's pages and the required answers still missing, as the models the completion sidebar shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class MissingRow:
    """One missing answer: where it is (page and question) and how to show it."""

    page: int
    question_id: str
    text: str


@dataclass(frozen=True)
class PageRow:
    """One page that applies: its tab index, title and how many required answers it lacks."""

    page: int
    title: str
    missing: int
    answered: int = 1


class _RowListModel(QAbstractListModel, Generic[RowT]):
    """A read-only list of frozen rows; `Qt.UserRole` holds the row itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None

    def display(self, row: RowT) -> str:
        """The text shown for a row."""
        raise NotImplementedError

    def tooltip(self, row: RowT) -> str:
        """The tooltip of a row (the shown text unless a subclass says otherwise)."""
        return self.display(row)

    def set_rows(self, rows: list[RowT]) -> None:
        """Replace every row (only when something changed, so the selection survives typing)."""
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> RowT:
        """The row at `number`."""
        return self._rows[number]


class MissingModel(_RowListModel[MissingRow]):
    """Rows of missing answers."""

    def display(self, row: MissingRow) -> str:
        """The missing question's text."""
        return row.text


class PagesModel(_RowListModel[PageRow]):
    """The pages that apply, with "✓" or the number missing."""

    def display(self, row: PageRow) -> str:
        """The page title with its state."""
        if row.missing:
            mark = f"({row.missing})"
        else:
            mark = "✓" if row.answered else QCoreApplication.translate("sheet", "– ikke besvart")
        return f"{row.title}  {mark}"

    def tooltip(self, row: PageRow) -> str:
        """The plain page title."""
        return row.title

    def row_of_page(self, page: int) -> int | None:
        """The list row showing a tab index."""
        return next((i for i, r in enumerate(self._rows) if r.page == page), None)
