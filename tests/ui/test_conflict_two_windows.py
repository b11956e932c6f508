"""Two people in two real main windows on one server edit the same answer, the same concern level and
the same action (and then the same observation and the same child): every refused save is reported
with who changed it, nothing typed is lost, and the stored state and the audit log tell one story
(issue 14, point 1)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.domain.clock import SystemClock
from barnearket.domain.model import Scale
from barnearket.domain.roles import Role
from barnearket.services import steps
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.sheets import SheetAnswerRow
from barnearket.storage.store import open_store
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.conflict.dialog import ConflictDialog
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.edit.entries import CorrectionDialog
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.sheet.header import COMPLETION
from barnearket.ui.sheet.panel import ConversationPanel
from tests.server.helpers import ADMIN, PASSWORD
from tests.ui.test_concern_panel import _fill
from tests.ui.two_windows import KARI, KARI_NAME, KARI_PASS, OLA_NAME, Shared
from tests.ui.typing_probe import type_text

THEIRS = "Mor sier at hun sover dårlig."
MINE = "Far forteller at Máret er mye alene om kveldene."


def _sheet(main: MainWindow, case_id: int) -> ConversationPanel:
    panel = main.case_view.panels[0].build()
    assert isinstance(panel, ConversationPanel)
    panel.show_case(case_id)
    panel.set_mode(COMPLETION)
    return panel


def _concern(main: MainWindow, case_id: int) -> ConcernPanel:
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    panel.show_case(case_id)
    return panel


def _type_answer(panel: ConversationPanel, text: str) -> None:
    widget = panel._question(("parent_situation", None))
    assert widget is not None
    box = widget.editor.focus_input()
    box.setFocus()
    type_text(box, text)


def _conflict(qtbot: QtBot, owner: object) -> ConflictDialog:
    qtbot.waitUntil(lambda: getattr(owner, "conflict_dialog", None) is not None)
    dialog: ConflictDialog = owner.conflict_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _fields(qtbot: QtBot, owner: CorrectionDialog) -> FieldConflictDialog:
    qtbot.waitUntil(lambda: owner.conflict_dialog is not None)
    dialog = owner.conflict_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _press(dialog: QDialog, button: QPushButton) -> None:
    """Choose by keyboard: Tab from «Behold mitt» to the button, then Space."""
    for _ in range(6):
        if dialog.focusWidget() is button:
            break
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is button
    QTest.keyClick(button, Qt.Key.Key_Space)


def _audit(shared: Shared) -> list[tuple[int | None, str, str | None, int | None, str]]:
    admin = open_store(shared.location, login=ADMIN, passphrase=PASSWORD)
    try:
        with admin.read_session() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
            return [(r.actor_id, r.action, r.object_type, r.object_id, r.fields) for r in rows]
    finally:
        admin.close()


def _stored(shared: Shared) -> tuple[str, int, int, str]:
    kari = open_store(shared.location, login=KARI, passphrase=KARI_PASS)
    try:
        with kari.read_session() as session:
            answer = session.scalars(select(SheetAnswerRow).where(
                SheetAnswerRow.sheet_id == shared.sheet_id,
                SheetAnswerRow.question_id == "parent_situation")).one()
            concern = load_case(session, shared.case_id).concerns[0]
            return json.loads(answer.value), answer.row_version, concern.level, concern.actions[0].measure
    finally:
        kari.close()


def test_two_windows_on_one_server_never_overwrite_each_other(
        qtbot: QtBot, shared: Shared, windows: tuple[MainWindow, MainWindow]) -> None:
    kari, ola = windows
    refused = 0

    # the same answer: Kari stores first, Ola's save is refused and he keeps both texts
    kari_sheet, ola_sheet = _sheet(kari, shared.case_id), _sheet(ola, shared.case_id)
    _type_answer(kari_sheet, THEIRS)
    assert kari_sheet.flush()
    _type_answer(ola_sheet, MINE)
    assert not ola_sheet.flush()
    refused += 1
    dialog = _conflict(qtbot, ola_sheet)
    assert dialog.mine.toPlainText() == MINE and dialog.theirs.toPlainText() == THEIRS
    assert dialog.mine.isReadOnly() and dialog.theirs.isReadOnly()
    assert KARI_NAME in dialog.told.text() and "svaret" in dialog.told.text()
    assert dialog.focusWidget() is dialog.mine_button  # Enter keeps what he wrote
    _press(dialog, dialog.both_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ola_sheet.flush()
    answer, answer_version, _, _ = _stored(shared)
    assert answer.startswith(THEIRS) and answer.endswith(MINE) and KARI_NAME in answer
    assert answer_version == 2

    # the same concern level: Kari moves it to 3, Ola (who saw 2) chooses 1 and keeps his own
    kari_concern, ola_concern = _concern(kari, shared.case_id), _concern(ola, shared.case_id)
    kari_page, ola_page = kari_concern.view.pages.arose, ola_concern.view.pages.arose
    _fill(kari_page.form, {"child_level": kari_page._scales.option_id(Scale.CHILD, 3)})
    assert kari_page.saver.flush()
    _fill(ola_page.form, {"child_level": ola_page._scales.option_id(Scale.CHILD, 1)})
    assert not ola_page.saver.flush()
    refused += 1
    dialog = _conflict(qtbot, ola_page)
    assert dialog.theirs.toPlainText() == ola_page._scales.label(Scale.CHILD, 3)
    assert dialog.mine.toPlainText() == ola_page._scales.label(Scale.CHILD, 1)
    assert not dialog.both_button.isVisible()
    _press(dialog, dialog.mine_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ola_page.saver.flush()
    assert _stored(shared)[2] == 1

    # the same action: Ola corrects it first, Kari's correction is refused; she takes the stored one
    kari_concern.view.open_step(6)
    ola_concern.view.open_step(6)
    corrections = []
    for panel in (ola_concern, kari_concern):
        plan = panel.view.pages.actions
        plan.table.selectRow(0)
        plan.correct.click()
        dialog_ = panel.findChild(CorrectionDialog, "correct_follow_up_dialog")
        assert dialog_ is not None and dialog_.isVisible()
        corrections.append(dialog_)
    ola_fix, kari_fix = corrections
    _fill(ola_fix.box.form, {"action": "Samtale med helsesykepleier hver fjortende dag"})
    ola_fix.save_button.click()
    assert not ola_fix.isVisible(), ola_fix.box.error.text()
    _fill(kari_fix.box.form, {"action": "Samtale hver dag"})
    kari_fix.save_button.click()
    refused += 1
    fields = _fields(qtbot, kari_fix)
    assert list(fields.fields) == ["Tiltak"]  # only the measure differs
    mine, theirs = fields.fields["Tiltak"]
    assert mine.toPlainText() == "Samtale hver dag"
    assert theirs.toPlainText().startswith("Samtale med helsesykepleier hver fjortende dag")
    _press(fields, fields.theirs_button)
    qtbot.waitUntil(lambda: not kari_fix.isVisible())
    measure = _stored(shared)[3]
    assert measure.startswith("Samtale med helsesykepleier hver fjortende dag")
    assert "Samtale hver dag" not in measure

    # one story in the log: every stored change once, by the person who stored it, none of the refused
    rows = [r for r in _audit(shared) if r[1] == "update" and r[2] in ("sheet", "concern", "action")]
    answers = [r for r in rows if r[2] == "sheet" and "parent_situation" in r[4]]
    levels = [r for r in rows if r[2] == "concern" and "level" in r[4].split(",")]
    actions = [r for r in rows if r[2] == "action" and r[3] == shared.action_id]
    assert len(answers) == 2 and answers[0][0] != answers[1][0]
    assert len(levels) == 2 and levels[0][0] != levels[1][0]
    assert len(actions) == 1
    assert refused == 3


def _child_and_observation(shared: Shared) -> int:
    """Kari records an observation; the child's id."""
    kari = open_store(shared.location, login=KARI, passphrase=KARI_PASS)
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(kari.user.id, KARI, Role.SAKSBEHANDLER), SystemClock())
            steps.add_observation(ctx, shared.concern_id, "Kom uten yttertøy")
            return load_case(session, shared.case_id).children[0].id
    finally:
        kari.close()


