"""Point 3 of working together beyond the conversation: the concern's step-1 description is typed while
the server is killed (`pg_ctl stop -m immediate`): the words stay on screen and in the encrypted local
journal with the version they were typed on, the status bar says «Ikke lagret – prøver igjen», closing
asks first, and every word arrives exactly once when the server is back. A journal replayed at the next
start that meets a newer version opens the conflict dialog instead of overwriting it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from barnearket.domain.model import ChildDetails
from barnearket.paths import resolve_paths
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern, update_concern
from barnearket.storage.localjournal import CONCERN, FOLDER_NAME, Pending
from barnearket.storage.mapping import load_case
from barnearket.storage.store import open_store
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.seams import Dialogs
from barnearket.ui.unsaved import QUIT_KEPT
from barnearket.ui.widgets import qtr
from tests.helpers.canary import find_canaries
from tests.seam.stores import WORKER, WORKER_NAME, WORKER_PASSPHRASE, OpenStore
from tests.server.cluster import Cluster
from tests.ui.conftest import MakeRoot
from tests.ui.test_conflict_two_windows import _conflict, _press
from tests.ui.test_live_refresh import _case, _window
from tests.ui.test_server_lost import RETRYING, SAVED
from tests.ui.test_store_e2e import _log_in
from tests.ui.typing_probe import type_text

WORDS = [f"ord{n}-Čeavrris-Ŋuolas" for n in range(12)]
MINE = "Máret gråter om morgenen – skrevet mens serveren var borte"
THEIRS = "Ánde sier hun sover bedre nå"


def _concern(store: OpenStore) -> tuple[int, int]:
    """A case with one child and one open concern (description «Uro.»): (case id, concern id)."""
    case_id = _case(store)
    with store.work() as ctx:
        child = add_child(ctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9)))
        concern_id = open_concern(ctx, case_id, child, level=2, description="Uro.")
    return case_id, concern_id


def _stored(store: OpenStore, case_id: int) -> tuple[str, int]:
    """The concern's description and version as the server has them."""
    with store.relogin().read_session() as session:
        concern = load_case(session, case_id).concerns[0]
    return concern.description, concern.row_version


def _description(qtbot: QtBot, main: MainWindow, case_id: int) -> QPlainTextEdit:
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    main.case_view.tabs.setCurrentWidget(main.case_view.panels[1])
    panel.show_case(case_id)
    panel.view.open_step(1)
    box = panel.view.pages.arose.form.widget("first_description").editor.focus_input()
    assert isinstance(box, QPlainTextEdit)
    qtbot.waitUntil(box.isVisible)
    box.setFocus()
    return box


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_concern_description_typed_while_the_server_is_down_arrives_exactly_once(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, _concern_id = _concern(store)
    main = _window(qtbot, make_root, store, case_id)
    label = main.status.save_label
    box = _description(qtbot, main, case_id)
    box.selectAll()
    for word in WORDS[:4]:
        type_text(box, word + " ")
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=5000)
    pg_cluster.crash()
    try:
        for word in WORDS[4:8]:
            type_text(box, word + " ")
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=15_000)
        journal = main._ctx.case_file.journal  # type: ignore[union-attr]
        assert journal is not None and journal.path.exists()
        (kept,) = journal.entries()
        page = main.case_view.panels[1].build().view.pages.arose  # type: ignore[attr-defined]
        assert (kept.kind, kept.field, kept.base) == (CONCERN, "first_description", page._base)
        assert kept.base >= 2, "based on the version the first words were stored as"
        assert find_canaries([journal.path.parent], WORDS) == []
        dialogs.set_next_answer(False)  # «Avslutt likevel?» – no: stay
        main.close()
        assert main.isVisible() and dialogs.shown[-1][1] == "Noe er ikke lagret"
        assert dialogs.shown[-1][2] == QUIT_KEPT
        for word in WORDS[8:]:
            type_text(box, word + " ")
        qtbot.waitUntil(lambda: any(WORDS[-1] in str(e.value) for e in journal.entries()), timeout=15_000)
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=30_000)
    typed = box.toPlainText()
    assert typed == " ".join(WORDS) + " "
    stored, _version = _stored(store, case_id)
    assert stored == typed
    assert all(stored.count(word) == 1 for word in WORDS)
    assert not journal.path.exists()


