"""Autosave tells the truth (issue 11, point 5 and acceptance 1): on a disk filled to 50 levels from
0 B to 1 MiB free, typing in the conversation either is stored and says "Lagret", or says
"Ikke lagret" in red with the reason, keeps the text and stores it by itself once space is freed.
Nothing acknowledged is ever lost. Other faults (a driver error, an OS error) are caught the same way,
and unlocking on a full disk says "disk full", not "damaged".
"""

from __future__ import annotations

import errno

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from barnearket.app import Barnearket, LaunchOptions
from barnearket.services.context import ServiceContext
from barnearket.storage.errors import MESSAGES, Problem
from barnearket.storage.mapping import load_case
from barnearket.storage.opening import open_case_file
from barnearket.ui.autosave import Autosaver
from barnearket.ui.sheet.panel import ConversationPanel
from barnearket.ui.status import FAILED_STYLE
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.faults.disk import fill_to, free_all, levels, small_disk
from tests.ui.conftest import MakeRoot, unlock
from tests.ui.sheet_support import type_text
from tests.ui.test_kill_after_typing import _case_on_file

SHEET_TAB = 1
SAVED, FAILED = "✓ Lagret", "Ikke lagret – prøver igjen"  # a fault of the disk is retried by itself


def _panel(qtbot: QtBot, root: Barnearket, case_id: int) -> ConversationPanel:
    main = root.main
    assert main is not None
    main.open_case(case_id)
    main.case_view.tabs.setCurrentIndex(SHEET_TAB)
    panel = main.case_view.panels[SHEET_TAB - 1].panel
    assert isinstance(panel, ConversationPanel)
    qtbot.waitUntil(panel.isVisible)
    if panel.sheet is None:
        panel.header.new.click()
    assert panel.sheet is not None
    return panel


def _stored_notes(root: Barnearket, case_id: int) -> str:
    with root.ctx.reading() as sctx:
        sheet = load_case(sctx.session, case_id).latest_sheet(completed_only=False)
    assert sheet is not None
    return sheet.quick_notes


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_autosave_on_a_full_disk_never_says_saved_for_what_is_not(
        qtbot: QtBot, make_root: MakeRoot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.sheet.saving.RETRY_MS", 100)
    with small_disk(8) as disk:
        path = disk / "saker.barnearket"
        case_id = _case_on_file(path)
        root = make_root(LaunchOptions(file=path))
        root.start()
        unlock(qtbot, root)
        panel = _panel(qtbot, root, case_id)
        assert root.main is not None
        label = root.main.status.save_label
        failed_levels = 0
        for i, free in enumerate(levels(50)):
            fill_to(disk, free)
            type_text(panel.side.notes, f" linje {i} – Ánte ŋ;")
            qtbot.waitUntil(lambda: label.text() in (SAVED, FAILED), timeout=5000)
            typed = panel.side.notes.toPlainText()
            if label.text() == FAILED:
                failed_levels += 1
                assert label.styleSheet() == FAILED_STYLE
                assert MESSAGES[Problem.DISK_FULL] in label.toolTip()
                assert "skadet" not in label.toolTip().replace("ikke skadet", "")
                assert panel.saver.has_pending()
            else:
                assert _stored_notes(root, case_id) == typed, f"'Lagret' at {free} B but not stored"
            free_all(disk)
            qtbot.waitUntil(lambda: label.text() == SAVED, timeout=5000)  # retried by itself
            assert root.main.status.currentMessage() == "" and panel.error.text() == ""
            assert not panel.saver.has_pending()
            assert _stored_notes(root, case_id) == typed
        assert failed_levels > 0, "the disk was never full enough to refuse a save"
        root.shutdown()
        case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        try:
            with case_file.read_session() as session:
                sheet = load_case(session, case_id).latest_sheet(completed_only=False)
            assert sheet is not None and sheet.quick_notes == typed
        finally:
            case_file.close()


@pytest.mark.parametrize("fault", [
    OperationalError("COMMIT", {}, Exception("database or disk is full")),
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EROFS, "Read-only file system"),
])
def test_any_fault_while_autosaving_turns_the_status_red_and_is_retried(
        qtbot: QtBot, workspace: Barnearket, fault: Exception) -> None:
    assert workspace.main is not None
    label = workspace.main.status.save_label
    saver = Autosaver(workspace.ctx, workspace.main, delay_ms=10)
    saver._retry.setInterval(1500)
    attempts: list[int] = []

    def job(_sctx: ServiceContext) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise fault

    other = Autosaver(workspace.ctx, workspace.main, delay_ms=10)
    saver.schedule(job, key="felt")
    qtbot.waitUntil(lambda: label.text() == FAILED)
    assert label.styleSheet() == FAILED_STYLE and label.toolTip()
    other.schedule(lambda _s: None, key="annet")  # another editor's save must not say "Lagret" yet
    qtbot.waitUntil(lambda: not other.has_pending())
    assert saver.has_pending() and label.text() == FAILED
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=5000)
    assert len(attempts) == 2 and not saver.has_pending()


def test_a_bug_while_autosaving_is_not_hidden(workspace: Barnearket) -> None:
    assert workspace.main is not None
    saver = Autosaver(workspace.ctx, workspace.main, delay_ms=10)

    def job(_sctx: ServiceContext) -> None:
        raise ZeroDivisionError

    saver.schedule(job, key="felt")
    with pytest.raises(ZeroDivisionError):
        saver.flush()




@pytest.mark.timeout(120)
def test_unlocking_on_a_full_disk_says_so_and_works_once_space_is_freed(
        qtbot: QtBot, make_root: MakeRoot) -> None:
    with small_disk(8) as disk:
        path = disk / "saker.barnearket"
        _case_on_file(path)
        fill_to(disk, 0)
        root = make_root(LaunchOptions(file=path))
        root.start()
        root.unlock.login.setText(ADMIN_LOGIN)
        root.unlock.passphrase.setText(ADMIN_PASSPHRASE)
        root.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: bool(root.unlock.error.text()), timeout=10_000)
        assert root.unlock.error.text() == MESSAGES[Problem.DISK_FULL]
        assert root.main is None
        free_all(disk)
        unlock(qtbot, root)
        root.shutdown()
