"""The routine by keyboard only, on a new case file and on a new server database (`closed_store`),
then every value read back from an export made on the command line.

Each stage is one function in STAGES.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.forms import ItemList
from barnearket.domain.forms.standard import PURPOSES_ID
from barnearket.domain.model import ReportChannel, ReportRecipient, ReportSection
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.edit.case import CaseDialog
from barnearket.ui.edit.casebar import CloseCaseDialog
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.edit.entries import CorrectionDialog
from barnearket.ui.formwidgets import SectionForm
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.newcase import NewCaseDialog
from barnearket.ui.report.editor import ReportEditor
from barnearket.ui.sheet.panel import ConversationPanel
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.ui.conftest import ClosedStore, MakeRoot
from tests.ui.sheet_support import type_text

LOGIN, PASSPHRASE = ADMIN_LOGIN, ADMIN_PASSPHRASE
PARENT = "Máret Ŋuolas-Ødegård"
UNIT = "Psykisk helse og rus – Sørøst"
CHILD_NUMBER = "15031451350"  # valid check digits, born 15.03.2014 (used by the service tests too)
K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def _run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "barnearket", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=180, check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done


@dataclass
class Keys:
    """Presses keys in the window that has the focus, as a person at the keyboard would."""

    qtbot: QtBot
    typed: dict[str, Any] = field(default_factory=dict)

    def focus(self, window: QWidget) -> QWidget:
        widget: QWidget | None = window.window().focusWidget()
        widget = widget if widget is not None else QApplication.focusWidget()
        assert widget is not None, "nothing has the focus"
        return widget

    def press(self, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE,
              times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(window), key, modifier)

    def type(self, window: QWidget, text: str) -> None:
        type_text(self.focus(window), text)

    def tab_to(self, window: QWidget, target: QWidget, back: bool = False) -> None:
        """Tab (or Shift+Tab) until `target` (or something inside it) has the focus."""
        seen = []
        for _ in range(80):
            now = self.focus(window)
            seen.append(now.objectName() or type(now).__name__)
            if now is target or target.isAncestorOf(now):
                return
            self.press(window, K.Key_Tab, SHIFT if back else Qt.KeyboardModifier.NoModifier)
        raise AssertionError(f"Tab never reached {target.objectName() or type(target).__name__}: {seen[:30]}")

    def fill(self, window: QWidget, target: QWidget, text: str) -> None:
        """Tab to a field, select what is there, and type."""
        self.tab_to(window, target)
        self.press(window, K.Key_A, CTRL)
        self.type(window, text)

    def date(self, window: QWidget, target: QDateEdit, day: date) -> None:
        """Tab to a date field and type the date as dd.mm.åååå."""
        self.tab_to(window, target)
        self.type(window, f"{day:%d%m%Y}")  # each full section moves on to the next
        assert target.date().toPython() == day, f"{target.date().toPython()} != {day}"

    def choose(self, window: QWidget, combo: QComboBox, data: object) -> None:
        """Tab to a drop-down and move with the arrow keys to the entry."""
        self.tab_to(window, combo)
        wanted = combo.findData(data)
        assert wanted >= 0, f"{data!r} not offered"
        self.press(window, K.Key_Home)
        self.press(window, K.Key_Down, times=wanted)
        assert combo.currentIndex() == wanted

    def button(self, window: QWidget, button: QAbstractButton) -> None:
        """Tab to a button and press space."""
        self.tab_to(window, button)
        self.press(window, K.Key_Space)

    def answer(self, window: QWidget, form: SectionForm, answers: dict[str, Any]) -> None:
        """Answer questions of a rendered form through their inputs."""
        for question_id, value in answers.items():
            editor = form.widget(question_id).editor
            first = editor.focus_input()
            if isinstance(first, QComboBox):
                self.choose(window, first, value)
            elif isinstance(first, QRadioButton):
                button = next(b for b in editor.inputs() if b.property("option_id") == value)
                self.tab_to(window, first)
                while self.focus(window) is not button:
                    self.press(window, K.Key_Right)
                self.press(window, K.Key_Space)
            elif isinstance(first, QDateEdit):
                self.date(window, first, value)
            elif isinstance(first, QLineEdit | QPlainTextEdit):
                self.fill(window, first, value)
            elif isinstance(first, QListView):
                self.check_rows(window, first, value)
            elif isinstance(first, QCheckBox):
                self.checks(window, editor.inputs(), value)
            else:
                raise AssertionError(f"{question_id}: {type(first).__name__}")
            self.typed[question_id] = value

    def check_rows(self, window: QWidget, view: QListView, ids: list[str], role: int = 256) -> None:
        """Tab to a check list; arrow to each wanted row and tick it with space."""
        self.tab_to(window, view)
        model = view.model()
        rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(role) in ids]
        assert len(rows) == len(ids), f"{ids} not all offered"
        for row in rows:
            self.press(window, K.Key_Home)
            self.press(window, K.Key_Down, times=row)
            self.press(window, K.Key_Space)
            assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value

    def checks(self, window: QWidget, inputs: list[QWidget], ids: list[str]) -> None:
        for box in inputs:
            if isinstance(box, QCheckBox) and box.property("option_id") in ids:
                self.tab_to(window, box)
                self.press(window, K.Key_Space)


# --- the stages ------------------------------------------------------------------------------------


@dataclass
class Walk:
    """What the stages share: the window, the keys, and what was typed (checked in the export)."""

    qtbot: QtBot
    root: Barnearket
    keys: Keys
    today: date
    case_id: int = 0
    children: dict[str, int] = field(default_factory=dict)

    @property
    def main(self) -> MainWindow:
        assert self.root.main is not None
        return self.root.main

    def shortcut(self, key: Qt.Key, modifier: Qt.KeyboardModifier = ALT) -> None:
        """A key combination in the main window (a mnemonic or a shortcut)."""
        self.main.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.main)
        QTest.keyClick(self.keys.focus(self.main), key, modifier)

    def closed(self, dialog: QDialog) -> None:
        """Wait until a dialog is closed (it may be deleted on close)."""
        def gone() -> bool:
            try:
                return not dialog.isVisible()
            except RuntimeError:
                return True

        self.qtbot.waitUntil(gone)

    def dialog(self, kind: type[QDialog], name: str) -> Any:
        def shown() -> bool:
            found = self.main.findChild(kind, name)
            return found is not None and found.isVisible()

        self.qtbot.waitUntil(shown)  # a mnemonic clicks its button after a short animation
        dialog = self.main.findChild(kind, name)
        assert dialog is not None
        dialog.activateWindow()  # keys go where the focus is only in the active window
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog


def unlock_by_keys(walk: Walk) -> None:
    unlock = walk.root.unlock
    keys = walk.keys
    keys.fill(unlock, unlock.login, LOGIN)
    keys.fill(unlock, unlock.passphrase, PASSPHRASE)
    keys.press(unlock, K.Key_Return)
    walk.qtbot.waitUntil(lambda: walk.root.main is not None and walk.root.main.isVisible(), timeout=10000)


def new_case(walk: Walk) -> None:
    main, keys = walk.main, walk.keys
    walk.shortcut(K.Key_N, CTRL)
    dialog: NewCaseDialog = walk.dialog(NewCaseDialog, "newCaseDialog")
    keys.press(dialog, K.Key_Space)  # the first answer (Ja) has the focus
    keys.tab_to(dialog, dialog.gate.siblings_group.buttons.button(0))
    keys.press(dialog, K.Key_Right)  # Nei
    keys.press(dialog, K.Key_Space)
    keys.press(dialog, K.Key_Return)  # «Neste» is the default button
    assert dialog.pages.currentWidget() is dialog.details
    keys.type(dialog, PARENT)
    keys.fill(dialog, dialog.details.new_unit_name, UNIT)
    keys.press(dialog, K.Key_Return)  # «Opprett sak»
    walk.closed(dialog)
    assert main.case_view.case is not None
    walk.case_id = main.case_view.case.id


def edit_case(walk: Walk) -> None:
    keys = walk.keys
    walk.shortcut(K.Key_N)
    dialog: CaseDialog = walk.dialog(CaseDialog, "caseDialog")
    keys.date(dialog, dialog.born, date(1985, 5, 17))
    keys.fill(dialog, dialog.address, "Storgata 1, 9990 Båtsfjord")
    keys.fill(dialog, dialog.phone, "900 00 000")
    keys.fill(dialog, dialog.language, "nordsamisk")
    keys.tab_to(dialog, dialog.interpreter)
    keys.press(dialog, K.Key_Space)
    keys.choose(dialog, dialog.phase, "during")
    keys.check_rows(dialog, dialog.categories, ["alkohol"])
    keys.press(dialog, K.Key_Return)
    walk.closed(dialog)


def add_children(walk: Walk) -> None:
    main, keys = walk.main, walk.keys
    born: dict[str, Any] = {
        "name": "Sunná Ødegård", "identity": CHILD_NUMBER, "relation": "own", "responsibility": "yes",
        "residence": "daily_care", "carer": "Mormor Ánde", "other_parent": "Per Ødegård",
            "school": "Vågen skole, 6. trinn", "services": ["skole", "bup"]}
    unborn: dict[str, Any] = {
        "name": "Ufødt Ødegård", "due": walk.today + timedelta(days=90), "relation": "own",
        "responsibility": "yes", "other_parent": "Per Ødegård", "services": ["helsestasjon"]}
    for details in (born, unborn):
        walk.shortcut(K.Key_R)
        dialog: ChildDialog = walk.dialog(ChildDialog, "childDialog")
        keys.type(dialog, details["name"])
        if "identity" in details:
            keys.fill(dialog, dialog.identity, details["identity"])
        else:
            keys.tab_to(dialog, dialog.unborn)
            keys.press(dialog, K.Key_Space)
            keys.date(dialog, dialog.due, details["due"])
        keys.choose(dialog, dialog.relation, details["relation"])
        keys.choose(dialog, dialog.responsibility, details["responsibility"])
        if "residence" in details:
            keys.choose(dialog, dialog.residence, details["residence"])
            keys.fill(dialog, dialog.carer, details["carer"])
        keys.fill(dialog, dialog.other_parent, details["other_parent"])
        if "school" in details:
            keys.fill(dialog, dialog.school, details["school"])
        keys.check_rows(dialog, dialog.services, details["services"])
        keys.press(dialog, K.Key_Return)
        walk.closed(dialog)
        assert main.case_view.case is not None
        walk.children[details["name"]] = main.case_view.case.children[-1].id
    walk.keys.typed["children"] = (born, unborn)


FILLER = "Avklart i samtalen – ŋ"


def answer_focused(keys: Keys, window: QWidget) -> None:
    """Answer whatever question has the focus, with the keys its input takes."""
    widget = keys.focus(window)
    if isinstance(widget, QComboBox):
        keys.press(window, K.Key_Down)
    elif isinstance(widget, QRadioButton | QCheckBox):
        keys.press(window, K.Key_Space)
    elif isinstance(widget, QDateEdit):
        keys.press(window, K.Key_Return)
    elif isinstance(widget, QListView):
        keys.press(window, K.Key_Home)
        keys.press(window, K.Key_Space)
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        keys.type(window, FILLER)
    else:
        raise AssertionError(f"unexpected input {type(widget).__name__}")


def sheet_panel(walk: Walk) -> ConversationPanel:
    walk.shortcut(K.Key_B)
    panel = walk.main.case_view.panels[0].panel
    walk.qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
    assert isinstance(panel, ConversationPanel)
    return panel


def complete_sheet(walk: Walk) -> None:
    panel, keys = sheet_panel(walk), walk.keys
    keys.button(panel, panel.header.new)  # «Start samtale»
    assert panel.sheet is not None
    keys.tab_to(panel, panel.side.notes)
    keys.type(panel, "Mor sover mye – mormor Ánde henter")
    for _ in range(120):
        if not panel.tabs.missing():
            break
        keys.press(panel, K.Key_F8)
        answer_focused(keys, panel)
        keys.press(panel, K.Key_Tab)  # leave the field so that it is stored
    assert not panel.tabs.missing()
    walk.root.ctx.dialogs.set_next_answer(True)
    keys.press(panel, K.Key_Return, CTRL)
    walk.qtbot.waitUntil(lambda: panel.sheet is not None and panel.sheet.is_completed)


ENTRIES: dict[int, dict[str, Any]] = {
    2: {"observation": "Sov på pulten to timer – Ŋ"},
    3: {"consulted_with": "barnevern", "anonymous": "nei", "counterpart": "Per Hansen",
        "summary": "Råd: snakk med mor først"},
    4: {"held": "ja", "participants": "Mor og far", "shared": "Det skolen har sett",
        "response": "Lettet, vil ha hjelp", "agreed": "Ny samtale om to uker"},
    5: {"outcome": "cooperate", "anchored_with": "Leder Åse", "decision_note": "Følges opp her",
        "recipients": ["skole"]},
}
ACTION = {"action": "Samtale med mor om søvn", "responsible": "Teamleder Ánte", "action_status": "ongoing"}
EVALUATION = {"evaluation": "Bedre søvn siste uke", "action_status": "done"}
CLOSING = {"closing_reason": "tiltak_virker", "closing_note": "Barnet har det bedre – mormor følger opp"}
CORRECTED = "Sov på pulten nesten to timer – Ŋ"


def concern_panel(walk: Walk) -> ConcernPanel:
    walk.shortcut(K.Key_E)
    panel = walk.main.case_view.panels[1].panel
    walk.qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
    assert isinstance(panel, ConcernPanel)
    return panel


def open_concern_by_keys(walk: Walk) -> None:
    panel, keys = concern_panel(walk), walk.keys
    keys.button(panel, panel.new_button)
    box = panel.new_box
    assert box is not None
    child = walk.children["Sunná Ødegård"]
    keys.answer(panel, box.form, {"child_id": str(child), "first_description": "Kommer sliten på skolen",
                                  "categories": ["alkohol"], "child_level": "barn_trives_mindre"})
    keys.button(panel, box.button)
    walk.qtbot.waitUntil(lambda: panel.view.concern is not None and panel.stack.currentWidget() is panel.view)


def step_entries(walk: Walk) -> None:
    panel, keys = concern_panel(walk), walk.keys
    view = panel.view
    pages = {2: view.pages.observations, 3: view.pages.consultations, 4: view.pages.conversations,
             5: view.pages.decisions}
    for number, answers in ENTRIES.items():
        keys.tab_to(panel, view.path)
        keys.press(panel, getattr(K, f"Key_{number}"), ALT)
        assert view.current_step() == number
        box = pages[number].box
        keys.answer(panel, box.form, answers)
        keys.button(panel, box.button)
        assert not box.error.isVisible(), box.error.text()
        assert pages[number].model.rowCount() == 1


def correct_observation(walk: Walk) -> None:
    panel, keys = concern_panel(walk), walk.keys
    page = panel.view.pages.observations
    keys.tab_to(panel, panel.view.path)
    keys.press(panel, K.Key_2, ALT)
    keys.tab_to(panel, page.table)
    keys.press(panel, K.Key_Down)
    keys.press(panel, K.Key_Return)  # Enter on a row opens the correction
    dialog: CorrectionDialog = walk.dialog(CorrectionDialog, "correct_concretise_dialog")
    keys.answer(dialog, dialog.box.form, {"observation": CORRECTED})
    keys.press(dialog, K.Key_L, ALT)  # «&Lagre»
    walk.closed(dialog)


def action_plan(walk: Walk) -> None:
    panel, keys = concern_panel(walk), walk.keys
    plan = panel.view.pages.actions
    keys.tab_to(panel, panel.view.path)
    keys.press(panel, K.Key_6, ALT)
    keys.answer(panel, plan.new_action.form, {**ACTION, "evaluate_on": walk.today + timedelta(days=14)})
    keys.button(panel, plan.new_action.button)
    assert plan.action_model.rowCount() == 1, plan.new_action.error.text()
    keys.tab_to(panel, plan.table)
    keys.press(panel, K.Key_Down)
    if not plan.table.selectionModel().selectedRows():
        keys.press(panel, K.Key_Space)  # choose the current row
    assert plan.evaluate.target_id is not None
    keys.tab_to(panel, plan.forms.tabBar())
    keys.press(panel, K.Key_Right)  # the «Evaluering» tab
    keys.answer(panel, plan.evaluate.form, EVALUATION)
    keys.button(panel, plan.evaluate.button)
    assert plan.evaluations.rowCount() == 1, plan.evaluate.error.text()


def refused_consent(walk: Walk) -> dict[str, Any]:
    """What the consent form is given: the mother said no to telling the school."""
    purpose = str(walk.root.ctx.library.latest_as(PURPOSES_ID, ItemList).items[0].id)
    return {"answer": "refused", "given_by": "parent", "consent_child": str(walk.children["Sunná Ødegård"]),
            "purpose": purpose, "recipients": ["skole"], "form": "oral", "given_on": walk.today,
            "note": "Mor vil ikke at skolen får vite – spør igjen om en måned"}


def consent_refused(walk: Walk) -> None:
    panel, keys = concern_panel(walk), walk.keys
    page = panel.view.pages.consents
    keys.tab_to(panel, panel.view.path)
    keys.press(panel, K.Key_8, ALT)
    assert page.box is not None and page.box.isVisible()
    keys.answer(panel, page.box.form, refused_consent(walk))
    keys.button(panel, page.box.button)
    walk.qtbot.waitUntil(lambda: page.model.rowCount() == 1)


REPORT_TEXTS = {
    ReportSection.OTHER_SERVICES: "Skolen og BUP kjenner familien",
    ReportSection.CONCERN: "Sunná sovner på skolen og sier mor ligger mye – Ŋ",
    ReportSection.HISTORY: "Fulgt opp siden i vinter",
    ReportSection.MEASURES: "Samtaler med mor hver uke",
    ReportSection.OTHER_VIEWS: "Mor mener det går bedre",
}
REPORT = {"number": "5428", "name": "Nordreisa", "child_why": "Barnet er orientert av kontaktlærer",
          "parents_why": "Mor vet om meldingen, far er ikke nådd", "language": "nordsamisk",
          "reference": "BVM-2026-4711"}


def report_sent_and_answered(walk: Walk) -> None:
    """A report to child welfare: every part typed, completed, sent with the portal's reference,
    and the feedback recorded."""
    panel, keys = concern_panel(walk), walk.keys
    page = panel.view.reports_page
    keys.tab_to(panel, panel.view.path)
    keys.press(panel, K.Key_9, ALT)
    keys.choose(panel, page.recipient, ReportRecipient.BARNEVERN)
    keys.press(panel, K.Key_N, ALT)  # «Skriv &ny melding»
    editor: ReportEditor = walk.dialog(ReportEditor, "reportEditor")
    keys.fill(editor, editor.place.number, REPORT["number"])
    keys.fill(editor, editor.place.name, REPORT["name"])
    keys.choose(editor, editor.child_box.answer, True)
    keys.fill(editor, editor.child_box.why, REPORT["child_why"])
    keys.choose(editor, editor.parents_box.answer, False)
    keys.fill(editor, editor.parents_box.why, REPORT["parents_why"])
    keys.choose(editor, editor.interpreter, True)
    keys.fill(editor, editor.language, REPORT["language"])
    for section, text in REPORT_TEXTS.items():
        keys.fill(editor, editor.sections[section], text)
    keys.press(editor, K.Key_F, ALT)  # «&Ferdig – klar til sending» (a mnemonic clicks after a moment)
    walk.qtbot.waitUntil(lambda: editor.view is not None and editor.view.report.status.value == "ready")
    keys.date(editor, editor.tracking.sent_on, walk.today - timedelta(days=1))
    keys.choose(editor, editor.tracking.channel, ReportChannel.PORTAL)
    keys.fill(editor, editor.tracking.reference, REPORT["reference"])
    keys.press(editor, K.Key_S, ALT)  # «Registrer som &sendt»
    walk.qtbot.waitUntil(lambda: editor.view is not None and editor.view.report.status.value == "sent")
    keys.date(editor, editor.tracking.feedback_on, walk.today)
    keys.press(editor, K.Key_A, ALT)  # «L&agre tilbakemelding og referanse»
    walk.qtbot.waitUntil(lambda: editor.view is not None and editor.view.report.feedback_on == walk.today)
    keys.press(editor, K.Key_Escape)
    walk.closed(editor)
    assert "ref. " + REPORT["reference"] in page.list.item(0).text()


def close_concern(walk: Walk) -> None:
    panel, keys = concern_panel(walk), walk.keys
    closing = panel.view.pages.closure.close_box
    keys.tab_to(panel, panel.view.path)
    keys.press(panel, K.Key_7, ALT)
    keys.answer(panel, closing.form, CLOSING)
    keys.button(panel, closing.button)
    walk.qtbot.waitUntil(lambda: panel.view.concern is not None and not panel.view.concern.is_open)


def close_and_reopen_case(walk: Walk) -> None:
    walk.shortcut(K.Key_O)  # back to «Oversikt»
    walk.shortcut(K.Key_U)
    dialog: CloseCaseDialog = walk.dialog(CloseCaseDialog, "closeCaseDialog")
    walk.keys.press(dialog, K.Key_Return)
    walk.closed(dialog)
    assert walk.main.case_view.case is not None and walk.main.case_view.case.status.value == "closed"
    walk.shortcut(K.Key_G)  # «Gjenåpne saken»
    walk.qtbot.waitUntil(lambda: walk.main.case_view.case is not None
                         and walk.main.case_view.case.status.value == "open")


STAGES: list[Callable[[Walk], None]] = [
    unlock_by_keys, new_case, edit_case, add_children, complete_sheet,
    open_concern_by_keys, step_entries, correct_observation, action_plan, consent_refused,
    report_sent_and_answered, close_concern, close_and_reopen_case,
]


def test_the_routine_by_keyboard_only(qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore,
                                      tmp_path: Path) -> None:
    root = make_root(closed_store.options)
    root.start()
    walk = Walk(qtbot, root, Keys(qtbot), date.today())
    for stage in STAGES:
        stage(walk)
    root.shutdown()
    out = tmp_path / "eksport.json"
    where = str(closed_store.options.file or closed_store.options.server)
    _run("export", where, "--user", LOGIN, "--passphrase-stdin", "-o", str(out),
         stdin=PASSPHRASE + "\n")
    check_export(json.loads(out.read_text(encoding="utf-8")), walk)


def check_export(document: dict[str, Any], walk: Walk) -> None:
    """Every value typed in the walk, read back from the exchange document."""
    (case,) = document["cases"]
    assert case["parent_name"] == PARENT and case["parent_birth_date"] == "1985-05-17"
    assert case["parent_address"] == "Storgata 1, 9990 Båtsfjord" and case["parent_phone"] == "900 00 000"
    assert case["parent_language"] == "nordsamisk" and case["parent_interpreter"] is True
    assert case["treatment_phase"] == "during" and case["categories"] == ["alkohol"]
    assert case["gate_answer"] == "ja" and case["gate_siblings"] == "nei"
    assert case["status"] == "open" and case["closed_on"] is None
    assert document["units"][0]["name"] == UNIT
    born, unborn = case["children"]
    assert born == {"ref": 1, "name": "Sunná Ødegård", "identity_number": CHILD_NUMBER,
                    "birth_date": "2014-03-15", "unborn": False, "due_date": None, "relation": "own",
                    "parental_responsibility": True, "residence": "daily_care", "daily_carer": "Mormor Ánde",
                    "other_parent": "Per Ødegård", "school": "Vågen skole, 6. trinn",
                    "services": ["bup", "skole"], "pregnancy": [], "responsibility_group": []}
    due = (walk.today + timedelta(days=90)).isoformat()
    assert unborn == {"ref": 2, "name": "Ufødt Ødegård", "identity_number": None, "birth_date": None,
                      "unborn": True, "due_date": due, "relation": "own", "parental_responsibility": True,
                      "residence": None, "daily_carer": "", "other_parent": "Per Ødegård", "school": "",
                      "services": ["helsestasjon"], "pregnancy": [], "responsibility_group": []}
    (sheet,) = case["sheets"]
    assert sheet["status"] == "completed" and sheet["quick_notes"] == "Mor sover mye – mormor Ánde henter"
    asked_unborn = {a["question_id"] for a in sheet["answers"] if a["child"] == 2}
    assert "lives_where" not in asked_unborn and "followup_need" in asked_unborn
    assert any(a["value"] == FILLER for a in sheet["answers"] if a["child"] == 1)
    (concern,) = case["concerns"]
    assert concern["child"] == 1 and concern["description"] == "Kommer sliten på skolen"
    assert concern["level"] == 2 and concern["categories"] == ["alkohol"] and concern["status"] == "closed"
    (observation,) = concern["observations"]
    assert observation["text"].startswith(CORRECTED + "\n\n[Rettet ")
    assert f"«{ENTRIES[2]['observation']}»" in observation["text"]
    (consultation,) = concern["consultations"]
    assert {k: consultation[k] for k in ("with_whom", "anonymous", "counterpart", "summary")} == {
        "with_whom": "barnevern", "anonymous": False, "counterpart": "Per Hansen",
        "summary": "Råd: snakk med mor først"}
    (talk,) = concern["parent_conversations"]
    assert [talk[k] for k in ("held", "participants", "shared", "response", "agreed")] == [
        True, *list(ENTRIES[4].values())[1:]]
    (decision,) = concern["decisions"]
    assert decision["outcome"] == "cooperate" and decision["anchored_with"] == "Leder Åse"
    assert decision["note"] == "Følges opp her" and decision["recipients"] == ["skole"]
    (action,) = concern["actions"]
    assert action["measure"] == ACTION["action"] and action["responsible"] == ACTION["responsible"]
    assert action["status"] == "done" and action["evaluations"][0]["text"] == EVALUATION["evaluation"]
    kinds = [e["kind"] for e in concern["events"]]
    assert kinds[-1] == "closed" and CLOSING["closing_note"] in concern["events"][-1]["reason"]
    check_consent_and_report(case, concern, walk)


def check_consent_and_report(case: dict[str, Any], concern: dict[str, Any], walk: Walk) -> None:
    """The refused consent and the report, as typed in the window."""
    (consent,) = case["consents"]
    typed = refused_consent(walk)
    assert {k: consent[k] for k in ("answer", "given_by", "child", "recipients", "form", "note")} == {
        "answer": "refused", "given_by": "parent", "child": 1, "recipients": ["skole"], "form": "oral",
        "note": typed["note"]}
    assert consent["given_on"] == walk.today.isoformat() and consent["withdrawn_on"] is None
    assert consent["purpose"] == str(walk.root.ctx.library.latest_as(PURPOSES_ID, ItemList).items[0].id)
    (report,) = concern["reports"]
    assert {k: report[k] for k in ("recipient", "status", "channel", "portal_reference")} == {
        "recipient": "barnevern", "status": "sent", "channel": "portal",
        "portal_reference": REPORT["reference"]}
    assert report["sent_on"] == (walk.today - timedelta(days=1)).isoformat()
    assert report["feedback_on"] == walk.today.isoformat() and report["feedback_due"] is not None
    assert report["completed_at"] is not None
    assert (report["municipality_number"], report["municipality_name"]) == (REPORT["number"], REPORT["name"])
    assert (report["child_told"], report["child_not_told_why"]) == (True, REPORT["child_why"])
    assert (report["parents_told"], report["parents_not_told_why"]) == (False, REPORT["parents_why"])
    assert (report["interpreter_needed"], report["interpreter_language"]) == (True, REPORT["language"])
    assert report["sections"] == {section.value: text for section, text in REPORT_TEXTS.items()}
