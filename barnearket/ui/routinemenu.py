"""The «Praksis» menu (the team leader's view, the resource group) and «Svangerskap …» in the case
menu: the routine's practice beside the case work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

if TYPE_CHECKING:
    from barnearket.ui.caseview import CaseView
    from barnearket.ui.context import UiContext


class RoutineMenu(QObject):
    """Builds the actions and opens their windows over the main window.

    Attributes:
        team_action, group_action, pregnancy_action: the menu entries; dialog: the last window opened.
    """

    def __init__(self, ctx: UiContext, window: QWidget, case_view: CaseView,
                 open_case: Callable[[int], None]) -> None:
        super().__init__(window)
        self._ctx, self._window, self._case_view, self._open_case = ctx, window, case_view, open_case
        self.dialog: QDialog | None = None
        self.team_action = self._action(self.tr("&Teamleders oversikt …"), "Ctrl+Shift+T", self.team_leader)
        self.group_action = self._action(self.tr("&Ressursgruppen …"), "Ctrl+Shift+R", self.resource_group)
        self.pregnancy_action = self._action(self.tr("S&vangerskap …"), "Ctrl+Shift+G", self.pregnancy)
        self.pregnancy_action.setToolTip(self.tr("Screening, plan, ansvarsgruppe og melding for et barn som "
                                                 "ikke er født ennå"))

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def build(self, menu: QMenu, case_menu: QMenu) -> None:
        """Fill the «Praksis» menu and add «Svangerskap …» to the case menu."""
        menu.addActions([self.team_action, self.group_action])
        case_menu.addSeparator()
        case_menu.addAction(self.pregnancy_action)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def team_leader(self) -> QDialog:
        """Open the team leader's view (window-modal, so locking can hide it)."""
        from barnearket.ui.teamleader import TeamLeaderDialog

        return self._show(TeamLeaderDialog(self._ctx, self._open_case, self._window))

    def resource_group(self) -> QDialog:
        """Open the resource group's meeting notes."""
        from barnearket.ui.resourcegroup import ResourceGroupDialog

        return self._show(ResourceGroupDialog(self._ctx, self._window))

    def pregnancy(self) -> QDialog | None:
        """Open the pregnancy path for the chosen (or first) unborn child of the case shown; without one,
        say what to do first."""
        if not self._case_view.pregnancy.unborn():
            self._ctx.dialogs.message(self._window, self.tr("Svangerskap"), self.tr(
                "Velg en sak med et barn som ikke er født ennå. Har du ikke registrert barnet, velg «Legg "
                "til barn», kryss av for «Barnet er ikke født ennå» og skriv termindatoen."))
            return None
        return self._case_view.pregnancy.open_dialog(self._case_view.selected_child_id())
