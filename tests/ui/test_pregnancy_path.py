"""The pregnancy path through the real main window: screening, responsibility group, the plan's
deadline in «Trenger meg nå» and the coordinator's queue, and a report to social services that
needs no consent."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails, ReportRecipient
from barnearket.domain.rules.agenda import AgendaKind
from barnearket.services.children import add_child
from barnearket.services.pregnancy import load_pregnancy
from barnearket.services.report_editing import report_document
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.needs import ITEM_ROLE
from barnearket.ui.pregnancy import PregnancyDialog
from tests.helpers.needs import reload_needs
from tests.ui.conftest import add_case


def _unborn_case(store_workspace: Barnearket, days_to_term: int) -> tuple[int, int]:
    case_id = add_case(store_workspace, "Ánne Márjá Ødegård")
    due = store_workspace.ctx.clock.today() + timedelta(days=days_to_term)
    with store_workspace.ctx.unit_of_work() as sctx:
        child_id = add_child(sctx, case_id, ChildDetails(name="Ufødt barn", unborn=True, due_date=due))
    assert store_workspace.main is not None
    store_workspace.main.refresh()
    store_workspace.main.open_case(case_id)
    return case_id, child_id


def test_late_plan_shows_in_the_case_the_needs_list_and_the_coordinators_queue(
        qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = store_workspace.main
    assert main is not None
    case_id, child_id = _unborn_case(store_workspace, 60)  # plan due a month ago
    summary = main.case_view.pregnancy
    assert summary.isVisible() and "forsinket" in summary.text.text()
    assert "ingen ansvarsgruppe" in summary.text.text()
    reload_needs(qtbot, main.needs)
    items = [main.needs.model.index(r, 0).data(ITEM_ROLE) for r in range(main.needs.model.rowCount())]
    assert [(i.kind, i.case_id, i.ref_id, i.overdue) for i in items] == [
        (AgendaKind.PREGNANCY_PLAN, case_id, child_id, True)]
    assert "Plan for svangerskapet" in main.needs.model.index(0, 0).data()
    overview = main.show_overview()
    with qtbot.waitSignal(overview.queues_loaded, timeout=10_000):
        overview.reload()
    assert overview.queues["pregnancy"].model.rowCount() == 1


def test_screening_group_and_plan_are_recorded_in_the_dialog(qtbot: QtBot,
                                                             store_workspace: Barnearket) -> None:
    main = store_workspace.main
    assert main is not None
    _case_id, child_id = _unborn_case(store_workspace, 60)
    dialog = main.case_view.pregnancy.open_dialog()
    assert isinstance(dialog, PregnancyDialog) and dialog.isVisible()
    QTest.keyClicks(dialog.tool, "TWEAK")
    dialog.screened_on.set_value(store_workspace.ctx.clock.today())
    QTest.keyClicks(dialog.outcome, "3 poeng, snakket om rusfrihet")
    for role, service in (("Jordmor", "Helsestasjonen"), ("Fastlege", ""), ("Veileder", "NAV")):
        QTest.keyClicks(dialog.role, role)
        QTest.keyClicks(dialog.service, service)
        QTest.keyClick(dialog.service, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter adds the member, it does not close the dialog"
    assert dialog.members.count() == 3 and dialog.members.item(0).text() == "Jordmor – Helsestasjonen"
    dialog.members.setCurrentRow(1)
    dialog.remove_button.click()
    assert [dialog.members.item(i).text() for i in range(2)] == ["Jordmor – Helsestasjonen",
                                                                  "Veileder – NAV"]
    dialog.plan_made_on.set_value(store_workspace.ctx.clock.today())
    QTest.keyClicks(dialog.plan_text, "Ansvarsgruppen møtes hver fjortende dag.")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with store_workspace.ctx.reading() as sctx:
        stored = load_pregnancy(sctx, child_id)
    assert (stored.screening_tool, stored.screening_result) == ("TWEAK", "3 poeng, snakket om rusfrihet")
    assert stored.plan_made_on == store_workspace.ctx.clock.today()
    text = main.case_view.pregnancy.text.text()
    assert "TWEAK" in text and "Jordmor, Veileder" in text and "Plan laget" in text
    reload_needs(qtbot, main.needs)
    assert main.needs.model.rowCount() == 0, "a plan that is made leaves the list"


def test_report_to_social_services_opens_in_the_editor_without_consent(
        qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = store_workspace.main
    assert main is not None
    _unborn_case(store_workspace, 150)  # plan not due yet: nothing in the needs list
    reload_needs(qtbot, main.needs)
    assert main.needs.model.rowCount() == 0
    dialog = main.case_view.pregnancy.open_dialog()
    assert dialog is not None
    dialog.social_button.click()
    panel = main.case_view.panels[-1].panel
    assert isinstance(panel, ConcernPanel)
    assert not panel.view.pregnancy.isHidden(), "the concern about the unborn child shows the path"
    assert panel.view.pregnancy.text().startswith("Svangerskap: ingen screening notert")
    editor = panel.view.reports_page.editor
    assert editor is not None and editor.isVisible()
    assert editor.recipient.currentData() == ReportRecipient.SOSIAL_SVANGERSKAP
    assert "sosialtjenesten" in editor.windowTitle()
    editor.complete()
    assert "krever ikke samtykke" in editor.notes.text()
    assert "samtykke mangler" not in editor.notes.text().lower()
    with store_workspace.ctx.unit_of_work() as sctx:
        document = report_document(sctx, editor.report_id)
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(document.data)).pages)
    assert "Melding til sosialtjenesten om gravid kvinne og ufødt barn" in " ".join(text.split())
    assert "helsepersonelloven § 32" in text
