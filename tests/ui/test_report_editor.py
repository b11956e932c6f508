"""The report editor on a real file: the portal's gaps asked for on the spot, police, sent and feedback."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails, ReportChannel, ReportRecipient, ReportSection, ReportStatus
from barnearket.reports.report_parts import Part
from barnearket.services.cases import view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.organisation import save_organisation
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import REPORTS
from barnearket.ui.report.editor import ReportEditor
from tests.conftest import ADMIN_PASSPHRASE
from tests.reports import pdfcheck
from tests.reports.factory import ORG
from tests.ui.conftest import add_case
from tests.ui.sheet_support import type_text

pytestmark = pytest.mark.gui


def _editor(qtbot: QtBot, root: Barnearket, recipient: ReportRecipient) -> tuple[ReportEditor, int]:
    """A case, a child and a concern at level 4, nothing else; a new report opened from the concern."""
    case_id = add_case(root, "Biret Ánne Eira")
    with root.ctx.unit_of_work() as sctx:
        save_organisation(sctx, ORG)
        child = add_child(sctx, case_id, ChildDetails(name="Niillas Eira"))
        concern = open_concern(sctx, case_id, child, level=4)
    assert root.main is not None
    root.main.open_case(case_id)
    root.main.case_view.show_concerns()
    panel = root.main.case_view.panels[-1].build()
    assert isinstance(panel, ConcernPanel)
    panel.select(concern)
    panel.view.open_step(REPORTS)
    panel.view.reports_page.recipient.setCurrentIndex(panel.view.reports_page.recipient.findData(recipient))
    editor = panel.view.reports_page.new_report()
    assert editor is not None  # a child of the main window, deleted when closed
    return editor, case_id


def _next_tab(widget: QWidget) -> QWidget:
    """The widget Tab moves to (skipping parts that never take focus by Tab)."""
    found = widget.nextInFocusChain()
    while found is not None and not found.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found = found.nextInFocusChain()
    assert found is not None
    return found


def _reports(root: Barnearket, case_id: int) -> list:  # type: ignore[type-arg]
    with root.ctx.reading() as sctx:
        case = view_case(sctx, case_id, log_view=False)
    return sorted((r for c in case.concerns for r in c.reports), key=lambda r: r.id)


def test_missing_profile_is_asked_for_in_the_report(qtbot: QtBot, workspace: Barnearket) -> None:
    editor, _ = _editor(qtbot, workspace, ReportRecipient.BARNEVERN)
    assert editor.portal_gaps.isVisible() and "telefonnummer" in editor.portal_gaps.text()
    assert "Fyll inn" in editor.profile_button.text()
    editor.sections[ReportSection.CONCERN].setPlainText("Skrevet før profilen.")
    dialog = editor.edit_profile()
    assert dialog.isVisible()
    assert dialog.message.isVisible(), "the dialog says what the portal needs"
    dialog.title.setText("Teamleder")
    dialog.phone.setText("400 00 000")
    dialog.email.setText("feil-adresse")
    dialog.save()
    assert dialog.isVisible() and "E-postadressen" in dialog.message.text()
    dialog.email.setText("leder@porsanger.kommune.no")
    dialog.save()
    assert not dialog.isVisible()
    assert not editor.portal_gaps.isVisible(), editor.portal_gaps.text()
    assert "400 00 000" in editor.reporter.text()
    assert editor.sections[ReportSection.CONCERN].toPlainText() == "Skrevet før profilen.", "typing kept"
    editor.close()


def test_nothing_blocks_completing_and_printing(qtbot: QtBot, workspace: Barnearket) -> None:
    editor, case_id = _editor(qtbot, workspace, ReportRecipient.BARNEVERN)
    assert _next_tab(editor.language) is editor.sections[ReportSection.OTHER_SERVICES], "Tab order"
    assert _next_tab(editor.parents_box.why) is editor.interpreter
    assert _next_tab(editor.sections[ReportSection.OTHER_VIEWS]) is editor.tracking.sent_on
    editor.complete_button.click()
    (report,) = _reports(workspace, case_id)
    assert report.status is ReportStatus.READY
    assert "Ingen samtale med foreldrene" in editor.notes.text()
    preview = editor.preview()
    assert preview is not None and preview.document is not None
    assert "Bekymringsmelding til barnevernstjenesten" in pdfcheck.flat(preview.document.data)
    assert preview.editors[Part.CONCERN].isReadOnly(), "the text is edited in one place: the editor"
    preview.close()
    editor.close()


def test_police_report_has_its_own_wording_and_no_portal_file(qtbot: QtBot, workspace: Barnearket) -> None:
    editor, case_id = _editor(qtbot, workspace, ReportRecipient.POLITI)
    assert editor.json_button.isHidden()
    assert "politiet" in editor.windowTitle()
    preview = editor.preview()
    assert preview is not None and preview.document is not None
    text = pdfcheck.flat(preview.document.data)
    assert "Melding til politiet" in text and "helsepersonelloven § 31" in text
    assert "barnevernsloven § 13-2" not in text
    preview.close()
    editor.tracking.channel.setCurrentIndex(editor.tracking.channel.findData(ReportChannel.PHONE))
    editor.tracking.send_button.click()
    (report,) = _reports(workspace, case_id)
    assert report.status is ReportStatus.SENT and report.recipient is ReportRecipient.POLITI
    assert editor.tracking.feedback_button.isHidden(), "child welfare's deadlines are not the police's"
    editor.close()


def test_sent_then_feedback_then_a_corrected_version(qtbot: QtBot, workspace: Barnearket) -> None:
    editor, case_id = _editor(qtbot, workspace, ReportRecipient.BARNEVERN)
    editor.sections[ReportSection.CONCERN].setPlainText("Første versjon.")
    yesterday = workspace.ctx.clock.today() - timedelta(days=1)
    editor.mark_sent(yesterday, ReportChannel.LETTER, "")
    assert editor.sections[ReportSection.CONCERN].isReadOnly()
    assert "Purres hvis ikke svar" in editor.tracking.dates.text()
    editor.tracking.reference.setText("BVM-9")
    editor.tracking.feedback_on.set_value(workspace.ctx.clock.today())
    editor.tracking.feedback_button.click()
    assert "Tilbakemelding mottatt" in editor.tracking.dates.text()
    assert "Purres" not in editor.tracking.dates.text(), "nothing to chase once answered"
    (sent,) = _reports(workspace, case_id)
    assert (sent.sent_on, sent.channel, sent.portal_reference) == (yesterday, ReportChannel.LETTER, "BVM-9")
    assert sent.feedback_on == workspace.ctx.clock.today()
    assert sent.content.section(ReportSection.CONCERN) == "Første versjon."

    editor.tracking.correct_button.click()
    assert not editor.sections[ReportSection.CONCERN].isReadOnly()
    editor.sections[ReportSection.CONCERN].setPlainText("Rettet versjon.")
    editor.close()  # closing stores what was typed
    first, second = _reports(workspace, case_id)
    assert first.status is ReportStatus.SENT
    assert first.content.section(ReportSection.CONCERN) == "Første versjon."
    assert (second.series, second.version, second.status) == (1, 2, ReportStatus.DRAFT)
    assert second.content.section(ReportSection.CONCERN) == "Rettet versjon."


def test_locking_stores_what_is_typed_and_the_editor_comes_back(qtbot: QtBot, workspace: Barnearket) -> None:
    editor, case_id = _editor(qtbot, workspace, ReportRecipient.BARNEVERN)
    editor.sections[ReportSection.HISTORY].setPlainText("Skrevet like før låsing.")
    workspace.locker.lock()
    assert workspace.locker.locked and not editor.isVisible()
    workspace.locker.screen.passphrase.setText(ADMIN_PASSPHRASE)
    workspace.locker.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not workspace.locker.locked)
    (report,) = _reports(workspace, case_id)
    assert report.content.section(ReportSection.HISTORY) == "Skrevet like før låsing."
    assert editor.isVisible()
    editor.close()


def test_tab_into_a_prefilled_part_adds_after_the_text(qtbot: QtBot, workspace: Barnearket) -> None:
    """Found in the real window: tabbing into «Bekymringen» (prefilled from the case) and typing put
    the new words in front of the old ones."""
    editor, _ = _editor(qtbot, workspace, ReportRecipient.BARNEVERN)
    concern = editor.sections[ReportSection.CONCERN]
    concern.setPlainText("Barnehagen har meldt fra.")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    concern.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(concern.hasFocus)
    type_text(concern, " Mor er redd.")
    assert concern.toPlainText() == "Barnehagen har meldt fra. Mor er redd."
