"""Whether a window and its controls fit its screen: nothing cut off, at worst scrolled into reach."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from tests.ui.a11y_names import describe, shown_interactive

SLACK = 2


def _scrolled_by(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport holds `widget` directly (so it can be scrolled into view)."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def cut_off(widget: QWidget, window: QWidget) -> QWidget | None:
    """The ancestor that cuts `widget` off where no scroll area can bring it into view (None if none)."""
    current = widget
    while current is not window and not current.isWindow():
        area = _scrolled_by(current)
        if area is not None:
            current = area  # reachable by scrolling; the scroll area itself must be in view
            continue
        parent = current.parentWidget()
        if parent is None:
            return None
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(current.geometry()):
            return parent
        current = parent
    return None


def fit_problems(window: QWidget) -> list[str]:
    """The window larger than its screen's free area, and controls that are cut off."""
    window = window.window()
    free = window.screen().availableGeometry().size()
    size = window.frameGeometry().size()
    found = []
    if size.width() > free.width() or size.height() > free.height():
        found.append(f"{describe(window)} is {size.width()}×{size.height()}, the screen {free.width()}×"
                     f"{free.height()}")
    for widget in shown_interactive(window):
        cutter = cut_off(widget, window) if widget.isVisible() else None
        if cutter is not None:
            found.append(f"{describe(widget)} is cut off by {describe(cutter)}")
    return found
