"""Bugs from the walk of issue 10, each pinned by a test that failed before the fix."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from barnearket.domain.model import ChildDetails, Scale
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.context import UiContext
from barnearket.ui.seams import confirm_box
from barnearket.ui.sheet.header import COMPLETION
from barnearket.ui.sheet.missing import PageRow
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.sheet_support import show_active
from tests.ui.test_concern_panel import _fill, _panel


def test_new_concern_is_shown_at_once_after_creating_it(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _panel(qtbot, ui, case_id)
    for text in ("Kommer sliten på skolen", "Gråter ofte i friminuttene"):
        panel.new_button.click()
        assert panel.new_box is not None
        child_id = panel.case.children[0].id  # type: ignore[union-attr]
        _fill(panel.new_box.form, {"child_id": str(child_id), "first_description": text,
                                   "child_level": "barn_trives_mindre"})
        panel.new_box.button.click()
        assert panel.stack.currentWidget() is panel.view
        assert panel.view.concern is not None and panel.view.concern.description == text


def _completion(qtbot: QtBot, ui: UiContext, case_id: int) -> ConversationPanel:
    panel = ConversationPanel(ui)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    show_active(qtbot, panel)
    panel.show_case(case_id)
    panel.header.new.click()
    panel.set_mode(COMPLETION)
    return panel


def test_completing_with_answers_missing_makes_cancel_the_default(
        qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _completion(qtbot, ui, case_id)
    assert panel.tabs.missing()
    panel.dialogs.set_next_answer(False)
    panel.header.complete.click()
    assert ui.dialogs.safe_defaults == [True]
    box, yes = confirm_box(None, "Fullføre arket?", "…", "Fullfør arket", safe_default=True)
    assert box.defaultButton() is not yes and box.defaultButton().text() == "Avbryt"
    box.deleteLater()


def test_an_unanswered_page_shows_no_tick_after_completion(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _completion(qtbot, ui, case_id)
    panel.dialogs.set_next_answer(True)
    panel.header.complete.click()
    rows = [panel.side.pages.row(r) for r in range(panel.side.pages.rowCount())]
    texts = [panel.side.pages.display(r) for r in rows]
    ticked = [r for r, t in zip(rows, texts, strict=True) if t.endswith("✓")]
    assert ticked and all(r.answered and not r.missing for r in ticked)
    assert any(t.endswith("(7)") for t in texts)
    assert panel.side.pages.display(PageRow(0, "Om barnet", 0, 0)) == "Om barnet  – ikke besvart"


def test_notes_stay_visible_in_completion_mode(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _completion(qtbot, ui, case_id)
    assert panel.side.notes.isVisible()
    panel.dialogs.set_next_answer(True)
    panel.header.complete.click()
    assert panel.side.notes.isVisible() and panel.side.notes.isReadOnly()


def _concern_panel_with_one(qtbot: QtBot, ui: UiContext, case_id: int) -> ConcernPanel:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0].id
        open_concern(sctx, case_id, child, level=2)
    return _panel(qtbot, ui, case_id)


def test_highest_level_asks_why_and_offers_the_report(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _concern_panel_with_one(qtbot, ui, case_id)
    ui.dialogs.set_next_answer("Barnet forteller om vold hjemme")
    ui.dialogs.set_next_answer(True)
    arose = panel.view.pages.arose
    _fill(arose.form, {"child_level": arose._scales.option_id(Scale.CHILD, 4)})
    with ui.reading() as sctx:
        concern = load_case(sctx.session, case_id).concerns[0]
    assert concern.level == 4
    assert concern.levels[-1].note == "Barnet forteller om vold hjemme"
    assert len(concern.reports) == 1
    assert [kind for kind, *_ in ui.dialogs.shown] == ["ask_text", "confirm", "message"]


def test_highest_level_without_a_reason_keeps_the_level(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _concern_panel_with_one(qtbot, ui, case_id)
    ui.dialogs.set_next_answer(None)
    form = panel.view.pages.arose.form
    scales = panel.view.pages.arose._scales
    _fill(form, {"child_level": scales.option_id(Scale.CHILD, 4)})
    qtbot.waitUntil(lambda: form.answers()["child_level"] == scales.option_id(Scale.CHILD, 2))
    with ui.reading() as sctx:
        concern = load_case(sctx.session, case_id).concerns[0]
    assert concern.level == 2 and not concern.reports
    assert form.answers()["child_level"] == scales.option_id(Scale.CHILD, 2)


def test_an_earlier_version_opens_read_only(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _completion(qtbot, ui, case_id)
    first = panel.sheet
    assert first is not None
    panel.dialogs.set_next_answer(True)
    panel.header.complete.click()
    panel.header.new.click()
    assert panel.sheet is not None and panel.sheet.version == 2
    versions = panel.bar.versions
    titles = [versions.itemText(i).split(" (")[0] for i in range(versions.count())]
    assert titles == ["Samtale 2", "Samtale 1"]
    panel.show_version(first.id)
    assert panel.sheet.version == 1 and panel.sheet.is_completed
    experience = next(p for p in panel.tabs.pages if p.child_id is not None).widget_for("child_experience")
    assert experience is not None and experience.editor.is_read_only()
    assert not panel.bar.details.isEnabled()


def test_date_and_participants_of_the_conversation(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _completion(qtbot, ui, case_id)
    dialog = panel.bar.open_details()
    assert dialog is not None
    dialog.participants.setText("Brukeren og tolk")
    dialog.save_button.click()
    assert panel.sheet is not None and panel.sheet.participants == "Brukeren og tolk"


def test_an_unborn_child_is_not_asked_the_born_childs_questions(
        qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    with ui.unit_of_work() as sctx:
        due = ui.clock.today() + timedelta(days=60)
        add_child(sctx, case_id, ChildDetails(name="Ufødt Ødegård", unborn=True, due_date=due))
    panel = _completion(qtbot, ui, case_id)
    page = next(p for p in panel.tabs.pages if p.spec.child is not None and p.spec.child.unborn)
    for question in ("lives_where", "kindergarten_school", "child_knows", "child_experience"):
        assert page.widget_for(question) is None
    assert page.widget_for("followup_need") is not None
    missing_here = [m.question_id for m in panel.tabs.missing() if m.page == panel.tabs.pages.index(page)]
    assert "lives_where" not in missing_here and "child_knows" not in missing_here
    assert "followup_need" in missing_here
    born = next(p for p in panel.tabs.pages if p.spec.child is not None and not p.spec.child.unborn)
    assert born.widget_for("lives_where") is not None


def test_the_sheet_adds_a_child_with_every_detail(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _completion(qtbot, ui, case_id)
    panel.add_child.name.setText("Biret Ødegård")
    dialog = panel.add_child.open_full()
    assert dialog is not None and dialog.name.text() == "Biret Ødegård"
    dialog.school.setText("Vågen skole")
    dialog.save_button.click()
    assert panel.case is not None and len(panel.case.children) == 3
    assert any(c.details.school == "Vågen skole" for c in panel.case.children)
