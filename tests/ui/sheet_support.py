"""Fixtures for the sheet and concern panel tests: a real encrypted file with a case and two children."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from barnearket.domain.clock import SystemClock
from barnearket.domain.forms import FormLibrary, load_standard_library
from barnearket.domain.model import ChildDetails, GateAnswer, Parent, Relation
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.children import add_child
from barnearket.services.context import Actor
from barnearket.storage.casefile import CaseFile
from barnearket.storage.orm.users import Unit
from barnearket.ui.context import UiContext
from barnearket.ui.seams import Dialogs

PARENT = "Máret Ŋuolas-Ødegård"
CHILDREN = ("Sunná Ødegård", "Jonas Ødegård")


@pytest.fixture(scope="session")
def library() -> FormLibrary:
    """The shipped forms."""
    return load_standard_library()


@pytest.fixture
def ui(case_file: CaseFile, actor: Actor, library: FormLibrary) -> UiContext:
    """The UI context on a real encrypted file, with a headless dialog seam."""
    return UiContext(
        case_file=case_file,
        actor=actor,
        clock=SystemClock(),
        forms=library,
        paths=None,
        dialogs=Dialogs(headless=True),
    )


@pytest.fixture
def case_id(ui: UiContext) -> int:
    """A case with the gate answered and two children (one of them nine, one fourteen)."""
    today = ui.clock.today()
    with ui.unit_of_work() as sctx:
        unit = Unit(name="Rustjenesten", service="rus")
        sctx.session.add(unit)
        sctx.session.flush()
        new_id = create_case(sctx, unit_id=unit.id, parent=Parent(PARENT))
        answer_gate(sctx, new_id, GateAnswer.JA, siblings=GateAnswer.NEI)
        for name, years in zip(CHILDREN, (9, 14), strict=True):
            born = date(today.year - years, 1, 15)
            add_child(sctx, new_id, ChildDetails(name=name, relation=Relation.OWN, birth_date=born))
    return new_id


def type_text(widget: QWidget, text: str) -> None:
    """Type text into the focused widget key by key (works for letters outside Latin-1 too)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def focused(root: QWidget) -> QWidget:
    """The widget with the keyboard focus in root's window (offscreen windows never become active)."""
    widget = QApplication.focusWidget() or root.window().focusWidget()
    assert widget is not None
    return widget


_INPUTS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTableView, QListView)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs under `root` that a screen reader would announce without a name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _INPUTS) or _inside(
            widget, (QAbstractSpinBox, QComboBox, QCalendarWidget, QTableView)
        ):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__}:{widget.objectName()}")
    return found


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def show_active(qtbot: object, widget: QWidget) -> None:
    """Show a top-level widget and wait until it is the active window (shortcuts need that)."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # type: ignore[attr-defined]
