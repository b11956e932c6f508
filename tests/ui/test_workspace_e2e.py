"""The whole journey through the real main window, then the same store opened again by a new program
(a case file, then the municipality's server: the `closed_store` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import (
    ActionStatus,
    Case,
    ConcernStatus,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    JsonValue,
    Relation,
    SheetStatus,
)
from barnearket.storage.mapping import load_case
from barnearket.ui.caselist import ID_ROLE
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import ConcernView
from barnearket.ui.formwidgets import QuestionWidget, SectionForm
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.newcase import NewCaseDialog
from barnearket.ui.seams import Dialogs
from barnearket.ui.sheet.header import COMPLETION, CONVERSATION
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.conftest import ClosedStore, MakeRoot, unlock
from tests.ui.sheet_support import focused, type_text

LEFT = Qt.MouseButton.LeftButton
PARENT = "Máret Ŋuolas-Ødegård"
UNIT = "Psykisk helse og rus – Sørøst"
CHILDREN = (("Sunná Ødegård", 9, Relation.OWN), ("Jovnna Ŧuolas", 14, Relation.STEP))
NOTES = "Mor sover mye – mormor Ánde henter på skolen; æøå ŊŧĐ"
SITUATION = "Trøtt om morgenen – barna lager frokost selv"
EXPERIENCE = ("Sunná savner å gjøre ting med mor", "Jovnna tar ansvar – «må passe på»")
FILLER = "Avklart i samtalen – ŋ"
OBSERVATIONS = ("Sov på pulten to timer – Ŋ", "Sa at mamma sover om dagen")
CONSULTATION = "Råd: snakk med mor først – ikke navngitt"
DECISION = "Følges opp i egen enhet – leder Åse er enig"
ACTIONS = (("Samtale med mor om søvn og frokost", "Teamleder Ánte"), ("Møte med skolen", "Kontaktlærer"))
CLOSING = "Barnet har det bedre – mormor følger opp"
Answers = dict[tuple[str, int | None], JsonValue]


def _evaluate_on(number: int) -> date:
    return date.today() + timedelta(days=14 * number)


def _type(widget: QWidget, text: str) -> None:
    """Put the cursor in the field and type, key by key (Sami letters and dashes included)."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    type_text(widget, text)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts and focus need the window to be the active one (offscreen too)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# --- the first program: everything through the window ------------------------------------------------


