"""The team leader's view, a person's functions and the resource group's notes through the real
main window: planned help recorded as given (when, by whom), functions apart from the role, and
meeting notes listed and saved as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import Barnearket
from barnearket.domain.functions import RoutineFunction
from barnearket.domain.model import ChildDetails, GateAnswer
from barnearket.domain.model.delivery import PlanKind
from barnearket.services import sheets
from barnearket.services.cases import view_case
from barnearket.services.children import add_child
from barnearket.services.functions import HeldFunction, functions_of
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.teamwork import PlanDeliveryRow
from barnearket.storage.orm.users import User
from barnearket.ui.admin.functions import FunctionsDialog
from barnearket.ui.resourcegroup import MeetingDialog, ResourceGroupDialog
from barnearket.ui.seams import Dialogs
from barnearket.ui.teamleader import TeamLeaderDialog
from tests.conftest import ADMIN_NAME
from tests.ui.conftest import add_case


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _planned_case(root: Barnearket) -> tuple[int, int]:
    case_id = add_case(root, "Máret Ságat")
    with root.ctx.unit_of_work() as sctx:
        child = add_child(sctx, case_id, ChildDetails(name="Sunná Ságat"))
        sheet = sheets.start_sheet(sctx, case_id, form_id="barnearket", form_version=1)
        sheets.answer_question(sctx, sheet, "followup_need", "ja", child_id=child)
        sheets.answer_question(sctx, sheet, "followup_plan", "Helsesykepleier følger opp på skolen.",
                               child_id=child)
        sheets.complete_sheet(sctx, sheet)
    return case_id, child


def test_team_leader_records_planned_follow_up_as_given(qtbot: QtBot, store_workspace: Barnearket) -> None:
    main = store_workspace.main
    assert main is not None
    waiting = add_case(store_workspace, "Ánde Đuommá")
    add_case(store_workspace, "Biret Ørnes", GateAnswer.NEI)
    _planned, child = _planned_case(store_workspace)
    main.routine.team_action.trigger()
    dialog = main.routine.dialog
    assert isinstance(dialog, TeamLeaderDialog) and dialog.isVisible()
    assert dialog.tabs.tabText(0) == "&Uten ferdig barneark (1)"
    assert _cell(dialog.missing, 0, 1) == "Ánde Đuommá"
    assert dialog.tabs.tabText(1) == "&Planlagt, ikke gitt (1)"
    assert _cell(dialog.planned, 0, 2) == "Oppfølging"
    assert dialog.tabs.tabText(2) == "&Enhetenes saker (3)"
    dialog.tabs.setCurrentIndex(1)
    assert dialog.given_button.isEnabled()
    yesterday = store_workspace.ctx.clock.today().toordinal() - 1
    dialog.given_on.set_value(date.fromordinal(yesterday))
    dialog.given_button.click()
    assert dialog.tabs.tabText(1) == "&Planlagt, ikke gitt (0)"
    assert dialog.status.text().startswith("Registrert: Oppfølging til Sunná Ságat")
    with store_workspace.ctx.reading() as sctx:
        (row,) = sctx.session.scalars(select(PlanDeliveryRow)).all()
        given_by = sctx.session.get(User, row.given_by)
        child_name = sctx.session.get(ChildRow, row.child_id)
    assert (row.kind, row.given_on) == (PlanKind.FOLLOW_UP, date.fromordinal(yesterday))
    assert given_by is not None and given_by.full_name == ADMIN_NAME
    assert child_name is not None and child_name.name == "Sunná Ságat"
    assert child
    dialog.tabs.setCurrentIndex(0)
    dialog.missing.selectRow(0)
    dialog.open_button.click()
    assert not dialog.isVisible()
    assert main.case_view.case is not None and main.case_view.case.id == waiting


def test_functions_are_set_apart_from_the_role(qtbot: QtBot, store_workspace: Barnearket) -> None:
    add_case(store_workspace, "Ánde Đuommá")  # makes the unit
    users = store_workspace.admin.users()
    dialog = users.change_functions()
    assert isinstance(dialog, FunctionsDialog)
    assert not dialog.units[RoutineFunction.TEAMLEDER].isEnabled()
    dialog.boxes[RoutineFunction.TEAMLEDER].setChecked(True)
    dialog.boxes[RoutineFunction.RESSURSGRUPPE].setChecked(True)
    assert dialog.units[RoutineFunction.TEAMLEDER].isEnabled()
    unit_id = dialog.units[RoutineFunction.TEAMLEDER].currentData()
    dialog.save_button.click()
    assert not dialog.isVisible()
    member = users.current()
    assert member is not None
    with store_workspace.ctx.reading() as sctx:
        held = functions_of(sctx, member.id)
    assert held == [HeldFunction(RoutineFunction.TEAMLEDER, unit_id),
                    HeldFunction(RoutineFunction.RESSURSGRUPPE)]
    assert users.model.item(0, 2).text() == member.role.label, "the access role is unchanged"
    users.close()


def test_meeting_notes_are_written_listed_and_saved_as_pdf(
        qtbot: QtBot, store_workspace: Barnearket, dialogs: Dialogs, tmp_path: Path) -> None:
    main = store_workspace.main
    assert main is not None
    case_id = add_case(store_workspace, "Máret Ságat")
    with store_workspace.ctx.reading() as sctx:
        number = view_case(sctx, case_id, log_view=False).number
    main.routine.group_action.trigger()
    group = main.routine.dialog
    assert isinstance(group, ResourceGroupDialog)
    assert group.list.count() == 0 and not group.all_button.isEnabled()
    meeting = group.new_meeting()
    assert isinstance(meeting, MeetingDialog)
    QTest.keyClicks(meeting.participants, "barnevernet")
    meeting.participants.appendPlainText("helsesykepleier")
    QTest.keyClicks(meeting.number, number)
    QTest.keyClicks(meeting.summary, "Hvem snakker med barnet?")
    meeting.add_button.click()
    QTest.keyClicks(meeting.summary, "Gravid kvinne som ruser seg")
    QTest.keyClick(meeting.summary, Qt.Key.Key_Return)
    assert meeting.isVisible() and meeting.cases.count() == 2, "Enter adds the case, it does not save"
    QTest.keyClicks(meeting.number, "1999-0001")
    meeting.save_button.click()
    assert meeting.isVisible() and "Finner ingen sak" in meeting.error.text()
    assert meeting.cases.count() == 3, "what was typed is kept in the list"
    meeting.cases.setCurrentRow(2)
    meeting.remove_case()
    assert [meeting.cases.item(i).text() for i in range(2)] == [
        f"{number}: Hvem snakker med barnet?", "Anonym drøfting: Gravid kvinne som ruser seg"]
    QTest.keyClicks(meeting.advice, "Bruk samtalen om barna.")
    QTest.keyClicks(meeting.procedures, "Barnearket fylles ut innen to uker.")
    meeting.save_button.click()
    assert not meeting.isVisible()
    assert group.list.count() == 1 and "2 saker (1 anonymt)" in group.list.item(0).text()
    shown = group.notes.toPlainText()
    assert number in shown and "Anonym drøfting" in shown and "barnevernet, helsesykepleier" in shown
    out = tmp_path / "referat.pdf"
    dialogs.set_next_answer(str(out))
    assert group.save_pdf(only_current=True) == out
    text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "Referat fra ressursgruppen" in text and number in text and "Ságat" not in text
    group.close()
