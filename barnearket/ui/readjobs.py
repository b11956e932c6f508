"""Runs read-only service calls on a thread pool with their own read session; results come by signal.

Used by every panel that reads off the GUI thread (the coordinator's overview, queues and figures,
«Trenger meg nå»): per key only the newest call's answer is handed over, and a call overtaken by a
newer one of the same key before its turn on the pool is skipped without reading."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from barnearket.domain.errors import DomainError
from barnearket.services.context import ServiceContext
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.readjobs")
Work = Callable[[ServiceContext], Any]


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit on it, so delivery is queued to the GUI thread."""

    done = Signal(str, int, object)
    failed = Signal(str, int, str)


class _Job(QRunnable):
    def __init__(self, ctx: UiContext, key: str, token: int, work: Work, relay: _Relay,
                 newest: Callable[[str], int]) -> None:
        super().__init__()
        self._file, self._actor, self._clock, self._forms = ctx.case_file, ctx.actor, ctx.clock, ctx.forms
        self._key, self._token, self._work, self._relay, self._newest = key, token, work, relay, newest

    def run(self) -> None:
        """Open a read session, run the work, post the result (never touches a widget)."""
        if self._newest(self._key) != self._token:
            return  # a newer call with this key is queued behind: its answer is the one that counts
        try:
            if self._file is None or self._actor is None or self._file.closed:
                raise DomainError(qtr("OverviewJobs", "Ingen fil er åpen."))
            with self._file.read_session() as session:
                result = self._work(ServiceContext(session, self._actor, self._clock, self._forms))
        except DomainError as exc:
            self._post(False, str(exc))
        except Exception as exc:  # a closed file or a bug: say so, log only the type
            log.warning("read job %s failed: %s", self._key, type(exc).__name__)
            self._post(False, "")
        else:
            self._post(True, result)

    def _post(self, ok: bool, answer: Any) -> None:
        try:
            if ok:
                self._relay.done.emit(self._key, self._token, answer)
            else:
                self._relay.failed.emit(self._key, self._token, answer)
        except RuntimeError:  # the window was closed meanwhile: nobody waits for the answer
            pass


class JobRunner(QObject):
    """Starts jobs by key; a newer job with the same key makes the older one's result be dropped.

    Signals:
        busy_changed(bool): True while any job runs.
    """

    busy_changed = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._tokens: dict[str, int] = {}
        self._handlers: dict[str, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return any(self._handlers)

    def submit(self, key: str, work: Work, on_done: Callable[[Any], None],
               on_error: Callable[[str], None]) -> None:
        """Run `work` off the GUI thread; `on_done(result)` or `on_error(message)` runs on the GUI thread."""
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token
        self._handlers[key] = (on_done, on_error)
        self.busy_changed.emit(True)
        self._pool.start(_Job(self._ctx, key, token, work, self._relay, self._newest))

    def _newest(self, key: str) -> int:
        return self._tokens.get(key, 0)

    def wait(self) -> None:
        """Block until every job has finished (at shutdown and in tests)."""
        self._pool.waitForDone()

    @Slot(str, int, object)
    def _done(self, key: str, token: int, result: object) -> None:
        handlers = self._finish(key, token)
        if handlers:
            handlers[0](result)

    @Slot(str, int, str)
    def _failed(self, key: str, token: int, message: str) -> None:
        handlers = self._finish(key, token)
        if handlers:
            handlers[1](message)

    def _finish(self, key: str, token: int) -> tuple[Callable[[Any], None], Callable[[str], None]] | None:
        if self._tokens.get(key) != token:
            return None
        handlers = self._handlers.pop(key, None)
        self.busy_changed.emit(self.busy)
        return handlers
