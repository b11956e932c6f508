"""A Barnearket sheet completed from start to end with the keyboard only (no mouse events)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from barnearket.domain.model import SheetStatus
from barnearket.storage.mapping import load_case
from barnearket.ui.context import UiContext
from barnearket.ui.sheet.header import COMPLETION
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.sheet_support import focused, show_active, type_text

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _answer_focused(qtbot: QtBot, panel: ConversationPanel) -> None:
    """Answer whatever question has the focus, the way a keyboard user would."""
    widget = focused(panel)
    if isinstance(widget, QDateEdit):
        QTest.keyClick(widget, Qt.Key.Key_Return)
    elif isinstance(widget, QComboBox):
        QTest.keyClick(widget, Qt.Key.Key_Down)
    elif isinstance(widget, QRadioButton):
        QTest.keyClick(widget, Qt.Key.Key_Space)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        type_text(widget, "Snakket rolig – Ánte hjelper")
    else:
        raise AssertionError(f"unexpected focus: {type(widget).__name__}")


def _tab_to(qtbot: QtBot, panel: ConversationPanel, target: object) -> None:
    for _ in range(200):
        if focused(panel) is target:
            return
        QTest.keyClick(focused(panel), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the button")


def test_keyboard_only_completes_a_sheet(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = ConversationPanel(ui)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    show_active(qtbot, panel)
    panel.show_case(case_id)
    QTest.keyClick(panel, Qt.Key.Key_Tab)

    _tab_to(qtbot, panel, panel.header.new)
    QTest.keyClick(panel.header.new, Qt.Key.Key_Space)
    assert panel.sheet is not None

    QTest.keyClick(focused(panel), Qt.Key.Key_2, CTRL)
    assert panel.stack.currentIndex() == COMPLETION
    first = panel.tabs.focused_question()
    QTest.keyClick(focused(panel), Qt.Key.Key_Down, ALT)
    assert panel.tabs.focused_question() is not first
    QTest.keyClick(focused(panel), Qt.Key.Key_Up, ALT)
    assert panel.tabs.focused_question() is first
    QTest.keyClick(focused(panel), Qt.Key.Key_PageDown, CTRL)
    assert panel.tabs.currentIndex() == 1

    for _ in range(100):
        if not panel.tabs.missing():
            break
        QTest.keyClick(focused(panel), Qt.Key.Key_F8)
        _answer_focused(qtbot, panel)
    assert panel.tabs.missing() == []
    assert panel.side.missing_heading.text().startswith("Alle påkrevde")

    panel.dialogs.set_next_answer(True)
    QTest.keyClick(focused(panel), Qt.Key.Key_Return, CTRL)
    assert panel.sheet.status is SheetStatus.COMPLETED
    with ui.reading() as sctx:
        stored = load_case(sctx.session, case_id)
    sheet = stored.latest_sheet()
    assert sheet is not None and sheet.answer("talked_about") == "Snakket rolig – Ánte hjelper"
    children = {c.id for c in stored.children}
    assert {a.child_id for a in sheet.answers if a.question_id == "child_knows"} == children