def _correct_observation(main: MainWindow, case_id: int) -> CorrectionDialog:
    panel = _concern(main, case_id)
    panel.view.open_step(2)
    page = panel.view.pages.observations
    page.table.selectRow(0)
    assert page.correct is not None
    page.correct.click()
    dialog = panel.findChild(CorrectionDialog, "correct_concretise_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_two_windows_correct_the_same_observation_and_the_same_child(
        qtbot: QtBot, shared: Shared, windows: tuple[MainWindow, MainWindow]) -> None:
    kari, ola = windows
    child_id = _child_and_observation(shared)

    # the same observation: both open the correction, Ola stores first, Kari keeps both texts
    ola_fix, kari_fix = _correct_observation(ola, shared.case_id), _correct_observation(kari, shared.case_id)
    _fill(ola_fix.box.form, {"observation": THEIRS})
    ola_fix.save_button.click()
    assert not ola_fix.isVisible(), ola_fix.box.error.text()
    _fill(kari_fix.box.form, {"observation": MINE})
    kari_fix.save_button.click()
    fields = _fields(qtbot, kari_fix)
    assert OLA_NAME in fields.told.text() and "observasjonen" in fields.told.text()
    mine, theirs = fields.fields["Hva så eller hørte du?"]
    assert mine.toPlainText() == MINE and theirs.toPlainText().startswith(THEIRS)
    _press(fields, fields.both_button)
    qtbot.waitUntil(lambda: not kari_fix.isVisible())

    # the same child: both open it, Kari stores a school first, Ola keeps his own
    ola_child = ola.case_view.case_actions.open_child(child_id)
    kari_child = kari.case_view.case_actions.open_child(child_id)
    assert isinstance(ola_child, ChildDialog) and isinstance(kari_child, ChildDialog)
    kari_child.school.setText("Hana skole")
    kari_child.save_button.click()
    assert not kari_child.isVisible()
    ola_child.school.setText("Riska skole")
    ola_child.save_button.click()
    qtbot.waitUntil(lambda: ola_child.conflict_dialog is not None)
    form = ola_child.conflict_dialog
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    assert KARI_NAME in form.told.text()
    assert form.fields["Skole eller barnehage"][1].toPlainText() == "Hana skole"
    _press(form, form.mine_button)
    qtbot.waitUntil(lambda: not ola_child.isVisible())

    kari_store = open_store(shared.location, login=KARI, passphrase=KARI_PASS)
    try:
        with kari_store.read_session() as session:
            case = load_case(session, shared.case_id)
    finally:
        kari_store.close()
    observation = case.concerns[0].observations[0].text
    assert observation.startswith(THEIRS) and MINE in observation and KARI_NAME in observation
    assert case.children[0].details.school == "Riska skole"
    rows = [r for r in _audit(shared) if r[1] == "update"]
    observed = [r[0] for r in rows if r[2] == "observation"]
    children = [r[0] for r in rows if r[2] == "child" and r[3] == child_id]
    assert len(observed) == 2 and observed[0] != observed[1]  # Ola's, then Kari's with both texts
    assert len(children) == 2 and children[0] != children[1]  # Kari's, then Ola's kept one
