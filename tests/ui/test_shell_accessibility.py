"""Every input in every shell window has an accessible name and a visible label."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from tests.ui.conftest import MakeRoot, add_case

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
INPUTS = (*TEXT_INPUTS, QCheckBox, QRadioButton, QAbstractItemView)


def _internal(widget: QWidget) -> bool:
    """Parts of a compound widget (a spin box's or combo box's own line edit, a view's viewport)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (set explicitly, or the button's own text)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _has_visible_label(widget: QWidget, window: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        return bool(widget.text())
    buddies = [label for label in window.findChildren(QLabel) if label.buddy() is widget]
    if any(label.isVisibleTo(window) and label.text() for label in buddies):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QGroupBox) and bool(parent.title())


def problems(window: QWidget) -> list[str]:
    """Inputs shown in `window` that lack an accessible name or a visible label."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _internal(widget) or not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} in {window.objectName()}"
        if not _accessible_name(widget):
            found.append(f"{name}: no accessible name")
        if isinstance(widget, (*TEXT_INPUTS, QAbstractButton)) and not _has_visible_label(widget, window):
            found.append(f"{name}: no visible label")
    return found


def test_unlock_and_new_file_windows(qtbot: QtBot, make_root: MakeRoot) -> None:
    root = make_root()
    root.start()
    dialog = root.startup.new_file()
    assert problems(root.unlock) == []
    assert problems(dialog) == []
    root.unlock.offer([root.paths.default_case_file], login="x")
    assert problems(root.unlock) == []


def test_main_window_dialogs_and_lock_screen(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    add_case(workspace, "Kari Nordmann")
    workspace.main.browser.table.selectRow(0)
    for tab in range(workspace.main.case_view.tabs.count()):
        workspace.main.case_view.tabs.setCurrentIndex(tab)
        assert problems(workspace.main) == [], f"tab {tab}"
    new_case = workspace.main.new_case()
    assert problems(new_case) == []
    new_case.gate.children_group.buttons.button(0).click()
    new_case.next_button.click()
    assert problems(new_case) == []
    acute = workspace.acute.show_dialog()
    assert problems(acute) == []
    acute.close()
    new_case.reject()
    workspace.locker.lock()
    assert problems(workspace.locker.screen) == []


def test_unlock_window_on_a_file(qtbot: QtBot, make_root: MakeRoot, closed_file: object) -> None:
    root = make_root(LaunchOptions(file=closed_file))  # type: ignore[arg-type]
    root.start()
    assert problems(root.unlock) == []
