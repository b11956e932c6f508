"""The family's rights in the real window: innsyn saved as PDF, «overført til journal» making the
case read-only (banner, locked buttons), and purge from the queue «Klar for sletting»."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    queue.purge_selected()
    assert view.case is not None
    dialogs.set_next_answer(True)
    queue.purge_selected()
    assert view.case is None and queue.table.rowCount() == 0
    assert main.browser.model.row_of(family.case_id) < 0
    with workspace.ctx.reading() as sctx, pytest.raises(NotFoundError, match="Fant ikke saken"):
        view_case(sctx, family.case_id, log_view=False)
    queue.close()


def test_purge_of_an_untransferred_case_is_refused_with_the_reason(workspace: Barnearket) -> None:
    main, family = _family(workspace)
    dialogs = workspace.ctx.dialogs
    dialogs.set_next_answer(True)
    assert not main.rights.purge()
    title, text = dialogs.last("message") or ("", "")
    assert title == "Ikke slettet" and "ikke merket som overført" in text
    assert main.case_view.case is not None and main.case_view.case.id == family.case_id
