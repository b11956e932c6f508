"""Windows are found through the root that owns them: what it owns is hidden on lock and comes back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.ui.windows import shown_windows, windows_under
from tests.conftest import ADMIN_PASSPHRASE
from tests.ui.conftest import visible_windows


def test_windows_under_finds_dialogs_of_an_owner_and_nothing_else(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = QDialog(owner)
    inner = QWidget(owner)  # a child widget, not a window
    stray = QWidget()
    qtbot.addWidget(stray)
    assert windows_under([owner, None, owner]) == [owner, dialog]
    assert inner not in windows_under([owner]) and stray not in windows_under([owner])
    owner.show()
    qtbot.waitExposed(owner)
    assert shown_windows([owner]) == [owner]


def test_the_acute_dialog_is_hidden_by_the_lock_and_shown_again(qtbot: QtBot, workspace: Barnearket) -> None:
    dialog = workspace.acute.show_dialog()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog in workspace.windows() or dialog in windows_under(workspace.windows())
    workspace.locker.lock()
    assert workspace.locker.locked
    assert visible_windows() == [workspace.locker.screen]
    workspace.locker.screen.passphrase.setText(ADMIN_PASSPHRASE)
    workspace.locker.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not workspace.locker.locked)
    assert dialog.isVisible()
    assert workspace.main is not None and workspace.main.isVisible()
    dialog.close()
