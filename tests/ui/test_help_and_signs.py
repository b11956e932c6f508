"""Issue 20, points 1 and 2 through the real main window: help in context (F1, «?»), the searchable
help window with the municipality's action guide, the optional signs checklist, and a municipality's
own help texts and signs list put in its forms folder without any code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.domain.model import ChildDetails, Relation
from barnearket.paths import resolve_paths
from barnearket.services import organisation as org
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import ConcernView
from barnearket.ui.formwidgets import QuestionWidget
from barnearket.ui.formwidgets.signs import SignsButton, SignsDialog
from barnearket.ui.helpwindow import HelpWindow
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.sheet.header import CONVERSATION
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.conftest import MakeRoot, add_case, unlock
from tests.ui.sheet_support import type_text

GUIDE = "https://kommune.example/handlingsveileder-barn"
OWN_TITLE = "Taushetsplikt – slik gjør vi det i Guovdageaidnu"
OWN_SIGN = "Barnet kommer uten matpakke flere dager på rad"


def _start(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> tuple[Barnearket, MainWindow, int]:
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    case_id = add_case(root, "Máret Ŋuolas")
    with root.ctx.unit_of_work() as sctx:
        born = date(sctx.clock.today().year - 9, 3, 1)
        child = add_child(sctx, case_id, ChildDetails(name="Sunná Ødegård", relation=Relation.OWN,
                                                      birth_date=born))
        open_concern(sctx, case_id, child, level=2, description="Kommer sliten")
        details = org.organisation(sctx)
        org.save_organisation(sctx, replace(details, action_guide=GUIDE))
    main = root.main
    assert main is not None
    main.open_case(case_id)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return root, main, case_id


def _step_two(qtbot: QtBot, main: MainWindow) -> ConcernView:
    main.case_view.tabs.setCurrentIndex(2)
    panel = main.case_view.panels[1].panel
    assert isinstance(panel, ConcernPanel)
    qtbot.waitUntil(panel.isVisible)
    view = panel.view
    qtbot.waitUntil(lambda: view.concern is not None)
    QTest.mouseClick(view.path.buttons[1], Qt.MouseButton.LeftButton)
    assert view.current_step() == 2
    return view


def _help_window(main: MainWindow) -> HelpWindow:
    window = main.findChild(HelpWindow, "helpWindow")
    assert window is not None and window.isVisible()
    return window


def test_f1_opens_the_searchable_help_with_links_and_the_municipalitys_guide(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    _root, main, _case = _start(qtbot, make_root, closed_file)
    main.browser.search.setFocus()
    QTest.keyClick(main.browser.search, Qt.Key.Key_F1)
    window = _help_window(main)
    assert window.current_topic() == "hvor_begynner_jeg"
    assert "Barnearket-samtale" in window.text.toPlainText(), "the first topic says where to start"

    window.search_field.setFocus()
    QTest.keyClicks(window.search_field, "taushetsplikt samtykke")
    titles = [window.topics.item(i).text() for i in range(window.topics.count())]
    assert titles[0] == "Taushetsplikt og pårørende", "a hit in the title comes first"
    assert "Steg 2: Konkretiser" not in titles
    assert "over 18 år" in window.text.toPlainText()

    window.search_field.setText("ingenting slikt finnes her")
    assert window.topics.count() == 0 and not window.empty.isHidden()

    window.show_topic("veiledere")
    assert window.search_field.text() == "", "opening a topic clears a search that hides it"
    shown = window.text.toHtml()
    assert "helsedirektoratet.no" in shown and GUIDE in shown
    window.close()


def test_question_help_opens_the_topic_that_belongs_to_the_step(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    _root, main, _case = _start(qtbot, make_root, closed_file)
    view = _step_two(qtbot, main)
    question = view.pages.observations.box.form.widget("observation")
    field = question.editor.focus_input()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_F1)
    assert question.help_text.isVisible(), "F1 in a question shows its help"
    assert "Steg 2: Konkretiser" in question.help_text.text()
    assert main.findChild(HelpWindow, "helpWindow") is None, "the window stays closed"

    question.help_text.linkActivated.emit("hjelp:steg_konkretiser")
    window = _help_window(main)
    assert window.current_topic() == "steg_konkretiser"
    window.close()
    QTest.mouseClick(view.path.buttons[2], Qt.MouseButton.LeftButton)
    view.path.buttons[2].setFocus()
    QTest.keyClick(view.path.buttons[2], Qt.Key.Key_F1)
    assert _help_window(main).current_topic() == "steg_drofte", "F1 on a step page opens that step's topic"
    window.close()

    sheet_question = _sheet_question(qtbot, main, "child_experience")
    assert sheet_question.topic is not None and sheet_question.topic.id == "samtale_hverdag"
    QTest.mouseClick(sheet_question.help_button, Qt.MouseButton.LeftButton)
    assert "Samtale: barnets hverdag" in sheet_question.help_text.text()


def _sheet_question(qtbot: QtBot, main: MainWindow, question_id: str) -> QuestionWidget:
    main.case_view.tabs.setCurrentIndex(1)
    panel = main.case_view.panels[0].panel
    assert isinstance(panel, ConversationPanel)
    qtbot.waitUntil(panel.isVisible)
    if panel.sheet is None:
        panel.start_new()
    qtbot.waitUntil(lambda: panel.sheet is not None)
    found = [w for w in panel.findChildren(QuestionWidget) if w.question.id == question_id]
    assert found, f"{question_id} is not on the sheet"
    return found[0]


def _tick(dialog: SignsDialog, labels: list[str]) -> None:
    for item in dialog.sign_items():
        if item.text(0) in labels:
            item.setCheckState(0, Qt.CheckState.Checked)


def test_ticked_signs_become_dated_lines_the_worker_rewrites(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    root, main, case_id = _start(qtbot, make_root, closed_file)
    view = _step_two(qtbot, main)
    box = view.pages.observations.box
    button = box.form.widget("observation").findChild(SignsButton)
    assert button is not None and button.isVisible()
    dialog = button.open_list()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    labels = ["Tar ikke med seg venner hjem", "Virker trist, stille eller innesluttet"]
    _tick(dialog, labels)
    assert len(dialog.sign_items()) == 20 and dialog.ticked() == labels
    dialog.accept()
    text = box.form.widget("observation").editor.focus_input()
    assert isinstance(text, QPlainTextEdit)
    today = root.ctx.clock.today().strftime("%d.%m.%Y")
    assert text.toPlainText() == "\n".join(f"{today}: {label}" for label in labels)
    assert text.hasFocus(), "the worker goes on writing in her own words"
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(text, " – sa selv at han ikke vil")
    QTest.mouseClick(box.button, Qt.MouseButton.LeftButton)
    with root.ctx.reading() as sctx:
        case = load_case(sctx.session, case_id)
    stored = case.concerns[0].observations[0].text
    assert stored.startswith(f"{today}: Tar ikke med seg venner hjem\n")
    assert stored.endswith("innesluttet – sa selv at han ikke vil")

    sheet_question = _sheet_question(qtbot, main, "child_experience")
    assert sheet_question.findChild(SignsButton) is not None, "offered in the sheet's everyday topic"
    other = _sheet_question(qtbot, main, "kindergarten_school")
    assert other.findChild(SignsButton) is None


def _municipality_forms() -> None:
    """The municipality's own help and signs, written into its forms folder: text files only."""
    folder = resolve_paths().ensure().local_forms
    folder.mkdir(parents=True, exist_ok=True)
    text = (shipped_forms_dir() / "hjelp.v1.toml").read_text(encoding="utf-8")
    (folder / "hjelp.v1.toml").write_text(
        text.replace('title = "Taushetsplikt og pårørende"', f'title = "{OWN_TITLE}"'), encoding="utf-8")
    (folder / "tegn.v1.toml").write_text(
        'id = "tegn"\nversion = 1\nkind = "signs"\ntitle = "Våre tegn"\nquestions = ["observation"]\n\n'
        f'[[items]]\nid = "matpakke"\nlabel = "{OWN_SIGN}"\n', encoding="utf-8")


