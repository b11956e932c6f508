"""A correction of a step entry refused because a colleague corrected it first compares every field,
not only the main text: what only she changed is merged without a question, and a field both changed
is shown alone, with its label, as the person reads it (dd.mm.åååå dates, recipients as lists), on a
case file and on the server (issue 14, point 1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import Barnearket
from barnearket.domain.model import Decision, DecisionOutcome, Observation
from barnearket.services import corrections
from barnearket.services.cases import view_case
from barnearket.storage.orm.audit import AuditEntry
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.edit.entries import CorrectionDialog
from tests.ui.conftest import ClosedStore
from tests.ui.entry_fields_scene import SIV_NAME, EntryScene, days_ago, make_entry_scene
from tests.ui.test_concern_panel import _fill

pytestmark = pytest.mark.gui

MINE = "Máret kom uten votter og lue, og hun frøs."


def _correction(scene: EntryScene, step: int, page_name: str, step_id: str) -> CorrectionDialog:
    assert scene.root.main is not None
    scene.root.main.case_view.show_concerns()
    panel = scene.root.main.case_view.panels[-1].build()
    assert isinstance(panel, ConcernPanel)
    panel.select(scene.concern_id)
    panel.view.open_step(step)
    page = getattr(panel.view.pages, page_name)
    page.table.selectRow(0)
    page.correct.click()
    dialog = panel.findChild(CorrectionDialog, f"correct_{step_id}_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def _observation(scene: EntryScene) -> Observation:
    with scene.root.ctx.reading() as sctx:
        return view_case(sctx, scene.case_id, log_view=False).concerns[0].observations[0]


def _decision(scene: EntryScene) -> Decision:
    with scene.root.ctx.reading() as sctx:
        return view_case(sctx, scene.case_id, log_view=False).concerns[0].decisions[0]


def _updates(scene: EntryScene, since: int, kind: str) -> list[tuple[int | None, str]]:
    with scene.root.ctx.reading() as sctx:
        rows = sctx.session.scalars(select(AuditEntry).where(
            AuditEntry.seq > since, AuditEntry.action == "update", AuditEntry.object_type == kind)
            .order_by(AuditEntry.seq)).all()
        return [(r.actor_id, r.fields) for r in rows]


def _last_seq(scene: EntryScene) -> int:
    with scene.root.ctx.reading() as sctx:
        return max(sctx.session.scalars(select(AuditEntry.seq)).all())


def _siv_dates_observation(scene: EntryScene, day: date) -> None:
    seen = _observation(scene)
    with scene.siv_writes() as sctx:
        corrections.correct_observation(sctx, seen.id, seen.text, observed_on=day, base=seen.row_version)


def _conflict(qtbot: QtBot, owner: CorrectionDialog) -> FieldConflictDialog:
    qtbot.waitUntil(lambda: owner.conflict_dialog is not None)
    dialog = owner.conflict_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _press(dialog: FieldConflictDialog, button: QPushButton) -> None:
    """Choose by keyboard: Tab from «Behold mitt» to the button, then Space."""
    for _ in range(6):
        if dialog.focusWidget() is button:
            break
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is button
    QTest.keyClick(button, Qt.Key.Key_Space)


def _me(scene: EntryScene) -> int:
    assert scene.root.ctx.actor is not None
    return scene.root.ctx.actor.user_id


def test_a_date_changed_only_by_the_colleague_is_merged_without_a_question(
        qtbot: QtBot, store_workspace: Barnearket, closed_store: ClosedStore) -> None:
    scene = make_entry_scene(store_workspace, closed_store)
    dialog = _correction(scene, 2, "observations", "concretise")
    since = _last_seq(scene)
    _siv_dates_observation(scene, days_ago(30))
    _fill(dialog.box.form, {"observation": MINE})
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.conflict_dialog is None  # no question: each changed a field of her own
    stored = _observation(scene)
    assert stored.observed_on == days_ago(30)  # her date
    assert stored.text.startswith(MINE)  # my text, her correction note kept under it
    assert SIV_NAME in stored.text and "Før rettingen – dato" in stored.text
    assert _updates(scene, since, "observation") == [(scene.siv_id, "observed_on"), (_me(scene), "text")]


def test_both_changing_the_date_shows_both_dates_and_nothing_else(
        qtbot: QtBot, store_workspace: Barnearket, closed_store: ClosedStore) -> None:
    scene = make_entry_scene(store_workspace, closed_store)
    dialog = _correction(scene, 2, "observations", "concretise")
    since = _last_seq(scene)
    _siv_dates_observation(scene, days_ago(30))
    _fill(dialog.box.form, {"observed_on": days_ago(32).isoformat()})
    dialog.save_button.click()
    choice = _conflict(qtbot, dialog)
    assert dialog.isVisible()
    assert list(choice.fields) == ["Dato"]
    mine, theirs = choice.fields["Dato"]
    assert mine.toPlainText() == f"{days_ago(32):%d.%m.%Y}"
    assert theirs.toPlainText() == f"{days_ago(30):%d.%m.%Y}"
    assert SIV_NAME in choice.told.text() and "observasjonen" in choice.told.text()
    assert not choice.both_button.isVisible()  # a date is one or the other
    assert not choice.taken.isVisible()  # her note under the text is no change of the text
    assert choice.focusWidget() is choice.mine_button
    QTest.keyClick(choice.mine_button, Qt.Key.Key_Return)  # Enter keeps mine
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = _observation(scene)
    assert stored.observed_on == days_ago(32)
    assert stored.text.startswith("Kom uten yttertøy")
    assert _updates(scene, since, "observation") == [(scene.siv_id, "observed_on"),
                                                     (_me(scene), "observed_on")]


def test_the_stored_date_taken_leaves_nothing_to_store(
        qtbot: QtBot, store_workspace: Barnearket, closed_store: ClosedStore) -> None:
    scene = make_entry_scene(store_workspace, closed_store)
    dialog = _correction(scene, 2, "observations", "concretise")
    since = _last_seq(scene)
    _siv_dates_observation(scene, days_ago(30))
    _fill(dialog.box.form, {"observed_on": days_ago(32).isoformat()})
    dialog.save_button.click()
    choice = _conflict(qtbot, dialog)
    _press(choice, choice.theirs_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _observation(scene).observed_on == days_ago(30)
    assert [actor for actor, _ in _updates(scene, since, "observation")] == [scene.siv_id]


def test_recipients_both_changed_are_shown_as_lists_and_mine_kept(
        qtbot: QtBot, store_workspace: Barnearket, closed_store: ClosedStore) -> None:
    scene = make_entry_scene(store_workspace, closed_store)
    dialog = _correction(scene, 5, "decisions", "decision")
    widget = dialog.box.form.widget("recipients")
    options = list(widget.editor.options)
    assert len(options) >= 3
    since = _last_seq(scene)
    seen = _decision(scene)
    with scene.siv_writes() as sctx:
        corrections.correct_decision(sctx, seen.id, DecisionOutcome.COOPERATE, decided_on=seen.decided_on,
                                     anchored_with=seen.anchored_with, note=seen.note,
                                     recipients=[options[0].id, options[1].id], base=seen.row_version)
    dialog.box.form.widget("recipients").set_value([options[2].id])
    dialog.box.form.widget("anchored_with").set_value("Enhetsleder")  # only mine: merged unasked
    dialog.save_button.click()
    choice = _conflict(qtbot, dialog)
    label = widget.question.label.rstrip(":").strip()
    assert list(choice.fields) == [label]
    mine, theirs = choice.fields[label]
    assert mine.toPlainText() == f"• {options[2].label}"
    assert theirs.toPlainText().splitlines() == sorted([f"• {options[0].label}", f"• {options[1].label}"])
    assert not choice.both_button.isVisible()
    _press(choice, choice.mine_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = _decision(scene)
    assert set(stored.recipients) == {options[2].id}
    assert stored.anchored_with == "Enhetsleder"
    updates = _updates(scene, since, "decision")
    assert updates == [(scene.siv_id, "recipients"), (_me(scene), "anchored_with,recipients")]
