"""Changes seen live in the real window: another login changes a case on the server, and the case list
and the open case show it within 2 s; a field being typed into is never overwritten, only told."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case, update_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.sheets import start_sheet
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.audit import AuditEntry
from barnearket.ui.caselist import SUMMARY_ROLE
from barnearket.ui.mainwindow import MainWindow
from tests.helpers.needs import wait_for_needs
from tests.seam.stores import OpenStore
from tests.ui.conftest import MakeRoot
from tests.ui.test_store_e2e import _log_in

BEFORE, AFTER = "Sunná Ŋuolas", "Sunná Ŋuolas-Ødegård"
LIMIT_S = 2.0


def _case(store: OpenStore) -> int:
    with store.work() as ctx:
        case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name=BEFORE),
                              responsible_id=ctx.actor.user_id)
        answer_gate(ctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
        start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    return case_id


def _rename(store: OpenStore, case_id: int, name: str) -> float:
    """Another login renames the parent; returns when it was committed."""
    with store.work() as ctx:
        case = view_case(ctx, case_id, log_view=False)
        update_case(ctx, case_id, parent=Parent(name=name), responsible_id=case.responsible_id,
                    categories=case.categories, treatment_phase=case.treatment_phase)
    return time.monotonic()


def _listed(main: MainWindow) -> set[str]:
    model = main.browser.model
    return {model.index(row, 0).data(SUMMARY_ROLE).parent_name for row in range(model.rowCount())}


def _window(qtbot: QtBot, make_root: MakeRoot, store: OpenStore, case_id: int) -> MainWindow:
    root: Barnearket = make_root()
    root.start()
    _log_in(qtbot, root, store)
    main = root.main
    assert main is not None
    main.open_case(case_id)
    qtbot.waitUntil(lambda: main.live.channel.connected, timeout=5000)
    return main


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_another_logins_change_shows_in_the_list_and_the_open_case(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id = _case(store)
    main = _window(qtbot, make_root, store, case_id)
    assert BEFORE in _listed(main) and main.case_view.case is not None
    committed = _rename(store, case_id, AFTER)
    qtbot.waitUntil(lambda: AFTER in _listed(main), timeout=int(LIMIT_S * 2500))
    seen_after = time.monotonic() - committed
    qtbot.waitUntil(lambda: main.case_view.case is not None and main.case_view.case.parent.name == AFTER,
                    timeout=1000)
    assert seen_after < LIMIT_S, f"the list followed after {seen_after:.2f} s"
    assert not main.live.notice.isVisible()


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_field_being_typed_into_is_kept_and_told_of_the_newer_version(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id = _case(store)
    main = _window(qtbot, make_root, store, case_id)
    main.case_view.tabs.setCurrentIndex(1)
    panel = main.case_view.panels[0].build()
    notes: QPlainTextEdit = panel.side.notes  # type: ignore[attr-defined]
    qtbot.waitUntil(notes.isVisible)
    main.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes)
    QTest.keyClicks(notes, "Mormor Ánde henter")
    _rename(store, case_id, AFTER)
    qtbot.waitUntil(main.live.notice.isVisible, timeout=int(LIMIT_S * 1000))
    assert AFTER in _listed(main)  # the list is not being edited: it follows at once
    assert notes.toPlainText() == "Mormor Ánde henter" and QApplication.focusWidget() is notes
    assert main.case_view.case is not None and main.case_view.case.parent.name == BEFORE
    QTest.keyClicks(notes, " barna")
    QTest.mouseClick(main.live.notice.button, Qt.MouseButton.LeftButton)
    assert main.case_view.case.parent.name == AFTER and not main.live.notice.isVisible()
    assert panel.side.notes.toPlainText() == "Mormor Ánde henter barna"  # type: ignore[attr-defined]


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_new_concern_shows_in_the_overview_and_in_trenger_meg_naa(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id = _case(store)
    main = _window(qtbot, make_root, store, case_id)
    overview = main.show_overview()
    qtbot.waitUntil(lambda: overview.status.text().startswith("Oppdatert"), timeout=10_000)
    shown_before, needs_before = len(overview.overview.model.records), len(wait_for_needs(qtbot, main.needs))
    with store.work() as ctx:
        child = add_child(ctx, case_id, ChildDetails(name="Ánte Ŋuolas", birth_date=date(2016, 3, 4)))
        open_concern(ctx, case_id, child, level=2, arose_on=date.today() - timedelta(days=60))
    committed = time.monotonic()
    qtbot.waitUntil(lambda: len(overview.overview.model.records) == shown_before + 1,
                    timeout=int(LIMIT_S * 2500))
    assert time.monotonic() - committed < LIMIT_S
    qtbot.waitUntil(lambda: main.needs.model.rowCount() > needs_before,  # the decision is overdue
                    timeout=int(LIMIT_S * 2500))
    assert _overview_views(store) == 1  # following a change live is not a new look at the overview


def _overview_views(store: OpenStore) -> int:
    with store.store.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == AuditAction.VIEW.value, AuditEntry.object_type == "overview")) or 0)