def test_a_municipality_replaces_help_texts_and_signs_without_code(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    _municipality_forms()
    root, main, _case = _start(qtbot, make_root, closed_file)
    assert root.forms_error == ""
    window = main.show_help("taushetsplikt_parorende")
    assert isinstance(window, HelpWindow)
    assert window.topics.currentItem().text() == OWN_TITLE
    window.close()

    view = _step_two(qtbot, main)
    button = view.pages.observations.box.form.widget("observation").findChild(SignsButton)
    assert button is not None
    dialog = button.open_list()
    assert dialog is not None
    assert [i.text(0) for i in dialog.sign_items()] == [OWN_SIGN]
    dialog.reject()
    sheet_question = _sheet_question(qtbot, main, "child_experience")
    assert sheet_question.findChild(SignsButton) is None, "the municipality offers its list in step 2 only"


def test_the_help_menu_offers_the_help_window_first_on_f1(workspace: Barnearket) -> None:
    main = workspace.main
    assert main is not None
    help_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Hjelp")
    assert isinstance(help_menu, QMenu)
    first = help_menu.actions()[0]
    assert first is main.help.help_action and first.shortcut().toString() == "F1"
    first.trigger()
    assert _help_window(main).current_topic() == "hvor_begynner_jeg"


def test_f1_on_a_conversation_topic_opens_its_prompts(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    _root, main, _case = _start(qtbot, make_root, closed_file)
    _sheet_question(qtbot, main, "child_experience")
    panel = main.case_view.panels[0].panel
    assert isinstance(panel, ConversationPanel)
    panel.set_mode(CONVERSATION)
    card = panel.conversation.cards["everyday"]
    qtbot.waitUntil(card.isVisible)
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    QTest.keyClick(card, Qt.Key.Key_F1)
    window = _help_window(main)
    assert window.current_topic() == "samtale_hverdag"
    assert "«Hvordan går det på skolen eller i barnehagen?»" in window.text.toPlainText()
    window.close()
