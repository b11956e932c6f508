"""The "Administrasjon" menu, shown only to administrators."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from barnearket.domain.roles import Role
from barnearket.ui.admin.autolock import AutoLockDialog
from barnearket.ui.admin.backup import RestoreDialog, take_backup
from barnearket.ui.admin.users import UsersDialog
from barnearket.ui.orgsettings import OrganisationDialog

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker


class AdminMenu(QObject):
    """Builds the menu in the main window (before "Hjelp") and opens the administrator's dialogs.

    Attributes:
        menu: the menu; hidden unless the logged-in user is an administrator.
        dialog: the dialog opened last (tests drive it).
    """

    def __init__(self, ctx: UiContext, files: FileWorker, window: QMainWindow,
                 apply_idle: Callable[[int], None]) -> None:
        super().__init__(window)
        self._ctx, self._files, self._window, self._apply_idle = ctx, files, window, apply_idle
        self.dialog: QDialog | None = None
        self.menu = QMenu(self.tr("Ad&ministrasjon"), window)
        self.menu.setObjectName("adminMenu")
        entries = ((self.tr("&Brukere …"), self.users), (self.tr("&Sikkerhetskopi …"), self.backup),
                   (self.tr("&Legg tilbake sikkerhetskopi …"), self.restore),
                   (self.tr("&Virksomhetens opplysninger …"), self.organisation),
                   (self.tr("&Frister …"), self.rules),
                   (self.tr("Automatisk l&åsing …"), self.auto_lock))
        for text, slot in entries:
            action = QAction(text, self.menu)
            action.triggered.connect(slot)
            self.menu.addAction(action)
        bar = window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, self.menu) if help_menu else bar.addMenu(self.menu)
        self.refresh()

    def refresh(self) -> None:
        """Show the menu only to administrators (after each unlock)."""
        actor = self._ctx.actor
        self.menu.menuAction().setVisible(actor is not None and actor.role is Role.ADMIN)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def users(self) -> UsersDialog:
        """The list of users."""
        dialog = UsersDialog(self._ctx, self._files, self._window)
        self._open(dialog)
        return dialog

    def backup(self) -> bool:
        """Write an encrypted copy of the open file."""
        return take_backup(self._ctx, self._files, self._window)

    def restore(self) -> QDialog:
        """Write a backup out as a new case file."""
        return self._open(RestoreDialog(self._ctx, self._files, self._window))

    def organisation(self) -> QDialog:
        """The organisation's details for the documents."""
        return self._open(OrganisationDialog(self._ctx, self._window))

    def rules(self) -> QDialog:
        """The deadlines the file counts with."""
        from barnearket.ui.admin.rules import RulesDialog

        return self._open(RulesDialog(self._ctx, self._window))

    def auto_lock(self) -> QDialog:
        """The idle minutes before the window locks itself."""
        return self._open(AutoLockDialog(self._ctx, lambda m: self._apply_idle(m * 60_000), self._window))
