"""A table model over prepared records that hands rows to the view in batches (fetchMore)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from barnearket.ui.coordinator.records import Column, Record

CASE_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 200
LATE_ROW = QColor("#fdecee")
LATE_TEXT = QColor("#a3141f")
AnyIndex = QModelIndex | QPersistentModelIndex


@cache
def late_icon() -> QIcon:
    """The sign beside a passed deadline, so that it does not depend on seeing red."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def late_text(text: str) -> str:
    """What a screen reader says for a cell whose deadline has passed."""
    return QApplication.translate("RecordModel", "%1 (fristen er passert)").replace("%1", text)


class RecordModel(QAbstractTableModel):
    """Rows are prepared records; only the first `BATCH` are shown until the view asks for more.

    Roles: CASE_ROLE (the case id a row opens), OVERDUE_ROLE (True when any deadline has passed).
    Overdue rows get a light red background; the overdue cell itself is bold dark red with a warning
    sign, and a screen reader hears that its deadline has passed.
    """

    def __init__(self, columns: Sequence[Column[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._records: list[Record] = []
        self._shown = 0
        self._bold = QFont()
        self._bold.setBold(True)

    def set_records(self, records: Sequence[Record]) -> None:
        """Replace every row; the first batch becomes visible."""
        self.beginResetModel()
        self._records = list(records)
        self._shown = min(BATCH, len(self._records))
        self.endResetModel()

    @property
    def records(self) -> list[Record]:
        """Every record, also those not yet handed to the view."""
        return self._records

    def record(self, row: int) -> Record:
        """The record shown in a row."""
        return self._records[row]

    def fetch_all(self) -> None:
        """Hand every remaining row to the view (before sorting or filtering the whole list)."""
        while self.canFetchMore(QModelIndex()):
            self._fetch(len(self._records))

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """True while rows remain that the view has not been given."""
        return not parent.isValid() and self._shown < len(self._records)

    def fetchMore(self, parent: AnyIndex) -> None:
        """Show the next batch."""
        if not parent.isValid():
            self._fetch(BATCH)

    def _fetch(self, count: int) -> None:
        more = min(count, len(self._records) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows handed to the view so far."""
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles, and what each means as tooltip."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip or None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, highlighting and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        record, column = self._records[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return record.texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return late_text(record.texts[column]) if column in record.late else record.texts[column]
        return self._decoration(record, column, role)

    def _decoration(self, record: Record, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and record.overdue:
            return QBrush(LATE_ROW)
        if role == Qt.ItemDataRole.ToolTipRole and record.overdue:
            titles = ", ".join(self.columns[i].title.lower() for i in sorted(record.late))
            return self.tr("Fristen er passert: %1").replace("%1", titles)
        late = column in record.late
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(LATE_TEXT)
        if role == Qt.ItemDataRole.FontRole and late:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and late:
            return late_icon()  # not by colour alone: a warning sign beside the red
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].centred:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CASE_ROLE:
            return record.case_id
        if role == OVERDUE_ROLE:
            return record.overdue
        return None
