"""Cases taken along, through the real main window: take the case shown along (Sak menu), see the
mark on the server (case view and case list), bring the laptop copy back (Fil menu), and release a
checkout as the administrator (Administrasjon menu)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.storage import kdf
from barnearket.storage.checkouts import taken
from barnearket.ui.checkout.dialogs import CheckinDialog, CheckoutDialog, ReleaseDialog
from tests.checkout.support import Setting, work
from tests.helpers.mnemonics import mnemonic
from tests.seam.stores import WORKER, WORKER_NAME, WORKER_PASSPHRASE
from tests.server.helpers import ADMIN, PASSWORD
from tests.ui.conftest import MakeRoot
from tests.ui.test_store_e2e import _log_in
from tests.ui.typing_probe import type_text

FAMILIES = 1
"""One of Kari's families on a fresh server (the `setting` fixture, tests/checkout/support.py)."""


def _on_server(qtbot: QtBot, make_root: MakeRoot, setting: Setting) -> Barnearket:
    root = make_root()
    root.start()
    _log_in(qtbot, root, SimpleNamespace(kind="server", location=setting.location))  # type: ignore[arg-type]
    return root


def _click_release_in_question() -> None:
    """Choose «Frigi» in the question box the way a person does (it once answered Avbryt: the
    button's wrapper had been let go of, so the box's answer was compared by identity in vain)."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    [button] = [b for b in box.buttons() if b.text() == "&Frigi"]
    button.click()


def _menu_texts(root: Barnearket) -> list[str]:
    """The visible entries of «Sak»; no two share an Alt letter (nor in «Fil» or «Administrasjon»)."""
    assert root.main is not None
    for menu in (root.main.case_menu, root.main.file_menu, root.admin.menu):
        letters = [m for m in (mnemonic(a.text()) for a in menu.actions() if a.isVisible()) if m]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]
    return [a.text() for a in root.main.case_menu.actions() if a.isVisible()]


def test_take_along_bring_back_in_the_window(qtbot: QtBot, make_root: MakeRoot, setting: Setting,
                                            tmp_path: Path) -> None:
    family, laptop = setting.families[0], tmp_path / "hjemmebesøk.barnearket"
    root = _on_server(qtbot, make_root, setting)
    main = root.main
    assert main is not None
    assert "Ta &med på denne maskinen …" in _menu_texts(root)
    assert not root.checkout.bring_back_action.isVisible()
    main.open_case(family.case_id)
    root.checkout.take_action.trigger()
    dialog = main.findChild(CheckoutDialog, "checkoutDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.kdf_params = kdf.fast_params_for_tests()
    dialog.path.setText(str(laptop))
    dialog.passphrase.setFocus()
    type_text(dialog.passphrase.edit, WORKER_PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert laptop.exists()
    banner = main.case_view.checked_out
    assert banner.isVisible() and f"tatt med av {WORKER_NAME}" in banner.text()
    assert not main.case_view.case_actions.isEnabled()
    row = main.browser.model.row_of(family.case_id)
    assert "tatt med av" in main.browser.model.index(row, 1).data()
    root.shutdown()

    root = make_root(LaunchOptions(file=laptop))
    root.start()
    root.unlock.login.setText(WORKER)
    root.unlock.passphrase.setText(WORKER_PASSPHRASE)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=15_000)
    main = root.main
    assert main is not None and root.checkout.bring_back_action.isVisible()
    assert not root.checkout.take_action.isVisible()
    _menu_texts(root)
    root.checkout.bring_back_action.trigger()
    back = main.findChild(CheckinDialog, "checkinDialog")
    assert back is not None and back.isVisible() and back.server.text()
    back.server.setText(setting.made.db.tcp_url)
    type_text(back.passphrase.edit, WORKER_PASSPHRASE)
    QTest.mouseClick(back.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=20_000)
    shown = root.ctx.dialogs.last("message")
    assert shown is not None and family.number in shown[1]
    assert not laptop.exists() and not Path(f"{laptop}.keys").exists()
    kari = setting.kari()
    try:
        with work(kari) as ctx:
            assert taken(ctx.session) == {}
    finally:
        kari.close()


def test_the_administrator_releases_a_checkout_in_her_window(qtbot: QtBot, make_root: MakeRoot,
                                                            setting: Setting, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from barnearket.services.checkout import check_out

    kari = setting.kari()
    try:
        check_out(kari, setting.numbers, tmp_path / "kopi.barnearket", WORKER_PASSPHRASE,
                  kdf_params=kdf.fast_params_for_tests())
    finally:
        kari.close()
    root = make_root()
    root.start()
    monkeypatch.setattr("tests.ui.test_store_e2e.WORKER", ADMIN)  # log in as the administrator
    monkeypatch.setattr("tests.ui.test_store_e2e.WORKER_PASSPHRASE", PASSWORD)
    _log_in(qtbot, root, SimpleNamespace(kind="server", location=setting.location))  # type: ignore[arg-type]
    main = root.main
    assert main is not None and root.checkout.release_action.isVisible()
    _menu_texts(root)
    root.checkout.release_action.trigger()
    dialog = main.findChild(ReleaseDialog, "releaseDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.cases.count() == 0, "the case is outside the administrator's units: typed instead"
    QTest.keyClicks(dialog.number, setting.numbers[0])
    root.ctx.dialogs.headless = False  # the real question box, with the window's filters installed
    QTimer.singleShot(300, _click_release_in_question)
    QTest.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with setting.made.owner() as con:
        assert con.execute("SELECT count(*) FROM case_checkouts").fetchone() == (0,)
        released = con.execute("SELECT count(*) FROM audit_log WHERE action = 'checkout_release'")
        assert released.fetchone() == (1,)
