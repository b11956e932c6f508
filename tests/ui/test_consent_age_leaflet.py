"""Issue 20, points 6 and 7 through the real main window: the adult user's consent to inform adult
relatives, a filled consent form printed from the window, a child who turns 18 (shown, out of the
queues, close or carry on), and the leaflet from the Documents menu, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails, ConcernStatus, Relation
from barnearket.domain.model.consent import RELATIVES
from barnearket.services.agenda import needs_me_now
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.overview.queues import decisions_overdue
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.documents import DocumentDialog
from barnearket.ui.edit.casebar import CloseCaseDialog
from barnearket.ui.leafletdialog import LeafletDialog
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.seams import Dialogs
from tests.reports import pdfcheck
from tests.ui.conftest import add_case
from tests.ui.test_concern_panel import _fill

ADULT = "Ánde Ŋuolas"
MINOR = "Sunná Ŋuolas"


def _family(root: Barnearket, *, minor: bool = True) -> tuple[int, int, int | None]:
    """A case with a child who turned 18 ten days ago and (optionally) a younger sibling, each with a
    concern whose decision is overdue."""
    case_id = add_case(root, "Máret Ŋuolas")
    with root.ctx.unit_of_work() as sctx:
        today = sctx.clock.today()
        born = date(today.year - 18, today.month, today.day) - timedelta(days=10)
        adult = add_child(sctx, case_id, ChildDetails(name=ADULT, relation=Relation.OWN, birth_date=born))
        open_concern(sctx, case_id, adult, level=2, arose_on=today - timedelta(days=30))
        young = None
        if minor:
            young = add_child(sctx, case_id, ChildDetails(name=MINOR, relation=Relation.OWN,
                                                          birth_date=date(today.year - 9, 1, 15)))
            open_concern(sctx, case_id, young, level=2, arose_on=today - timedelta(days=30))
    assert root.main is not None
    root.main.refresh()
    root.main.open_case(case_id)
    return case_id, adult, young


def test_a_child_who_turns_18_is_shown_leaves_the_queues_and_the_case_carries_on(
        store_workspace: Barnearket) -> None:
    root, main = store_workspace, store_workspace.main
    assert main is not None
    case_id, _adult, young = _family(root)
    assert young is not None
    with root.ctx.reading() as sctx:
        agenda = needs_me_now(sctx)
        queue = decisions_overdue(sctx)
        concerns = {c.child_id: c.id for c in load_case(sctx.session, case_id).concerns}
    assert {i.concern_id for i in agenda} == {concerns[young]}, "the grown-up's concern left my list"
    assert {r.concern_id for r in queue} == {concerns[young]}, "and the coordinator's queue"

    view = main.case_view
    banner = view.adult
    assert banner.isVisible()
    assert ADULT in banner.text.text() and "fylte 18 år" in banner.text.text()
    shown = [view.children_model.index(r, 0).data() for r in range(view.children_model.rowCount())]
    assert any(ADULT in line and "voksen" in line for line in shown)
    assert any(MINOR in line and "voksen" not in line for line in shown)

    banner.carry_on_button.click()
    assert not banner.isVisible(), "carrying on answers the question for good"
    main.open_case(case_id)
    assert not view.adult.isVisible()
    with root.ctx.reading() as sctx:
        assert all(c.status is ConcernStatus.OPEN for c in load_case(sctx.session, case_id).concerns)


def test_closing_for_a_grown_up_child_closes_the_concern_and_offers_to_close_the_case(
        store_workspace: Barnearket, dialogs: Dialogs) -> None:
    root, main = store_workspace, store_workspace.main
    assert main is not None
    case_id, _adult, _ = _family(root, minor=False)
    banner = main.case_view.adult
    assert banner.isVisible() and "Åpne bekymringer for barnet: 1." in banner.text.text()
    dialogs.set_next_answer(True)
    banner.close_button.click()
    with root.ctx.reading() as sctx:
        (concern,) = load_case(sctx.session, case_id).concerns
    assert concern.status is ConcernStatus.CLOSED
    closing = main.case_view.findChild(CloseCaseDialog, "closeCaseDialog")
    assert closing is not None and closing.isVisible(), "nothing else is open: the case can be closed"
    closing.close()
    assert not main.case_view.adult.isVisible()


def _consents(qtbot: QtBot, main: MainWindow):  # type: ignore[no-untyped-def]
    main.case_view.tabs.setCurrentIndex(2)
    panel = main.case_view.panels[1].panel
    assert isinstance(panel, ConcernPanel)
    qtbot.waitUntil(panel.isVisible)
    panel.view.open_step(8)
    return panel.view.pages.consents


def test_the_adult_users_consent_to_inform_relatives_is_recorded_and_prints_filled_in(
        qtbot: QtBot, store_workspace: Barnearket) -> None:
    root, main = store_workspace, store_workspace.main
    assert main is not None
    case_id, _adult, _young = _family(root)
    page = _consents(qtbot, main)
    assert page.share_choice.findData(RELATIVES) >= 0, "«may we tell the relatives?» can be asked"
    assert page.box is not None
    _fill(page.box.form, {"answer": "given", "given_by": "parent", "consent_child": "",
                          "purpose": "parorende_voksne", "recipients": [RELATIVES], "form": "written",
                          "note": "Søsteren Elle Ŋuolas kan få vite om innleggelsen"})
    page.box.button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    with root.ctx.reading() as sctx:
        (consent,) = load_case(sctx.session, case_id).consents
    assert consent.recipients == frozenset({RELATIVES})
    assert consent.purpose == "parorende_voksne", "stored by its id, not its wording (issue 15)"
    assert "Informere eller involvere voksne pårørende" in [
        page.model.index(0, c).data() for c in range(page.model.columnCount())]
    page.share_choice.setCurrentIndex(page.share_choice.findData(RELATIVES))
    page.share_button.click()
    assert "gyldig samtykke" in page.share_result.text()

    assert not page.print_button.isEnabled()
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    dialog = page.print_selected()
    assert isinstance(dialog, DocumentDialog) and dialog.document is not None
    text = pdfcheck.flat(dialog.document.data)
    assert "Voksne pårørende (navngitt i merknaden)" in text, text
    assert "Informere eller involvere voksne pårørende" in text
    dialog.close()


def test_the_leaflet_opens_from_the_documents_menu_and_fits_one_page(
        tmp_path: Path, store_workspace: Barnearket, dialogs: Dialogs) -> None:
    main = store_workspace.main
    assert main is not None
    menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Dokumenter")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == "B&rosjyre til forelderen …")
    action.trigger()
    dialog = main.findChild(LeafletDialog, "leafletDialog")
    assert dialog is not None and dialog.isVisible() and dialog.data is not None
    assert dialog.pdf.pageCount() == 1
    assert "Når vi spør om barna" in pdfcheck.flat(dialog.data)
    target = tmp_path / "brosjyre.pdf"
    dialogs.set_next_answer(target)
    dialog.save_as()
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 1
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
