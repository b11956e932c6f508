"""One read-only service call kept off the GUI thread, where only the newest call's answer counts.

For a panel that reloads often (after every edit, after others' changes on the server): each reload
runs on a pool thread with its own read session; an answer to an older reload is dropped, and a
reload still waiting for the thread when a newer one comes is skipped without reading anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from barnearket.domain.errors import DomainError
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext
    from barnearket.storage.store import Store
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.latestread")
Work = Callable[["ServiceContext"], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits on it, so delivery is queued to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Read(QRunnable):
    def __init__(self, ctx: UiContext, token: int, work: Work, reader: LatestRead) -> None:
        super().__init__()
        self._file: Store | None = ctx.case_file
        self._actor, self._clock, self._forms = ctx.actor, ctx.clock, ctx.forms
        self._token, self._work, self._reader = token, work, reader

    def run(self) -> None:
        """Open a read session, run the work, post the answer (never touches a widget)."""
        if self._reader.newest != self._token:
            return  # a newer reload is queued behind this one: its answer is the one that counts
        try:
            if self._file is None or self._actor is None or self._file.closed:
                raise DomainError(qtr("LatestRead", "Ingen fil er åpen."))
            from barnearket.services.context import ServiceContext

            with self._file.read_session() as session:
                result = self._work(ServiceContext(session, self._actor, self._clock, self._forms))
        except DomainError as exc:
            self._post(False, str(exc))
        except Exception as exc:  # a closed store or a bug: say so, log only the type (no personal data)
            log.warning("background read failed: %s", type(exc).__name__)
            self._post(False, "")
        else:
            self._post(True, result)

    def _post(self, ok: bool, answer: Any) -> None:
        try:
            relay = self._reader.relay
            if ok:
                relay.done.emit(self._token, answer)
            else:
                relay.failed.emit(self._token, answer)
        except RuntimeError:  # the window was closed meanwhile: nobody waits for the answer
            pass


class LatestRead(QObject):
    """Runs `work` on one pool thread; `on_done(result)` or `on_error(message)` on the GUI thread.

    Signals:
        busy_changed(bool): True from a submit until the newest answer (or failure) is handed over.
    """

    busy_changed = Signal(bool)

    def __init__(self, ctx: UiContext, on_done: Callable[[Any], None], on_error: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._on_done, self._on_error = on_done, on_error
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.newest = 0
        self._answered = 0
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """True while the newest submitted read has not been answered."""
        return self._answered != self.newest

    def submit(self, work: Work) -> None:
        """Read again; any answer still to come from an earlier submit will be dropped."""
        self.newest += 1
        self.busy_changed.emit(True)
        self._pool.start(_Read(self._ctx, self.newest, work, self))

    def wait(self) -> None:
        """Block until the pool is idle (before the store closes, and in tests)."""
        self._pool.waitForDone()

    @Slot(int, object)
    def _done(self, token: int, result: object) -> None:
        if self._take(token):
            self._on_done(result)

    @Slot(int, str)
    def _failed(self, token: int, message: str) -> None:
        if self._take(token):
            self._on_error(message)

    def _take(self, token: int) -> bool:
        if token != self.newest:
            return False
        self._answered = token
        self.busy_changed.emit(False)
        return True
