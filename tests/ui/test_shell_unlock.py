"""Unlocking, second instance, failed attempts, the demo file and the key file recovery button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnearket.app import LaunchOptions
from barnearket.files.recoverykey import format_recovery_key
from barnearket.storage.engine import connect_raw
from barnearket.storage.errors import MESSAGES, Problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from barnearket.ui.seams import Dialogs
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeRoot, unlock


def _try(qtbot: QtBot, root: object, passphrase: str) -> None:
    window = root.unlock  # type: ignore[attr-defined]
    window.login.setText(ADMIN_LOGIN)
    window.passphrase.setText(passphrase)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.isVisible() or root.main is not None)  # type: ignore[attr-defined]


def test_wrong_then_right_passphrase(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    window = root.unlock
    window.activateWindow()
    _try(qtbot, root, "feil passordfrase")
    assert window.error.text() == MESSAGES[Problem.WRONG_PASSPHRASE]
    assert window.passphrase.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.passphrase)
    unlock(qtbot, root)
    assert not window.isVisible()
    assert root.ctx.is_open
    assert closed_file.name in root.main.windowTitle()  # type: ignore[union-attr]
    assert ADMIN_NAME in root.main.windowTitle()  # type: ignore[union-attr]
    assert ADMIN_NAME in root.main.status.user_label.text()  # type: ignore[union-attr]
    assert "Administrator" in root.main.status.user_label.text()  # type: ignore[union-attr]
    assert closed_file.name in root.main.status.file_label.text()  # type: ignore[union-attr]


def test_second_instance_is_refused(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    other = open_case_file(closed_file, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        root = make_root(LaunchOptions(file=closed_file))
        root.start()
        _try(qtbot, root, ADMIN_PASSPHRASE)
        assert root.unlock.error.text() == MESSAGES[Problem.IN_USE]
        assert root.main is None
    finally:
        other.close()


def test_failed_attempts_are_reported_after_unlock(qtbot: QtBot, make_root: MakeRoot, closed_file: Path,
                                                   dialogs: Dialogs) -> None:
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    for _ in range(3):
        _try(qtbot, root, "gjettet feil")
        root.unlock.error.hide()
    unlock(qtbot, root)
    shown = dialogs.last("message")
    assert shown is not None
    assert "3 mislykkede forsøk siden sist" in shown[1]


def test_a_rewritten_audit_log_is_reported_after_unlock(qtbot: QtBot, make_root: MakeRoot,
                                                        closed_file: Path, dialogs: Dialogs) -> None:
    open_case_file(closed_file, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()  # witnessed
    key = open_case_file(closed_file, recovery_key=None, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    file_key = key.file_key
    key.close()
    con = connect_raw(closed_file, file_key)  # someone with the file key cuts the log's tail
    try:
        con.execute("DELETE FROM audit_log WHERE seq > 2")
        con.execute("UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_log WHERE seq = 2)")
    finally:
        con.close()
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    shown = dialogs.last("message")
    assert shown is not None and "Hendelsesloggen er skrevet om" in shown[1], shown


def test_recent_file_and_login_are_offered_next_time(qtbot: QtBot, make_root: MakeRoot,
                                                    closed_file: Path) -> None:
    first = make_root(LaunchOptions(file=closed_file))
    first.start()
    unlock(qtbot, first)
    first.shutdown()
    second = make_root()
    second.start()
    assert second.unlock.chosen_path == closed_file
    assert second.unlock.login.text() == ADMIN_LOGIN


def test_missing_key_file_offers_the_recovery_key(qtbot: QtBot, make_root: MakeRoot,
                                                  closed_file: Path) -> None:
    keyfile_path(closed_file).unlink()
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    _try(qtbot, root, ADMIN_PASSPHRASE)
    assert root.unlock.error.text() == MESSAGES[Problem.KEY_DATA_MISSING]
    assert root.unlock.recovery_button.isVisible()


def test_the_recovery_key_writes_the_key_file_again(qtbot: QtBot, make_root: MakeRoot, closed_file: Path,
                                                    dialogs: Dialogs) -> None:
    opened = open_case_file(closed_file, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    written_down = format_recovery_key(opened.file_key)
    opened.close()
    keyfile_path(closed_file).unlink()
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    _try(qtbot, root, ADMIN_PASSPHRASE)
    window = root.unlock
    dialogs.set_next_answer("ABCD-1234")  # mistyped: said at the window, nothing written
    window.recovery_button.click()
    qtbot.waitUntil(lambda: "64 tegn" in window.error.text())
    assert not keyfile_path(closed_file).exists()
    dialogs.set_next_answer(written_down.lower().replace("-", " "))
    window.recovery_button.click()
    qtbot.waitUntil(lambda: (dialogs.last("message") or ("", ""))[0] == "Nøkkelfilen er laget på nytt")
    assert keyfile_path(closed_file).is_file()
    assert not window.error.isVisible()
    unlock(qtbot, root)  # then the login and passphrase work as before
    assert root.ctx.is_open


def test_demo_file_is_made_and_offered_with_a_hint(qtbot: QtBot, make_root: MakeRoot) -> None:
    root = make_root(LaunchOptions(demo=True), demo_cases=3)
    root.start()
    qtbot.waitUntil(lambda: "alt er oppdiktet" in root.unlock.hint.text(), timeout=20_000)
    assert root.paths.demo_case_file.is_file()
    assert root.unlock.login.text() == "demo"
    root.unlock.passphrase.setText("demo")
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=10_000)
