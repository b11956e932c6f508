"""Issue 15: a step's completion comes from its `done_when` in the form, evaluated by the domain and
shown on the step path: a step with entries of which none meets it is marked begun, not done."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from barnearket.domain.forms import FormLibrary, StepGuide
from barnearket.domain.model import ConsultationWith, Step
from barnearket.domain.rules.steps import unfinished_steps
from barnearket.services import concerns, steps
from barnearket.storage.mapping import load_case, load_concern
from barnearket.ui.context import UiContext
from tests.ui.test_concern_panel import _fill, _panel


def _concern(ui: UiContext, case_id: int) -> int:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0].id
        return concerns.open_concern(sctx, case_id, child, level=2)


def test_the_domain_reads_done_when_from_the_form(ui: UiContext, case_id: int, library: FormLibrary) -> None:
    guide = library.latest_as("bekymring", StepGuide)
    concern_id = _concern(ui, case_id)
    with ui.unit_of_work() as sctx:
        steps.add_consultation(sctx, concern_id, with_whom=ConsultationWith.LEADER)
        assert unfinished_steps(load_concern(sctx.session, concern_id), guide) == {Step.SHARE}
        steps.add_consultation(sctx, concern_id, with_whom=ConsultationWith.LEADER, summary="Råd: vent.")
        steps.record_parent_conversation(sctx, concern_id, held=True, shared="Delte bekymringen.")
        assert unfinished_steps(load_concern(sctx.session, concern_id), guide) == {Step.CONVERSATION}


def test_the_path_marks_a_begun_step_until_the_form_counts_it_done(
        qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    """The follow-up step is done (by the shipped form) once an action has been evaluated."""
    _concern(ui, case_id)
    panel = _panel(qtbot, ui, case_id)
    view = panel.view
    view.open_step(6)
    plan = view.pages.actions
    _fill(plan.new_action.form, {"action": "Samtale med mor om søvn", "responsible": "Teamleder",
                                 "evaluate_on": (date.today() + timedelta(days=14)).isoformat(),
                                 "action_status": "ongoing"})
    plan.new_action.button.click()
    qtbot.waitUntil(lambda: plan.action_model.rowCount() == 1)
    follow_up = view.path.buttons[5]
    assert "påbegynt" in follow_up.toolTip() and "påbegynt" in follow_up.accessibleDescription()
    plan.table.selectRow(0)
    _fill(plan.evaluate.form, {"evaluation": "Bedre søvn siste uke", "action_status": "done"})
    plan.evaluate.button.click()
    qtbot.waitUntil(lambda: plan.evaluations.rowCount() == 1)
    assert "påbegynt" not in view.path.buttons[5].toolTip()
