"""Tabs through a window as a person would and checks that the focus follows the reading order.

Reading order: top to bottom, and left to right within a row; a move to the top of a column further
right (the next pane) is forward too. Two widgets are compared by the parts of their nearest common
ancestor that hold them, so a field deep in the right-hand pane is placed by the pane.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QButtonGroup, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.a11y_names import describe, shown_interactive

SLACK = 6
"""Pixels two edges may overlap and still count as one after the other."""
MAX_STOPS = 400


def _ancestors(widget: QWidget) -> list[QWidget]:
    chain = [widget]
    parent = widget.parentWidget()
    while not chain[-1].isWindow() and parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    return chain


def _parts(a: QWidget, b: QWidget) -> tuple[QRect, QRect] | None:
    """The rectangles of the children of a and b's nearest common ancestor that hold them."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    common = next((w for w in up_a if w in up_b), None)
    if common is None or common is a or common is b:
        return None  # one holds the other: entering or leaving a container is never backwards
    part_a, part_b = up_a[up_a.index(common) - 1], up_b[up_b.index(common) - 1]
    return part_a.geometry(), part_b.geometry()


def backwards(a: QWidget, b: QWidget) -> bool:
    """Whether moving the focus from `a` to `b` goes against the reading order."""
    parts = _parts(a, b)
    if parts is None:
        return False
    first, then = parts
    same_row = then.top() < first.bottom() - SLACK and first.top() < then.bottom() - SLACK
    if same_row:
        return then.center().x() < first.center().x() - SLACK
    below = then.top() >= first.bottom() - SLACK
    next_column = then.left() >= first.right() - SLACK
    return not (below or next_column)


def first_in_reading_order(widgets: list[QWidget], window: QWidget) -> QWidget:
    """The widget a reader meets first: topmost, then leftmost (in window coordinates)."""
    def place(w: QWidget) -> tuple[int, int]:
        corner = w.mapTo(window, w.rect().topLeft())
        return corner.y() // 12, corner.x()

    return min(widgets, key=place)


def tab_stops(qtbot: QtBot, window: QWidget, start: QWidget) -> tuple[list[QWidget], list[str]]:
    """Press Tab from `start` until the focus comes back to it; the stops and any widget that kept Tab."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window())
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    stops: list[QWidget] = [start]
    kept: list[str] = []
    for _ in range(MAX_STOPS):
        here = QApplication.focusWidget()
        assert here is not None
        QTest.keyClick(here, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is here:
            kept.append(f"{describe(here)} keeps the Tab key")
            return stops, kept
        if now is None or now is start:
            return stops, kept
        stops.append(now)
    kept.append(f"Tab never came back to {describe(start)}: {len(stops)} stops")
    return stops, kept


def order_problems(stops: list[QWidget]) -> list[str]:
    """Tab moves against the reading order, beyond the one where the cycle starts again.

    Tab goes round in a cycle, and where a window's cycle starts is arbitrary: in reading order there
    is exactly one move back (from the last control to the first).
    """
    back = [f"Tab goes back from {describe(a)} to {describe(b)}"
            for a, b in pairwise([*stops, stops[0]]) if backwards(a, b)]
    return back if len(back) > 1 else []


def _one_of_a_group(widget: QWidget) -> bool:
    """An unchecked button of an exclusive group: Tab stops only at the checked one (arrows move)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable() or widget.isChecked():
        return False
    group: QButtonGroup | None = widget.group()
    return (group is not None and group.exclusive()) or widget.autoExclusive()


def tab_targets(window: QWidget) -> list[QWidget]:
    """The widgets Tab should reach in `window` as it is shown now."""
    return [w for w in shown_interactive(window)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and w.isVisible()
            and not _one_of_a_group(w)]


def tab_problems(qtbot: QtBot, window: QWidget) -> list[str]:
    """Tab through `window` from the first control in reading order: what is out of order or missed."""
    window = window.window()
    targets = tab_targets(window)
    if not targets:
        return []
    stops, kept = tab_stops(qtbot, window, first_in_reading_order(targets, window))
    missed = [f"Tab never reaches {describe(w)}" for w in targets if w not in stops]
    return kept + order_problems(stops) + missed
