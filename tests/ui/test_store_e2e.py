"""The whole program on either store: log in by keyboard, register a case, lock and unlock, see it kept.

Runs once on a case file and once on the PostgreSQL server (the `store` fixture), as Kari, a
saksbehandler in «Rustjenesten». On the server the address is typed into the unlock window's
«Kommunens server» part, and remembered afterwards without any password.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.model import GateAnswer
from barnearket.storage.mapping import load_case
from barnearket.ui.newcase import NewCaseDialog
from tests.seam.stores import UNIT, WORKER, WORKER_PASSPHRASE, OpenStore
from tests.ui.conftest import MakeRoot
from tests.ui.typing_probe import type_text

PARENT = "Sunná Ŋuolas-Ødegård"
LEFT = Qt.MouseButton.LeftButton


def _log_in(qtbot: QtBot, root: Barnearket, store: OpenStore) -> None:
    window = root.unlock
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if store.kind == "server":
        assert window.empty.isVisible(), "no case file on this machine yet"
        for _ in range(5):  # Tab to «Logg inn på kommunens server …»
            focused = QApplication.focusWidget()
            if focused is None or focused is window.empty.server_button:
                break
            QTest.keyClick(focused, Qt.Key.Key_Tab)
        QTest.keyClick(window.empty.server_button, Qt.Key.Key_Space)
        assert window.choice.server and window.server_url.isVisibleTo(window)
        assert not window.file_box.isVisibleTo(window)
        assert QApplication.focusWidget() is window.server_url
        QTest.keyClicks(window.server_url, str(store.location.url))
        QTest.keyClick(window.server_url, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.login
    window.login.clear()
    QTest.keyClicks(window.login, WORKER)
    QTest.keyClick(window.login, Qt.Key.Key_Return)
    type_text(window.passphrase, WORKER_PASSPHRASE)
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=15_000)


def _new_case(qtbot: QtBot, root: Barnearket) -> int:
    main = root.main
    assert main is not None
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = main.findChild(NewCaseDialog, "newCaseDialog")
    assert dialog is not None and dialog.isVisible()
    QTest.mouseClick(dialog.gate.children_group.buttons.button(list(GateAnswer).index(GateAnswer.JA)), LEFT)
    QTest.mouseClick(dialog.gate.siblings_group.buttons.button(list(GateAnswer).index(GateAnswer.NEI)), LEFT)
    QTest.mouseClick(dialog.next_button, LEFT)
    type_text(dialog.details.name, PARENT)
    assert dialog.details.unit.currentText() == UNIT
    dialog.details.category_model.item(0).setCheckState(Qt.CheckState.Checked)
    QTest.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    case = main.case_view.case
    assert case is not None and case.parent.name == PARENT
    return case.id


def test_a_case_registered_in_the_window_is_kept_on_either_store(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    store.store.close()
    root = make_root(LaunchOptions(file=store.location.path) if store.location.path else None)
    root.start()
    _log_in(qtbot, root, store)
    main = root.main
    assert main is not None
    place = "Server:" if store.kind == "server" else "Fil:"
    assert main.status.file_label.text().startswith(place)
    case_id = _new_case(qtbot, root)

    QTest.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: root.locker.locked)
    assert root.ctx.case_file is not None and root.ctx.case_file.closed
    assert PARENT not in root.locker.screen.who.text()
    root.locker.screen.passphrase.setText(WORKER_PASSPHRASE)
    root.locker.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not root.locker.locked, timeout=15_000)
    assert main.browser.model.row_of(case_id) is not None
    root.shutdown()

    settings = json.loads(root.paths.settings_file.read_text(encoding="utf-8"))
    if store.kind == "server":
        assert settings["last_store"] == "server" and settings["last_server"] == store.location.display()
    else:
        assert settings["last_store"] == "file" and settings["recent_files"][0] == str(store.location.path)
    assert WORKER_PASSPHRASE not in json.dumps(settings)
    with store.relogin().read_session() as session:
        case = load_case(session, case_id)
    assert case.parent.name == PARENT and case.unit_id == store.unit_id
