"""Loads what lies behind the passphrase on a worker thread while the unlock window waits for the person.

The unlock window is built from Qt and a few small modules only. Once it has painted, one thread
imports SQLAlchemy, the storage, the services and the main window's modules. Everything that later
imports them (the unlock job, the new-file dialog, the main window) first calls `ensure_loaded()`, so only one
thread ever imports at a time: two threads importing the same tangle of modules could otherwise see
a half-initialised module.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger("barnearket.ui.warmup")

BEHIND_PASSPHRASE = (
    "barnearket.storage.opening",  # what the unlock job needs first: SQLAlchemy, SQLCipher, key slots
    "barnearket.domain.forms.load",
    "barnearket.services.context",
    "barnearket.ui.autosave",
    "barnearket.ui.mainwindow",  # the workspace and the services it calls
    "barnearket.ui.acute",
    "zxcvbn",  # the passphrase strength check (new file, new passphrase): ~20 ms of word lists
)
# Never loaded before the unlock window is shown (tests/ui/test_startup_imports.py holds us to it).
HEAVY = ("sqlalchemy", "alembic", "reportlab", "barnearket.services", "barnearket.storage.orm", "zxcvbn")


class _Loader:
    """The one loading thread of this process (modules are loaded once per process, so is this)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=_load, name="barnearket-warmup", daemon=True)
                self._thread.start()

    def wait(self) -> None:
        with self._lock:
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()


def _load() -> None:
    for name in BEHIND_PASSPHRASE:
        try:
            importlib.import_module(name)
        except Exception:  # the import is tried again where it is needed, and fails there for real
            log.exception("could not load %s ahead of time", name)
    # The modules, classes and functions just loaded live as long as the process: keep them out of
    # the garbage collector's full passes, which otherwise walk them all and stall typing for ~0.1 s.
    gc.freeze()


_LOADER = _Loader()


def start() -> None:
    """Start loading on the worker thread (once per process; later calls do nothing)."""
    from PySide6.QtCore import Qt  # noqa: F401  (its enums are built once, lazily: here, not on two threads)

    _LOADER.start()


def ensure_loaded() -> None:
    """Load now if the thread has not started yet, and block until it is done; safe from any thread.

    Call it before importing anything behind the passphrase outside the loading thread.
    """
    start()
    _LOADER.wait()


def wait() -> None:
    """Block until the loading thread is done, if it ever started (for shutting down)."""
    _LOADER.wait()


def heavy_loaded() -> list[str]:
    """The heavy modules (or their submodules) already imported, for the start-up test and the log."""
    return sorted(name for name in sys.modules
                  if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY))


class FirstPaint(QObject):
    """Runs `action` once, from the event loop, after `window` has painted for the first time."""

    def __init__(self, window: QObject, action: Callable[[], object]) -> None:
        super().__init__(window)
        self._window, self._action = window, action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for the first paint; act once the paint is finished."""
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False
