"""Writes the conversation's answers and notes at most half a second after they were typed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.model import JsonValue
from barnearket.services.conflicts import version
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import SHEET, Pending
from barnearket.services.sheets import answer_question, update_sheet
from barnearket.ui import journalling
from barnearket.ui.autosave import RETRY_MS, save_failure
from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.sheet")
SAVE_DELAY_MS = 400
NOTES = "__quick_notes__"

Key = tuple[str, int | None]
AfterWrite = Callable[[ServiceContext, Mapping[Key, JsonValue]], None]


class AnswerSaver(QObject):
    """Collects edits and stores them in one unit of work; the timer is never pushed back.

    Attributes:
        sheet_id: the draft the edits belong to (None: nothing to save into).
        after_write: called inside the same unit of work with what was written.

    Signals:
        failed(str): a change could not be stored; the text says why, in Norwegian.
        saved(): everything pending is in the file.
        conflicted(key, EditConflictError, value): someone stored a newer version of that answer
            after the one this edit was based on; the typed value is handed over, not dropped.
    """

    failed = Signal(str)
    saved = Signal()
    conflicted = Signal(object, object, object)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.sheet_id: int | None = None
        self.after_write: AfterWrite | None = None
        self.bases: dict[Key, int] = {}
        """The stored version of each answer as the person saw it (missing: no answer seen, 0)."""
        self._pending: dict[Key, JsonValue] = {}
        self._unsure: dict[Key, list[JsonValue]] = {}
        """Values of saves that failed with the connection: the server may have stored them anyway."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def queue_answer(self, question_id: str, child_id: int | None, value: JsonValue) -> None:
        """Remember an answer and make sure it is written within the delay."""
        self._pending[(question_id, child_id)] = value
        self._ctx.save_status.saving.emit()
        if not self._timer.isActive():
            self._timer.start()

    def queue_notes(self, text: str) -> None:
        """Remember the quick notes (written like an answer)."""
        self.queue_answer(NOTES, None, text)

    def has_pending(self) -> bool:
        """Whether something typed is not in the file yet."""
        return bool(self._pending)

    def flush(self) -> bool:
        """Write everything pending now; False if it failed (the edits are kept for a retry)."""
        self._timer.stop()
        self._retry.stop()
        if not self._pending or self.sheet_id is None or not self._ctx.is_open:
            return not self._pending
        batch, sheet_id = dict(self._pending), self.sheet_id
        written: dict[Key, int] = {}
        conflicts: dict[Key, EditConflictError] = {}
        try:
            with self._ctx.unit_of_work() as sctx:
                refused = _write(sctx, sheet_id, batch, self.bases, written, conflicts)
                if self.after_write is not None and not refused:
                    self.after_write(sctx, batch)
        except Exception as exc:  # nothing was stored: keep every edit and try again
            message = save_failure(exc, self._ctx)
            if message is None:
                raise
            journalling.keep(self._ctx, self._entries(sheet_id, self._pending))  # encrypted, here
            for key, value in batch.items():
                self._unsure.setdefault(key, []).append(value)
            log.warning("the conversation's changes could not be saved; trying again")
            self._retry.start()
            self.failed.emit(message)
            self._ctx.save_status.failed.emit(message)
            return False
        own = self._own_landed(conflicts)
        for key, current in own.items():  # a save that seemed to fail had reached the server: go on from it
            self.bases[key] = current
            del conflicts[key]
        self.bases.update(written)
        for key in written:
            self._unsure.pop(key, None)
        self._discard({key: value for key, value in batch.items() if key not in own})
        journalling.stored(self._ctx, self._entries(sheet_id, batch))
        if own and not conflicts and not refused:
            return self.flush()
        for key, conflict in conflicts.items():
            self._ctx.save_status.failed.emit(conflict.message)
            self.conflicted.emit(key, conflict, batch[key])
        if conflicts:
            return False
        if refused:
            log.info("%d change(s) were refused", len(refused))
            first = next(iter(refused.values()))
            self.failed.emit(first)
            self._ctx.save_status.failed.emit(first)
            return False
        self.saved.emit()
        self._ctx.save_status.saved.emit()
        return True

    def kept_locally(self) -> bool:
        """True when everything waiting is in the local journal (a restart replays it)."""
        return journalling.journal_of(self._ctx) is not None and self.sheet_id is not None

    def _entries(self, sheet_id: int, values: Mapping[Key, JsonValue]) -> list[Pending]:
        """The values as the local journal keeps them, each with the version the person saw."""
        return [Pending.typed(SHEET, sheet_id, key[0], key[1], value, base_of(self.bases, key))
                for key, value in values.items()]

    def _own_landed(self, conflicts: Mapping[Key, EditConflictError]) -> dict[Key, int]:
        """Refusals whose newer version holds a value this saver sent when the connection broke:
        the server had stored it before the answer was lost, so it is the person's own, not someone
        else's. Returns their stored versions."""
        unsure = {key: conflict for key, conflict in conflicts.items() if key in self._unsure}
        if not unsure:
            return {}
        from barnearket.services.conflicts import explain

        own: dict[Key, int] = {}
        with self._ctx.unit_of_work() as sctx:
            for key, conflict in unsure.items():
                report = explain(sctx, conflict)
                if report.theirs.get("quick_notes" if key[0] == NOTES else "value") in self._unsure[key]:
                    own[key] = report.current
                    self._unsure.pop(key)
        return own

    def set_bases(self, bases: Mapping[Key, int]) -> None:
        """The versions of a sheet just shown; an answer still waiting to be stored keeps its own."""
        self.bases = {**dict(bases), **{k: v for k, v in self.bases.items() if k in self._pending}}

    def _discard(self, batch: Mapping[Key, JsonValue]) -> None:
        for key, value in batch.items():
            if self._pending.get(key, object()) == value:
                del self._pending[key]


def base_of(bases: Mapping[Key, int] | None, key: Key) -> int | None:
    """The version a write of this answer is based on: none stored yet is 0; the notes may go unchecked."""
    if bases is None:
        return None
    return bases.get(key) if key[0] == NOTES else bases.get(key, 0)


def write_one(sctx: ServiceContext, sheet_id: int, key: Key, value: JsonValue, base: int | None) -> int:
    """Store one answer (or the notes) based on version `base` (None: no check); returns the new version.

    Raises:
        EditConflictError: a newer version was stored meanwhile. DomainError: the sheet refuses it.
    """
    question_id, child_id = key
    if question_id == NOTES:
        update_sheet(sctx, sheet_id, quick_notes=str(value or ""), base=base)
        return version(sctx, "sheets", sheet_id)
    return answer_question(sctx, sheet_id, question_id, value, child_id=child_id, base=base)


def _write(sctx: ServiceContext, sheet_id: int, batch: Mapping[Key, JsonValue],
           bases: Mapping[Key, int] | None, written: dict[Key, int],
           conflicts: dict[Key, EditConflictError]) -> dict[Key, str]:
    """Write each change based on the version the person saw (no check without `bases`); a refused one
    (checked before anything is written) does not stop the rest. New versions go into `written`,
    refusals for a newer version into `conflicts`; returns the other refusals with their reasons."""
    refused: dict[Key, str] = {}
    for key, value in batch.items():
        try:
            written[key] = write_one(sctx, sheet_id, key, value, base_of(bases, key))
        except EditConflictError as conflict:
            conflicts[key] = conflict
        except DomainError as error:
            refused[key] = str(error)
    return refused
