"""Tab follows the reading order in the main window, also through panels built on first use.

Qt's focus chain is the order widgets were made in, and a panel built when its tab is first opened
joins the end of it. So the main window moves the focus itself: to the next (or previous) shown
control in reading order, found from the widget tree as it stands now. Siblings are read top to bottom
and left to right within a row (a pane on the right after the pane on its left), and a container's
controls come where the container stands.
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

SLACK = 6
"""Pixels two edges may overlap and still count as one after the other."""
LEAVES = (QAbstractButton, QAbstractSpinBox, QComboBox)
"""Controls whose own children are their parts (a spin box's line edit), never stops of their own; a tab
bar's scroll buttons are stops after the bar."""


def _reading(a: QWidget, b: QWidget) -> int:
    """Negative when sibling `a` is read before sibling `b`."""
    first, then = a.geometry(), b.geometry()
    if then.top() < first.bottom() - SLACK and first.top() < then.bottom() - SLACK:
        return first.center().x() - then.center().x()  # one row: left to right
    return first.top() - then.top()


def _is_leaf(widget: QWidget) -> bool:
    if isinstance(widget, QScrollArea):
        return False  # a scroll area's page holds controls of its own
    return isinstance(widget, (*LEAVES, QAbstractScrollArea))


def _stop(widget: QWidget) -> bool:
    """Whether Tab stops at the widget, as in Qt: it takes Tab and is enabled (a group of buttons that
    wants one stop gives its other buttons a focus policy without Tab, as the step path does)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def reading_chain(root: QWidget) -> list[QWidget]:
    """The shown controls under `root` that Tab stops at, in reading order (other windows left out)."""
    found: list[QWidget] = []
    children = [c for c in root.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if not c.isWindow() and c.isVisible()]
    for child in sorted(children, key=cmp_to_key(_reading)):
        leaf = _is_leaf(child)
        if _stop(child) and (leaf or child.focusProxy() is None):  # a tab widget's proxy is its bar
            found.append(child)
        if not leaf:
            found += reading_chain(child)
    return found


def _position(chain: list[QWidget], here: QWidget | None) -> int | None:
    """Where the focused widget stands in the chain: itself, else the nearest control holding it."""
    if here is None:
        return None
    exact = next((i for i, w in enumerate(chain) if w is here), None)
    if exact is not None:
        return exact
    holders = [i for i, w in enumerate(chain) if w.isAncestorOf(here)]
    return holders[-1] if holders else None


def move_focus(window: QWidget, forward: bool) -> bool:
    """Give the focus to the control after (or before) the focused one in reading order."""
    chain = reading_chain(window)
    if not chain:
        return False
    index = _position(chain, QApplication.focusWidget())
    if index is None:
        target = chain[0] if forward else chain[-1]
    else:
        target = chain[(index + (1 if forward else -1)) % len(chain)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True
