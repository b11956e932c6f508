"""Auto-lock and Ctrl+L: nothing of the cases stays visible, the store is closed, unlocking restores.

Runs on a case file and on the server (`closed_store`, `store_workspace`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import Barnearket
from barnearket.domain.model import Parent, TreatmentPhase
from barnearket.services.cases import update_case, view_case
from barnearket.storage.errors import MESSAGES, Problem
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.store import file_only, is_file, open_store
from barnearket.ui.autosave import Autosaver
from barnearket.ui.settings import Settings
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.ui.conftest import ClosedStore, MakeRoot, add_case, unlock, visible_windows, write_settings


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _unlock_screen(qtbot: QtBot, root: Barnearket, passphrase: str = ADMIN_PASSPHRASE) -> None:
    root.locker.screen.passphrase.setText(passphrase)
    root.locker.screen.unlock_button.click()


def test_auto_lock_with_a_modal_dialog_open(qtbot: QtBot, make_root: MakeRoot,
                                            closed_store: ClosedStore) -> None:
    write_settings(Settings(idle_minutes=0.004))
    root = make_root(closed_store.options)
    root.start()
    unlock(qtbot, root)
    assert root.main is not None
    dialog = root.main.new_case()
    dialog.gate.children_group.buttons.button(0).click()
    dialog.next_button.click()
    QTest.keyClicks(dialog.details.name, "Åse Ødegård")
    dialog.details.new_unit_name.setText("Rus og psykisk helse Sør")
    assert dialog.isModal()

    qtbot.waitUntil(lambda: root.locker.locked, timeout=5_000)
    assert visible_windows() == [root.locker.screen]
    assert root.ctx.case_file is not None and root.ctx.case_file.closed
    assert not root.ctx.is_open
    if closed_store.options.file is not None:
        assert not _wal(closed_store.options.file).exists(), "a database connection is still open"
    assert "Åse" not in root.locker.screen.who.text()

    _unlock_screen(qtbot, root)
    qtbot.waitUntil(lambda: not root.locker.locked)
    assert root.ctx.is_open
    assert root.main.isVisible()
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == 1
    assert dialog.details.name.text() == "Åse Ødegård"
    assert not root.locker.screen.isVisible()
    dialog.create_button.click()
    assert not dialog.isVisible()
    assert root.main.case_view.case is not None
    assert root.main.case_view.case.parent.name == "Åse Ødegård"


def test_ctrl_l_locks_and_a_wrong_passphrase_is_refused(qtbot: QtBot, store_workspace: Barnearket) -> None:
    assert store_workspace.main is not None
    QTest.keyClick(store_workspace.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert store_workspace.locker.locked
    assert visible_windows() == [store_workspace.locker.screen]
    _unlock_screen(qtbot, store_workspace, "feil")
    screen = store_workspace.locker.screen
    qtbot.waitUntil(screen.error.isVisible)
    store = store_workspace.ctx.case_file
    assert store is not None
    on_server = "Feil brukernavn eller passord for serveren"
    wrong = MESSAGES[Problem.WRONG_PASSPHRASE] if is_file(store) else on_server
    assert screen.error.text().startswith(wrong)
    assert screen.passphrase.text() == ""
    assert store_workspace.locker.locked
    _unlock_screen(qtbot, store_workspace)
    qtbot.waitUntil(lambda: not store_workspace.locker.locked)
    assert store_workspace.main.isVisible()
    with store_workspace.ctx.reading() as sctx:
        locks = sctx.session.scalars(select(AuditEntry).where(AuditEntry.action == "lock")).all()
    assert store_workspace.ctx.actor is not None
    assert [(e.fields, e.actor_id) for e in locks] == [("manual", store_workspace.ctx.actor.user_id)]


def test_lock_stores_pending_edits_first(qtbot: QtBot, store_workspace: Barnearket) -> None:
    assert store_workspace.main is not None
    case_id = add_case(store_workspace, "Per Persen")
    saver = Autosaver(store_workspace.ctx, store_workspace.main, delay_ms=60_000)
    saver.schedule(lambda sctx: update_case(sctx, case_id, parent=Parent(name="Per Pedersen"),
                                            responsible_id=None, categories=(),
                                            treatment_phase=TreatmentPhase.NONE))
    store_workspace.locker.lock()
    assert not saver.has_pending()
    _unlock_screen(qtbot, store_workspace)
    qtbot.waitUntil(lambda: not store_workspace.locker.locked)
    with store_workspace.ctx.reading() as sctx:
        assert view_case(sctx, case_id).parent.name == "Per Pedersen"


def test_status_shows_saved_after_an_autosaved_edit(qtbot: QtBot, store_workspace: Barnearket) -> None:
    assert store_workspace.main is not None
    case_id = add_case(store_workspace, "Kari Nordmann")
    label = store_workspace.main.status.save_label
    saver = Autosaver(store_workspace.ctx, store_workspace.main)
    saver.schedule(lambda sctx: update_case(sctx, case_id, parent=Parent(name="Kari Nordkvinne"),
                                            responsible_id=None, categories=("alkohol",),
                                            treatment_phase=TreatmentPhase.DURING))
    assert label.text() == "Lagrer …"
    with qtbot.waitSignal(saver.saved, timeout=2_000):
        pass
    assert label.text() == "✓ Lagret"
    saver.schedule(lambda sctx: update_case(sctx, case_id, parent=Parent(name=""), responsible_id=None,
                                            categories=(), treatment_phase=TreatmentPhase.NONE))
    with qtbot.waitSignal(saver.failed, timeout=2_000):
        pass
    assert label.text() == "Ikke lagret"
    assert label.toolTip() == "Skriv inn brukerens navn."
    assert QApplication.activeModalWidget() is None


def test_closing_the_window_stores_edits_and_closes_the_store(qtbot: QtBot,
                                                              store_workspace: Barnearket) -> None:
    assert store_workspace.main is not None
    case_id = add_case(store_workspace, "Ola Nordmann")
    saver = Autosaver(store_workspace.ctx, store_workspace.main, delay_ms=60_000)
    saver.schedule(lambda sctx: update_case(sctx, case_id, parent=Parent(name="Ola Nordbakken"),
                                            responsible_id=None, categories=(),
                                            treatment_phase=TreatmentPhase.NONE))
    store = store_workspace.ctx.case_file
    assert store is not None
    store_workspace.main.close()
    assert store.closed
    if is_file(store):
        assert not _wal(file_only(store).path).exists()
    reopened = open_store(store.location, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with reopened.read_session() as session:
            assert session.get(CaseRow, case_id).parent_name == "Ola Nordbakken"  # type: ignore[union-attr]
    finally:
        reopened.close()
