"""The Barnearket panel: starting, autosave, conditions, completing and the next version."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from barnearket.domain.model import SheetStatus
from barnearket.storage.mapping import load_case
from barnearket.ui.context import UiContext
from barnearket.ui.sheet.header import COMPLETION, CONVERSATION
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.sheet_support import CHILDREN, show_active, type_text, unnamed_inputs


def _panel(qtbot: QtBot, ui: UiContext, case_id: int) -> ConversationPanel:
    panel = ConversationPanel(ui)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    show_active(qtbot, panel)
    panel.show_case(case_id)
    return panel


def _started(qtbot: QtBot, ui: UiContext, case_id: int) -> ConversationPanel:
    panel = _panel(qtbot, ui, case_id)
    panel.header.new.click()
    return panel


def _focused_input(panel: ConversationPanel) -> QWidget:
    question = panel.tabs.focused_question()
    assert question is not None
    return question.editor.focus_input()


def _stored(ui: UiContext, case_id: int) -> dict[tuple[str, int | None], object]:
    with ui.reading() as sctx:
        case = load_case(sctx.session, case_id)
    sheet = max(case.sheets, key=lambda s: s.version)
    return {(a.question_id, a.child_id): a.value for a in sheet.answers}


def test_a_case_without_a_sheet_offers_to_start_one(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _panel(qtbot, ui, case_id)
    assert panel.header.new.text() == "Start samtale"
    assert not panel.header.complete.isVisible()
    panel.header.new.click()
    assert panel.stack.currentIndex() == CONVERSATION
    assert len(panel.conversation.cards) == 9
    assert panel.sheet is not None and panel.sheet.version == 1
    assert _stored(ui, case_id)[("has_children", None)] == "ja"


def test_children_get_their_own_page(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert any(t.startswith(CHILDREN[0]) for t in titles)
    assert any(t.startswith(CHILDREN[1]) for t in titles)


def test_typed_text_is_in_the_file_within_a_second(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    panel.set_mode(COMPLETION)
    page = next(i for i, p in enumerate(panel.tabs.pages) if p.child_id is not None)
    panel.tabs.go_to(page, "child_experience")
    child_id = panel.tabs.pages[page].child_id
    start = time.monotonic()
    type_text(_focused_input(panel), "Sover dårlig – Ŋ")
    qtbot.waitUntil(
        lambda: _stored(ui, case_id).get(("child_experience", child_id)) == "Sover dårlig – Ŋ", timeout=1000
    )
    assert time.monotonic() - start < 1.0


def test_who_told_the_child_appears_only_when_the_child_knows(
    qtbot: QtBot, ui: UiContext, case_id: int
) -> None:
    panel = _started(qtbot, ui, case_id)
    panel.set_mode(COMPLETION)
    page = next(p for p in panel.tabs.pages if p.child_id is not None)
    told = page.widget_for("who_told_child")
    knows = page.widget_for("child_knows")
    assert told is not None and knows is not None
    assert told.isHidden()
    combo = knows.editor.focus_input()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("nei"))
    assert told.isHidden()
    combo.setCurrentIndex(combo.findData("delvis"))
    assert not told.isHidden()


def test_completing_locks_and_a_new_conversation_shows_the_previous_answers(
    qtbot: QtBot, ui: UiContext, case_id: int
) -> None:
    panel = _started(qtbot, ui, case_id)
    panel.set_mode(COMPLETION)
    page = next(i for i, p in enumerate(panel.tabs.pages) if p.child_id is not None)
    panel.tabs.go_to(page, "child_experience")
    type_text(_focused_input(panel), "Glad i skolen")
    panel.dialogs.set_next_answer(True)
    panel.header.complete.click()
    assert panel.sheet is not None and panel.sheet.status is SheetStatus.COMPLETED
    assert panel.header.new.isVisible() and not panel.header.complete.isVisible()
    experience = panel.tabs.pages[page].widget_for("child_experience")
    assert experience is not None and experience.editor.is_read_only()
    assert not panel.add_child.isVisible()

    panel.header.new.click()
    second = panel.sheet
    assert second.version == 2 and second.status is SheetStatus.DRAFT
    experience = panel.tabs.pages[page].widget_for("child_experience")
    assert experience is not None and not experience.editor.is_read_only()
    assert experience.value() == "Glad i skolen"
    assert experience.previous.text() == "Forrige samtale: Glad i skolen"


def test_a_child_can_be_added_during_the_conversation(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    panel.add_child.name.setText("Áile Ødegård")
    panel.add_child.add.click()
    assert panel.case is not None and len(panel.case.children) == 3
    assert any(panel.tabs.tabText(i).startswith("Áile") for i in range(panel.tabs.count()))


def test_every_input_has_an_accessible_name(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    assert unnamed_inputs(panel) == []


def test_a_topic_card_opens_its_first_unanswered_question(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    card = panel.conversation.cards["knowledge"]
    assert card.progress.text().endswith("besvart")
    card.activated.emit("knowledge")
    question = panel.tabs.focused_question()
    assert panel.stack.currentIndex() == COMPLETION
    assert question is not None and question.question.topic == "knowledge"


def test_quick_notes_are_kept_with_the_sheet(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    panel.side.notes.setPlainText("Mormor kan hjelpe – Ŋ")
    assert panel.flush()
    with ui.reading() as sctx:
        sheet = max(load_case(sctx.session, case_id).sheets, key=lambda s: s.version)
    assert sheet.quick_notes == "Mormor kan hjelpe – Ŋ"


def test_the_gate_question_in_the_sheet_updates_the_case(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    panel = _started(qtbot, ui, case_id)
    combo = panel.tabs.pages[0].widget_for("has_minor_siblings")
    assert combo is not None
    box = combo.editor.focus_input()
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("ja"))
    assert panel.flush()
    with ui.reading() as sctx:
        case = load_case(sctx.session, case_id)
    assert case.gate is not None and str(case.gate.siblings) == "ja"
