"""Point 3 of working together for the forms stored with «Lagre»: the server is killed
(`pg_ctl stop -m immediate`) and the person presses Lagre in the report editor or in the form that adds
an observation. The window stays as it was, says «Ikke lagret – prøver igjen», keeps the content in the
encrypted local journal (no plain text), lists it as unsaved work, and stores it exactly once by itself
when the server is back. A journal left by a crash is replayed at the next start: a new entry is
appended, a report draft that meets a newer version is merged and the field both changed is asked about.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from barnearket.domain.model import JsonValue, ReportRecipient, ReportSection
from barnearket.paths import resolve_paths
from barnearket.services.keptwork import CORRECTION, ENTRY, REPORT, Pending, report_value
from barnearket.services.report_editing import view_report
from barnearket.services.reports import draft_report, update_report
from barnearket.services.steps import add_observation
from barnearket.storage.localjournal import FOLDER_NAME
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.edit.entries import CorrectButton
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.report.editor import ReportEditor
from tests.helpers.canary import find_canaries
from tests.seam.stores import OpenStore
from tests.server.cluster import Cluster
from tests.ui.conftest import MakeRoot
from tests.ui.test_concern_panel import _fill
from tests.ui.test_conflict_two_windows import _press
from tests.ui.test_live_refresh import _window
from tests.ui.test_server_crash_replay import TEXT as PROBE_TEXT
from tests.ui.test_server_crash_replay import _run_probe
from tests.ui.test_server_lost import RETRYING, SAVED
from tests.ui.test_server_lost_concern import _concern, _journalled
from tests.ui.test_store_e2e import _log_in
from tests.ui.typing_probe import type_text

TEXT = "Máret fortalte om Ánde og Ŋuolas-hytta; skrevet mens serveren var borte"
THEIRS = "Čeavrris la til at barnehagen også har sett det"
FIRST = "Første utkast."


def _report(store: OpenStore, concern_id: int) -> int:
    """A draft report to the child welfare service whose concern section reads FIRST."""
    with store.work() as ctx:
        report_id = draft_report(ctx, concern_id, ReportRecipient.BARNEVERN)
        content = view_report(ctx, report_id).report.content
        sections = {**content.sections, ReportSection.CONCERN: FIRST}
        update_report(ctx, report_id, replace(content, sections=sections), ReportRecipient.BARNEVERN)
    return report_id


def _stored_section(store: OpenStore, case_id: int) -> str:
    with store.relogin().read_session() as session:
        report = load_case(session, case_id).concerns[0].reports[0]
    return report.content.section(ReportSection.CONCERN)


def _observations(store: OpenStore, case_id: int) -> list[str]:
    with store.relogin().read_session() as session:
        return [o.text for o in load_case(session, case_id).concerns[0].observations]


def _journal(main: MainWindow):  # type: ignore[no-untyped-def]
    journal = main._ctx.case_file.journal  # type: ignore[union-attr]
    assert journal is not None
    return journal


def _observation_form(qtbot: QtBot, main: MainWindow, case_id: int) -> FormBox:
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    main.case_view.tabs.setCurrentWidget(main.case_view.panels[1])
    panel.show_case(case_id)
    panel.view.open_step(2)
    box = panel.view.pages.observations.box
    qtbot.waitUntil(box.button.isVisible)
    return box


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_report_saved_while_the_server_is_down_stays_open_and_lands_once(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, concern_id = _concern(store)
    report_id = _report(store, concern_id)
    main = _window(qtbot, make_root, store, case_id)
    label, journal = main.status.save_label, _journal(main)
    editor = ReportEditor(main._ctx, report_id, main)
    editor.open()
    section = editor.sections[ReportSection.CONCERN]
    qtbot.waitUntil(section.isVisible)
    section.setFocus()
    section.selectAll()
    type_text(section, TEXT)
    pg_cluster.crash()
    try:
        QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.isVisible() and section.toPlainText() == TEXT
        assert editor.message.text().startswith(RETRYING)
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=15_000)
        (kept,) = journal.entries()
        assert (kept.kind, kept.record_id) == (REPORT, report_id)
        assert find_canaries([journal.path.parent], [TEXT, "Ŋuolas-hytta"]) == []
        button = main.status.kept
        qtbot.waitUntil(button.isVisible)
        assert button.text() == "Ulagret arbeid (1)"
        listed = button.open_list()
        assert listed is not None and listed.table.rowCount() == 1
        cells = [item.text() for c in range(4) if (item := listed.table.item(0, c)) is not None]
        shown = main.case_view.case
        assert shown is not None
        assert cells[:2] == ["Melding", shown.number] and len(cells) == 4, "the case is named while away"
        assert all(TEXT not in cell for cell in cells), "no content in the list, only what, where and when"
        listed.reject()
        editor.close()
        assert editor.isVisible(), "the editor stays open while its text waits for the server"
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: editor.kept is None, timeout=30_000)
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=15_000)
    assert _stored_section(store, case_id) == TEXT
    assert section.toPlainText() == TEXT and editor.message.text() == ""
    assert journal.entries() == [] and not journal.path.exists()
    qtbot.waitUntil(lambda: not main.status.kept.isVisible())


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_an_observation_added_while_the_server_is_down_lands_exactly_once(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, _concern_id = _concern(store)
    main = _window(qtbot, make_root, store, case_id)
    label, journal = main.status.save_label, _journal(main)
    box = _observation_form(qtbot, main, case_id)
    field = box.form.widget("observation").editor.focus_input()
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    type_text(field, TEXT)
    pg_cluster.crash()
    try:
        QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)
        assert box.error.text().startswith(RETRYING) and field.toPlainText() == TEXT
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=15_000)
        QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)  # pressed again: still one kept entry
        (kept,) = journal.entries()
        assert (kept.kind, kept.base, kept.field.split(":")[0]) == (ENTRY, None, "concretise")
        assert find_canaries([journal.path.parent], [TEXT, "Ŋuolas-hytta"]) == []
        assert box.has_pending()
        qtbot.waitUntil(lambda: main.status.kept.text() == "Ulagret arbeid (1)")
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not box.has_pending(), timeout=30_000)
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=15_000)
    assert _observations(store, case_id) == [TEXT], "stored exactly once"
    assert field.toPlainText() == "" and box.error.text() == ""
    assert not journal.path.exists()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_journal_left_by_a_crash_appends_the_entry_and_asks_about_the_newer_report(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore) -> None:
    case_id, concern_id = _concern(store)
    report_id = _report(store, concern_id)
    with store.work() as ctx:
        seen = view_report(ctx, report_id).report
    mine = replace(seen.content, sections={**seen.content.sections, ReportSection.CONCERN: TEXT})
    draft: dict[str, JsonValue] = {"mine": report_value(mine, seen.recipient),
                                   "seen": report_value(seen.content, seen.recipient)}
    answers: dict[str, JsonValue] = {"observation": TEXT, "observed_on": "2026-12-06"}
    _journalled(store, Pending.typed(ENTRY, concern_id, "concretise:k1", None, answers, None))
    _journalled(store, Pending.typed(REPORT, report_id, "content", None, draft, seen.row_version))
    with store.work() as ctx:  # a colleague changed the same section meanwhile
        theirs = replace(seen.content, sections={**seen.content.sections, ReportSection.CONCERN: THEIRS})
        update_report(ctx, report_id, theirs, seen.recipient, base=seen.row_version)
    folder = resolve_paths().data / FOLDER_NAME
    assert find_canaries([folder], [TEXT]) == []
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    main = root.main
    assert main is not None
    qtbot.waitUntil(lambda: main.replay.report_editor is not None, timeout=15_000)
    editor = main.replay.report_editor
    assert isinstance(editor, ReportEditor)
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    dialog = editor.conflict_dialog
    assert dialog is not None
    assert TEXT in dialog.mine.toPlainText() and THEIRS in dialog.theirs.toPlainText()
    assert _observations(store, case_id) == [TEXT], "the new entry was appended, once"
    assert _stored_section(store, case_id) == THEIRS, "nothing is overwritten before the choice"
    _press(dialog, dialog.mine_button)
    qtbot.waitUntil(lambda: _stored_section(store, case_id) == TEXT, timeout=15_000)
    qtbot.waitUntil(lambda: list(folder.glob("*.journal")) == [], timeout=15_000)
    assert _observations(store, case_id) == [TEXT]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_correction_saved_while_the_server_is_down_keeps_its_dialog_until_it_lands(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("barnearket.ui.autosave.RETRY_MS", 300)
    case_id, concern_id = _concern(store)
    with store.work() as ctx:
        entry_id = add_observation(ctx, concern_id, "Kom uten lue", observed_on=date(2026, 12, 1))
    main = _window(qtbot, make_root, store, case_id)
    label, journal = main.status.save_label, _journal(main)
    _observation_form(qtbot, main, case_id)
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    page = panel.view.pages.observations
    assert isinstance(page.correct, CorrectButton)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    page.table.selectRow(0)
    dialog = page.correct.open_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    _fill(dialog.box.form, {"observation": TEXT})
    dialog.reason.setText("Skrev feil dag")
    pg_cluster.crash()
    try:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.box.error.text().startswith(RETRYING)
        assert dialog.box.form.answers()["observation"] == TEXT
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=15_000)
        (kept,) = journal.entries()
        assert (kept.kind, kept.record_id, kept.field) == (CORRECTION, entry_id, "concretise")
        assert kept.base is not None and kept.base >= 1, "a correction is a conditional write"
        assert find_canaries([journal.path.parent], [TEXT, "Ŋuolas-hytta"]) == []
    finally:
        pg_cluster.start()
    # closed once stored (and deleted with it: it may be gone before the first look)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: label.text() == SAVED, timeout=15_000)
    (stored,) = _observations(store, case_id)
    assert stored.startswith(TEXT + "\n\n[Rettet") and stored.count(TEXT) == 1
    assert not journal.path.exists()


@pytest.mark.timeout(240)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_an_observation_saved_before_the_program_is_killed_is_appended_at_the_next_start(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster, tmp_path: Path) -> None:
    case_id, _concern_id = _concern(store)
    store.store.close()
    try:  # the real program presses «Lagre» with the server down, keeps it, and is killed (SIGKILL)
        _run_probe(store, case_id, tmp_path / "go", tmp_path / "probe-stderr.txt", pg_cluster, "observation")
    finally:
        pg_cluster.start()
    (kept,) = (resolve_paths().data / FOLDER_NAME).glob("*.journal")
    assert find_canaries([resolve_paths().data], [PROBE_TEXT, "Ráhkel Ŋuolas-Ødegård"]) == []
    assert _observations(store, case_id) == []
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    qtbot.waitUntil(lambda: not kept.exists(), timeout=15_000)
    qtbot.waitUntil(lambda: root.main is not None and root.main.status.save_label.text() == SAVED)
    assert _observations(store, case_id) == [PROBE_TEXT], "appended once"


@pytest.mark.timeout(180)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_correction_closed_while_kept_is_stored_from_the_list_of_unsaved_work(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster) -> None:
    case_id, concern_id = _concern(store)
    with store.work() as ctx:
        add_observation(ctx, concern_id, "Kom uten lue", observed_on=date(2026, 12, 1))
    main = _window(qtbot, make_root, store, case_id)
    journal = _journal(main)
    _observation_form(qtbot, main, case_id)
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    page = panel.view.pages.observations
    assert isinstance(page.correct, CorrectButton)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    page.table.selectRow(0)
    dialog = page.correct.open_dialog()
    assert dialog is not None
    _fill(dialog.box.form, {"observation": TEXT})
    pg_cluster.crash()
    try:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.box.has_pending()
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # she closes it anyway
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert len(journal.entries()) == 1, "the text is still kept on this machine"
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: main.status.kept.text() == "Ulagret arbeid (1)")
    listed = main.status.kept.open_list()
    assert listed is not None
    qtbot.waitUntil(listed.isVisible)
    QTest.keyClick(listed.store_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not listed.isVisible(), timeout=15_000)
    (stored,) = _observations(store, case_id)
    assert stored.startswith(TEXT) and stored.count(TEXT) == 1
    assert journal.entries() == [] and not journal.path.exists()
    qtbot.waitUntil(lambda: not main.status.kept.isVisible())
