"""Keyboard focus can be seen: buttons, check boxes, tables and tabs get a solid blue outline."""

from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from barnearket.ui.focusstyle import FOCUS
from tests.ui.sheet_support import show_active


def _focus_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    found = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if max(abs(colour.red() - FOCUS.red()), abs(colour.green() - FOCUS.green()),
                   abs(colour.blue() - FOCUS.blue())) < 40:
                found += 1
    return found


def test_each_kind_of_widget_shows_its_focus(qtbot: QtBot, focus_style: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    button, check, table, tabs = QPushButton("Lagre"), QCheckBox("Vis avsluttede"), QTableView(), QTabWidget()
    model = QStandardItemModel(3, 2, table)
    table.setModel(model)
    tabs.addTab(QWidget(), "Oversikt")
    tabs.addTab(QWidget(), "Bekymringer")
    table.setFixedSize(220, 110)
    tabs.setFixedSize(220, 60)
    for part in (button, check, table, tabs):
        box.addWidget(part)
    show_active(qtbot, window)
    table.setCurrentIndex(model.index(0, 0))
    widgets: list[QWidget] = [button, check, table, tabs.tabBar()]
    for index, widget in enumerate(widgets):
        elsewhere = widgets[index - 1]
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        unfocused = _focus_pixels(widget)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert _focus_pixels(widget) > unfocused + 100, type(widget).__name__
