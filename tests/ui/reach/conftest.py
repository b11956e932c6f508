"""The windows the field-reachability test opens, by the names its map uses."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails
from barnearket.services.children import add_child
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.dialog_factories import FACTORIES, make_scene


def pregnancy_dialog(root: Barnearket, case_id: int) -> QWidget:
    """The pregnancy path of a new unborn child of the case."""
    from barnearket.ui.pregnancy import PregnancyDialog

    with root.ctx.unit_of_work() as sctx:
        unborn = add_child(sctx, case_id, ChildDetails(name="Ufødt", unborn=True,
                                                       due_date=sctx.clock.today()))
    dialog = PregnancyDialog(root.ctx, unborn, root.main)
    dialog.show()
    return dialog


@pytest.fixture
def field_windows(qtbot: QtBot, workspace: Barnearket) -> Iterator[dict[str, Callable[[], QWidget | None]]]:
    """Each window of the field map by name, opened on demand in the real main window on a scene."""
    """Openers for every window the map names, on a case with a child, a concern, an action and a report."""
    main = workspace.main
    assert main is not None
    scene = make_scene(workspace)
    case_id = scene.case_id
    actions = main.case_view.case_actions

    def concern_panel() -> ConcernPanel:
        panel = main.case_view.panels[1].build()
        assert isinstance(panel, ConcernPanel)
        panel.show_case(case_id)
        panel.start_new()
        return panel

    def action_correction() -> QWidget | None:
        panel = concern_panel()
        panel.show_case(case_id)
        plan = panel.view.pages.actions
        plan.table.selectRow(0)
        return plan.correct.open_dialog()

    def sheet_panel() -> ConversationPanel:
        panel = main.case_view.panels[0].build()
        assert isinstance(panel, ConversationPanel)
        panel.show_case(case_id)
        if panel.sheet is None:
            panel.header.new.click()
        return panel

    def sheet_details() -> QWidget | None:
        return sheet_panel().bar.open_details()

    yield {
        "caseView": lambda: main.case_view,
        "case": actions.open_case,
        "child": lambda: actions.open_child(None),
        "closeCase": actions.close_or_reopen,
        "newCase": main.new_case,
        "concern": concern_panel,
        "actionCorrection": action_correction,
        "sheet": sheet_panel,
        "sheetDetails": sheet_details,
        "report": lambda: FACTORIES["ReportEditor"](scene),
        "sentReport": lambda: FACTORIES["ReportEditor (sent)"](scene),
        "withdraw": lambda: FACTORIES["WithdrawDialog"](scene),
        "addUser": lambda: FACTORIES["AddUserDialog"](scene),
        "profile": lambda: FACTORIES["ProfileDialog"](scene),
        "transfer": main.rights.transfer,
        "pregnancy": lambda: pregnancy_dialog(workspace, case_id),
        "teamLeader": main.routine.team_leader,
    }
    for dialog in main.findChildren(QDialog):
        dialog.reject()
