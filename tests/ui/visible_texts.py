"""Collects the texts a person sees in a window (labels, buttons, menus, tabs, headers, tooltips).

Used by the language tests to find texts left in bokmål after switching to nynorsk or English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def clean(text: str) -> str:
    """Without HTML tags, mnemonic ampersands and surrounding space."""
    return " ".join(_TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _menu_texts(menu: QMenu | QMenuBar) -> list[str]:
    found = []
    for action in menu.actions():
        found += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menu_texts(submenu)
    return found


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    heads = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
             for c in range(model.columnCount())]
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]
    return [str(t) for t in heads + tips if t]


def widget_texts(widget: QWidget) -> list[str]:
    """The texts of one widget alone (not its children)."""
    found = [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
    if isinstance(widget, QLabel) or isinstance(widget, QAbstractButton):
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QLineEdit) or isinstance(widget, QTextEdit):
        found.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        found += [widget.tabText(i) for i in range(widget.count())]
        found += [widget.tabToolTip(i) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        found += _view_texts(widget)
    elif isinstance(widget, QMenuBar | QMenu):
        found += _menu_texts(widget)
    if widget.isWindow():
        found.append(widget.windowTitle())
    return found


def visible_texts(window: QWidget) -> set[str]:
    """Every non-empty text of `window` and the widgets inside it that are shown (or would be)."""
    texts: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isHidden() and widget is not window:
            continue
        texts.update(clean(t) for t in widget_texts(widget) if t and clean(t))
    return texts
