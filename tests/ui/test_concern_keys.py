"""Alt+1 … Alt+9 open a concern's steps, consents and reports as soon as the concern tab is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import CONSENTS, REPORTS
from tests.ui.dialog_factories import make_scene
from tests.ui.sheet_support import focused, show_active

ALT = Qt.KeyboardModifier.AltModifier


def test_step_keys_work_from_the_tab_bar(qtbot: QtBot, workspace: Barnearket) -> None:
    """Found in the real window: after Alt+E the focus is on the tab bar, outside the concern view,
    and Alt+9 did nothing until Tab had moved into it."""
    scene = make_scene(workspace)
    main = workspace.main
    assert main is not None
    show_active(qtbot, main)
    tabs = main.case_view.tabs
    tabs.setCurrentIndex(2)
    panel = main.case_view.panels[1].panel
    assert isinstance(panel, ConcernPanel)
    panel.select(scene.concern_id)
    qtbot.waitUntil(panel.view.isVisible)
    tabs.tabBar().setFocus()
    assert focused(main) is tabs.tabBar()
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_9, ALT)
    assert panel.view.stack.currentIndex() == REPORTS - 1
    QTest.keyClick(focused(main), Qt.Key.Key_8, ALT)
    assert panel.view.stack.currentIndex() == CONSENTS - 1
    tabs.setCurrentIndex(0)
    QTest.keyClick(focused(main), Qt.Key.Key_9, ALT)
    assert tabs.currentIndex() == 0 and panel.view.stack.currentIndex() == CONSENTS - 1, "hidden: no step"
