"""A lost connection loses nothing: the server is killed (`pg_ctl stop -m immediate`) while a person
types in the real window; the words stay on screen and in the encrypted local journal, the status bar
says «Ikke lagret – prøver igjen», closing asks first, and when the server is back every word is stored
exactly once, by itself."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from barnearket.storage.mapping import load_case
from barnearket.ui.seams import Dialogs
from tests.helpers.canary import find_canaries
from tests.seam.stores import OpenStore
from tests.server.cluster import Cluster
from tests.ui.conftest import MakeRoot
from tests.ui.test_live_refresh import _case, _window
from tests.ui.typing_probe import type_text

SAVED, RETRYING = "✓ Lagret", "Ikke lagret – prøver igjen"
WORDS = [f"ord{n}-Ánde-Ŋuolas" for n in range(12)]


def _stored_notes(store: OpenStore, case_id: int) -> str:
    with store.relogin().read_session() as session:
        sheet = load_case(session, case_id).latest_sheet(completed_only=False)
    assert sheet is not None
    return sheet.quick_notes


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_words_typed_while_the_server_is_down_arrive_exactly_once(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.sheet.saving.RETRY_MS", 300)
    case_id = _case(store)
    main = _window(qtbot, make_root, store, case_id)
    label = main.status.save_label
    main.case_view.tabs.setCurrentIndex(1)
    panel = main.case_view.panels[0].build()
    notes = panel.side.notes  # type: ignore[attr-defined]
    qtbot.waitUntil(notes.isVisible)
    notes.setFocus()
    for word in WORDS[:4]:
        type_text(notes, word + " ")
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=5000)
    journal = main._ctx.case_file.journal  # type: ignore[union-attr]
    assert journal is not None

    def kept_here() -> bool:  # a failed save has put everything typed into the local journal
        return any(entry.value == notes.toPlainText() for entry in journal.entries())

    pg_cluster.crash()
    try:
        for word in WORDS[4:8]:  # each word waits for its own failed save
            type_text(notes, word + " ")
            qtbot.waitUntil(kept_here, timeout=15_000)
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=15_000)
        assert journal.path.exists()
        assert find_canaries([journal.path.parent], WORDS) == []
        dialogs.set_next_answer(False)  # «Avslutt likevel?» – no: stay
        main.close()
        assert main.isVisible() and dialogs.shown[-1][1] == "Noe er ikke lagret"
        for word in WORDS[8:]:
            type_text(notes, word + " ")
        qtbot.waitUntil(kept_here, timeout=15_000)
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=30_000)
    assert notes.toPlainText() == " ".join(WORDS) + " "
    stored = _stored_notes(store, case_id)
    assert stored == notes.toPlainText()
    assert all(stored.count(word) == 1 for word in WORDS)
    assert not journal.path.exists()