def _create_case(qtbot: QtBot, main: MainWindow) -> int:
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = main.findChild(NewCaseDialog, "newCaseDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentWidget() is dialog.gate, "the gate question comes first"
    assert not dialog.next_button.isEnabled()
    QTest.mouseClick(dialog.gate.children_group.buttons.button(list(GateAnswer).index(GateAnswer.JA)), LEFT)
    QTest.mouseClick(dialog.gate.siblings_group.buttons.button(list(GateAnswer).index(GateAnswer.NEI)), LEFT)
    QTest.mouseClick(dialog.next_button, LEFT)
    assert dialog.pages.currentWidget() is dialog.details
    _type(dialog.details.name, PARENT)
    _type(dialog.details.new_unit_name, UNIT)
    dialog.details.category_model.item(0).setCheckState(Qt.CheckState.Checked)
    QTest.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    case = main.case_view.case
    assert case is not None and case.parent.name == PARENT
    assert main.browser.current_case_id() == case.id
    return case.id


def _open_tab(qtbot: QtBot, main: MainWindow, tab: int) -> QWidget:
    """Choose a tab of the case view; its panel is built when first shown, and shown just after."""
    main.case_view.tabs.setCurrentIndex(tab)
    panel = main.case_view.panels[tab - 1].panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    return panel


def _sheet_panel(qtbot: QtBot, main: MainWindow) -> ConversationPanel:
    panel = _open_tab(qtbot, main, 1)
    assert isinstance(panel, ConversationPanel)
    return panel


def _start_and_add_children(panel: ConversationPanel) -> list[int]:
    today = date.today()
    assert not panel.side.add_toggle.isVisible()
    QTest.mouseClick(panel.header.new, LEFT)
    assert panel.sheet is not None and panel.sheet.status is SheetStatus.DRAFT
    assert panel.side.add_toggle.isVisible()
    QTest.mouseClick(panel.side.add_toggle, LEFT)
    assert panel.add_child.isVisible()
    for name, years, relation in CHILDREN:
        _type(panel.add_child.name, name)
        panel.add_child.born.setDate(QDate(today.year - years, 1, 1))
        _choose(panel.add_child.relation, relation.value)
        QTest.mouseClick(panel.add_child.add, LEFT)
        assert not panel.add_child.error.isVisible(), panel.add_child.error.text()
        assert panel.add_child.name.text() == ""
    assert panel.case is not None
    assert [c.name for c in panel.case.children] == [name for name, _, _ in CHILDREN]
    return [c.id for c in panel.case.children]


def _click_page(panel: ConversationPanel, number: int) -> None:
    """Click a page (the parent, a child, the closing) in the list beside the questions."""
    pages, view = panel.side.pages, panel.side.page_list
    row = next(r for r in range(pages.rowCount())
               if pages.index(r, 0).data(Qt.ItemDataRole.UserRole).page == number)
    QTest.mouseClick(view.viewport(), LEFT, pos=view.visualRect(pages.index(row, 0)).center())


def _answer(question: QuestionWidget) -> None:
    """Answer a question the way a user would, whatever its editor is."""
    field = question.editor.focus_input()
    if isinstance(field, QComboBox):
        field.setCurrentIndex(1)
    elif isinstance(field, QRadioButton | QCheckBox):
        field.click()
    elif isinstance(field, QDateEdit):
        QTest.keyClick(field, Qt.Key.Key_Return)
    elif isinstance(field, QListWidget):
        field.item(0).setCheckState(Qt.CheckState.Checked)
    elif isinstance(field, QLineEdit | QPlainTextEdit):
        _type(field, FILLER)
    else:
        raise AssertionError(f"no way to answer {type(field).__name__}")


def _hold_conversation(panel: ConversationPanel, children: list[int]) -> Answers:
    assert panel.stack.currentIndex() == CONVERSATION
    _type(panel.side.notes, NOTES)
    QTest.mouseClick(panel.conversation.cards["situation"], LEFT)
    assert panel.stack.currentIndex() == COMPLETION
    question = panel.tabs.focused_question()
    assert question is not None and question.question.id == "parent_situation"
    type_text(focused(panel), SITUATION)
    QTest.mouseClick(panel.header.talk, LEFT)
    assert panel.stack.currentIndex() == CONVERSATION
    assert panel.conversation.cards["situation"].progress.text().startswith("1 av")

    QTest.mouseClick(panel.header.fill, LEFT)
    for child_id, text in zip(children, EXPERIENCE, strict=True):
        number = next(i for i, p in enumerate(panel.tabs.pages) if p.child_id == child_id)
        _click_page(panel, number)
        assert panel.tabs.currentIndex() == number
        widget = panel.tabs.pages[number].widget_for("child_experience")
        assert widget is not None
        _type(widget.editor.focus_input(), text)
    for _ in range(60):
        missing = panel.tabs.missing()
        if not missing:
            break
        QTest.keyClick(focused(panel), Qt.Key.Key_F8)
        question = panel.tabs.focused_question()
        assert question is not None and question.question.id == missing[0].question_id, "F8 goes to a gap"
        _answer(question)
    assert panel.tabs.missing() == []
    answers: Answers = {}
    for page in panel.tabs.pages:
        answers.update({(q, page.child_id): v for q, v in page.answers().items()})
    assert answers[("parent_situation", None)] == SITUATION
    return answers


def _complete(panel: ConversationPanel, dialogs: Dialogs) -> None:
    dialogs.set_next_answer(True)
    QTest.mouseClick(panel.header.complete, LEFT)
    assert dialogs.last("confirm") is not None
    assert panel.sheet is not None and panel.sheet.status is SheetStatus.COMPLETED
    assert not panel.header.complete.isVisible()


def _fill(form: SectionForm, answers: dict[str, object]) -> None:
    for question_id, value in answers.items():
        editor = form.widget(question_id).editor
        field = editor.focus_input()
        if isinstance(field, QComboBox):
            _choose(field, value)
        elif isinstance(field, QRadioButton):
            button = next(b for b in editor.inputs() if b.property("option_id") == value)
            assert isinstance(button, QRadioButton)
            button.click()
        elif isinstance(field, QDateEdit):
            assert isinstance(value, date)
            field.setDate(QDate(value.year, value.month, value.day))
        else:
            assert isinstance(field, QLineEdit | QPlainTextEdit) and isinstance(value, str)
            _type(field, value)


def _open_step(view: ConcernView, number: int) -> None:
    """Click a step on the path; its page opens."""
    QTest.mouseClick(view.path.buttons[number - 1], LEFT)
    assert view.current_step() == number


def _follow_concern(qtbot: QtBot, main: MainWindow, child_id: int) -> ConcernPanel:
    panel = _open_tab(qtbot, main, 2)
    assert isinstance(panel, ConcernPanel)
    assert panel.new_button.isEnabled()
    QTest.mouseClick(panel.new_button, LEFT)
    assert panel.new_box is not None
    _fill(panel.new_box.form, {"child_id": str(child_id), "first_description": "Kommer sliten – Ŋ",
                               "child_level": "barn_trives_mindre"})
    QTest.mouseClick(panel.new_box.button, LEFT)
    view = panel.view
    assert view.concern is not None and view.concern.child_id == child_id

    _open_step(view, 2)
    observations = view.pages.observations
    for text in OBSERVATIONS:
        _fill(observations.box.form, {"observation": text})
        QTest.mouseClick(observations.box.button, LEFT)
    assert observations.model.rowCount() == 2

    _open_step(view, 3)
    share = view.pages.consultations.box
    _fill(share.form, {"consulted_with": "barnevern", "anonymous": "ja", "summary": CONSULTATION})
    assert share.form.widget("counterpart").isHidden()
    QTest.mouseClick(share.button, LEFT)
    assert share.error.text() == ""
    assert view.pages.consultations.model.rowCount() == 1

    _open_step(view, 5)
    decision = view.pages.decisions.box
    _fill(decision.form, {"outcome": "own_unit", "anchored_with": "Leder Åse", "decision_note": DECISION})
    QTest.mouseClick(decision.button, LEFT)
    assert view.deadline.text().startswith("Beslutning tatt")

    _open_step(view, 6)
    plan = view.pages.actions
    for number, (measure, responsible) in enumerate(ACTIONS, start=1):
        evaluate_on = _evaluate_on(number)
        _fill(plan.new_action.form, {"action": measure, "responsible": responsible,
                                     "evaluate_on": evaluate_on, "action_status": "ongoing"})
        QTest.mouseClick(plan.new_action.button, LEFT)
        assert plan.new_action.error.text() == ""
    assert plan.action_model.rowCount() == 2

    _open_step(view, 7)
    closing = view.pages.closure.close_box
    _fill(closing.form, {"closing_reason": "tiltak_virker", "closing_note": CLOSING})
    QTest.mouseClick(closing.button, LEFT)
    assert view.concern.status is ConcernStatus.CLOSED
    assert view.pages.closure.forms.currentWidget() is view.pages.closure.reopen_box
    return panel


# --- the second program: everything found again --------------------------------------------------------


def _check_window(qtbot: QtBot, main: MainWindow, case_id: int, answers: Answers) -> None:
    proxy = main.browser.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == case_id]
    assert len(rows) == 1 and proxy.index(rows[0], 1).data() == PARENT
    main.browser.table.selectRow(rows[0])
    view = main.case_view
    assert view.case is not None and view.case.id == case_id
    assert view.summary.title.text() == PARENT
    assert view.summary.values["gate"].text().startswith("Ja")
    shown = [view.children_model.index(r, 0).data() for r in range(view.children_model.rowCount())]
    assert [text.split(" · ")[0] for text in shown] == [f"{name} – {years} år" for name, years, _ in CHILDREN]

    sheet = _sheet_panel(qtbot, main)
    assert sheet.sheet is not None and sheet.sheet.status is SheetStatus.COMPLETED
    assert sheet.header.new.isVisible() and not sheet.header.complete.isVisible()
    assert sheet.side.notes.toPlainText() == NOTES and sheet.side.notes.isReadOnly()
    found: Answers = {}
    for page in sheet.tabs.pages:
        found.update({(q, page.child_id): v for q, v in page.answers().items()})
        assert all(w.editor.is_read_only() for w in page.shown_widgets())
    assert found == answers

    concerns = _open_tab(qtbot, main, 2)
    assert isinstance(concerns, ConcernPanel)
    assert concerns.chooser.count() == 1
    shown_concern = concerns.view.concern
    assert shown_concern is not None and shown_concern.status is ConcernStatus.CLOSED
    pages = concerns.view.pages
    assert pages.observations.model.rowCount() == 2
    assert pages.consultations.model.rowCount() == 1
    assert pages.decisions.model.rowCount() == 1
    assert pages.actions.action_model.rowCount() == 2
    assert pages.closure.forms.currentWidget() is pages.closure.reopen_box
    assert pages.closure.history.rowCount() == 1
    assert not pages.observations.box.button.isEnabled()


