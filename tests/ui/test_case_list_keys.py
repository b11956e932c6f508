"""The case list by keyboard: arrows only move the choice, Enter opens, Tab leaves, Ctrl+B hides it."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolBar
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.ui.casetable import OPEN_PAUSE_MS
from tests.ui.conftest import add_case
from tests.ui.sheet_support import focused, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _three_cases(workspace: Barnearket) -> list[int]:
    return [add_case(workspace, name) for name in ("Åse Berg", "Ŋuolas Ođđa", "Per Dahl")]


def test_arrow_keys_move_the_choice_and_enter_opens(qtbot: QtBot, workspace: Barnearket) -> None:
    main = workspace.main
    assert main is not None
    _three_cases(workspace)
    table, view = main.browser.table, main.case_view
    table.selectRow(0)
    first = view.case.id if view.case else None
    assert first is not None, "a deliberate choice (click, program) opens at once"
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert main.browser.current_case_id() != first
    assert view.case is not None and view.case.id == first, "moving with the arrows opens nothing"
    assert "Enter" in main.browser.count.text()
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert view.case.id == main.browser.current_case_id()
    assert table.shown_id == view.case.id


def test_a_pause_on_a_row_opens_it(qtbot: QtBot, workspace: Barnearket) -> None:
    main = workspace.main
    assert main is not None
    _three_cases(workspace)
    main.browser.table.selectRow(0)
    with qtbot.waitSignal(main.browser.case_selected, timeout=OPEN_PAUSE_MS * 3) as opened:
        pressed = time.monotonic()
        QTest.keyClick(main.browser.table, Qt.Key.Key_Down)
        chosen = main.browser.current_case_id()
        assert main.case_view.case is not None and main.case_view.case.id != chosen
    paused = time.monotonic() - pressed
    assert opened.args == [chosen]
    assert paused >= 0.9 * OPEN_PAUSE_MS / 1000, "not while the user may still be moving"
    qtbot.waitUntil(lambda: main.case_view.case is not None and main.case_view.case.id == chosen)


def test_tab_leaves_every_table_in_the_workspace(qtbot: QtBot, workspace: Barnearket) -> None:
    main = workspace.main
    assert main is not None
    _three_cases(workspace)
    show_active(qtbot, main)
    main.browser.table.selectRow(0)
    main.browser.table.setFocus()
    QTest.keyClick(main.browser.table, Qt.Key.Key_Tab)
    assert focused(main) is not main.browser.table
    main.case_view.tabs.setCurrentIndex(2)
    main.show_overview()
    tables = [t for t in main.findChildren(QTableView)]
    assert len(tables) >= 3
    assert all(not t.tabKeyNavigation() for t in tables)
    assert all(t.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows for t in
               [main.browser.table])


def test_ctrl_b_hides_and_shows_the_case_list(qtbot: QtBot, workspace: Barnearket) -> None:
    main = workspace.main
    assert main is not None
    _three_cases(workspace)
    main.resize(1366, 740)
    show_active(qtbot, main)
    main.browser.table.setFocus()
    wide_before = main.case_view.width()
    QTest.keyClick(main, Qt.Key.Key_B, CTRL)
    assert not main.browser.isVisible()
    assert main.case_list.action.text() == "Vis &sakslisten"
    assert main.case_view.tabs.isAncestorOf(focused(main)), "the focus goes to the case"
    qtbot.waitUntil(lambda: main.case_view.width() > wide_before + 300)
    QTest.keyClick(main, Qt.Key.Key_B, CTRL)
    assert main.browser.isVisible() and focused(main) is main.browser.table
    toolbar = main.findChild(QToolBar, "mainToolbar")
    assert isinstance(toolbar, QToolBar)
    assert main.case_list.action in toolbar.actions()
    assert main.case_list.action.text() == "Skjul &sakslisten"


def test_enter_opens_the_row_tab_lands_on_after_a_search(qtbot: QtBot, workspace: Barnearket) -> None:
    """Found in the real window: after a search, Tab puts the focus frame on the only row without
    choosing it, and Enter there must still open it."""
    main = workspace.main
    assert main is not None
    ids = _three_cases(workspace)
    show_active(qtbot, main)
    browser = main.browser
    browser.search.setFocus()
    type_text(browser.search, "Ŋuolas")
    qtbot.waitUntil(lambda: browser.proxy.rowCount() == 1)
    browser.table.clearSelection()
    QTest.keyClick(browser.search, Qt.Key.Key_Tab)
    assert focused(main) is browser.table
    QTest.keyClick(browser.table, Qt.Key.Key_Return)
    assert main.case_view.case is not None and main.case_view.case.id == ids[1]
