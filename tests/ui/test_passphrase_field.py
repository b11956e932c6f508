"""The one passphrase field: show/hide by keyboard, the Caps Lock warning, strength as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.passphrase import assess_passphrase
from barnearket.ui.admin.backup import RestoreDialog
from barnearket.ui.admin.userforms import AddUserDialog, NewPassphraseDialog
from barnearket.ui.admin.users import UsersDialog
from barnearket.ui.passphrasefield import PassphraseField
from tests.ui.sheet_support import focused

SHIFT, NONE = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier


def _press(widget: QWidget, char: str, modifiers: Qt.KeyboardModifier = NONE) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, modifiers, char))


def test_caps_lock_is_inferred_from_the_letters_typed(qtbot: QtBot) -> None:
    field = PassphraseField()
    qtbot.addWidget(field)
    field.show()
    _press(field.edit, "1")
    assert not field.caps.isVisible(), "a digit says nothing about Caps Lock"
    _press(field.edit, "A")
    assert field.caps.isVisible() and field.caps_lock_on
    _press(field.edit, "b", SHIFT)
    assert field.caps.isVisible(), "lower case with Shift held: Caps Lock is on"
    QTest.keyClick(field.edit, Qt.Key.Key_CapsLock)
    assert not field.caps.isVisible(), "pressing Caps Lock turns it off"
    _press(field.edit, "Ø", SHIFT)
    assert not field.caps.isVisible()
    assert field.text() == "1AbØ"


def test_show_toggle_is_reached_with_tab_and_pressed_with_space(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    field = PassphraseField(holder)
    holder.show()
    qtbot.waitExposed(holder)
    field.edit.setFocus()
    assert field.edit.echoMode() is QLineEdit.EchoMode.Password
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert focused(holder) is field.toggle
    QTest.keyClick(field.toggle, Qt.Key.Key_Space)
    assert field.edit.echoMode() is QLineEdit.EchoMode.Normal
    assert field.toggle.accessibleName() == "Skjul passordfrasen"
    field.clear()
    assert field.edit.echoMode() is QLineEdit.EchoMode.Password, "cleared fields hide again"


def test_strength_is_shown_while_typing_with_the_domain_verdict(qtbot: QtBot) -> None:
    field = PassphraseField(new=True, context=lambda: {"login": "kari.nordmann"})
    qtbot.addWidget(field)
    field.show()
    assert field.rules.isVisible() and "10 tegn" in field.rules.text()
    QTest.keyClicks(field.edit, "kort")
    assert field.meter.value() == assess_passphrase("kort").score and "minst 10" in field.verdict.text()
    field.edit.clear()
    QTest.keyClicks(field.edit, "kari.nordmann")
    assert not field.assess().acceptable, "the login itself is refused"
    field.edit.clear()
    long = "tre lange ord og litt til"
    QTest.keyClicks(field.edit, long)
    assert field.meter.value() == assess_passphrase(long).score >= 3
    assert field.assess().acceptable


def test_every_passphrase_input_in_the_app_is_the_shared_field(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    users = workspace.admin.users()
    assert isinstance(users, UsersDialog)
    windows: list[QWidget] = [workspace.unlock, workspace.locker.screen, users.add_user()]
    windows.append(workspace.startup.new_file())
    users.reload()
    windows.append(users.new_passphrase())  # type: ignore[arg-type]
    windows.append(workspace.admin.restore())
    assert isinstance(windows[2], AddUserDialog) and isinstance(windows[4], NewPassphraseDialog)
    assert isinstance(windows[5], RestoreDialog)
    for window in windows:
        secret = [e for e in window.findChildren(QLineEdit)
                  if e.echoMode() is not QLineEdit.EchoMode.Normal]
        assert secret, type(window).__name__
        for edit in secret:
            assert isinstance(edit.parent(), PassphraseField), type(window).__name__
    for window in windows[2:]:
        window.close()