def _check_file(case: Case, children: list[int], answers: Answers) -> None:
    assert case.parent.name == PARENT
    assert case.gate is not None
    assert (case.gate.answer, case.gate.siblings) == (GateAnswer.JA, GateAnswer.NEI)
    assert len(case.categories) == 1
    today = date.today()
    assert [(c.id, c.name, c.details.relation, c.birth_date) for c in case.children] == [
        (child_id, name, relation, date(today.year - years, 1, 1))
        for child_id, (name, years, relation) in zip(children, CHILDREN, strict=True)
    ]
    (sheet,) = case.sheets
    assert sheet.status is SheetStatus.COMPLETED and sheet.version == 1
    assert sheet.quick_notes == NOTES
    stored = {(a.question_id, a.child_id): a.value for a in sheet.answers}
    assert {k: stored.get(k) for k in answers} == answers
    assert stored[("parent_situation", None)] == SITUATION
    assert [stored[("child_experience", c)] for c in children] == list(EXPERIENCE)

    (concern,) = case.concerns
    assert concern.child_id == children[0] and concern.status is ConcernStatus.CLOSED
    assert concern.description == "Kommer sliten – Ŋ"
    assert sorted(o.text for o in concern.observations) == sorted(OBSERVATIONS)
    (consultation,) = concern.consultations
    assert consultation.anonymous and consultation.counterpart == ""
    assert consultation.with_whom is ConsultationWith.BARNEVERN and consultation.summary == CONSULTATION
    assert concern.decision is not None and concern.decision.outcome is DecisionOutcome.OWN_UNIT
    assert concern.decision.anchored_with == "Leder Åse"
    assert sorted((a.measure, a.responsible, a.status, a.evaluate_on) for a in concern.actions) == [
        (measure, responsible, ActionStatus.ONGOING, _evaluate_on(number))
        for number, (measure, responsible) in sorted(enumerate(ACTIONS, start=1), key=lambda p: p[1])
    ]
    assert concern.history[-1].reason == f"Tiltakene virker: {CLOSING}"


