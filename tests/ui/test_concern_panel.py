"""The concern panel: a walk from first unease to closure, stored in the file and found again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QRadioButton
from pytestqt.qtbot import QtBot

from barnearket.domain.model import ActionStatus, Concern, ConcernStatus, ConsultationWith, DecisionOutcome
from barnearket.services.concerns import close_concern, open_concern
from barnearket.storage.casefile import CaseFile
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.deadline import decision_deadline
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.context import UiContext
from barnearket.ui.formwidgets import SectionForm
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.ui.sheet_support import CHILDREN, PARENT, show_active, unnamed_inputs


def _panel(qtbot: QtBot, ui: UiContext, case_id: int) -> ConcernPanel:
    panel = ConcernPanel(ui)
    qtbot.addWidget(panel)
    panel.resize(1300, 720)
    show_active(qtbot, panel)
    panel.show_case(case_id)
    return panel


def _fill(form: SectionForm, answers: dict[str, object]) -> None:
    """Answer through the widgets, as a user would, so conditions and signals run."""
    for question_id, value in answers.items():
        editor = form.widget(question_id).editor
        focus = editor.focus_input()
        if isinstance(focus, QComboBox):
            focus.setCurrentIndex(focus.findData(value))
        elif isinstance(focus, QRadioButton):
            button = next(b for b in editor.inputs() if b.property("option_id") == value)
            assert isinstance(button, QRadioButton)
            button.setChecked(True)
        else:
            editor.set_value(value)  # type: ignore[arg-type]
            editor.edited.emit()


def test_concern_walk_through_is_stored_and_found_again(
    qtbot: QtBot, ui: UiContext, case_id: int, case_file: CaseFile
) -> None:
    panel = _panel(qtbot, ui, case_id)
    assert panel.stack.currentIndex() == 0
    panel.new_button.click()
    assert panel.new_box is not None
    child_id = panel.case.children[0].id  # type: ignore[union-attr]
    _fill(
        panel.new_box.form,
        {
            "child_id": str(child_id),
            "first_description": "Kommer sliten på skolen",
            "child_level": "barn_trives_mindre",
        },
    )
    panel.new_box.button.click()
    view = panel.view
    assert view.concern is not None and view.concern.level == 2
    assert view.deadline.text() == "Beslutning innen 14 dager"
    assert view.path.buttons[0].property("state") == "current"

    view.open_step(2)
    for text in ("Sov på pulten i to timer", "Sa at mamma sover om dagen"):
        _fill(view.pages.observations.box.form, {"observation": text})
        view.pages.observations.box.button.click()
    assert view.pages.observations.model.rowCount() == 2

    view.open_step(3)
    box = view.pages.consultations.box
    _fill(box.form, {"consulted_with": "barnevern", "anonymous": "nei", "counterpart": "Per"})
    assert not box.form.widget("counterpart").isHidden()
    _fill(box.form, {"anonymous": "ja", "summary": "Råd: snakk med mor først"})
    assert box.form.widget("counterpart").isHidden()
    box.button.click()
    assert view.pages.consultations.model.rowCount() == 1

    _fill(
        box.form,
        {
            "consulted_with": "barnevern",
            "anonymous": "ja",
            "summary": f"Drøftet {CHILDREN[0].split()[0]} med barnevernet",
        },
    )
    box.button.click()
    assert "anonym drøfting" in box.error.text()
    assert view.pages.consultations.model.rowCount() == 1

    view.open_step(5)
    decision = view.pages.decisions.box
    _fill(
        decision.form,
        {"outcome": "own_unit", "anchored_with": "Leder Åse", "decision_note": "Følges opp her"},
    )
    decision.button.click()
    assert view.deadline.text().startswith("Beslutning tatt")

    view.open_step(6)
    plan = view.pages.actions
    _fill(
        plan.new_action.form,
        {
            "action": "Samtale med mor om søvn",
            "responsible": "Teamleder",
            "evaluate_on": (date.today() + timedelta(days=14)).isoformat(),
            "action_status": "ongoing",
        },
    )
    plan.new_action.button.click()
    assert plan.action_model.rowCount() == 1
    plan.table.selectRow(0)
    _fill(plan.evaluate.form, {"evaluation": "Bedre søvn siste uke", "action_status": "done"})
    plan.evaluate.button.click()
    assert plan.evaluations.rowCount() == 1

    view.open_step(7)
    closing = view.pages.closure.close_box
    _fill(closing.form, {"closing_reason": "tiltak_virker", "closing_note": "Barnet har det bedre"})
    closing.button.click()
    assert view.concern.status is ConcernStatus.CLOSED
    assert view.pages.closure.forms.currentWidget() is view.pages.closure.reopen_box

    _reopened_file_has_everything(case_file, ui, case_id, child_id)


def _reopened_file_has_everything(case_file: CaseFile, ui: UiContext, case_id: int, child_id: int) -> None:
    path = case_file.path
    case_file.close()
    from barnearket.storage.opening import open_case_file

    again = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with again.read_session() as session:
            case = load_case(session, case_id)
    finally:
        again.close()
    (concern,) = case.concerns
    assert concern.child_id == child_id and concern.status is ConcernStatus.CLOSED
    assert [o.text for o in sorted(concern.observations, key=lambda o: o.id)] == [
        "Sov på pulten i to timer",
        "Sa at mamma sover om dagen",
    ]
    (consultation,) = concern.consultations
    assert consultation.anonymous and consultation.with_whom is ConsultationWith.BARNEVERN
    assert consultation.counterpart == ""
    stored = consultation.summary + consultation.counterpart
    assert not any(part in stored for name in (PARENT, *CHILDREN) for part in name.split())
    assert concern.decision is not None and concern.decision.outcome is DecisionOutcome.OWN_UNIT
    (action,) = concern.actions
    assert action.responsible == "Teamleder" and action.status is ActionStatus.DONE
    assert [e.text for e in action.evaluations] == ["Bedre søvn siste uke"]
    assert concern.history[-1].reason == "Tiltakene virker: Barnet har det bedre"


def test_deadline_counts_down_and_turns_red(ui: UiContext, case_id: int) -> None:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0]
        arose = date.today() - timedelta(days=17)
        concern_id = open_concern(sctx, case_id, child.id, level=1, arose_on=arose)
    with ui.reading() as sctx:
        concern = next(c for c in load_case(sctx.session, case_id).concerns if c.id == concern_id)
    late = decision_deadline(concern, date.today())
    assert late.text == "Beslutningsfristen gikk ut for 3 dager siden" and late.overdue
    early = decision_deadline(concern, arose + timedelta(days=2))
    assert early.text == "Beslutning innen 12 dager" and not early.overdue


@pytest.mark.parametrize("step", range(1, 9))
def test_any_step_opens_with_why_and_named_inputs(
    qtbot: QtBot, ui: UiContext, case_id: int, step: int
) -> None:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[1]
        open_concern(sctx, case_id, child.id, level=3)
    panel = _panel(qtbot, ui, case_id)
    panel.view.open_step(step)
    assert panel.view.path.group.checkedId() == step
    assert panel.view.why.text()
    assert unnamed_inputs(panel) == []


def test_step_one_changes_are_autosaved_and_the_level_history_grows(
    qtbot: QtBot, ui: UiContext, case_id: int
) -> None:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0]
        concern_id = open_concern(sctx, case_id, child.id, level=1, description="Først")
    panel = _panel(qtbot, ui, case_id)
    page = panel.view.pages.arose
    _fill(page.form, {"child_level": "barn_trenger_hjelp", "first_description": "Gråter ofte – Ŧ"})

    def stored() -> Concern:
        with ui.reading() as sctx:
            return next(c for c in load_case(sctx.session, case_id).concerns if c.id == concern_id)

    qtbot.waitUntil(lambda: stored().description == "Gråter ofte – Ŧ" and stored().level == 3, timeout=1000)
    qtbot.waitUntil(lambda: page.levels.rowCount() == 2, timeout=1000)
    assert "Nivå 3" in panel.view.level.text()
    assert page.form.widget("first_description").value() == "Gråter ofte – Ŧ"


def test_closed_concerns_can_be_hidden(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    with ui.unit_of_work() as sctx:
        children = load_case(sctx.session, case_id).children
        closed = open_concern(sctx, case_id, children[0].id, level=1)
        close_concern(sctx, closed, "Avklart med mor")
        kept = open_concern(sctx, case_id, children[1].id, level=2)
    panel = _panel(qtbot, ui, case_id)
    assert panel.chooser.count() == 2
    assert panel.view.concern is not None and panel.view.concern.id == kept
    panel.show_closed.setChecked(False)
    assert panel.chooser.count() == 1
    assert panel.view.concern.id == kept
