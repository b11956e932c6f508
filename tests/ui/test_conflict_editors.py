"""Every editor of a stored record meets a newer version the same way: the save is refused, the person
sees who changed what beside her own text, chooses, and nothing she typed is lost (issue 14, point 1).

A colleague's session is simulated by a unit of work of her own on the same file (her own login, her
own actor), written between the moment an editor is filled and the moment it is saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import Barnearket
from barnearket.domain.model import (
    ChildDetails,
    ConsultationWith,
    DecisionOutcome,
    Parent,
    ReportContent,
    ReportRecipient,
    ReportSection,
    Scale,
)
from barnearket.domain.roles import Role
from barnearket.services import actions, concerns, corrections, steps
from barnearket.services.cases import update_case, view_case
from barnearket.services.children import add_child, update_child
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.reports import draft_report, update_report
from barnearket.storage import accounts, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.orm.audit import AuditEntry
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.conflict.dialog import ConflictDialog
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.edit.case import CaseDialog
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.edit.entries import CorrectionDialog
from barnearket.ui.report.editor import ReportEditor
from tests.ui.conftest import add_case
from tests.ui.test_concern_panel import _fill

pytestmark = pytest.mark.gui

SIV = "Siv Ánde Ŋuolas-Ødegård"
THEIRS = "Siv skriver: Máret kom uten votter to dager på rad."
MINE = "Jeg skriver: far sier at Máret sover dårlig og er mye alene."


@dataclass(frozen=True)
class Scene:
    """The main window, the case, its child and concern, and the colleague who writes in between."""

    root: Barnearket
    case_id: int
    child_id: int
    concern_id: int
    siv: Actor

    @contextmanager
    def siv_writes(self) -> Iterator[ServiceContext]:
        """One unit of work as Siv (her id on every row and log entry it writes)."""
        case_file = self.root.ctx.case_file
        assert case_file is not None
        with case_file.session() as session, session.begin():
            session.info["actor_id"] = self.siv.user_id
            yield ServiceContext(session, self.siv, self.root.ctx.clock, self.root.ctx.forms)


def make_scene(workspace: Barnearket) -> Scene:
    """Siv beside the admin, and a case with a child, a concern, every kind of step entry and an action."""
    case_file = workspace.ctx.case_file
    assert isinstance(case_file, CaseFile)
    siv = accounts.add_user(case_file, "siv", SIV, Role.ADMIN, "Siv sitt lange passord æøå",
                            kdf.fast_params_for_tests())
    case_id = add_case(workspace, "Áilu Čeavrris-Ødegård")
    with workspace.ctx.unit_of_work() as sctx:
        child = add_child(sctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9),
                                                      school="Sandnes skole"))
        concern = concerns.open_concern(sctx, case_id, child, level=2, description="Uro.")
        steps.add_observation(sctx, concern, "Kom uten yttertøy")
        steps.add_consultation(sctx, concern, with_whom=ConsultationWith.BARNEVERN, summary="Råd")
        steps.record_parent_conversation(sctx, concern, participants="Mor", shared="Det vi så",
                                         response="Lettet", agreed="Ny samtale")
        steps.record_decision(sctx, concern, DecisionOutcome.OWN_UNIT, note="Her", anchored_with="Leder")
        action = actions.add_action(sctx, concern, "Samtale med mor", evaluate_on=date.today())
        actions.add_evaluation(sctx, action, "Litt bedre")
    assert workspace.main is not None
    workspace.main.open_case(case_id)
    return Scene(workspace, case_id, child, concern, Actor(siv, "siv", Role.ADMIN))


def _panel(scene: Scene) -> ConcernPanel:
    assert scene.root.main is not None
    scene.root.main.case_view.show_concerns()
    panel = scene.root.main.case_view.panels[-1].build()
    assert isinstance(panel, ConcernPanel)
    panel.select(scene.concern_id)
    return panel


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


def _form_conflict(qtbot: QtBot, owner: object) -> FieldConflictDialog:
    qtbot.waitUntil(lambda: getattr(owner, "conflict_dialog", None) is not None)
    dialog: FieldConflictDialog = owner.conflict_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _label(dialog: CorrectionDialog, question: str) -> str:
    return dialog.box.form.widget(question).question.label.rstrip(":").strip()


def _press(dialog: QDialog, button: QPushButton) -> None:
    """Choose by keyboard: Tab from «Behold mitt» to the button, then Space."""
    for _ in range(6):
        if dialog.focusWidget() is button:
            break
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is button
    QTest.keyClick(button, Qt.Key.Key_Space)


def _updates(scene: Scene, since: int) -> list[tuple[int | None, str | None, str]]:
    """(actor, object type, fields) of every update logged after `since`."""
    with scene.root.ctx.reading() as sctx:
        rows = sctx.session.scalars(select(AuditEntry).where(
            AuditEntry.seq > since, AuditEntry.action == "update").order_by(AuditEntry.seq)).all()
        return [(r.actor_id, r.object_type, r.fields) for r in rows]


def _last_seq(scene: Scene) -> int:
    with scene.root.ctx.reading() as sctx:
        return max(sctx.session.scalars(select(AuditEntry.seq)).all())


def _observation(s: ServiceContext, e: Any) -> object:
    return corrections.correct_observation(s, e.id, THEIRS, observed_on=e.observed_on)


def _consultation(s: ServiceContext, e: Any) -> object:
    return corrections.correct_consultation(s, e.id, with_whom=e.with_whom, held_on=e.held_on,
                                            anonymous=False, counterpart="", summary=THEIRS)


def _conversation(s: ServiceContext, e: Any) -> object:
    return corrections.correct_parent_conversation(s, e.id, held_on=e.held_on, participants="Mor",
                                                   shared=THEIRS, response="Lettet", agreed="Ny samtale")


def _decision(s: ServiceContext, e: Any) -> object:
    return corrections.correct_decision(s, e.id, DecisionOutcome.OWN_UNIT, decided_on=e.decided_on,
                                        anchored_with="Leder", note=THEIRS, recipients=[])


def _evaluation(s: ServiceContext, e: Any) -> object:
    return corrections.correct_evaluation(s, e.id, THEIRS, evaluated_on=e.evaluated_on)


STEPS: dict[str, tuple[int, str, str, str, Callable[[ServiceContext, Any], object]]] = {
    "concretise": (2, "observations", "observation", "observation", _observation),
    "share": (3, "consultations", "summary", "consultation", _consultation),
    "conversation": (4, "conversations", "shared", "parent_conversation", _conversation),
    "decision": (5, "decisions", "decision_note", "decision", _decision),
    "evaluation": (6, "actions", "evaluation", "evaluation", _evaluation),
}
"""Each step: its number, the page, the main text's question, the log's object type, and Siv's
correction of the entry she sees, its main text replaced by THEIRS."""


def _entry(scene: Scene, step_id: str) -> object:
    with scene.root.ctx.reading() as sctx:
        concern = view_case(sctx, scene.case_id, log_view=False).concerns[0]
    if step_id == "evaluation":
        return concern.actions[0].evaluations[0]
    return getattr(concern, STEPS[step_id][1])[0]


def _open_correction(panel: ConcernPanel, step_id: str) -> CorrectionDialog:
    number, page_name = STEPS[step_id][0], STEPS[step_id][1]
    panel.view.open_step(number)
    page = getattr(panel.view.pages, page_name)
    page.table.selectRow(0)
    if step_id == "evaluation":
        page.eval_table.selectRow(0)
        page.correct_evaluation.click()
    else:
        page.correct.click()
    dialog = panel.findChild(CorrectionDialog, f"correct_{step_id}_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("step_id", list(STEPS))
def test_a_step_entry_corrected_by_someone_else_meanwhile_keeps_both_texts(
        qtbot: QtBot, workspace: Barnearket, step_id: str) -> None:
    scene = make_scene(workspace)
    panel = _panel(scene)
    dialog = _open_correction(panel, step_id)
    with scene.siv_writes() as sctx:
        STEPS[step_id][4](sctx, _entry(scene, step_id))
    since = _last_seq(scene)
    question = STEPS[step_id][2]
    _fill(dialog.box.form, {question: MINE})
    dialog.save_button.click()
    choice = _fields(qtbot, dialog)
    assert dialog.isVisible()  # the correction stays open behind the choice, with what was typed
    assert list(choice.fields) == [_label(dialog, question)]  # the text, nothing else
    mine_box, theirs_box = choice.fields[_label(dialog, question)]
    assert mine_box.toPlainText() == MINE
    assert theirs_box.toPlainText().startswith(THEIRS)
    assert SIV in choice.told.text()
    assert choice.both_button.isVisible()
    assert _updates(scene, since) == []  # the refused save stored nothing
    _press(choice, choice.both_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = _entry(scene, step_id)
    text = next(getattr(stored, f) for f in ("text", "summary", "shared", "note") if hasattr(stored, f))
    assert text.startswith(THEIRS) and MINE in text and SIV in text
    mine = [u for u in _updates(scene, since) if u[1] == STEPS[step_id][3]]
    assert len(mine) == 1 and mine[0][0] == scene.root.ctx.actor.user_id  # type: ignore[union-attr]


def test_the_highest_level_chosen_on_an_older_version_keeps_the_reason(
        qtbot: QtBot, workspace: Barnearket) -> None:
    scene = make_scene(workspace)
    panel = _panel(scene)
    page = panel.view.pages.arose
    with scene.siv_writes() as sctx:
        concerns.set_level(sctx, scene.concern_id, 3, note="Siv hevet nivået")
    dialogs = scene.root.ctx.dialogs
    dialogs.set_next_answer("Barnet forteller om vold i hjemmet")  # the reason for the highest level
    highest = page._scales.highest(Scale.CHILD)
    _fill(page.form, {"child_level": page._scales.option_id(Scale.CHILD, highest)})
    choice = _conflict(qtbot, page)
    assert choice.theirs.toPlainText() == page._scales.label(Scale.CHILD, 3)
    assert choice.mine.toPlainText() == page._scales.label(Scale.CHILD, highest)
    assert not choice.both_button.isVisible()  # a level is one or the other
    dialogs.set_next_answer(False)  # not starting the report now
    _press(choice, choice.mine_button)
    qtbot.waitUntil(lambda: not choice.isVisible())
    with scene.root.ctx.reading() as sctx:
        concern = view_case(sctx, scene.case_id, log_view=False).concerns[0]
    assert concern.level == highest
    assert [(c.level, c.note) for c in concern.levels][-2:] == [
        (3, "Siv hevet nivået"), (highest, "Barnet forteller om vold i hjemmet")]


def test_the_case_changed_meanwhile_shows_the_fields_that_differ_and_keeps_mine(
        qtbot: QtBot, workspace: Barnearket) -> None:
    scene = make_scene(workspace)
    assert scene.root.main is not None
    dialog = scene.root.main.case_view.case_actions.open_case()
    assert isinstance(dialog, CaseDialog)
    with scene.siv_writes() as sctx:
        case = view_case(sctx, scene.case_id, log_view=False)
        update_case(sctx, scene.case_id, parent=Parent(name=case.parent.name, phone="111 11 111"),
                    responsible_id=case.responsible_id, categories=case.categories,
                    treatment_phase=case.treatment_phase, base=case.row_version)
    since = _last_seq(scene)
    dialog.phone.setText("222 22 222")
    dialog.language.setText("nordsamisk")
    dialog.save_button.click()
    choice = _form_conflict(qtbot, dialog)
    assert list(choice.fields) == ["Telefon"]  # only what both changed is asked about
    mine, theirs = choice.fields["Telefon"]
    assert (mine.toPlainText(), theirs.toPlainText()) == ("222 22 222", "111 11 111")
    assert "saken" in choice.told.text() and SIV in choice.told.text()
    assert not choice.both_button.isVisible()
    _press(choice, choice.mine_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with scene.root.ctx.reading() as sctx:
        parent = view_case(sctx, scene.case_id, log_view=False).parent
    assert (parent.phone, parent.language) == ("222 22 222", "nordsamisk")
    assert _updates(scene, since) == [(scene.root.ctx.actor.user_id,  # type: ignore[union-attr]
                                       "case", "parent_language,parent_phone")]


def test_a_case_field_changed_meanwhile_elsewhere_is_merged_unasked(
        qtbot: QtBot, workspace: Barnearket) -> None:
    scene = make_scene(workspace)
    assert scene.root.main is not None
    dialog = scene.root.main.case_view.case_actions.open_case()
    assert isinstance(dialog, CaseDialog)
    with scene.siv_writes() as sctx:
        case = view_case(sctx, scene.case_id, log_view=False)
        update_case(sctx, scene.case_id, parent=Parent(name=case.parent.name, phone="111 11 111"),
                    responsible_id=case.responsible_id, categories=case.categories,
                    treatment_phase=case.treatment_phase, base=case.row_version)
    dialog.language.setText("nordsamisk")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.conflict_dialog is None
    with scene.root.ctx.reading() as sctx:
        parent = view_case(sctx, scene.case_id, log_view=False).parent
    assert (parent.phone, parent.language) == ("111 11 111", "nordsamisk")  # hers and mine


def test_a_child_changed_meanwhile_can_be_left_as_stored(qtbot: QtBot, workspace: Barnearket) -> None:
    scene = make_scene(workspace)
    assert scene.root.main is not None
    dialog = scene.root.main.case_view.case_actions.open_child(scene.child_id)
    assert isinstance(dialog, ChildDialog)
    with scene.siv_writes() as sctx:
        child = view_case(sctx, scene.case_id, log_view=False).children[0]
        update_child(sctx, child.id, ChildDetails(name=child.name, birth_date=child.birth_date,
                                                  school="Hana skole"), base=child.row_version)
    since = _last_seq(scene)
    dialog.school.setText("Riska skole")
    dialog.carer.setText("Mormor")
    dialog.save_button.click()
    choice = _form_conflict(qtbot, dialog)
    assert list(choice.fields) == ["Skole eller barnehage"]
    mine, theirs = choice.fields["Skole eller barnehage"]
    assert (mine.toPlainText(), theirs.toPlainText()) == ("Riska skole", "Hana skole")
    assert mine.accessibleName() == "Skole eller barnehage, ditt"
    _press(choice, choice.theirs_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with scene.root.ctx.reading() as sctx:
        details = view_case(sctx, scene.case_id, log_view=False).children[0].details
    assert (details.school, details.daily_carer) == ("Hana skole", "Mormor")  # her school, my carer
    assert _updates(scene, since) == [(scene.root.ctx.actor.user_id,  # type: ignore[union-attr]
                                       "child", "daily_carer")]


def test_a_report_saved_by_someone_else_meanwhile_keeps_my_text(qtbot: QtBot, workspace: Barnearket) -> None:
    scene = make_scene(workspace)
    with scene.root.ctx.unit_of_work() as sctx:
        report_id = draft_report(sctx, scene.concern_id, ReportRecipient.BARNEVERN)
    assert scene.root.main is not None
    editor = ReportEditor(scene.root.ctx, report_id, scene.root.main)
    editor.show()
    qtbot.waitUntil(editor.isVisible)
    with scene.siv_writes() as sctx:
        report = view_case(sctx, scene.case_id, log_view=False).concerns[0].reports[0]
        update_report(sctx, report_id, ReportContent(sections={ReportSection.CONCERN: THEIRS}),
                      base=report.row_version)
    concern_box = editor.sections[ReportSection.CONCERN]
    concern_box.setPlainText(MINE)
    assert not editor.save()
    choice = _form_conflict(qtbot, editor)
    assert len(choice.fields) == 1  # the one section both wrote
    mine, theirs = next(iter(choice.fields.values()))
    assert (mine.toPlainText(), theirs.toPlainText()) == (MINE, THEIRS)
    assert "meldingen" in choice.told.text()
    assert concern_box.toPlainText() == MINE  # still on screen while she chooses
    _press(choice, choice.mine_button)
    qtbot.waitUntil(lambda: not choice.isVisible())
    with scene.root.ctx.reading() as sctx:
        stored = view_case(sctx, scene.case_id, log_view=False).concerns[0].reports[0]
    assert stored.content.sections[ReportSection.CONCERN] == MINE
    editor.close()


def test_report_sections_written_by_two_at_once_are_merged(qtbot: QtBot, workspace: Barnearket) -> None:
    scene = make_scene(workspace)
    with scene.root.ctx.unit_of_work() as sctx:
        report_id = draft_report(sctx, scene.concern_id, ReportRecipient.BARNEVERN)
    assert scene.root.main is not None
    editor = ReportEditor(scene.root.ctx, report_id, scene.root.main)
    editor.show()
    qtbot.waitUntil(editor.isVisible)
    shown = editor.content()
    with scene.siv_writes() as sctx:  # she writes the history, the rest as it was shown
        report = view_case(sctx, scene.case_id, log_view=False).concerns[0].reports[0]
        sections = {**shown.sections, ReportSection.HISTORY: THEIRS}
        update_report(sctx, report_id, ReportContent(sections=sections), base=report.row_version)
    editor.sections[ReportSection.CONCERN].setPlainText(MINE)
    assert editor.save()  # no question: each wrote a part of her own
    assert editor.conflict_dialog is None
    assert editor.sections[ReportSection.HISTORY].toPlainText() == THEIRS
    with scene.root.ctx.reading() as sctx:
        stored = view_case(sctx, scene.case_id, log_view=False).concerns[0].reports[0]
    assert stored.content.sections[ReportSection.CONCERN] == MINE
    assert stored.content.sections[ReportSection.HISTORY] == THEIRS
    editor.close()
