"""Runs a purge and its clean-up (the file's VACUUM and checkpoint, or the server's) on a worker thread,
so the window keeps painting and answering while a large file is rebuilt; the outcome comes back by a
queued signal on the GUI thread."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from barnearket.domain.errors import DomainError
from barnearket.services.purge import Scrubbed, clean_up, purge_case
from barnearket.services.retention import retention_rules
from barnearket.storage.errors import CaseFileError
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.purge")


@dataclass(frozen=True)
class PurgeOutcome:
    """What happened: `purged`, and the Norwegian text to show (the result or the refusal's reason)."""

    purged: bool
    text: str


class PurgeJob(QObject):
    """One purge on its own thread.

    Signals:
        finished(PurgeOutcome): on the GUI thread, once the purge and the clean-up are over.
    """

    finished = Signal(object)

    def __init__(self, ctx: UiContext, case_id: int, number: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._case_id, self._number = ctx, case_id, number
        self._thread: threading.Thread | None = None
        self.indicator: QWidget | None = None  # the busy indicator the caller shows meanwhile

    @property
    def running(self) -> bool:
        """True while the worker thread is busy."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the worker thread (it never touches a widget)."""
        self._thread = threading.Thread(target=self._run, name="barnearket-sletting", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._ctx.unit_of_work() as sctx:  # a refusal is logged by the unit of work
                purge_case(sctx, self._case_id, retention_rules(self._ctx.forms))
        except (DomainError, CaseFileError) as exc:
            self.finished.emit(PurgeOutcome(False, exc.message))
            return
        except Exception as exc:  # a lost connection or a bug: say so, log only the type
            log.warning("purge failed: %s", type(exc).__name__)
            self.finished.emit(PurgeOutcome(False, qtr("Purge", "Saken ble ikke slettet på grunn av en feil. "
                                                       "Prøv igjen, eller be en administrator om hjelp.")))
            return
        self.finished.emit(PurgeOutcome(True, self._cleaned_text()))

    def _cleaned_text(self) -> str:
        text = qtr("Purge", "Sak %1 er slettet.").replace("%1", self._number)
        store = self._ctx.case_file
        try:
            done = clean_up(store) if store is not None else Scrubbed.LOG_BUSY
        except Exception as exc:  # the case is gone; only the clean-up failed
            log.warning("scrub after purge failed: %s", type(exc).__name__)
            done = Scrubbed.LOG_BUSY
        if done is Scrubbed.LOG_BUSY:
            text += " " + qtr("Purge", "Loggfilen tømmes helt når saksfilen lukkes.")
        elif done is Scrubbed.SERVER_LATER:
            text += " " + qtr("Purge", "Serveren rydder bort restene av radene ved neste automatiske "
                              "opprydding. Be IT kjøre «barnearket purge --vacuum» hvis det må skje "
                              "med en gang.")
        return text
