"""Fil › Språk switches the running program: the workspace is rebuilt in the new language, the open
case stays open, the choice is remembered, and Qt's own strings follow (issue 17, point 2)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.ui.settings import SettingsStore
from tests.ui.conftest import add_case

pytestmark = pytest.mark.gui


def _menu_titles(root: Barnearket) -> list[str]:
    assert root.main is not None
    return [a.text() for a in root.main.menuBar().actions()]


def _context_menu() -> list[str]:
    """The texts of a line edit's own right-click menu (Qt's strings)."""
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    menu.deleteLater()
    edit.deleteLater()
    return texts


def test_switching_language_rebuilds_the_workspace_and_keeps_the_case(
        qtbot: QtBot, workspace: Barnearket, back_to_bokmal: None) -> None:
    case_id = add_case(workspace, "Ánne Márjá Guttorm")
    old = workspace.main
    assert old is not None and "&Fil" in _menu_titles(workspace)
    assert "&Lim inn" in _context_menu(), "Qt's own strings in bokmål (qt_nb.ts)"
    old.open_case(case_id)
    qtbot.waitUntil(lambda: old.current()[0] is not None)

    old.languages.choices["en"].trigger()

    qtbot.waitUntil(lambda: workspace.main is not None and workspace.main is not old
                    and workspace.main.isVisible())
    assert "&File" in _menu_titles(workspace) and "&Fil" not in _menu_titles(workspace)
    new = workspace.main
    assert new is not None
    qtbot.waitUntil(lambda: getattr(new.current()[0], "id", None) == case_id)
    assert SettingsStore(workspace.paths.settings_file).load().language == "en"
    assert "&Paste" in _context_menu()

    new.languages.choices["nn"].trigger()
    qtbot.waitUntil(lambda: workspace.main is not None and workspace.main is not new)
    assert "&Fil" in _menu_titles(workspace) and "&Lim inn" in _context_menu()
    assert "&Hjelp" in _menu_titles(workspace) and "&Dokument" in _menu_titles(workspace)
