"""Gives every interactive widget an accessible name (and a description where there is help to give),
taken from what a sighted person reads beside it, so that no window needs its own naming code.

Qt already names a button by its text and a field by the label whose buddy it is or by the group box
it sits in. For the rest, `name_widget` reads the label in front of the field in its layout (the form
row's label, the cell to the left in a grid, the label before it in a row or column), the placeholder
text or the tool tip. An application-wide filter (`AccessibleNames`) does this for each widget as it
is shown, so widgets built later (a form rendered for a step, a page built on first use) are named
too, and names copied from a label follow the label when it is shown again in another language.
Explicit names set in code are never changed.

The same filter keeps the Tab order free of empty stops: a scroll area whose content has controls
of its own stops taking the focus (Tab goes to those controls, and the area scrolls them into view),
so Tab no longer lands on the frame around a form after its last button; and within one row of a
layout (a horizontal box) Tab goes from left to right, whatever order the row's widgets were made in.
Tab always leaves a text box (no case note needs a tab character), so no box traps the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import cast

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QWidget,
)

DERIVED = "a11yDerivedName"
"""Dynamic property set on widgets whose name this module gave (derived again on the next show)."""
DERIVED_DESCRIPTION = "a11yDerivedDescription"
_COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView)


def plain(text: str) -> str:
    """A label's text as it is spoken: no mnemonic marks, no rich text, no trailing colon."""
    if QtGui.Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def is_internal(widget: QWidget) -> bool:
    """A part of a compound widget (a spin box's or combo box's line edit, a view's own editor)."""
    parent = widget.parentWidget()
    # isinstance, not `is not None`: PySide 6.12 can hand out a stale wrapper of another type here
    while isinstance(parent, QWidget) and not parent.isWindow():
        if isinstance(parent, _COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def is_interactive(widget: QWidget) -> bool:
    """Something a person can move to with Tab or operate: focusable widgets and every button."""
    if widget.isWindow() or widget.focusProxy() is not None:
        return False  # a window is named by its title; a proxy's target is what takes the focus
    takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return (takes_focus or isinstance(widget, QAbstractButton)) and not is_internal(widget)


def own_name(widget: QWidget) -> str:
    """The name Qt gives without help: explicit, a button's text, a buddy label, a group box title."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton | QLabel) and widget.text():
        return plain(widget.text())
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and label.text():
            return plain(label.text())
    if isinstance(parent, QGroupBox):
        return plain(parent.title())
    return ""


def _parts(item: QLayoutItem | None) -> tuple[QWidget | None, QLayout | None]:
    """The widget and the inner layout a layout item holds, with the item's own Python wrapper let go.

    A spacer or widget item is no QObject, so PySide never learns when Qt deletes it; a wrapper left
    in its map is later handed out for whatever Qt puts at the same address (a dialog's button came
    back as a QSpacerItem). `invalidate` takes the wrapper out of the map at once.
    """
    if item is None:
        return None, None
    widget, inner = item.widget(), item.layout()
    if not isinstance(item, QLayout):
        shiboken6.invalidate(item)
    return widget, inner


def _containing_layout(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The innermost layout (within `layout`) that holds `widget` directly."""
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        child = _parts(layout.itemAt(index))[1]
        if child is not None:
            found = _containing_layout(child, widget)
            if found is not None:
                return found
    return None


def _label_text(item: QLayoutItem | QWidget | None) -> str:
    widget = _parts(item)[0] if isinstance(item, QLayoutItem) else item
    if isinstance(widget, QLabel) and widget.text():
        return plain(widget.text())
    return ""


def _label_before(layout: QLayout, widget: QWidget) -> str:
    """The text of the label in front of `widget`: its form row label, the grid cell to the left,
    or the item before it in a box layout."""
    if isinstance(layout, QFormLayout):
        return _label_text(layout.labelForField(widget))
    index = layout.indexOf(widget)
    if isinstance(layout, QGridLayout):
        row, column, _rows, _columns = cast("tuple[int, int, int, int]", layout.getItemPosition(index))
        if column > 0:
            return _label_text(layout.itemAtPosition(row, column - 1))
        return _label_text(layout.itemAtPosition(row - 1, column)) if row > 0 else ""
    if isinstance(layout, QBoxLayout) and index > 0:
        return _label_text(layout.itemAt(index - 1))
    return ""


def layout_label(widget: QWidget) -> str:
    """The label in front of `widget` (or in front of the one container it fills) in its layout."""
    current: QWidget | None = widget
    for _ in range(2):
        parent = current.parentWidget() if current is not None else None
        own = parent.layout() if parent is not None else None
        if current is None or parent is None or own is None:
            return ""
        layout = _containing_layout(own, current)
        text = _label_before(layout, current) if layout is not None else ""
        if text:
            return text
        siblings = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if sum(1 for w in siblings if is_interactive(w)) != 1:  # only a holder of one field speaks for it
            return ""
        current = parent
    return ""


def placeholder(widget: QWidget) -> str:
    """The grey hint text shown in an empty field."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox):
        return plain(widget.placeholderText())
    return ""


def derived_name(widget: QWidget) -> str:
    """A name for a widget that has none of its own, from what is read beside it ('' if nothing)."""
    for source in (layout_label, placeholder):
        text = source(widget)
        if text:
            return text
    if widget.toolTip():
        return plain(widget.toolTip())
    if isinstance(widget, QAbstractScrollArea):
        return where(widget)
    return ""


def where(widget: QWidget) -> str:
    """The title of the tab page (or else the window) a widget sits in: a name for a scroll area."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        owner = parent.parentWidget()
        if isinstance(owner, QTabWidget) and owner.indexOf(child) >= 0:
            return plain(owner.tabText(owner.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return plain(widget.window().windowTitle())


def derived_description(widget: QWidget) -> str:
    """A description for a widget without tool tip: the placeholder's hint, when not its name."""
    hint = placeholder(widget)
    return hint if hint and hint != widget.accessibleName() else ""


def name_widget(widget: QWidget) -> None:
    """Give `widget` a derived name and description when it is interactive and has none of its own."""
    if not is_interactive(widget):
        return
    if widget.property(DERIVED) or not own_name(widget):
        name = derived_name(widget)
        if name:
            widget.setAccessibleName(name)
            widget.setProperty(DERIVED, True)
    if widget.property(DERIVED_DESCRIPTION) or not (widget.accessibleDescription() or widget.toolTip()):
        description = derived_description(widget)
        if description:
            widget.setAccessibleDescription(description)
            widget.setProperty(DERIVED_DESCRIPTION, True)


def no_empty_stop(area: QScrollArea) -> None:
    """Take a scroll area out of the Tab order when its content has controls that take the focus."""
    content = area.widget()
    if content is None or not area.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return
    if any(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in content.findChildren(QWidget)):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def _row_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of a row that take Tab, left to right (through nested layouts)."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        widget, inner = _parts(layout.itemAt(index))
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isHidden():
            found.append(widget)
        elif inner is not None:
            found += _row_widgets(inner)
    return found


def _layouts(layout: QLayout) -> list[QLayout]:
    found = [layout]
    for index in range(layout.count()):
        inner = _parts(layout.itemAt(index))[1]
        if inner is not None:
            found += _layouts(inner)
    return found


def order_rows(widget: QWidget) -> None:
    """Within each horizontal row of `widget`'s layout, let Tab go left to right."""
    own = widget.layout()
    if own is None:
        return
    for layout in _layouts(own):
        if isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.LeftToRight:
            row = _row_widgets(layout)
            for first, second in pairwise(row):
                if first.nextInFocusChain() is not second:
                    QWidget.setTabOrder(first, second)


def settle(widget: QWidget) -> None:
    """Everything this module does for one widget as it is shown; Qt's own file dialog is left alone
    (it names its fields itself, and reading them from here made PySide 6.12 crash as it opened)."""
    if isinstance(widget.window(), QFileDialog):
        return
    if isinstance(widget, QScrollArea):
        no_empty_stop(widget)
    elif isinstance(widget, QTabWidget) and widget.tabBar().isHidden():
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its hidden tab bar cannot take the focus
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.tabChangesFocus():
        widget.setTabChangesFocus(True)  # no trap: Tab leaves the box
    order_rows(widget)
    name_widget(widget)


def settle_tree(root: QWidget) -> None:
    """Settle `root` and every widget inside it (for windows shown before the filter was installed)."""
    for widget in [root, *root.findChildren(QWidget)]:
        settle(widget)


class AccessibleNames(QObject):
    """An application-wide event filter that settles each widget as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On Show: names, Tab stops and row order for the widget (never consumes the event)."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            settle(watched)
        return False


def install(app: QCoreApplication, windows: Sequence[QWidget],
            parent: QObject | None = None) -> AccessibleNames:
    """Install the naming filter and name the windows already shown (their owner passes them)."""
    from barnearket.ui.windows import shown_windows

    names = AccessibleNames(parent)
    app.installEventFilter(names)
    for window in shown_windows(windows):
        settle_tree(window)
    return names
