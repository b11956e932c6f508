"""Every word arrives exactly once: a new observation whose «Lagre» reached the server but whose reply was
lost (the server is killed right after COMMIT) is kept and tried again, and the retry finds it stored
instead of adding it twice; the same holds for a kept entry replayed at the next start, and for closing
a concern (a second closing would be refused, not shown as the person's own).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from barnearket.paths import resolve_paths
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import ENTRY, Pending
from barnearket.storage.localjournal import FOLDER_NAME
from barnearket.ui.concern.keptentries import ADD
from barnearket.ui.context import UiContext
from tests.seam.stores import OpenStore
from tests.server.cluster import Cluster
from tests.ui.conftest import MakeRoot
from tests.ui.test_concern_panel import _fill
from tests.ui.test_live_refresh import _window
from tests.ui.test_server_lost import RETRYING, SAVED
from tests.ui.test_server_lost_closing import NOTE, _closings, _panel
from tests.ui.test_server_lost_concern import _concern, _journalled
from tests.ui.test_server_lost_forms import _journal, _observation_form, _observations
from tests.ui.test_store_e2e import _log_in
from tests.ui.typing_probe import type_text

TEXT = "Ánde sa at Máret ikke ville hjem; Ŋuolas-tanten hentet"


def _lose_next_reply(monkeypatch: pytest.MonkeyPatch, ctx: UiContext, pg_cluster: Cluster) -> list[bool]:
    """The window's next unit of work commits, then the server dies before the answer reaches it (the
    window gets the real error of a broken connection). Returns a flag that is emptied once it happened."""
    real, armed = ctx.unit_of_work, [True]

    @contextmanager
    def reply_lost() -> Iterator[ServiceContext]:
        with real() as sctx:
            yield sctx
        if armed:
            armed.clear()
            pg_cluster.crash()
            with real() as probe:
                probe.session.execute(text("SELECT 1"))

    monkeypatch.setattr(ctx, "unit_of_work", reply_lost)
    return armed


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_an_observation_whose_reply_was_lost_is_stored_once(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, _concern_id = _concern(store)
    main = _window(qtbot, make_root, store, case_id)
    ctx, journal = main._ctx, _journal(main)
    box = _observation_form(qtbot, main, case_id)
    field = box.form.widget("observation").editor.focus_input()
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    type_text(field, TEXT)
    armed = _lose_next_reply(monkeypatch, ctx, pg_cluster)
    try:
        QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)
        assert not armed, "the first try went through the hook"
        assert box.error.text().startswith(RETRYING) and field.toPlainText() == TEXT
        (kept,) = journal.entries()
        assert kept.kind == ENTRY
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not box.has_pending(), timeout=30_000)
    qtbot.waitUntil(lambda: main.status.save_label.text() == SAVED, timeout=15_000)
    assert _observations(store, case_id) == [TEXT], "stored exactly once"
    assert field.toPlainText() == "" and not journal.path.exists()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_kept_entry_already_on_the_server_is_not_appended_again_at_the_next_start(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id, concern_id = _concern(store)
    answers = {"observation": TEXT, "observed_on": "2026-12-06"}
    _journalled(store, Pending.typed(ENTRY, concern_id, "concretise:k1", None, dict(answers), None))
    with store.work() as ctx:  # that try reached the server before the program died
        ADD["concretise"](ctx, concern_id, answers)
    folder = resolve_paths().data / FOLDER_NAME
    assert len(list(folder.glob("*.journal"))) == 1
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    qtbot.waitUntil(lambda: list(folder.glob("*.journal")) == [], timeout=15_000)
    assert _observations(store, case_id) == [TEXT], "counted as stored, not appended twice"


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_closing_whose_reply_was_lost_is_counted_as_stored_not_refused(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, _concern_id = _concern(store)
    main = _window(qtbot, make_root, store, case_id)
    journal = _journal(main)
    box = _panel(qtbot, main, case_id, 7).view.pages.closure.close_box
    qtbot.waitUntil(box.button.isVisible)
    _fill(box.form, {"closing_reason": "tiltak_virker", "closing_note": NOTE})
    armed = _lose_next_reply(monkeypatch, main._ctx, pg_cluster)
    try:
        QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)
        assert not armed and box.error.text().startswith(RETRYING)
        assert len(journal.entries()) == 1
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not box.has_pending(), timeout=30_000)
    qtbot.waitUntil(lambda: main.status.save_label.text() == SAVED, timeout=15_000)
    assert box.error.text() == "", "no refusal shown for her own closing"
    (reason,) = _closings(store, case_id)
    assert NOTE in reason and not journal.path.exists()
