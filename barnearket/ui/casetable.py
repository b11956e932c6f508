"""The case table: arrow keys only move the choice, Enter (or a pause) opens the case, Tab leaves."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from barnearket.ui.caselist import ID_ROLE

OPEN_PAUSE_MS = 900
OPEN_TINT = "#fbe9b7"
OPEN_MARK = "➜"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class OpenCaseDelegate(QStyledItemDelegate):
    """Tints the row of the case that is open, so a moved selection is told apart from it, and marks it
    with an arrow too (not by colour alone)."""

    def __init__(self, table: CaseTable) -> None:
        super().__init__(table)
        self._table = table

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        shown = self._table.shown_id
        if shown is not None and index.model().index(index.row(), 0).data(ID_ROLE) == shown:
            option.backgroundBrush = QBrush(QColor(OPEN_TINT))
            if index.column() == 0:
                option.text = f"{OPEN_MARK} {option.text}"


class CaseTable(QTableView):
    """A table whose keyboard moves do not open cases by themselves.

    Attributes:
        moving_by_keys: True while a key press is being handled (the browser then waits).
        shown_id: the case open in the case view (its row is tinted).

    Signals:
        open_requested(): Enter or Return on the chosen row.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moving_by_keys = False
        self.shown_id: int | None = None
        self.setTabKeyNavigation(False)
        self.setItemDelegate(OpenCaseDelegate(self))
        self.setAccessibleDescription(self.tr("Piltastene velger en sak, Enter åpner den."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                           Qt.KeyboardModifier.KeypadModifier):
            self.open_requested.emit()
            event.accept()
            return
        self.moving_by_keys = True
        try:
            super().keyPressEvent(event)
        finally:
            self.moving_by_keys = False

    def mark_shown(self, case_id: int | None) -> None:
        """Remember and draw which case is open."""
        self.shown_id = case_id
        self.viewport().update()
