"""«Trenger meg nå» is read off the GUI thread: the main window shows before the answer comes, and
an answer to an older reload never replaces a newer one (issue 13, unlock to the main window)."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails
from barnearket.domain.rules.agenda import AgendaItem, AgendaKind
from barnearket.services.agenda import needs_me_now
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.ui.context import UiContext
from barnearket.ui.needs import CASE_ROLE, NeedsPanel
from tests.helpers.needs import reload_needs, shown_needs
from tests.ui.conftest import ClosedStore, MakeRoot, add_case, unlock

WAIT_S = 20


class Gate:
    """Stands in for `needs_me_now` on the worker thread: each call waits until it is let through."""

    def __init__(self, answers: list[list[AgendaItem]] | None = None) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        self.finished: list[str] = []
        self._answers = answers

    def __call__(self, sctx: Any) -> list[AgendaItem]:
        self.calls += 1
        call = self.calls
        self.entered.set()
        if call == 1:
            assert self.release.wait(WAIT_S), "the test never let the first read through"
        if self._answers is not None:
            return self._answers[call - 1]
        try:
            found = needs_me_now(sctx)
        except Exception as exc:
            self.finished.append(type(exc).__name__)
            raise
        self.finished.append("read")
        return found


def _item(case_id: int) -> AgendaItem:
    return AgendaItem(AgendaKind.DECISION, case_id, case_id * 10, date(2026, 6, 1), True)


def test_the_main_window_shows_before_the_needs_are_read(
        qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate()
    monkeypatch.setattr("barnearket.ui.needs.needs_me_now", gate)
    root = make_root(closed_store.options)
    root.start()
    try:
        unlock(qtbot, root)  # waits until the main window is visible, with the read still held back
        main = root.main
        assert main is not None and main.isVisible()
        assert gate.entered.is_set() and main.needs.loading
        assert main.needs.empty.isVisible() and main.needs.empty.text() == "Henter …"
        assert main.needs.empty.accessibleName() == "Henter …"
        assert not main.needs.view.isVisible()
        assert main.browser.table.hasFocus(), "the keyboard is in the case list while the needs load"
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: not main.needs.loading, timeout=WAIT_S * 1000)
    assert main.needs.title.text() == "Trenger meg nå (0)"
    assert main.needs.empty.text() == "Ingen frister de nærmeste dagene."


def test_the_list_filled_later_is_in_the_tab_order(qtbot: QtBot, workspace: Barnearket) -> None:
    main = workspace.main
    assert main is not None
    case_id = add_case(workspace, "Ánne Márjá Ødegård")
    with workspace.ctx.unit_of_work() as sctx:
        child = add_child(sctx, case_id, ChildDetails(name="Ŋilla Ødegård", birth_date=date(2015, 5, 5)))
        open_concern(sctx, case_id, child, level=2, arose_on=workspace.ctx.clock.today() - timedelta(days=40))
    texts = reload_needs(qtbot, main.needs)
    assert len(texts) == 1 and main.needs.view.isVisible()
    main.browser.scope.setFocus()
    qtbot.waitUntil(main.browser.scope.hasFocus)
    QTest.keyClick(main.browser.scope, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(main.needs.view.hasFocus)


def test_an_older_answer_never_replaces_a_newer_one(
        qtbot: QtBot, ui: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate([[_item(1), _item(2)], [_item(4)]])  # the first read's answer, then the last one's
    monkeypatch.setattr("barnearket.ui.needs.needs_me_now", gate)
    panel = NeedsPanel(ui, lambda case: f"sak {case}")
    qtbot.addWidget(panel)
    shown: list[list[int]] = []
    panel.model.modelReset.connect(lambda: shown.append(
        [panel.model.index(r, 0).data(CASE_ROLE) for r in range(panel.model.rowCount())]))
    panel.reload()
    qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_S * 1000)  # the first read runs, held back
    panel.reload()  # waits for the thread; a newer reload comes before it starts, so it is skipped
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_S * 1000):
        panel.reload()
        gate.release.set()
    panel.wait()
    assert shown == [[4]], "only the newest answer was ever shown"
    assert gate.calls == 2, "the reload overtaken while it waited for the thread read nothing"
    assert not panel.loading and panel.title.text() == "Trenger meg nå (1)"
    assert shown_needs(panel)[0].startswith("Beslutning – sak 4")


def test_a_real_reload_after_an_edit_shows_the_new_answer(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    from barnearket.storage.mapping import load_case

    panel = NeedsPanel(ui, lambda case: f"sak {case}")
    qtbot.addWidget(panel)
    panel.show()
    assert reload_needs(qtbot, panel) == []
    assert panel.empty.isVisible() and not panel.view.isVisible()
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0]
        open_concern(sctx, case_id, child.id, level=2, arose_on=ui.clock.today() - timedelta(days=40))
    texts = reload_needs(qtbot, panel)
    assert len(texts) == 1 and texts[0].startswith(f"Beslutning – sak {case_id}")
    assert panel.view.isVisible() and not panel.empty.isVisible()


def test_locking_waits_for_a_read_still_running(
        qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate()
    monkeypatch.setattr("barnearket.ui.needs.needs_me_now", gate)
    root = make_root(closed_store.options)
    root.start()
    unlock(qtbot, root)
    assert root.main is not None and root.main.needs.loading
    threading.Timer(0.3, gate.release.set).start()  # the read goes on while the lock closes the store
    root.locker.lock()
    assert gate.finished == ["read"], "the store was closed under a read still running"
    assert not root.ctx.is_open
