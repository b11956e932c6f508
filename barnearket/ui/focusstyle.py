"""A clearly visible keyboard focus: Fusion with a 2 px blue outline around whatever has the focus.

Fusion marks focus with a faint dotted or pale line that disappears on a laptop screen in daylight.
This proxy draws the focus frame (buttons, check boxes, tabs, the current cell of a table) as a
solid outline, and outlines focused push buttons, item views, text boxes and the PDF preview too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTabBar,
    QWidget,
)

FOCUS = QColor("#1a5fb4")
_OUTLINED = (QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_FrameFocusRect)


def outline(painter: QPainter, rect: QRectF, width: float = 2.0) -> None:
    """The focus outline inside `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(FOCUS, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


class FocusStyle(QProxyStyle):
    """Fusion, with a focus outline a keyboard user can see."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        """Draw as Fusion does, then the outline where something has the keyboard focus."""
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            outline(painter, QRectF(option.rect))
            return
        super().drawPrimitive(element, option, painter, widget)
        view_frame = element is QStyle.PrimitiveElement.PE_Frame and isinstance(widget, QAbstractScrollArea)
        if focused and (element in _OUTLINED or view_frame):
            outline(painter, QRectF(option.rect))


    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        """Tabs: Fusion draws no focus at all; outline the current tab while the tab bar has the focus."""
        super().drawControl(element, option, painter, widget)
        if (element is QStyle.ControlElement.CE_TabBarTab and isinstance(widget, QTabBar)
                and widget.hasFocus() and option.state & QStyle.StateFlag.State_Selected):
            outline(painter, QRectF(option.rect).adjusted(2, 2, -2, 0))


def install_focus_style(app: QApplication) -> FocusStyle:
    """Use the focus style for the whole program (in place of plain Fusion)."""
    style = FocusStyle()
    app.setStyle(style)
    return style
