"""Opens, creates and closes case files on one long-lived thread, so the GUI never waits on the KDF.

One thread, not a pool: the case-file lock belongs to the thread that took it (filelock is
thread-local), so the thread that opened a file must also be the one that closes it, and it must
stay alive while the file is open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from barnearket.domain.errors import DomainError
from barnearket.storage.errors import CaseFileError

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger("barnearket.ui.files")
T = TypeVar("T")
Known = CaseFileError | DomainError


class FileWorker(QObject):
    """Runs file jobs off the GUI thread and hands results back on the GUI thread.

    Signals:
        busy_changed(bool): True while a job runs.
    """

    busy_changed = Signal(bool)
    _finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._running = 0
        self._finished.connect(self._deliver)

    @property
    def _executor(self) -> ThreadPoolExecutor:
        """The thread, started with the first job (not needed to show the unlock window)."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="barnearket-fil")
        return self._pool

    @property
    def busy(self) -> bool:
        """True while a job is running."""
        return self._running > 0

    def start(self, job: Callable[[], T], on_done: Callable[[T], None],
              on_error: Callable[[Known], None]) -> None:
        """Run `job` on the file thread; call `on_done` or `on_error` on the GUI thread."""
        self._running += 1
        self.busy_changed.emit(True)
        future = self._executor.submit(job)
        future.add_done_callback(lambda f: self._finished.emit(f, on_done, on_error))

    def call(self, job: Callable[[], T]) -> T:
        """Run a short job (closing a file) on the file thread and wait for it."""
        return self._executor.submit(job).result()

    @Slot(object, object, object)
    def _deliver(self, future: Future[Any], on_done: Callable[[Any], None],
                 on_error: Callable[[Known], None]) -> None:
        self._running -= 1
        self.busy_changed.emit(self.busy)
        error = future.exception()
        if isinstance(error, CaseFileError | DomainError):
            on_error(error)
        elif error is not None:
            raise error
        else:
            on_done(future.result())

    def shutdown(self) -> None:
        """Wait for running jobs and stop the thread."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
