"""Raising a concern to the highest level is never silent: the reason is asked for, and the report
of concern is offered at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.model import ReportRecipient, Scale
from barnearket.services.concerns import set_level
from barnearket.services.reports import draft_report
from barnearket.storage.errors import CaseFileError
from barnearket.ui.concern.levels import Scales
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class HighestLevel(QObject):
    """Asks why, stores the level with the reason in its history, then offers to start the report.

    Signals:
        stored(int): the level was stored.
        cancelled(): no reason was given; nothing was stored.
        conflicted(EditConflictError): someone changed the concern after it was shown; nothing was
            stored, and the reason is kept for `store` once the person has chosen.
        report_started(int): the new report's id.
    """

    stored = Signal(int)
    cancelled = Signal()
    conflicted = Signal(object)
    report_started = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._widget = ctx, parent
        self._level = Scales(ctx.library).highest(Scale.CHILD)
        self.reason = ""
        """The reason last given (kept while a conflict is being resolved)."""

    def ask(self, concern_id: int, base: int | None = None) -> None:
        """The whole exchange for one concern; `base`: the concern's version on screen."""
        dialogs = self._ctx.dialogs
        reason = dialogs.ask_text(self._widget, qtr("HighestLevel", "Høyeste bekymringsnivå"), qtr(
            "HighestLevel", "Hva gjør at bekymringen nå er på høyeste nivå? Begrunnelsen lagres i "
                            "historikken for nivået (må fylles ut)."))
        if reason is None or not reason.strip():
            self.cancelled.emit()
            return
        self.reason = reason
        self.store(concern_id, base)

    def store(self, concern_id: int, base: int | None) -> None:
        """Store the highest level with the reason given, based on version `base`."""
        dialogs = self._ctx.dialogs
        try:
            with self._ctx.unit_of_work() as sctx:
                set_level(sctx, concern_id, self._level, scale=Scale.CHILD, note=self.reason, base=base)
        except EditConflictError as conflict:
            self._ctx.save_status.failed.emit(conflict.message)
            self.conflicted.emit(conflict)
            return
        except (DomainError, CaseFileError) as exc:
            dialogs.message(self._widget, qtr("HighestLevel", "Nivået ble ikke lagret"), exc.message,
                            warning=True)
            self.cancelled.emit()
            return
        self._ctx.save_status.saved.emit()
        self.stored.emit(self._level)
        self._offer_report(concern_id)

    def _offer_report(self, concern_id: int) -> None:
        dialogs = self._ctx.dialogs
        text = qtr("HighestLevel", "På dette nivået skal det sendes bekymringsmelding til barnevernet nå. "
                                   "Meldeplikten krever ikke samtykke. Vil du starte meldingen?")
        if not dialogs.confirm(self._widget, qtr("HighestLevel", "Start bekymringsmelding?"), text,
                               qtr("HighestLevel", "Start meldingen nå")):
            return
        with self._ctx.unit_of_work() as sctx:
            report_id = draft_report(sctx, concern_id, ReportRecipient.BARNEVERN)
        self._ctx.save_status.saved.emit()
        self.report_started.emit(report_id)
        dialogs.message(self._widget, qtr("HighestLevel", "Meldingen er startet"), qtr(
            "HighestLevel", "Et utkast til bekymringsmelding er laget. Du finner det under "
                            "Dokumenter → Bekymringsmelding til barnevernet."))
