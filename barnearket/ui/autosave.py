"""Stores every edit within a second without a save button: a debounced call to a service function."""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.model import JsonValue
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import Pending
from barnearket.ui import journalling
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.autosave")
DELAY_MS = 400
RETRY_MS = 5000  # after a failed save (full disk, lost access) the edits are tried again this often
SaveJob = Callable[[ServiceContext], object]
Kept = Callable[[], Pending]
"""What a save stores, as the local journal keeps it (with the version it is based on when it runs)."""


KEPT = QT_TRANSLATE_NOOP("Autosave", "Det du skrev er tatt vare på i vinduet, og Barnearket prøver å lagre "
                                      "det igjen om litt.")


def save_failure(exc: Exception, ctx: UiContext) -> str | None:
    """Why a save failed for a fault of the file or its disk, and that it is retried; None for a bug."""
    reason = _reason(exc, ctx)
    return None if reason is None else f"{reason} {qtr('Autosave', KEPT)}"


RACED = QT_TRANSLATE_NOOP("Autosave", "Noen andre lagret det samme i samme øyeblikk.")


def _reason(exc: Exception, ctx: UiContext) -> str | None:
    from barnearket.storage.storefaults import is_stale_write, store_fault  # the driver's errors stay there

    if is_stale_write(exc):  # the database refused a write based on an older version: the retry shows whose
        return qtr("Autosave", RACED)
    server = ctx.location is not None and ctx.location.is_server
    known = store_fault(exc, ctx.file_path, server=server)
    return None if known is None else known.message


@runtime_checkable
class Flushable(Protocol):
    """Anything holding typed-but-unsaved edits (this module's Autosaver, the sheet's saver...)."""

    def has_pending(self) -> bool:
        """True while an edit waits to be stored."""
        ...

    def flush(self) -> bool:
        """Store everything pending now; False if something could not be stored."""
        ...


class Autosaver(QObject):
    """Collects pending saves by key; the newest value per key is stored when the timer fires.

    Give it a widget as parent so that `flush_all` finds it on lock, close and case switch.

    Signals:
        saved(): every pending save of this autosaver is in the file.
        failed(str): a save was refused; the Norwegian message says why.
        stored(key, result): one save is committed; `result` is what its job returned.
        conflicted(key, EditConflictError): the save was based on a version someone else has
            replaced since; nothing was stored, and the owner of the key offers the choice.
    """

    saved = Signal()
    failed = Signal(str)
    conflicted = Signal(object, object)
    stored = Signal(object, object)

    def __init__(self, ctx: UiContext, parent: QObject, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: dict[Hashable, SaveJob] = {}
        self._kept: dict[Hashable, Kept] = {}
        self._journalled: set[Hashable] = set()
        """Keys whose edit waits in the local journal."""
        self._unsure: dict[Hashable, list[JsonValue]] = {}
        """Values of saves that failed with the connection: the server may have stored them anyway."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def has_pending(self) -> bool:
        """True while an edit waits to be stored."""
        return bool(self._pending)

    def kept_locally(self) -> bool:
        """True when every edit still waiting is in the local journal (a restart replays it)."""
        return all(key in self._journalled for key in self._pending)

    def unsure(self, key: Hashable) -> list[JsonValue]:
        """The values of this key sent when the connection broke (the server may hold one); forgotten."""
        return self._unsure.pop(key, [])

    def schedule(self, save: SaveJob, key: Hashable | None = None, kept: Kept | None = None) -> None:
        """Store `save` shortly; a later call with the same key replaces an unsaved earlier one.

        `kept` describes the edit for the local journal: if the server cannot take it, it is kept
        there (encrypted) until it is stored, and replayed after a restart."""
        key = save if key is None else key
        self._pending[key] = save
        if kept is None:
            self._kept.pop(key, None)
        else:
            self._kept[key] = kept
        self._ctx.save_status.saving.emit()
        if not self._timer.isActive():  # never pushed back: steady typing is still stored in time
            self._timer.start()

    def flush(self) -> bool:
        """Store everything pending now; False if something could not be stored."""
        self._timer.stop()
        self._retry.stop()
        if not self._pending:
            return True
        if not self._ctx.is_open:
            return False
        jobs, self._pending = self._pending, {}
        ok = all([self._run(key, job) for key, job in jobs.items()])
        if ok:
            self._ctx.save_status.saved.emit()
            self.saved.emit()
        return ok

    def _run(self, key: Hashable, job: SaveJob) -> bool:
        kept = self._kept.get(key)
        entry = None if kept is None else kept()  # the version it is based on, as the job runs
        try:
            with self._ctx.unit_of_work() as service_ctx:
                result = job(service_ctx)
        except EditConflictError as conflict:
            self._settled(key, entry)
            self._ctx.save_status.failed.emit(conflict.message)
            self.conflicted.emit(key, conflict)
        except DomainError as exc:
            self._settled(key, entry)
            self._fail(exc.message)
        except Exception as exc:
            message = save_failure(exc, self._ctx)
            if message is None:
                raise
            self._pending.setdefault(key, job)  # kept, and tried again until it is stored
            if entry is not None:
                self._unsure.setdefault(key, []).append(entry.value)
                if journalling.keep(self._ctx, [entry]):
                    self._journalled.add(key)  # and encrypted on this machine
            self._retry.start()
            self._fail(message)
        else:
            self._settled(key, entry)
            self._unsure.pop(key, None)
            self.stored.emit(key, result)
            return True
        return False

    def _settled(self, key: Hashable, entry: Pending | None) -> None:
        """The server answered for this edit (stored, or refused for a reason the window shows): the
        journal need not keep it, unless it was typed again since."""
        if key not in self._pending:
            self._kept.pop(key, None)
            self._journalled.discard(key)
        if entry is not None:
            journalling.stored(self._ctx, [entry])

    def _fail(self, message: str) -> None:
        log.warning("an edit could not be saved")
        self._ctx.save_status.failed.emit(message)
        self.failed.emit(message)


def savers(windows: Iterable[QWidget]) -> list[Flushable]:
    """Every object with pending-edit support under the given windows (their owners pass them)."""
    found: list[Flushable] = []
    for window in windows:
        found.extend(o for o in window.findChildren(QObject) if isinstance(o, Flushable) and o not in found)
    return found


def flush_all(windows: Iterable[QWidget]) -> bool:
    """Store every pending edit now (before locking, closing or switching case)."""
    return all([saver.flush() for saver in savers(windows) if saver.has_pending()])
