"""Typing the server could not take: kept in the encrypted local journal, replayed when it is back.

The conversation's saver (`sheet/saving.py`) keeps each failed batch here and forgets it once stored.
`JournalReplay` stores what a crash or a closed window left in the journal, after the next unlock,
and tries again every few seconds while the server is away. A replay that the services refuse (the
sheet was completed or changed meanwhile) is kept, marked, and said in the status bar: nothing
typed is dropped. Closing the window with something unsaved asks first (`may_close`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import JsonValue
from barnearket.storage.localjournal import LocalJournal, Pending
from barnearket.ui.autosave import RETRY_MS, flush_all, save_failure
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.unsaved")
Values = Mapping[tuple[str, int | None], JsonValue]

HELD = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du skrev mens serveren var borte, ble ikke lagret fordi "
                                     "arket er endret eller låst i mellomtiden. Teksten er tatt vare på på "
                                     "denne maskinen.")
QUIT_TITLE = QT_TRANSLATE_NOOP("Unsaved", "Noe er ikke lagret")
QUIT_KEPT = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du har skrevet, er ikke lagret på serveren ennå. "
                                         "Svar og notater fra samtalen er tatt vare på kryptert på denne "
                                         "maskinen og lagres neste gang du logger inn. Det du har skrevet "
                                         "andre steder, går tapt hvis du avslutter nå.")
QUIT_LOST = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du har skrevet, er ikke lagret ennå. Det går tapt hvis "
                                         "du avslutter nå.")
QUIT_ANYWAY = QT_TRANSLATE_NOOP("Unsaved", "Avslutt likevel")


def journal_of(ctx: UiContext) -> LocalJournal | None:
    """The open server store's journal (a case file has none: it is on this machine already)."""
    journal = getattr(ctx.case_file, "journal", None)
    return journal if isinstance(journal, LocalJournal) else None


def keep(ctx: UiContext, sheet_id: int, values: Values) -> None:
    """The server did not take these: keep them encrypted on this machine."""
    journal = journal_of(ctx)
    if journal is not None and values:
        journal.keep(sheet_id, dict(values))


def stored(ctx: UiContext, sheet_id: int, values: Values) -> None:
    """These are on the server now: forget them here."""
    journal = journal_of(ctx)
    if journal is not None and len(journal):
        journal.stored(sheet_id, dict(values))


def may_close(ctx: UiContext, parent: QWidget) -> bool:
    """Store what is pending; if something is still not stored, ask before the window closes."""
    if not ctx.is_open:
        return True
    all_stored = flush_all([parent])
    journal = journal_of(ctx)
    waiting = journal is not None and any(not e.held for e in journal.entries())
    if all_stored and not waiting:
        return True
    text = qtr("Unsaved", QUIT_KEPT if journal is not None else QUIT_LOST)
    return ctx.dialogs.confirm(parent, qtr("Unsaved", QUIT_TITLE), text, qtr("Unsaved", QUIT_ANYWAY),
                               safe_default=True)


class JournalReplay(QObject):
    """Stores what the journal holds, after unlock, retrying while the server is away.

    Signals:
        replayed(object): the sheet ids whose kept values were stored now.
    """

    replayed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.replay)

    def start(self) -> None:
        """Replay soon (after the workspace has painted)."""
        journal = journal_of(self._ctx)
        if journal is not None and any(not e.held for e in journal.entries()):
            QTimer.singleShot(0, self.replay)

    def replay(self) -> bool:
        """Store every kept value that is not held; False when the server is still away."""
        journal = journal_of(self._ctx)
        if journal is None or not self._ctx.is_open:
            return False
        by_sheet: dict[int, list[Pending]] = {}
        for entry in journal.entries():
            if not entry.held:
                by_sheet.setdefault(entry.sheet_id, []).append(entry)
        done: set[int] = set()
        for sheet_id, entries in by_sheet.items():
            if not self._replay_sheet(journal, sheet_id, entries):
                return False
            done.add(sheet_id)
        if done:
            log.info("the local journal was stored (%d sheet(s))", len(done))
            self._ctx.save_status.saved.emit()
            self.replayed.emit(done)
        return True

    def _replay_sheet(self, journal: LocalJournal, sheet_id: int, entries: list[Pending]) -> bool:
        from barnearket.ui.sheet.saving import write_batch

        batch = {(e.question_id, e.child_id): e.value for e in entries}
        try:
            with self._ctx.unit_of_work() as sctx:
                refused = write_batch(sctx, sheet_id, batch)
        except DomainError:  # the sheet itself is gone or locked
            refused = dict.fromkeys(batch, "")
        except Exception as exc:
            message = save_failure(exc, self._ctx)
            if message is None:
                raise
            self._retry.start()
            self._ctx.save_status.failed.emit(message)
            return False
        journal.stored(sheet_id, {key: value for key, value in batch.items() if key not in refused})
        if refused:
            journal.hold([e for e in entries if (e.question_id, e.child_id) in refused])
            self._ctx.save_status.failed.emit(qtr("Unsaved", HELD))
        return True
