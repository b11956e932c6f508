"""Acute danger: reachable by Ctrl+Shift+A from every window, and a report started at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import ReportRecipient, ReportStatus
from barnearket.services.cases import view_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import REPORTS
from barnearket.ui.seams import Dialogs
from tests.ui.conftest import add_case

KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_shortcut_from_the_main_window(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    QTest.keyClick(workspace.main.browser.search, Qt.Key.Key_A, KEYS)
    dialog = workspace.acute.dialog
    assert dialog is not None and dialog.isVisible()
    assert any("ring politiet 112" in label.text() for label in dialog.findChildren(QLabel))
    assert "barnevernvakten" in dialog.phone_label.text()
    assert not dialog.report_button.isEnabled(), "no case chosen yet"
    assert workspace.main.browser.search.text() == "", "the key must not reach the search field"


def test_shortcut_from_a_modal_dialog(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    new_case = workspace.main.new_case()
    QTest.keyClick(new_case.details.name, Qt.Key.Key_A, KEYS)
    dialog = workspace.acute.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal()
    dialog.close()
    assert new_case.isVisible()


def test_report_is_started_for_the_chosen_case(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Máret Ánne Sara")
    assert workspace.main.browser.select_case(case_id)
    dialog = workspace.acute.show_dialog()
    assert dialog.report_button.isEnabled()
    dialog.report_button.click()
    assert not dialog.report_button.isEnabled()
    assert workspace.acute.dialog is None, "the acute dialog gives way to the report editor"
    panel = workspace.main.case_view.panels[-1].panel
    assert isinstance(panel, ConcernPanel)
    editor = panel.view.reports_page.editor
    assert editor is not None and editor.isVisible(), "the draft opens in the report editor at once"
    assert "112" in editor.acute.text() and editor.acute.isVisible()
    assert panel.view.current_step() == REPORTS
    with workspace.ctx.reading() as sctx:
        case = view_case(sctx, case_id)
    assert len(case.children) == 1
    (concern,) = case.concerns
    (report,) = concern.reports
    assert report.recipient is ReportRecipient.BARNEVERN
    assert report.status is ReportStatus.DRAFT
    assert editor.report_id == report.id
    assert workspace.main.case_view.tabs.currentIndex() == 2
    editor.close()


def test_barnevernvakt_number_is_a_setting(qtbot: QtBot, workspace: Barnearket, dialogs: Dialogs) -> None:
    dialog = workspace.acute.show_dialog()
    dialogs.set_next_answer("55 55 55 55")
    change = next(b for b in dialog.findChildren(QPushButton) if "Endre" in b.text())
    change.click()
    assert "55 55 55 55" in dialog.phone_label.text()
    assert workspace.store.load().barnevernvakt_phone == "55 55 55 55"


def test_reachable_from_the_lock_screen(qtbot: QtBot, workspace: Barnearket) -> None:
    workspace.locker.lock()
    screen = workspace.locker.screen
    QTest.keyClick(screen.passphrase, Qt.Key.Key_A, KEYS)
    dialog = workspace.acute.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.report_button.isEnabled(), "no file is open while locked"
    assert screen.passphrase.text() == ""
    dialog.close()
    screen.acute_button.click()
    assert workspace.acute.dialog is not None and workspace.acute.dialog.isVisible()
