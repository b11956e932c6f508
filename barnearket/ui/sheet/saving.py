"""Writes the conversation's answers and notes at most half a second after they were typed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from barnearket.domain.errors import DomainError
from barnearket.domain.model import JsonValue
from barnearket.services.context import ServiceContext
from barnearket.services.sheets import answer_question, update_sheet
from barnearket.ui import unsaved
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
    """

    failed = Signal(str)
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.sheet_id: int | None = None
        self.after_write: AfterWrite | None = None
        self._pending: dict[Key, JsonValue] = {}
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
        try:
            with self._ctx.unit_of_work() as sctx:
                refused = list(write_batch(sctx, sheet_id, batch).values())
                if self.after_write is not None and not refused:
                    self.after_write(sctx, batch)
        except Exception as exc:  # nothing was stored: keep every edit and try again
            message = save_failure(exc, self._ctx)
            if message is None:
                raise
            unsaved.keep(self._ctx, sheet_id, self._pending)  # and encrypted on this machine
            log.warning("the conversation's changes could not be saved; trying again")
            self._retry.start()
            self.failed.emit(message)
            self._ctx.save_status.failed.emit(message)
            return False
        self._discard(batch)
        unsaved.stored(self._ctx, sheet_id, batch)
        if refused:
            log.info("%d change(s) were refused", len(refused))
            self.failed.emit(refused[0])
            self._ctx.save_status.failed.emit(refused[0])
            return False
        self.saved.emit()
        self._ctx.save_status.saved.emit()
        return True

    def _discard(self, batch: Mapping[Key, JsonValue]) -> None:
        for key, value in batch.items():
            if self._pending.get(key, object()) == value:
                del self._pending[key]


def write_batch(sctx: ServiceContext, sheet_id: int, batch: Mapping[Key, JsonValue]) -> dict[Key, str]:
    """Write each change; a refused one (checked before anything is written) does not stop the rest.
    Returns why each refused change was refused. Each write sets a value, so writing twice is harmless."""
    refused: dict[Key, str] = {}
    for key, value in batch.items():
        try:
            _write_one(sctx, sheet_id, key, value)
        except DomainError as error:
            refused[key] = str(error)
    return refused


def _write_one(sctx: ServiceContext, sheet_id: int, key: Key, value: JsonValue) -> None:
    question_id, child_id = key
    if question_id == NOTES:
        update_sheet(sctx, sheet_id, quick_notes=str(value or ""))
    else:
        answer_question(sctx, sheet_id, question_id, value, child_id=child_id)
