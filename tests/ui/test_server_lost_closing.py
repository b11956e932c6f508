"""Closing a concern and withdrawing a consent while the server is away (`pg_ctl stop -m immediate`): the
form keeps what was typed, the encrypted local journal keeps it (no plain text), and it is stored once
when the server is back. A kept closing of a concern closed meanwhile is refused by its own rule: said in
the status bar and kept, never dropped.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from barnearket.domain.model import ConcernStatus, ConsentForm, ConsentGiver, JsonValue, StatusChange
from barnearket.services.concerns import close_concern
from barnearket.services.consents import record_consent
from barnearket.services.keptwork import CLOSE, WITHDRAW, Pending
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.withdraw import WithdrawDialog
from barnearket.ui.mainwindow import MainWindow
from tests.helpers.canary import find_canaries
from tests.seam.stores import OpenStore
from tests.server.cluster import Cluster
from tests.ui.conftest import MakeRoot
from tests.ui.test_concern_panel import _fill
from tests.ui.test_live_refresh import _window
from tests.ui.test_server_lost import RETRYING, SAVED
from tests.ui.test_server_lost_concern import _concern, _journalled
from tests.ui.test_server_lost_forms import _journal
from tests.ui.test_store_e2e import _log_in

NOTE = "Máret har det bedre; Ŋuolas-familien er enig"


def _panel(qtbot: QtBot, main: MainWindow, case_id: int, step: int) -> ConcernPanel:
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    main.case_view.tabs.setCurrentWidget(main.case_view.panels[1])
    panel.show_case(case_id)
    panel.view.open_step(step)
    return panel


def _closings(store: OpenStore, case_id: int) -> list[str]:
    with store.relogin().read_session() as session:
        concern = load_case(session, case_id).concerns[0]
    assert (concern.status is ConcernStatus.CLOSED) == bool(concern.history)
    return [e.reason for e in concern.history if e.kind is StatusChange.CLOSED]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_closing_a_concern_while_the_server_is_down_is_stored_once_when_it_is_back(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, _concern_id = _concern(store)
    main = _window(qtbot, make_root, store, case_id)
    journal = _journal(main)
    box = _panel(qtbot, main, case_id, 7).view.pages.closure.close_box
    qtbot.waitUntil(box.button.isVisible)
    _fill(box.form, {"closing_reason": "tiltak_virker", "closing_note": NOTE})
    pg_cluster.crash()
    try:
        QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)
        assert box.error.text().startswith(RETRYING)
        assert box.form.answers()["closing_note"] == NOTE, "the text stays in the form"
        qtbot.waitUntil(lambda: main.status.save_label.text() == RETRYING, timeout=15_000)
        QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)  # pressed again: still one kept closing
        (kept,) = journal.entries()
        assert (kept.kind, kept.base) == (CLOSE, None)
        assert find_canaries([journal.path.parent], [NOTE, "Ŋuolas-familien"]) == []
        qtbot.waitUntil(lambda: main.status.kept.text() == "Ulagret arbeid (1)")
        listed = main.status.kept.open_list()
        assert listed is not None
        cell = listed.table.item(0, 0)
        assert cell is not None and cell.text() == "Avslutning av bekymringen"
        listed.reject()
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not box.has_pending(), timeout=30_000)
    qtbot.waitUntil(lambda: main.status.save_label.text() == SAVED, timeout=15_000)
    (reason,) = _closings(store, case_id)
    assert NOTE in reason, "closed once, with the note"
    assert not journal.path.exists()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_kept_closing_of_a_concern_closed_meanwhile_is_refused_and_kept(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id, concern_id = _concern(store)
    value: dict[str, JsonValue] = {"answers": {"closing_reason": "tiltak_virker", "closing_note": NOTE,
                         "closed_on": date.today().isoformat()}, "reason_label": "Tiltakene virker"}
    _journalled(store, Pending.typed(CLOSE, concern_id, "closure", None, value, None))
    with store.work() as ctx:  # a colleague closed it meanwhile
        close_concern(ctx, concern_id, "Flyttet fra kommunen")
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    main = root.main
    assert main is not None
    journal = _journal(main)
    qtbot.waitUntil(lambda: [e.held for e in journal.entries()] == [True], timeout=15_000)
    label = main.status.save_label
    assert label.text() == "Ikke lagret" and "avsluttet" in label.toolTip(), "the refusal is said"
    (kept,) = journal.entries()
    assert kept.held and kept.value == value, "kept as typed"
    assert _closings(store, case_id) == ["Flyttet fra kommunen"], "the second closing was refused"
    qtbot.waitUntil(lambda: main.status.kept.text() == "Ulagret arbeid (1)")


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_withdrawal_while_the_server_is_down_is_kept_and_stored_when_it_is_back(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, _concern_id = _concern(store)
    with store.work() as ctx:
        record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid med skolen",
                       recipients=["skole"], form=ConsentForm.WRITTEN,
                       given_on=date.today() - timedelta(days=30))
    main = _window(qtbot, make_root, store, case_id)
    journal = _journal(main)
    page = _panel(qtbot, main, case_id, 8).view.pages.consents
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WithdrawDialog)
        dialog.note_edit.setText(NOTE)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    pg_cluster.crash()
    try:
        QTimer.singleShot(0, answer)
        page.withdraw_button.click()
        shown = page.withdraw_error.text()
        assert shown.startswith(RETRYING) and "Tilbaketrekkingen" in shown, "says what is kept"
        (kept,) = journal.entries()
        assert kept.kind == WITHDRAW and kept.value == {"on": date.today().isoformat(), "note": NOTE}
        assert find_canaries([journal.path.parent], [NOTE]) == []
        qtbot.waitUntil(lambda: main.status.save_label.text() == RETRYING, timeout=15_000)
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not journal.path.exists(), timeout=30_000)
    with store.relogin().read_session() as session:
        (consent,) = load_case(session, case_id).consents
    assert consent.withdrawn_on == date.today()
    qtbot.waitUntil(lambda: page.withdraw_error.text() == "", timeout=15_000)
