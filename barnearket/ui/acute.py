"""Acute danger, one key from anywhere: whom to call now, and a report of concern started at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import ChildDetails, ReportRecipient, Scale
from barnearket.domain.model.case import Case
from barnearket.domain.rules.levels import scale_size
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.context import ServiceContext
from barnearket.services.reports import draft_report
from barnearket.services.settings import load_rules
from barnearket.storage.errors import CaseFileError
from barnearket.ui.acutedialog import AcuteDialog

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.acute")
Current = Callable[[], tuple[Case | None, int | None]]


def start_acute_report(sctx: ServiceContext, case: Case, child_id: int | None,
                       unnamed: str) -> tuple[int, int]:
    """Draft a report to barnevernet for the child; open a concern (and a child) if none exists yet.

    Nothing missing can stop it: no child gives an unnamed child, no open concern gives a new one
    at the scale's highest level. Returns the concern id and the report id.
    """
    if child_id is None:
        child_id = add_child(sctx, case.id, ChildDetails(name=unnamed))
    concern = next((c for c in case.concerns if c.child_id == child_id and c.is_open), None)
    if concern is not None:
        concern_id = concern.id
    else:
        top = scale_size(Scale.CHILD, load_rules(sctx.session, sctx.forms))
        concern_id = open_concern(sctx, case.id, child_id, level=top)
    return concern_id, draft_report(sctx, concern_id, ReportRecipient.BARNEVERN)


class AcuteDanger(QObject):
    """Shows the acute-danger dialog over the window in front and starts reports from it.

    Signals:
        report_started(int, int, int, str): case, concern and report id of a new draft report, and
            what to do now (the numbers to call), shown above the report editor.
    """

    report_started = Signal(int, int, int, str)

    def __init__(self, ctx: UiContext, current: Current, save_settings: Callable[[], None],
                 front: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._current, self._save_settings = ctx, current, save_settings
        self._front = front
        self.dialog: AcuteDialog | None = None

    def show_dialog(self) -> AcuteDialog:
        """Open (or raise) the dialog, application-modal, over the window in front (its owner says which)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        case, child_id = self._current() if self._ctx.is_open else (None, None)
        children = [(c.id, c.name) for c in case.children] if case else []
        dialog = AcuteDialog(self._ctx.settings.barnevernvakt_phone, case.number if case else None,
                             children, child_id, self._front())
        dialog.report_requested.connect(lambda child: self._report(dialog, case, child))
        dialog.phone_change_requested.connect(lambda: self._change_phone(dialog))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.show()
        self.dialog = dialog
        log.info("acute-danger dialog shown")
        return dialog

    def _forget(self, dialog: AcuteDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _report(self, dialog: AcuteDialog, case: Case | None, child_id: int | None) -> None:
        if case is None or not self._ctx.is_open:
            log.warning("acute report asked for without an open case; intent recorded here only")
            return
        unnamed = self.tr("Barn (navn ikke registrert ennå)")
        try:
            with self._ctx.unit_of_work() as sctx:
                concern_id, report_id = start_acute_report(sctx, case, child_id, unnamed)
        except (DomainError, CaseFileError) as exc:
            log.warning("acute report could not be drafted")
            dialog.show_result(exc.message, ok=False)
            return
        dialog.show_result(self.tr("Meldingen er startet og lagret som utkast. Den åpnes nå, og du finner "
                                   "den igjen under Meldinger i bekymringen."))
        dialog.close()
        self.report_started.emit(case.id, concern_id, report_id, self.call_note())

    def call_note(self) -> str:
        """The numbers to call, repeated above the report while it is written."""
        phone = self._ctx.settings.barnevernvakt_phone.strip()
        text = self.tr("Akutt fare: ring politiet på 112 ved fare for liv eller helse")
        if phone:
            text += self.tr(", barnevernvakten på %1").replace("%1", phone)
        return text + self.tr(". Skriv det du vet nå – resten kan vente.")

    def _change_phone(self, dialog: AcuteDialog) -> None:
        number = self._ctx.dialogs.ask_text(
            dialog, self.tr("Barnevernvaktens nummer"),
            self.tr("Telefonnummeret til barnevernvakten der du jobber:"))
        if number is None:
            return
        self._ctx.settings.barnevernvakt_phone = number.strip()
        self._save_settings()
        dialog.set_phone(number.strip())
