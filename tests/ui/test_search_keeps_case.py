"""Typing a search never switches the case that is open; only choosing another case does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from tests.ui.conftest import add_case


def test_search_as_you_type_keeps_the_open_case(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    ids = [add_case(workspace, name) for name in ("Åse Berg", "Ørjan Ŋuolas", "Anne Berge", "Per Dahl")]
    browser, view = workspace.main.browser, workspace.main.case_view
    assert browser.select_case(ids[2])
    qtbot.waitUntil(lambda: view.case is not None and view.case.id == ids[2])
    for query in ("b", "be", "ber", "berg", "", "ŋ", "x", ""):
        browser.search.setText(query)
        qtbot.waitUntil(lambda: not browser._timer.isActive())  # the delayed service search has merged
        assert view.case is not None and view.case.id == ids[2], query
    assert browser.current_case_id() == ids[2]
    assert browser.select_case(ids[0])
    qtbot.waitUntil(lambda: view.case is not None and view.case.id == ids[0])
