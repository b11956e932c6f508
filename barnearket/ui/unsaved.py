"""Typing the server could not take: kept in the encrypted local journal, replayed when it is back.

Every autosaver keeps a failed edit here through `journalling.py` (the conversation's answers and
notes, the concern's step-1 fields) and forgets it once stored. `JournalReplay` stores what a crash or
a closed window left in the journal, after the next unlock, and tries again every few seconds while
the server is away. Each kept edit carries the version it was typed on, so the replay is the same
conditional write as the save it stands in for: a newer version stored meanwhile opens the conflict
dialog (keep mine / theirs / both), never a silent overwrite. A replay the services refuse for
another reason (the sheet was completed) is kept, marked, and said in the status bar: nothing typed
is dropped. Closing the window with something unsaved asks first (`may_close`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.services.keptwork import REPORT, Key, LocalJournal, Pending
from barnearket.ui.autosave import RETRY_MS, flush_all, save_failure, savers
from barnearket.ui.conflict.dialog import Choice, ConflictDialog
from barnearket.ui.conflict.resolve import Resolution
from barnearket.ui.journalling import held_here, journal_of
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.unsaved")

HELD = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du skrev mens serveren var borte, ble ikke lagret fordi "
                                     "saken er endret, avsluttet eller låst i mellomtiden. Teksten er tatt "
                                     "vare på på denne maskinen.")
QUIT_TITLE = QT_TRANSLATE_NOOP("Unsaved", "Noe er ikke lagret")
QUIT_KEPT = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du har skrevet, er ikke lagret på serveren ennå. Det er "
                                         "tatt vare på kryptert på denne maskinen og lagres neste gang du "
                                         "logger inn.")
QUIT_PART = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du har skrevet, er ikke lagret på serveren ennå. Det "
                                         "meste er tatt vare på kryptert på denne maskinen og lagres neste "
                                         "gang du logger inn, men ikke alt: teksten i meldingen du skriver "
                                         "på, går tapt hvis du avslutter nå.")
QUIT_LOST = QT_TRANSLATE_NOOP("Unsaved", "Noe av det du har skrevet, er ikke lagret ennå. Det går tapt hvis "
                                         "du avslutter nå.")
QUIT_ANYWAY = QT_TRANSLATE_NOOP("Unsaved", "Avslutt likevel")


def may_close(ctx: UiContext, parent: QWidget) -> bool:
    """Store what is pending; if something is still not stored, ask before the window closes."""
    if not ctx.is_open:
        return True
    all_stored = flush_all([parent])
    journal = journal_of(ctx)
    waiting = journal is not None and any(not e.held for e in journal.entries())
    if all_stored and not waiting:
        return True
    lost = [s for s in savers([parent]) if s.has_pending() and not getattr(s, "kept_locally", bool)()]
    text = qtr("Unsaved", QUIT_LOST if journal is None else QUIT_PART if lost else QUIT_KEPT)
    return ctx.dialogs.confirm(parent, qtr("Unsaved", QUIT_TITLE), text, qtr("Unsaved", QUIT_ANYWAY),
                               safe_default=True)


class JournalReplay(QObject):
    """Stores what the journal holds, after unlock, retrying while the server is away.

    Attributes:
        conflict_dialog: the choice open for a kept edit that met a newer version (None: none open).

    Signals:
        replayed(object): the (kind, record id) pairs whose kept values were stored now.
        case_needed(int): a kept edit of this case met a newer version: show the case behind the choice.
    """

    replayed = Signal(object)
    case_needed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._window = parent
        self.conflict_dialog: ConflictDialog | None = None
        self.report_editor: QWidget | None = None
        """The report editor opened for a kept draft that met a newer version (it asks field by field)."""
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
        """Store every kept value that is not held; False when the server is still away.

        Stops at a kept edit that met a newer version until the person has chosen in the dialog."""
        journal = journal_of(self._ctx)
        if journal is None or not self._ctx.is_open:
            return False
        if self.conflict_dialog is not None:
            return True
        done: set[tuple[str, int]] = set()
        result = True
        waiting = [e.key for e in journal.entries() if held_here(e.key)]
        tried: set[Key] = set(waiting)  # an open form retries these itself
        if waiting:
            self._retry.start()  # once that form is closed, its entry is stored from here
        while (entry := next((e for e in journal.entries() if not e.held and e.key not in tried), None)):
            tried.add(entry.key)
            outcome = self._replay_one(journal, entry)
            if outcome is None:
                result = False
                break
            if outcome:
                done.add((entry.kind, entry.record_id))
            if self.conflict_dialog is not None:
                break
        if done:
            log.info("the local journal was stored (%d record(s))", len(done))
            self._ctx.save_status.saved.emit()
            self.replayed.emit(done)
        return result

    def _replay_one(self, journal: LocalJournal, entry: Pending) -> bool | None:
        """Store one kept edit: True when stored, False when held or asked, None when the server is away."""
        from barnearket.ui import replaykinds

        try:
            with self._ctx.unit_of_work() as sctx:
                current = replaykinds.write(self._ctx, sctx, entry)
        except EditConflictError as conflict:
            return self._refused(journal, entry, conflict)
        except DomainError:  # the record itself is gone, locked or completed
            journal.hold([entry])
            self._ctx.save_status.failed.emit(qtr("Unsaved", HELD))
            return False
        except Exception as exc:
            message = save_failure(exc, self._ctx)
            if message is None:
                raise
            self._retry.start()
            self._ctx.save_status.failed.emit(message)
            return None
        journal.stored([entry])
        journal.rebase(entry.kind, entry.record_id, entry.base, current)
        return True

    def _refused(self, journal: LocalJournal, entry: Pending, conflict: EditConflictError) -> bool:
        """A newer version was stored since the edit was typed: the person chooses (or it was her own)."""
        from barnearket.services.conflicts import explain
        from barnearket.ui import replaykinds
        from barnearket.ui.conflict.resolve import ask

        if entry.kind == REPORT and isinstance(self._window, QWidget):
            return self._report_refused(entry)
        shown = replaykinds.refusal(self._ctx, entry)
        if shown is None or not isinstance(self._window, QWidget):
            journal.hold([entry])
            self._ctx.save_status.failed.emit(qtr("Unsaved", HELD))
            return False
        with self._ctx.reading() as sctx:
            report = explain(sctx, conflict)
        if shown.same is not None and shown.same(report.theirs.get(shown.field)):
            journal.stored([entry])  # it reached the server before the connection broke
            journal.rebase(entry.kind, entry.record_id, entry.base, report.current)
            return True
        self._ctx.save_status.failed.emit(conflict.message)
        if (case_id := replaykinds.case_of(self._ctx, entry)) is not None:
            self.case_needed.emit(case_id)
        self.conflict_dialog = ask(self._window, self._ctx, conflict, replaykinds.mine(entry),
                                   field=shown.field, text=shown.text, shown=shown.shown,
                                   done=lambda r: self._resolved(journal, entry, r))
        return False

    def _report_refused(self, entry: Pending) -> bool:
        """A kept report draft met a newer version: the editor shows it over what it was typed on and
        merges field by field; a field both changed opens the choice there. It stays kept until stored."""
        from barnearket.ui import replaykinds
        from barnearket.ui.report.editor import ReportEditor

        if (case_id := replaykinds.case_of(self._ctx, entry)) is not None:
            self.case_needed.emit(case_id)
        editor = ReportEditor(self._ctx, entry.record_id, self._window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(lambda: self.replayed.emit({(entry.kind, entry.record_id)}))
        editor.restore(entry)
        self.report_editor = editor
        editor.open()
        editor.save()
        return False

    def _resolved(self, journal: LocalJournal, entry: Pending, resolution: Resolution) -> None:
        """Theirs: the kept edit is dropped; mine or both: kept on the version now stored, stored next."""
        from barnearket.ui import replaykinds

        self.conflict_dialog = None
        if resolution.choice is Choice.THEIRS:
            journal.stored([entry])
        else:
            value = replaykinds.chosen(entry, resolution.value)
            journal.keep([replace(entry, value=value, base=resolution.base)])
        self.replayed.emit({(entry.kind, entry.record_id)})
        QTimer.singleShot(0, self.replay)
