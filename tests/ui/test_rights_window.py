"""The family's rights in the real window: innsyn saved as PDF, «overført til journal» making the
case read-only (banner, locked buttons), and purge from the queue «Klar for sletting»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.errors import NotFoundError
from barnearket.services.cases import view_case
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.units import add_unit
from tests.reports.pdfcheck import flat
from tests.rights.family import CHILD, CONSULTANT, PARENT, SIBLING, Family, write_family


def _family(root: Barnearket) -> tuple[MainWindow, Family]:
    with root.ctx.unit_of_work() as sctx:
        unit = add_unit(sctx, "Psykisk helse og rus Nord", "psykisk_helse")
        family = write_family(sctx, unit, closed=True)
    main = root.main
    assert main is not None
    main.refresh()
    main.open_case(family.case_id)
    return main, family


def test_innsyn_transfer_and_purge_from_the_menu(qtbot: QtBot, workspace: Barnearket, tmp_path: Path) -> None:
    main, family = _family(workspace)
    dialogs = workspace.ctx.dialogs
    innsyn = main.rights.innsyn()
    assert innsyn is not None and innsyn.person.count() == 3
    out = tmp_path / "innsyn.pdf"
    dialogs.set_next_answer(str(out))
    innsyn.save_button.click()
    assert innsyn.saved_to == out
    text = flat(out.read_bytes())
    assert PARENT in text and CHILD in text and SIBLING not in text and CONSULTANT not in text

    transfer = main.rights.transfer()
    assert transfer is not None
    transfer.save_button.click()
    assert "journalreferansen" in transfer.error.text()
    transfer.reference.setText("DIPS 2026/41")
    transfer.save_button.click()
    qtbot.waitUntil(lambda: not transfer.isVisible())
    view = main.case_view
    assert view.transferred.isVisible() and "DIPS 2026/41" in view.transferred.text()
    assert not view.case_actions.isEnabled()

    queue = main.rights.queue()
    assert queue.table.rowCount() == 0 and not queue.purge_button.isEnabled()
    queue.show_waiting.setChecked(True)
    assert queue.table.rowCount() == 1 and queue.table.item(0, 2).text() == "DIPS 2026/41"  # type: ignore[union-attr]
    dialogs.set_next_answer(False)
    assert queue.purge_selected() is None
    assert view.case is not None
    dialogs.set_next_answer(True)
    assert queue.purge_selected() is not None
    qtbot.waitUntil(lambda: view.case is None, timeout=20_000)
    assert queue.table.rowCount() == 0 and dialogs.last("message")[0] == "Slettet"  # type: ignore[index]
    assert main.browser.model.row_of(family.case_id) < 0
    with workspace.ctx.reading() as sctx, pytest.raises(NotFoundError, match="Fant ikke saken"):
        view_case(sctx, family.case_id, log_view=False)
    queue.close()


def test_purge_of_an_untransferred_case_is_refused_with_the_reason(qtbot: QtBot,
                                                                   workspace: Barnearket) -> None:
    main, family = _family(workspace)
    dialogs = workspace.ctx.dialogs
    dialogs.set_next_answer(True)
    job = main.rights.purge()
    assert job is not None
    qtbot.waitUntil(lambda: dialogs.last("message") is not None, timeout=20_000)
    title, text = dialogs.last("message") or ("", "")
    assert title == "Ikke slettet" and "ikke merket som overført" in text
    assert main.case_view.case is not None and main.case_view.case.id == family.case_id


def test_the_purge_runs_off_the_gui_thread_behind_a_busy_indicator(
        qtbot: QtBot, workspace: Barnearket, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the clean-up after a purge is held back on the worker thread, the GUI thread keeps
    running its event loop (a timer fires, the busy indicator shows); then the result is shown."""
    import threading

    from PySide6.QtCore import QTimer

    from barnearket.services import purge as purge_service
    from barnearket.services.transfer import transfer_case
    from barnearket.ui.rights import purgejob

    main, family = _family(workspace)
    with workspace.ctx.unit_of_work() as sctx:
        transfer_case(sctx, family.case_id, "DIPS 2026/42")
    main.open_case(family.case_id)
    release, entered, workers = threading.Event(), threading.Event(), []

    def held(store: object) -> purge_service.Scrubbed:
        workers.append(threading.current_thread())
        entered.set()
        assert release.wait(30)
        return purge_service.clean_up(store)  # type: ignore[arg-type]

    monkeypatch.setattr(purgejob, "clean_up", held)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    workspace.ctx.dialogs.set_next_answer(True)
    job = main.rights.purge()
    assert job is not None and job.indicator is not None
    qtbot.waitUntil(entered.is_set)
    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > seen + 2)  # the GUI thread is free while the worker waits
    label = job.indicator.findChild(QLabel)
    assert job.indicator.isVisible() and label is not None and "Sletter sak" in label.text()
    assert job.running and main.case_view.case is not None
    release.set()
    qtbot.waitUntil(lambda: main.case_view.case is None, timeout=20_000)
    timer.stop()
    assert workers and workers[0] is not threading.main_thread()
    title, text = workspace.ctx.dialogs.last("message") or ("", "")
    assert title == "Slettet" and "er slettet" in text
    assert main.browser.model.row_of(family.case_id) < 0


def test_the_real_confirmation_box_says_yes_and_no(qtbot: QtBot, workspace: Barnearket) -> None:
    """A shown confirmation (not a queued answer) returns what was chosen, after the accessibility
    filter has gone over the box's buttons."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from barnearket.ui.seams import Dialogs

    main = workspace.main
    assert main is not None

    def choose(role: QMessageBox.ButtonRole) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: choose(role))
            return
        next(b for b in box.buttons() if box.buttonRole(b) is role).click()

    roles = QMessageBox.ButtonRole
    for role, expected in ((roles.AcceptRole, True), (roles.RejectRole, False)):
        QTimer.singleShot(20, lambda r=role: choose(r))
        assert Dialogs().confirm(main, "Slette saken for godt?", "Sikker?", "&Slett saken",
                                 safe_default=True) is expected
