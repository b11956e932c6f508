"""The rights entries of the «Sak» menu: innsyn, «overført til journal», purge, and the queue
«Klar for sletting». Each works on the case the window shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

if TYPE_CHECKING:
    from barnearket.domain.model import Case
    from barnearket.ui.context import UiContext
    from barnearket.ui.rights.innsyn import InnsynDialog
    from barnearket.ui.rights.purge import PurgeQueueDialog
    from barnearket.ui.rights.purgejob import PurgeJob
    from barnearket.ui.rights.transfer import TransferDialog

D = TypeVar("D", bound=QDialog)


class RightsMenu(QObject):
    """Builds the entries; `current()` is the case shown, `changed(id)` shows it again after a
    transfer, `purged(id)` clears it from the window after a purge."""

    def __init__(self, ctx: UiContext, window: QWidget, current: Callable[[], Case | None],
                 changed: Callable[[int], None], purged: Callable[[int], None]) -> None:
        super().__init__(window)
        self._ctx, self._window, self._current = ctx, window, current
        self._changed, self._purged = changed, purged

    def build(self, menu: QMenu) -> None:
        """Add the four entries after a separator."""
        menu.addSeparator()
        for text, slot in ((self.tr("&Innsyn for familien …"), self.innsyn),
                           (self.tr("Merk som &overført til journal …"), self.transfer),
                           (self.tr("Slett saken for &godt …"), self.purge),
                           (self.tr("Klar for s&letting …"), self.queue)):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)

    def _case(self) -> Case | None:
        case = self._current()
        if case is None:
            self._ctx.dialogs.message(self._window, self.tr("Ingen sak valgt"),
                                      self.tr("Velg en sak i listen først."))
        return case

    def innsyn(self) -> InnsynDialog | None:
        """Open the innsyn dialog for the case shown (reportlab loads now, not at start-up)."""
        from barnearket.ui.rights.innsyn import InnsynDialog

        case = self._case()
        return None if case is None else self._open(InnsynDialog(self._ctx, case, self._window))

    def transfer(self) -> TransferDialog | None:
        """Open «overført til journal» for the case shown."""
        from barnearket.ui.rights.transfer import TransferDialog

        case = self._case()
        if case is None:
            return None
        dialog = TransferDialog(self._ctx, case, self._window)
        dialog.accepted.connect(lambda: self._changed(case.id))
        return self._open(dialog)

    def purge(self) -> PurgeJob | None:
        """Delete the case shown, after confirmation; the purge runs on a worker thread and the window
        drops the case when it is done. Returns the running job (None if nothing was started)."""
        from barnearket.ui.rights.purge import purge_with_confirmation

        case = self._case()
        if case is None:
            return None
        case_id = case.id

        def done(purged: bool) -> None:
            if purged:
                self._purged(case_id)
        return purge_with_confirmation(self._ctx, self._window, case_id, case.number, done)

    def queue(self) -> PurgeQueueDialog:
        """Open the queue «Klar for sletting»."""
        from barnearket.ui.rights.purge import PurgeQueueDialog

        return self._open(PurgeQueueDialog(self._ctx, self._purged, self._window))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
