"""Menu entries for cases taken along: «Sak → Ta med på denne maskinen» on the server, «Fil → Lever
tilbake til serveren» in a laptop copy, and «Administrasjon → Frigi sak som er tatt med»."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from barnearket.services.checkin import CheckinResult
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker
    from barnearket.ui.mainwindow import MainWindow


class CheckoutMenu(QObject):
    """Adds the three entries and opens their dialogs.

    Attributes:
        take_action, bring_back_action, release_action: the entries (shown where they apply).
        dialog: the dialog opened last (tests drive it).
    """

    def __init__(self, ctx: UiContext, files: FileWorker, window: MainWindow, admin_menu: QMenu) -> None:
        super().__init__(window)
        self._ctx, self._files, self._window = ctx, files, window
        self.dialog: QDialog | None = None
        self.take_action = QAction(self.tr("Ta &med på denne maskinen …"), window)
        self.take_action.triggered.connect(self.take_along)
        window.case_menu.addSeparator()
        window.case_menu.addAction(self.take_action)
        self.bring_back_action = QAction(self.tr("Lever &tilbake til serveren …"), window)
        self.bring_back_action.triggered.connect(self.bring_back)
        window.file_menu.insertAction(window.lock_action, self.bring_back_action)
        self.release_action = QAction(self.tr("Fri&gi sak som er tatt med …"), admin_menu)
        self.release_action.triggered.connect(self.release)
        admin_menu.addAction(self.release_action)
        self.refresh()

    def refresh(self) -> None:
        """Show each entry only where it applies (after each unlock)."""
        location = self._ctx.location
        on_server = self._ctx.is_open and location is not None and location.is_server
        self.take_action.setVisible(on_server)
        self.release_action.setVisible(on_server)
        self.bring_back_action.setVisible(self._ctx.is_open and not on_server and self._is_copy())

    def _is_copy(self) -> bool:
        from barnearket.services.checkout import copy_source

        with self._ctx.reading() as sctx:
            return copy_source(sctx) is not None

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def take_along(self) -> QDialog | None:
        """Take the case shown along to this machine."""
        from barnearket.ui.checkout.dialogs import CheckoutDialog

        case = self._window.case_view.case
        if case is None:
            self._ctx.dialogs.message(self._window, self.tr("Ingen sak valgt"),
                                      self.tr("Velg en sak i listen først."))
            return None
        dialog = CheckoutDialog(self._ctx, case, self._window)
        dialog.accepted.connect(lambda: self._window.show_changed(case.id))
        return self._open(dialog)

    def bring_back(self) -> QDialog:
        """Bring this laptop copy back to the server."""
        from barnearket.ui.checkout.dialogs import CheckinDialog

        dialog = CheckinDialog(self._ctx, self._files, self._window)
        dialog.checked_in.connect(self._done)
        return self._open(dialog)

    def _done(self, result: CheckinResult) -> None:
        self._ctx.dialogs.message(self._window, self.tr("Levert tilbake"), self.tr(
            "Sak %1 er levert tilbake til serveren, og kopien på denne maskinen er slettet. "
            "Barnearket lukkes nå.").replace("%1", ", ".join(result.numbers)))
        self._window.close()

    def release(self) -> QDialog:
        """(Administrator) release a checked-out case on the server."""
        from barnearket.ui.checkout.dialogs import ReleaseDialog

        dialog = ReleaseDialog(self._ctx, self._window)
        dialog.accepted.connect(self._window.browser.reload)
        return self._open(dialog)