def _journalled(store: OpenStore, entry: Pending) -> None:
    """What the window would have kept before a crash: the entry, in Kari's journal for this server."""
    server = open_store(store.location, login=WORKER, passphrase=WORKER_PASSPHRASE,
                        journal_folder=resolve_paths().data / FOLDER_NAME)
    try:
        journal = server.journal  # type: ignore[attr-defined]
        journal.keep([entry])
    finally:
        server.close()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_replay_that_meets_a_newer_version_asks_instead_of_overwriting(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id, concern_id = _concern(store)
    _text, seen = _stored(store, case_id)
    _journalled(store, Pending.typed(CONCERN, concern_id, "first_description", None, MINE, seen))
    with store.work() as ctx:  # meanwhile the description was changed on the server
        update_concern(ctx, concern_id, description=THEIRS, base=seen)
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    assert root.main is not None
    dialog = _conflict(qtbot, root.main.replay)
    assert dialog.mine.toPlainText() == MINE and dialog.theirs.toPlainText() == THEIRS
    shown = root.main.case_view.case
    assert shown is not None and shown.id == case_id, "the case the text belongs to is behind the choice"
    assert _stored(store, case_id)[0] == THEIRS, "nothing is written before the person has chosen"
    _press(dialog, dialog.both_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    main = root.main
    qtbot.waitUntil(lambda: main.status.save_label.text() == SAVED, timeout=15_000)
    stored, version = _stored(store, case_id)
    assert stored.startswith(THEIRS) and stored.endswith(MINE) and WORKER_NAME in stored
    assert version == seen + 2
    folder = resolve_paths().data / FOLDER_NAME
    assert list(folder.glob("*.journal")) == []


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_replay_of_an_edit_that_had_reached_the_server_stores_nothing_twice(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id, concern_id = _concern(store)
    _text, seen = _stored(store, case_id)
    _journalled(store, Pending.typed(CONCERN, concern_id, "first_description", None, MINE, seen))
    with store.work() as ctx:  # the save had been committed when the connection broke
        update_concern(ctx, concern_id, description=MINE, base=seen)
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    assert root.main is not None
    folder = resolve_paths().data / FOLDER_NAME
    qtbot.waitUntil(lambda: list(folder.glob("*.journal")) == [], timeout=15_000)
    assert root.main.replay.conflict_dialog is None
    assert _stored(store, case_id) == (MINE, seen + 1)


class _LostError(Exception):
    """The connection broke after the server had committed the save (the answer never came)."""


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_save_that_landed_before_the_connection_broke_is_not_a_conflict(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from barnearket.ui import autosave

    monkeypatch.setattr(autosave, "RETRY_MS", 300)
    real = autosave.save_failure
    monkeypatch.setattr(autosave, "save_failure", lambda exc, ctx: (
        "Serveren svarer ikke. " + qtr("Autosave", autosave.KEPT) if isinstance(exc, _LostError)
        else real(exc, ctx)))
    case_id, _concern_id = _concern(store)
    _text, seen = _stored(store, case_id)
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    assert root.main is not None
    main = root.main
    main.open_case(case_id)
    box = _description(qtbot, main, case_id)
    page = main.case_view.panels[1].build().view.pages.arose  # type: ignore[attr-defined]
    box.selectAll()
    type_text(box, WORDS[0] + " ")
    assert page.saver.flush()
    honest = page._job

    def landed_then_lost(concern_id: int, question_id: str, value: object) -> object:
        job = honest(concern_id, question_id, value)

        def run(sctx: object) -> object:
            job(sctx)
            sctx.session.commit()  # type: ignore[attr-defined]
            page._job = honest
            raise _LostError

        return run

    monkeypatch.setattr(page, "_job", landed_then_lost)
    type_text(box, WORDS[1] + " ")
    assert not page.saver.flush()
    assert main.status.save_label.text() == RETRYING
    type_text(box, WORDS[2] + " ")  # typed on while the save seemed lost
    qtbot.waitUntil(lambda: main.status.save_label.text() == SAVED, timeout=10_000)
    assert page.conflict_dialog is None, "her own save is not someone else's change"
    stored, version = _stored(store, case_id)
    assert stored == box.toPlainText() == " ".join(WORDS[:3]) + " "
    assert version == seen + 3, "each of the three saves stored once"
