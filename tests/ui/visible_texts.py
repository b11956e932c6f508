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
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
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
    """A table's or tree's column heads and their tooltips (a plain list has none)."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else (
        view.header() if isinstance(view, QTreeView) else None)
    model = view.model()
    if header is None or model is None:
        return []
    found = []
    for column in range(header.count()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            found += [str(value)] if value else []
    return found


def widget_texts(widget: QWidget) -> list[str]:
    """The texts of one widget alone (not its children)."""
    found = [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QLineEdit | QTextEdit):
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
