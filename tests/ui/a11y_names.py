"""What a screen reader would announce for each interactive widget of a window, and what is missing."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from barnearket.ui.accessibility import is_interactive, own_name


def spoken(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    """The name (or description) Qt hands to the accessibility tree."""
    return QAccessible.queryAccessibleInterface(widget).text(text).strip()


def describe(widget: QWidget) -> str:
    """A widget's class and object name (never its content: tests print it)."""
    return f"{type(widget).__name__} {widget.objectName()!r}"


def shown_interactive(window: QWidget) -> list[QWidget]:
    """The interactive widgets shown in `window`."""
    return [w for w in [window, *window.findChildren(QWidget)] if w.isVisibleTo(window) and is_interactive(w)]


def unnamed(window: QWidget) -> list[str]:
    """Interactive widgets in `window` that a screen reader could only call by their role.

    A drop-down counts as named only with a name of its own (on Linux Qt announces its current
    choice as its name, so a list whose choice is «Velg …» would otherwise pass).
    """
    return [f"{describe(w)}: no accessible name" for w in shown_interactive(window)
            if not spoken(w) or (isinstance(w, QComboBox) and not own_name(w))]


def _hint(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox):
        return widget.placeholderText()
    return ""


def undescribed(window: QWidget) -> list[str]:
    """Interactive widgets with a tool tip or a hint text that does not reach the screen reader."""
    return [f"{describe(w)}: help not in the accessible description" for w in shown_interactive(window)
            if (w.toolTip() or _hint(w)) and not spoken(w, QAccessible.Text.Description)
            and not (_hint(w) and _hint(w) == spoken(w))]
