"""Auto-lock and Ctrl+L: nothing of the cases stays visible, the file is closed, unlocking restores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.model import Parent, TreatmentPhase
from barnearket.services.cases import update_case, view_case
from barnearket.storage.errors import MESSAGES, Problem
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.store import file_only
from barnearket.ui.autosave import Autosaver
from barnearket.ui.settings import Settings
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeRoot, add_case, unlock, visible_windows, write_settings


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _unlock_screen(qtbot: QtBot, root: Barnearket, passphrase: str = ADMIN_PASSPHRASE) -> None:
    root.locker.screen.passphrase.setText(passphrase)
    root.locker.screen.unlock_button.click()


def test_auto_lock_with_a_modal_dialog_open(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    write_settings(Settings(idle_minutes=0.004))
    root = make_root(LaunchOptions(file=closed_file))
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
    assert not _wal(closed_file).exists(), "a database connection is still open"
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


def test_ctrl_l_locks_and_a_wrong_passphrase_is_refused(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    QTest.keyClick(workspace.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert workspace.locker.locked
    assert visible_windows() == [workspace.locker.screen]
    _unlock_screen(qtbot, workspace, "feil")
    screen = workspace.locker.screen
    qtbot.waitUntil(screen.error.isVisible)
    assert screen.error.text() == MESSAGES[Problem.WRONG_PASSPHRASE]
    assert screen.passphrase.text() == ""
    assert workspace.locker.locked
    _unlock_screen(qtbot, workspace)
    qtbot.waitUntil(lambda: not workspace.locker.locked)
    assert workspace.main.isVisible()
    with workspace.ctx.reading() as sctx:
        locks = sctx.session.scalars(select(AuditEntry).where(AuditEntry.action == "lock")).all()
    assert workspace.ctx.actor is not None
    assert [(e.fields, e.actor_id) for e in locks] == [("manual", workspace.ctx.actor.user_id)]


def test_lock_stores_pending_edits_first(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Per Persen")
    saver = Autosaver(workspace.ctx, workspace.main, delay_ms=60_000)
    saver.schedule(lambda sctx: update_case(sctx, case_id, parent=Parent(name="Per Pedersen"),
                                            responsible_id=None, categories=(),
                                            treatment_phase=TreatmentPhase.NONE))
    workspace.locker.lock()
    assert not saver.has_pending()
    _unlock_screen(qtbot, workspace)
    qtbot.waitUntil(lambda: not workspace.locker.locked)
    with workspace.ctx.reading() as sctx:
        assert view_case(sctx, case_id).parent.name == "Per Pedersen"


def test_status_shows_saved_after_an_autosaved_edit(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Kari Nordmann")
    label = workspace.main.status.save_label
    saver = Autosaver(workspace.ctx, workspace.main)
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


def test_closing_the_window_stores_edits_and_closes_the_file(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Ola Nordmann")
    saver = Autosaver(workspace.ctx, workspace.main, delay_ms=60_000)
    saver.schedule(lambda sctx: update_case(sctx, case_id, parent=Parent(name="Ola Nordbakken"),
                                            responsible_id=None, categories=(),
                                            treatment_phase=TreatmentPhase.NONE))
    store = workspace.ctx.case_file
    assert store is not None
    case_file = file_only(store)
    workspace.main.close()
    assert case_file.closed
    assert not _wal(case_file.path).exists()
    reopened = open_case_file(case_file.path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with reopened.session() as session:
            assert session.get(CaseRow, case_id).parent_name == "Ola Nordbakken"  # type: ignore[union-attr]
    finally:
        reopened.close()