def test_a_whole_case_is_kept_when_the_file_is_opened_again(
    qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore, dialogs: Dialogs
) -> None:
    first = make_root(closed_store.options)
    first.start()
    unlock(qtbot, first)
    main = first.main
    assert main is not None
    _activate(qtbot, main)
    case_id = _create_case(qtbot, main)
    _activate(qtbot, main)
    concerns = _open_tab(qtbot, main, 2)
    assert isinstance(concerns, ConcernPanel) and not concerns.new_button.isEnabled(), "no child yet"
    sheet = _sheet_panel(qtbot, main)
    children = _start_and_add_children(sheet)
    main.case_view.tabs.setCurrentIndex(0)
    assert main.case_view.children_model.rowCount() == 2, "children added in the sheet show in the overview"
    assert _sheet_panel(qtbot, main) is sheet
    answers = _hold_conversation(sheet, children)
    _complete(sheet, dialogs)
    _follow_concern(qtbot, main, children[0])
    first.shutdown()
    assert first.ctx.case_file is not None and first.ctx.case_file.closed

    second: Barnearket = make_root(closed_store.options)
    second.start()
    unlock(qtbot, second)
    assert second.main is not None
    _check_window(qtbot, second.main, case_id, answers)
    with second.ctx.reading() as sctx:
        case = load_case(sctx.session, case_id)
    _check_file(case, children, answers)
