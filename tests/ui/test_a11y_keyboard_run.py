"""The main tasks by keyboard alone, from the unlock window to a report: no mouse, no call into a widget.

Unlock → new case (with the gate question) → a child → the Barnearket sheet → a concern → a report
to the child welfare service. Every step is reached with Tab, arrows, Space, Return, mnemonics and
shortcuts; what was typed is read back from the store at the end. Runs on a case file and on the
server (`closed_store`). (`test_keyboard_e2e.py` walks the whole routine in depth; this test is about
reaching each step.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import GateAnswer, ReportSection
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.newcase import NewCaseDialog
from barnearket.ui.report.editor import ReportEditor
from barnearket.ui.sheet.panel import ConversationPanel
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.ui.conftest import ClosedStore, MakeRoot
from tests.ui.sheet_support import type_text

pytestmark = pytest.mark.gui
K = Qt.Key
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
PARENT, UNIT, CHILD = "Ánde Ŋuolas-Ødegård", "Rus og psykisk helse – Vest", "Sárá Ødegård"
CONCERN = "Kommer trøtt og sulten på skolen – ŋ"
REPORT = "Barnet forteller at mor sover om dagen – Čáhppes"


class Keyboard:
    """Keys to whatever has the focus in the active window; nothing else touches the widgets."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        """The focused widget of the active window."""
        def focused() -> QWidget | None:
            window = QApplication.activeWindow()
            return window.focusWidget() if window is not None else None

        self.qtbot.waitUntil(lambda: focused() is not None)
        widget = focused()
        assert widget is not None
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        QTest.keyClick(self.focus(), key, modifier)

    def write(self, text: str) -> None:
        type_text(self.focus(), text)

    def tab_to(self, target: QWidget) -> None:
        """Press Tab until `target` (or something in it) has the focus."""
        for _ in range(120):
            now = self.focus()
            if now is target or target.isAncestorOf(now):
                return
            self.press(K.Key_Tab)
        raise AssertionError(f"Tab never reached {type(target).__name__} {target.objectName()!r}")

    def active(self, window: QWidget) -> None:
        """Make `window` the active one, as the window manager does when a dialog closes."""
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def dialog(self, root: Barnearket, kind: type[QDialog]) -> QDialog:
        """Wait for a dialog of `kind` to open over the main window and become active."""
        def shown() -> QDialog | None:
            found: list[QDialog] = root.main.findChildren(kind) if root.main is not None else []
            return next((d for d in found if d.isVisible()), None)

        self.qtbot.waitUntil(lambda: shown() is not None)
        dialog = shown()
        assert dialog is not None
        self.active(dialog)
        return dialog


def _unlock(keys: Keyboard, root: Barnearket) -> None:
    keys.active(root.unlock)
    keys.tab_to(root.unlock.login)
    keys.write(ADMIN_LOGIN)
    keys.tab_to(root.unlock.passphrase)
    keys.write(ADMIN_PASSPHRASE)
    keys.press(K.Key_Return)
    keys.qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=10_000)


def _new_case_with_gate(keys: Keyboard, root: Barnearket) -> int:
    assert root.main is not None
    keys.active(root.main)
    keys.press(K.Key_N, CTRL)
    dialog = keys.dialog(root, NewCaseDialog)
    assert isinstance(dialog, NewCaseDialog)
    keys.press(K.Key_Space)  # the gate's first answer, «Ja», has the focus
    keys.tab_to(dialog.gate.siblings_group.buttons.button(0))
    keys.press(K.Key_Right)  # «Nei»
    keys.press(K.Key_Space)
    keys.press(K.Key_Return)  # «Neste»
    keys.write(PARENT)
    keys.tab_to(dialog.details.new_unit_name)
    keys.write(UNIT)
    keys.press(K.Key_Return)  # «Opprett sak»
    keys.qtbot.waitUntil(lambda: root.main is not None and root.main.case_view.case is not None)
    case = root.main.case_view.case
    assert case is not None and case.parent.name == PARENT
    return case.id


def _child(keys: Keyboard, root: Barnearket) -> None:
    assert root.main is not None
    keys.active(root.main)
    keys.press(K.Key_R, ALT)  # «Legg til ba&rn …»
    dialog = keys.dialog(root, ChildDialog)
    keys.write(CHILD)
    keys.press(K.Key_Return)
    keys.qtbot.waitUntil(lambda: not dialog.isVisible())


def _sheet(keys: Keyboard, root: Barnearket) -> None:
    assert root.main is not None
    keys.active(root.main)
    keys.press(K.Key_B, ALT)  # the «Barnearket-samtale» tab
    keys.qtbot.waitUntil(lambda: isinstance(root.main.case_view.panels[0].panel, ConversationPanel)
                         if root.main else False)
    panel = root.main.case_view.panels[0].panel
    assert isinstance(panel, ConversationPanel)
    keys.qtbot.waitUntil(panel.isVisible)
    keys.tab_to(panel.header.new)  # «Start samtale»
    keys.press(K.Key_Space)
    keys.qtbot.waitUntil(lambda: panel.sheet is not None)
    keys.tab_to(panel.side.notes)
    keys.write("Mor vil ha hjelp – Ŋ")


def _concern(keys: Keyboard, root: Barnearket) -> ConcernPanel:
    assert root.main is not None
    keys.active(root.main)
    keys.press(K.Key_E, ALT)  # the «Bekymringer» tab
    keys.qtbot.waitUntil(lambda: isinstance(root.main.case_view.panels[1].panel, ConcernPanel)
                         if root.main else False)
    panel = root.main.case_view.panels[1].panel
    assert isinstance(panel, ConcernPanel)
    keys.qtbot.waitUntil(panel.isVisible)
    keys.tab_to(panel.new_button)
    keys.press(K.Key_Space)
    box = panel.new_box
    assert box is not None
    keys.tab_to(box.form.widget("child_id").editor.focus_input())
    keys.press(K.Key_Down)  # the one child
    keys.tab_to(box.form.widget("first_description").editor.focus_input())
    keys.write(CONCERN)
    keys.tab_to(box.form.widget("categories").editor.focus_input())
    keys.press(K.Key_Home)
    keys.press(K.Key_Space)  # the first situation in the check list
    keys.tab_to(box.form.widget("child_level").editor.focus_input())
    keys.press(K.Key_Down)
    keys.tab_to(box.button)
    keys.press(K.Key_Space)
    assert not box.error.isVisible(), box.error.text()
    keys.qtbot.waitUntil(lambda: panel.view.concern is not None and panel.stack.currentWidget() is panel.view)
    return panel


def _report(keys: Keyboard, root: Barnearket, panel: ConcernPanel) -> None:
    keys.tab_to(panel.view.path)
    keys.press(K.Key_9, ALT)  # the «Meldinger» step
    page = panel.view.reports_page
    keys.qtbot.waitUntil(page.isVisible)
    keys.tab_to(page.new_button)
    keys.press(K.Key_Space)
    editor = keys.dialog(root, ReportEditor)
    assert isinstance(editor, ReportEditor)
    keys.tab_to(editor.sections[ReportSection.CONCERN])  # filled in from the concern
    keys.press(K.Key_End, CTRL)
    keys.write(" " + REPORT)
    keys.press(K.Key_L, ALT)  # «&Lagre»
    keys.press(K.Key_Escape)
    keys.qtbot.waitUntil(lambda: not editor.isVisible())


def test_unlock_to_report_by_keyboard_only(qtbot: QtBot, make_root: MakeRoot,
                                           closed_store: ClosedStore) -> None:
    root = make_root(closed_store.options)
    root.start()
    qtbot.waitUntil(root.unlock.isVisible)
    keys = Keyboard(qtbot)
    _unlock(keys, root)
    case_id = _new_case_with_gate(keys, root)
    _child(keys, root)
    _sheet(keys, root)
    panel = _concern(keys, root)
    _report(keys, root, panel)
    with root.ctx.reading() as sctx:
        case = load_case(sctx.session, case_id)
    assert case.gate is not None
    assert (case.gate.answer, case.gate.siblings) == (GateAnswer.JA, GateAnswer.NEI)
    assert [c.name for c in case.children] == [CHILD]
    assert len(case.sheets) == 1 and "Mor vil ha hjelp" in case.sheets[0].quick_notes
    (concern,) = case.concerns
    assert concern.description == CONCERN
    (report,) = concern.reports
    assert report.content.sections[ReportSection.CONCERN] == f"{CONCERN} {REPORT}"
