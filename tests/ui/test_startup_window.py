"""The slimmer start keeps the unlock window whole: its global key works and the form library follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.app import LaunchOptions
from tests.ui.conftest import MakeRoot, unlock

ACUTE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_acute_key_works_on_the_unlock_window(qtbot: QtBot, make_root: MakeRoot,
                                                  closed_file: Path) -> None:
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    qtbot.waitExposed(root.unlock)

    def dialog_shown() -> bool:  # the application-wide filter is installed once the window has painted
        QTest.keyClick(root.unlock.login, Qt.Key.Key_A, ACUTE)
        dialog = root.acute.dialog
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(dialog_shown, timeout=5_000)
    dialog = root.acute.dialog
    assert dialog is not None
    assert root.unlock.login.text() == "", "the key went to the login field instead"
    assert not dialog.report_button.isEnabled(), "no file is open yet"
    dialog.close()


def test_the_workspace_gets_the_form_library_when_unlocked(qtbot: QtBot, make_root: MakeRoot,
                                                           closed_file: Path) -> None:
    root = make_root(LaunchOptions(file=closed_file))
    assert root.ctx.forms is None  # not read to show the unlock window
    root.start()
    unlock(qtbot, root)
    assert root.ctx.forms is not None and root.forms_error == ""
    assert "barnearket" in root.ctx.forms.ids()
