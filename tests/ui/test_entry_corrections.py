"""Correcting step entries and actions in the concern view: the step's form in a dialog, filled in."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from barnearket.domain.model import ActionStatus, ConsultationWith, DecisionOutcome
from barnearket.services import actions, concerns, steps
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.context import UiContext
from barnearket.ui.edit.entries import CorrectionDialog
from tests.ui.test_concern_panel import _fill, _panel


def _with_entries(qtbot: QtBot, ui: UiContext, case_id: int) -> ConcernPanel:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0].id
        concern = concerns.open_concern(sctx, case_id, child, level=2)
        steps.add_observation(sctx, concern, "Kom uten yttertøy")
        steps.add_consultation(sctx, concern, with_whom=ConsultationWith.BARNEVERN, summary="Råd")
        steps.record_parent_conversation(sctx, concern, participants="Mor", shared="Det vi så",
                                         response="Lettet", agreed="Ny samtale")
        steps.record_decision(sctx, concern, DecisionOutcome.OWN_UNIT, note="Her", anchored_with="Leder")
        actions.add_action(sctx, concern, "Samtale med mor", evaluate_on=date.today())
    return _panel(qtbot, ui, case_id)


def _dialog(panel: ConcernPanel, name: str) -> CorrectionDialog:
    dialog = panel.findChild(CorrectionDialog, name)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_every_step_entry_can_be_corrected(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _with_entries(qtbot, ui, case_id)
    view = panel.view
    pages = {"concretise": (2, view.pages.observations, "observation", "Kom uten lue"),
             "share": (3, view.pages.consultations, "summary", "Råd om samtalen"),
             "conversation": (4, view.pages.conversations, "shared", "Det vi så i timen"),
             "decision": (5, view.pages.decisions, "decision_note", "Følges opp her")}
    for step_id, (number, page, question, new_text) in pages.items():
        view.open_step(number)
        page.table.selectRow(0)
        assert page.correct is not None
        page.correct.click()
        dialog = _dialog(panel, f"correct_{step_id}_dialog")
        _fill(dialog.box.form, {question: new_text})
        dialog.save_button.click()
        assert not dialog.isVisible(), dialog.box.error.text()
    with ui.reading() as sctx:
        concern = load_case(sctx.session, case_id).concerns[0]
    assert concern.observations[0].text.startswith("Kom uten lue\n\n[Rettet")
    assert concern.consultations[0].summary.startswith("Råd om samtalen")
    assert concern.conversations[0].shared.startswith("Det vi så i timen")
    assert concern.decisions[0].note.startswith("Følges opp her")


def test_an_action_is_corrected_and_its_status_changed(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _with_entries(qtbot, ui, case_id)
    panel.view.open_step(6)
    plan = panel.view.pages.actions
    plan.table.selectRow(0)
    plan.correct.click()
    dialog = _dialog(panel, "correct_follow_up_dialog")
    assert dialog.box.form.answers()["action"] == "Samtale med mor"
    _fill(dialog.box.form, {"responsible": "Teamleder", "action_status": "ongoing",
                            "deadline": date.today().isoformat()})
    assert dialog.service is not None
    dialog.service.setCurrentIndex(dialog.service.findData("skole"))
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.box.error.text()
    with ui.reading() as sctx:
        action = load_case(sctx.session, case_id).concerns[0].actions[0]
    assert action.status is ActionStatus.ONGOING and action.responsible == "Teamleder"
    assert action.service_id == "skole"
    assert plan.action_model.rowCount() == 1


def test_an_evaluation_is_corrected(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _with_entries(qtbot, ui, case_id)
    with ui.unit_of_work() as sctx:
        action = load_case(sctx.session, case_id).concerns[0].actions[0].id
        actions.add_evaluation(sctx, action, "Litt bedre")
    panel.reload()
    panel.view.open_step(6)
    plan = panel.view.pages.actions
    plan.table.selectRow(0)
    plan.eval_table.selectRow(0)
    plan.correct_evaluation.click()
    dialog = _dialog(panel, "correct_evaluation_dialog")
    _fill(dialog.box.form, {"evaluation": "Mye bedre"})
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.box.error.text()
    with ui.reading() as sctx:
        stored = load_case(sctx.session, case_id).concerns[0].actions[0].evaluations[0]
    assert stored.text.startswith("Mye bedre")
