"""Hides and shows the left pane (what needs me now and the case list) with a button and Ctrl+B."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

TOGGLE_KEYS = "Ctrl+B"
HANDLE_STYLE = ("QSplitter::handle:horizontal { background: #d3d6da; margin: 0 2px; }"
                " QSplitter::handle:horizontal:hover { background: #8a9099; }")
LIST_WIDTH = 400


class CaseListToggle(QObject):
    """One action that hides the case list, or shows it again; its text says which.

    Attributes:
        action: for the toolbar and the Sak menu.
        shown: True while the list is shown.
    """

    def __init__(self, split: QSplitter, pane: QWidget, list_focus: QWidget, view_focus: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._split, self._pane = split, pane
        self._list_focus, self._view_focus = list_focus, view_focus
        self._width = LIST_WIDTH
        split.setHandleWidth(9)
        split.setStyleSheet(HANDLE_STYLE)
        split.setCollapsible(0, True)
        split.splitterMoved.connect(self._moved)
        self.shown = True
        self.action = QAction(self)
        self.action.setShortcut(QKeySequence(TOGGLE_KEYS))
        self.action.triggered.connect(lambda: self.show_list(not self.shown))
        self._label(True)

    def _label(self, shown: bool) -> None:
        text = self.tr("Skjul &sakslisten") if shown else self.tr("Vis &sakslisten")
        self.action.setText(text)
        self.action.setToolTip(f"{text.replace('&', '')} ({TOGGLE_KEYS})")

    def show_list(self, shown: bool) -> None:
        """Show or hide the left pane; the focus moves to the side that stays."""
        self.shown = shown
        total = sum(self._split.sizes())
        if shown:
            self._pane.show()
            self._split.setSizes([self._width, max(total - self._width, 1)])
            self._list_focus.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            if self._pane.width() > 0:
                self._width = self._pane.width()
            focus = QApplication.focusWidget()
            had_focus = focus is None or self._pane.isAncestorOf(focus)
            self._pane.hide()
            if had_focus:
                self._view_focus.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._label(shown)

    def _moved(self, _pos: int, _index: int) -> None:
        """Dragging the handle all the way left counts as hiding the list."""
        collapsed = self._split.sizes()[0] == 0
        if collapsed == self.shown:
            self.shown = not collapsed
            self._label(self.shown)
