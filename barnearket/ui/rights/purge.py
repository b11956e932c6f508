"""Purging from the window: one case after a confirmation (the work runs on a worker thread behind a
busy indicator), and the coordinator's queue «Klar for sletting» (closed, transferred cases whose
time is up). Nothing is deleted unasked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.services.purge import require_queue_reader
from barnearket.services.retention import ReadyCase, ready_for_purge, retention_rules
from barnearket.storage.errors import CaseFileError
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.rights.purgejob import PurgeJob, PurgeOutcome
from barnearket.ui.widgets import HINT_STYLE, heading, message_label, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


def purge_with_confirmation(ctx: UiContext, parent: QWidget, case_id: int, number: str,
                            done: Callable[[bool], None]) -> PurgeJob | None:
    """Ask, then delete the case and clear what is left of it on a worker thread, showing a busy
    indicator; `done(purged)` runs on the GUI thread after the result or refusal is shown.
    Returns the running job, or None when the person said no."""
    question = qtr("Purge", "Sak %1 og alt i den slettes for godt. Bare saksnummeret, hvem "
                   "som slettet og når, blir stående i loggen. Sikkerhetskopier tatt før i dag har fortsatt "
                   "saken til de roteres bort. Fortsette?").replace("%1", number)
    if not ctx.dialogs.confirm(parent, qtr("Purge", "Slette saken for godt?"), question,
                               qtr("Purge", "&Slett saken"), safe_default=True):
        return None
    job = PurgeJob(ctx, case_id, number, parent)
    job.indicator = _busy(parent, number)

    def finished(outcome: PurgeOutcome) -> None:
        if job.indicator is not None:
            job.indicator.close()
            job.indicator.deleteLater()
            job.indicator = None
        title = qtr("Purge", "Slettet") if outcome.purged else qtr("Purge", "Ikke slettet")
        ctx.dialogs.message(parent, title, outcome.text, warning=not outcome.purged)
        done(outcome.purged)
        job.deleteLater()

    job.finished.connect(finished)
    job.start()
    return job


def _busy(parent: QWidget, number: str) -> QProgressDialog:
    """A busy indicator without a cancel button (a purge cannot be half done); the window behind it
    keeps painting, but takes no input until the purge is over."""
    busy = QProgressDialog(qtr("Purge", "Sletter sak %1 og rydder opp etter den …").replace("%1", number),
                           "", 0, 0, parent)
    busy.setObjectName("purgeBusy")
    busy.setWindowTitle(qtr("Purge", "Sletter saken"))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.setAutoClose(False)
    busy.setAutoReset(False)
    busy.show()
    return busy


class PurgeQueueDialog(QDialog):
    """The cases ready for purging, oldest first; the person chooses which to delete.

    Attributes:
        table, show_waiting, purge_button: the parts (tests drive them).
    """

    COLUMNS = (QT_TRANSLATE_NOOP("PurgeQueue", "Saksnummer"), QT_TRANSLATE_NOOP("PurgeQueue", "Overført"),
               QT_TRANSLATE_NOOP("PurgeQueue", "Journalreferanse"),
               QT_TRANSLATE_NOOP("PurgeQueue", "Kan slettes fra"))

    def __init__(self, ctx: UiContext, purged: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purgeQueueDialog")
        self.setWindowTitle(qtr("PurgeQueue", "Klar for sletting"))
        self._ctx, self._purged = ctx, purged
        self._rows: list[ReadyCase] = []
        rules = retention_rules(ctx.forms)
        column = QVBoxLayout(self)
        column.addWidget(heading(self.windowTitle(), self, 3))
        about = QLabel(qtr("PurgeQueue", "Avsluttede saker som er overført til journal, kan slettes når de "
                           "har ligget %1 måneder etter overføringen. Ingenting slettes før du velger en sak "
                           "og bekrefter.").replace("%1", str(rules.months_after_transfer)), self)
        about.setWordWrap(True)
        column.addWidget(about)
        self.show_waiting = QCheckBox(qtr("PurgeQueue", "Vis &også overførte saker som venter"), self)
        column.addWidget(self.show_waiting)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([qtr("PurgeQueue", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.windowTitle())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        column.addWidget(self.table, 1)
        self.status = message_label(self, HINT_STYLE)
        column.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.purge_button = QPushButton(qtr("PurgeQueue", "&Slett valgt sak …"), self)
        close = QPushButton(qtr("PurgeQueue", "&Lukk"), self)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        column.addWidget(buttons)
        close.clicked.connect(self.reject)
        self.purge_button.clicked.connect(self.purge_selected)
        self.show_waiting.toggled.connect(lambda _: self.reload())
        fit_to_screen(self, 720, 440)
        self.reload()

    def reload(self) -> None:
        """Read the queue again (a refusal for a role without the right is shown and logged)."""
        show_message(self.status, "")
        try:
            with self._ctx.unit_of_work() as sctx:
                require_queue_reader(sctx)
                self._rows = ready_for_purge(sctx, retention_rules(self._ctx.forms),
                                             include_waiting=self.show_waiting.isChecked())
        except (DomainError, CaseFileError) as exc:
            self._rows = []
            show_message(self.status, exc.message)
        self.table.setRowCount(len(self._rows))
        for row, case in enumerate(self._rows):
            values = (case.number, f"{case.transferred_on:%d.%m.%Y}", case.reference,
                      f"{case.due_on:%d.%m.%Y}")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self._rows:
            self.table.selectRow(0)
        self.purge_button.setEnabled(bool(self._rows))
        if not self._rows and not self.status.text():
            show_message(self.status, qtr("PurgeQueue", "Ingen saker er klare for sletting."))
        if self._admin_on_server():
            only_mine = qtr("PurgeQueue", "På serveren ser en administrator bare saker i enhetene "
                            "hun er med i.")
            show_message(self.status, f"{self.status.text()} {only_mine}".strip())

    def _admin_on_server(self) -> bool:
        """On the server an administrator sees (and may purge) only the cases of her own units."""
        from barnearket.domain.roles import Role

        location, actor = self._ctx.location, self._ctx.actor
        return location is not None and location.is_server and actor is not None and actor.role is Role.ADMIN

    def purge_selected(self) -> PurgeJob | None:
        """Purge the chosen case after confirmation (off the GUI thread), then read the queue again."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return None
        case = self._rows[row]

        def done(purged: bool) -> None:
            if purged:
                self._purged(case.case_id)
                show_message(self.status, "")
            self.reload()
        return purge_with_confirmation(self._ctx, self, case.case_id, case.number, done)
