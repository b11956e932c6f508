"""The main window: new case with the gate first, search-as-you-type, keys, models, accessibility."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import GateAnswer
from barnearket.services.cases import view_case
from barnearket.ui.caselist import ID_ROLE
from barnearket.ui.newcase import NewCaseDialog
from tests.ui.conftest import add_case


def type_text(widget: QWidget, text: str) -> None:
    """Type any character (keyClicks aborts outside Latin-1, e.g. on Sami letters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def visible_names(root: Barnearket) -> list[str]:
    assert root.main is not None
    proxy = root.main.browser.proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]


def test_new_case_asks_the_gate_question_first(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    QTest.keyClick(workspace.main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = workspace.main.findChild(NewCaseDialog, "newCaseDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentWidget() is dialog.gate
    assert dialog.gate.children_group.title() == "Har brukeren barn under 18 år?"
    assert not dialog.next_button.isEnabled()
    dialog.gate.children_group.buttons.button(2).click()
    dialog.gate.siblings_group.buttons.button(0).click()
    dialog.next_button.click()
    dialog.details.name.setText("Ŋuvvos Đuommá")
    dialog.details.new_unit_name.setText("Tildelingskontoret")
    dialog.details.category_model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.create_button.click()
    case = workspace.main.case_view.case
    assert case is not None and case.gate is not None
    assert case.gate.answer is GateAnswer.VIL_IKKE_SVARE
    assert case.gate.siblings is GateAnswer.JA
    assert len(case.categories) == 1
    assert workspace.main.browser.current_case_id() == case.id
    assert workspace.main.case_view.summary.title.text() == "Ŋuvvos Đuommá"


def test_search_as_you_type_folds_case_for_norwegian_and_sami(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    for name in ("Åse Ødegård", "Ánde Đuommá", "Per Persen", "Æsa Ærlig"):
        add_case(workspace, name)
    search = workspace.main.browser.search
    QTest.keyClick(workspace.main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is search
    type_text(search, "ØDEG")
    assert visible_names(workspace) == ["Åse Ødegård"]
    search.clear()
    type_text(search, "đUOM")
    assert visible_names(workspace) == ["Ánde Đuommá"]
    search.clear()
    assert len(visible_names(workspace)) == 4
    workspace.main.browser.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert visible_names(workspace) == ["Ánde Đuommá", "Per Persen", "Æsa Ærlig", "Åse Ødegård"]


def test_choosing_a_case_shows_it_and_logs_the_view(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Kari Nordmann", GateAnswer.UKJENT)
    table = workspace.main.browser.table
    table.selectRow(0)
    assert table.model().index(0, 0).data(ID_ROLE) == case_id
    view = workspace.main.case_view
    assert view.case is not None and view.case.id == case_id
    assert "Ukjent" in view.summary.values["gate"].text()
    with workspace.ctx.reading() as sctx:
        assert view_case(sctx, case_id).parent.name == "Kari Nordmann"


def test_window_fits_a_1366_by_768_screen(workspace: Barnearket) -> None:
    assert workspace.main is not None
    hint = workspace.main.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    workspace.main.resize(1366, 740)
    assert workspace.main.width() <= 1366
