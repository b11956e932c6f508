"""Editing a case and its children in the window: every field, close and reopen, "Mangler" buttons
(on a case file and on the server: the `closed_store` fixture)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import CaseStatus, GateAnswer, Relation, Residence, TreatmentPhase
from barnearket.services.cases import view_case
from barnearket.ui.edit.case import CaseDialog
from barnearket.ui.edit.casebar import CloseCaseDialog
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.mainwindow import MainWindow
from barnearket.ui.units import add_own_unit, add_unit
from tests.ui.conftest import ClosedStore, add_case

CHILD_NUMBER = "29020075838"  # valid check digits, born 29.02.2000 (used by the service tests too)


def _main(root: Barnearket) -> MainWindow:
    assert root.main is not None
    return root.main


def _open(root: Barnearket, name: str, answer: GateAnswer = GateAnswer.JA) -> int:
    case_id = add_case(root, name, answer)
    _main(root).open_case(case_id)
    return case_id


def _stored(root: Barnearket, case_id: int):  # type: ignore[no-untyped-def]
    with root.ctx.reading() as sctx:
        return view_case(sctx, case_id, log_view=False)


def test_case_dialog_stores_every_field_of_parent_and_gate(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Ánde Đuommá", GateAnswer.UKJENT)
    dialog = main.case_view.case_actions.open_case()
    assert isinstance(dialog, CaseDialog) and dialog.isVisible()
    dialog.name.setText("Ánde Đuommá-Ŋuolas")
    dialog.born.set_value(date(1980, 5, 17))
    dialog.address.setPlainText("Storgata 1, 9990 Båtsfjord")
    dialog.phone.setText("900 00 000")
    dialog.language.setText("nordsamisk")
    dialog.interpreter.setChecked(True)
    dialog.phase.setCurrentIndex(dialog.phase.findData(TreatmentPhase.DURING.value))
    dialog.categories.set_checked([str(dialog.categories.items.item(0).data(Qt.ItemDataRole.UserRole))])
    dialog.gate.setCurrentIndex(dialog.gate.findData(GateAnswer.JA.value))
    dialog.siblings.setCurrentIndex(dialog.siblings.findData(GateAnswer.NEI.value))
    dialog.save_button.click()
    assert not dialog.isVisible()
    case = _stored(store_workspace, case_id)
    assert case.parent.name == "Ánde Đuommá-Ŋuolas" and case.parent.birth_date == date(1980, 5, 17)
    assert case.parent.address == "Storgata 1, 9990 Båtsfjord" and case.parent.interpreter_needed
    assert case.parent.language == "nordsamisk" and case.parent.phone == "900 00 000"
    assert case.treatment_phase is TreatmentPhase.DURING and len(case.categories) == 1
    assert case.gate is not None and case.gate.answer is GateAnswer.JA
    assert case.gate.siblings is GateAnswer.NEI
    assert main.case_view.summary.title.text() == "Ánde Đuommá-Ŋuolas"


def test_case_dialog_shows_a_refusal_at_the_field(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    _open(store_workspace, "Áile Ŋuolas")
    dialog = main.case_view.case_actions.open_case()
    assert dialog is not None
    dialog.identity.setText("12345678901")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.identity.property("invalid") is True
    assert dialog.window().focusWidget() is dialog.identity
    QTest.keyClick(dialog.identity, Qt.Key.Key_Backspace)
    assert not dialog.error.isVisible() and dialog.identity.property("invalid") is False
    dialog.reject()


def test_child_dialog_stores_every_detail_and_corrects_it(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Máret Ođđasa")
    dialog = main.case_view.case_actions.open_child(None)
    assert isinstance(dialog, ChildDialog)
    dialog.name.setText("Niillas Ŋuolas")
    dialog.identity.setText(CHILD_NUMBER)
    dialog.relation.setCurrentIndex(dialog.relation.findData(Relation.STEP.value))
    dialog.responsibility.setCurrentIndex(dialog.responsibility.findData("no"))
    dialog.residence.setCurrentIndex(dialog.residence.findData(Residence.SAMVAER.value))
    dialog.carer.setText("Moren")
    dialog.other_parent.setText("Elle Ŋuolas")
    dialog.school.setText("Vågen skole")
    dialog.services.set_checked(["skole", "bup"])
    dialog.save_button.click()
    child = _stored(store_workspace, case_id).children[0]
    details = child.details
    assert details.identity_number == CHILD_NUMBER and details.birth_date == date(2000, 2, 29)
    assert details.relation is Relation.STEP and details.parental_responsibility is False
    assert details.residence is Residence.SAMVAER and details.daily_carer == "Moren"
    assert details.other_parent == "Elle Ŋuolas" and details.school == "Vågen skole"
    assert details.services == frozenset({"skole", "bup"})
    edit = main.case_view.case_actions.open_child(child.id)
    assert edit is not None and edit.name.text() == "Niillas Ŋuolas" and edit.carer.text() == "Moren"
    edit.school.setText("Nordbyen skole")
    edit.save_button.click()
    assert _stored(store_workspace, case_id).children[0].details.school == "Nordbyen skole"


def test_unborn_child_has_a_due_date_and_no_school(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Sáráh Ođđasa")
    dialog = main.case_view.case_actions.open_child(None)
    assert dialog is not None
    dialog.name.setText("Ufødt")
    dialog.unborn.setChecked(True)
    assert not dialog.school.isEnabled() and not dialog.born.isEnabled() and dialog.due.isEnabled()
    dialog.due.set_value(date.today().replace(day=1).replace(year=date.today().year + 1))
    dialog.save_button.click()
    child = _stored(store_workspace, case_id).children[0]
    assert child.unborn and child.details.due_date is not None and child.details.school == ""


def test_adding_a_child_updates_the_count_in_the_case_list(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Piera Ŋuolas")
    row = main.browser.model.row_of(case_id)
    count_column = next(c for c in range(main.browser.model.columnCount())
                        if main.browser.model.headerData(c, Qt.Orientation.Horizontal) == "Barn")
    assert main.browser.model.index(row, count_column).data() == "0"
    dialog = main.case_view.case_actions.open_child(None)
    assert dialog is not None
    dialog.name.setText("Ánne Ŋuolas")
    dialog.save_button.click()
    row = main.browser.model.row_of(case_id)
    assert main.browser.model.index(row, count_column).data() == "1"


def test_missing_notes_carry_buttons_that_do_the_missing_thing(qtbot: QtBot,
                                                               store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    _open(store_workspace, "Ristin Ođđasa")
    notes = main.case_view.notes
    assert set(notes.buttons) == {"no_children", "no_sheet"}
    notes.buttons["no_children"].click()
    dialog = main.case_view.findChild(ChildDialog, "childDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Ánte Ođđasa")
    dialog.save_button.click()
    assert set(main.case_view.notes.buttons) == {"no_sheet"}
    main.case_view.notes.buttons["no_sheet"].click()
    assert main.case_view.tabs.currentIndex() == 1


def test_close_and_reopen_a_case_in_the_window(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Jovsset Ŋuolas", GateAnswer.NEI)
    button = main.case_view.case_actions.close_case
    button.click()
    dialog = main.case_view.findChild(CloseCaseDialog, "closeCaseDialog")
    assert dialog is not None and dialog.day.value() == store_workspace.ctx.clock.today()
    dialog.save_button.click()
    assert _stored(store_workspace, case_id).status is CaseStatus.CLOSED
    assert main.case_view.summary.values["status"].text() == "Avsluttet"
    assert "Gjenåpne" in button.text().replace("&", "")
    button.click()
    assert _stored(store_workspace, case_id).status is CaseStatus.OPEN
    assert "Avslutt" in button.text().replace("&", "")


def _mnemonics(window: QWidget) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
             if "&" in w.text().replace("&&", "")]
    return [t[t.index("&") + 1].lower() for t in texts]


def test_each_edit_dialog_has_unique_mnemonics(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    _open(store_workspace, "Ánde Đuommá")
    actions = main.case_view.case_actions
    for dialog in (actions.open_case(), actions.open_child(None), actions.close_or_reopen()):
        assert isinstance(dialog, QDialog)
        letters = _mnemonics(dialog)
        assert letters and len(letters) == len(set(letters)), f"{dialog.objectName()}: {sorted(letters)}"
        dialog.reject()
    bar = [b.text() for b in (actions.edit_case, actions.add_child, actions.edit_child, actions.close_case)]
    letters = [t[t.index("&") + 1].lower() for t in bar if "&" in t]
    assert len(letters) == len(set(letters)) == 4


def test_unit_and_responsible_change_and_dialogs_fit_a_laptop(qtbot: QtBot,
                                                              store_workspace: Barnearket) -> None:
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Biret Ŋuolas")
    with store_workspace.ctx.unit_of_work() as sctx:
        other = add_own_unit(sctx, "Rustjenesten Sør", "rus")
    dialog = main.case_view.case_actions.open_case()
    assert dialog is not None
    dialog.unit.setCurrentIndex(dialog.unit.findData(other))
    dialog.responsible.setCurrentIndex(dialog.responsible.findData(None))
    dialog.save_button.click()
    case = _stored(store_workspace, case_id)
    assert case.unit_id == other and case.responsible_id is None
    actions = main.case_view.case_actions
    for opened in (actions.open_case(), actions.open_child(None), actions.close_or_reopen()):
        assert isinstance(opened, QDialog)
        size = opened.frameGeometry().size()
        assert size.width() <= 1366 and size.height() <= 768, opened.objectName()
        assert opened.maximumWidth() <= 1366 and opened.maximumHeight() <= 768
        opened.reject()


def test_a_case_moved_to_a_unit_one_is_not_in_is_refused_in_the_dialog(
        qtbot: QtBot, store_workspace: Barnearket, closed_store: ClosedStore) -> None:
    """On the server row security keeps cases in one's own units; the dialog says so
    and nothing is stored. On a file every unit is open to the team leader (file mode's own rule)."""
    main = _main(store_workspace)
    case_id = _open(store_workspace, "Biret Ŋuolas")
    with store_workspace.ctx.unit_of_work() as sctx:
        foreign = add_unit(sctx, "Somatikk Øst", "somatikk")
    dialog = main.case_view.case_actions.open_case()
    assert isinstance(dialog, CaseDialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData(foreign))
    dialog.save_button.click()
    stored = _stored(store_workspace, case_id)
    if closed_store.on_server:
        assert dialog.isVisible() and "medlem av" in dialog.error.text()
        assert stored.unit_id != foreign
        dialog.reject()
    else:
        assert not dialog.isVisible() and stored.unit_id == foreign


def test_a_new_case_in_a_unit_one_is_not_in_is_refused_on_the_server(
        qtbot: QtBot, store_workspace: Barnearket, closed_store: ClosedStore) -> None:
    """The new-case dialog offers every unit; on the server only one's own take a case, and the dialog
    says why and what to do, with nothing stored. On a file the team leader may use any unit."""
    with store_workspace.ctx.unit_of_work() as sctx:
        foreign = add_unit(sctx, "Tildelingskontoret", "tildeling")
    dialog = _main(store_workspace).new_case()
    dialog.gate.children_group.buttons.button(0).click()
    dialog.next_button.click()
    dialog.details.name.setText("Ánde Ođđasa")
    dialog.details.unit.setCurrentIndex(dialog.details.unit.findData(foreign))
    dialog.create_button.click()
    if closed_store.on_server:
        assert dialog.isVisible() and "Administrasjon > Brukere" in dialog.error.text()
        assert _main(store_workspace).browser.model.rowCount() == 0
        dialog.reject()
    else:
        assert not dialog.isVisible() and _main(store_workspace).case_view.case is not None
