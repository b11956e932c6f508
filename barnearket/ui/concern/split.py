"""A step page that puts its form beside the table when there is room, and below it when there is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

FORM_WIDTH = 400
WIDE = 960
FORM_MIN_HEIGHT = 320
TABLE_MIN_HEIGHT = 120
HANDLE_STYLE = ("QSplitter::handle { background: #d3d6da; margin: 2px; }"
                " QSplitter::handle:hover { background: #8a9099; }")


class SplitPage(QWidget):
    """A splitter with the main part first and the side part second; it turns with the width.

    Attributes:
        splitter: holds the two parts; the worker can drag the handle.
        tall: the relative heights (main, side) when the parts are stacked.
    """

    def __init__(self, parent: QWidget | None = None, *, tall: tuple[int, int] = (2, 3)) -> None:
        super().__init__(parent)
        self.tall = tall
        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.setStyleSheet(HANDLE_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.splitter)
        self._wide: bool | None = None

    def set_parts(self, main: QWidget | QLayout, side: QWidget) -> None:
        """Put the main part (a widget, or a layout that gets a holder) and the side part in place."""
        if isinstance(main, QLayout):
            holder = QWidget(self)
            holder.setLayout(main)
            main.setContentsMargins(0, 0, 0, 0)
            main = holder
        self.splitter.addWidget(main)
        self.splitter.addWidget(side)
        self._adapt(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._adapt(event.size().width())
        super().resizeEvent(event)

    def _adapt(self, width: int) -> None:
        wide = width >= WIDE
        if wide == self._wide or self.splitter.count() < 2:
            return
        self._wide = wide
        if wide:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            self.splitter.setSizes([max(width - FORM_WIDTH, 1), FORM_WIDTH])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            total = max(self.height(), 400)
            self.splitter.setSizes(stacked_sizes(total, self.tall))


def stacked_sizes(total: int, tall: tuple[int, int]) -> list[int]:
    """Heights of (table, form) when stacked: the form never gets less than room to type in."""
    main, side = tall
    form = max(total * side // (main + side), min(FORM_MIN_HEIGHT, total - TABLE_MIN_HEIGHT))
    return [total - form, form]
