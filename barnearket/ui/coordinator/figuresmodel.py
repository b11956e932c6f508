"""The year's figures as a table: one row per figure, the whole period, then each month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from barnearket.services.overview.figures import Figure, YearFigures
from barnearket.services.overview.labels import DEFINITIONS, LABELS, MONTHS, number_text

FIGURE_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex


def figure_label(figure: Figure) -> str:
    """The figure's Norwegian name."""
    return QCoreApplication.translate("Figures", LABELS[figure.id])


def month_short(month: str) -> str:
    """«2026-03» as «mar», with the year when the period spans more than one."""
    return QCoreApplication.translate("Figures", MONTHS[int(month[5:]) - 1])


class FiguresModel(QAbstractTableModel):
    """Rows are figures; column 0 the name, 1 the whole period, then one column per month.

    Roles: FIGURE_ROLE (the Figure of the row).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures: YearFigures | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_figures(self, figures: YearFigures) -> None:
        """Show new figures."""
        self.beginResetModel()
        self._figures = figures
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per figure."""
        return 0 if parent.isValid() or self._figures is None else len(self._figures.figures)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Name, total and the months."""
        return 0 if parent.isValid() or self._figures is None else 2 + len(self._figures.months)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """«Tall», «Hele perioden» and the months."""
        if (self._figures is None or orientation != Qt.Orientation.Horizontal
                or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < self.columnCount()):
            return None
        if section < 2:
            return (self.tr("Tall"), self.tr("Hele perioden"))[section]
        month = self._figures.months[section - 2]
        years = {m[:4] for m in self._figures.months}
        return f"{month_short(month)} {month[2:4]}" if len(years) > 1 else month_short(month)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Numbers (medians with one decimal), the definition as tooltip, and FIGURE_ROLE."""
        if self._figures is None or not index.isValid() or index.row() >= len(self._figures.figures):
            return None
        figure, column = self._figures.figures[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return figure_label(figure)
            return number_text(figure.total if column == 1 else figure.months[column - 2])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Figures", DEFINITIONS[figure.id])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 1:
            return self._bold
        if role == FIGURE_ROLE:
            return figure
        return None
