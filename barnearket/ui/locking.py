"""Locks the workspace after idle time or on Ctrl+L: hides every window, closes the file, and restores it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QKeyCombination, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from barnearket.storage.errors import CaseFileError
from barnearket.ui.lockscreen import LockScreen

if TYPE_CHECKING:
    from barnearket.storage.store import Store
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker
    from barnearket.ui.windows import OwnedWindows

log = logging.getLogger("barnearket.ui.locking")
# From their portable names: the program sets them before its first window shows (ui/qtnames.py).
LOCK_KEYS: QKeyCombination = QKeySequence("Ctrl+L")[0]  # type: ignore[index]  # the stubs lack []
ACUTE_KEYS: QKeyCombination = QKeySequence("Ctrl+Shift+A")[0]  # type: ignore[index]
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class ActivityFilter(QObject):
    """An application-wide event filter: restarts the idle timer on input, and owns the global keys.

    Global keys (Ctrl+L, Ctrl+Shift+A) work from every window, also over a modal dialog,
    which a QShortcut on the main window would not.

    Signals:
        idle(): no keyboard or mouse input for `interval_ms`.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        self._keys: dict[QKeyCombination, Callable[[], object]] = {}

    def add_key(self, keys: QKeyCombination, action: Callable[[], object]) -> None:
        """Run `action` when `keys` is pressed in any window of the application."""
        self._keys[keys] = action

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle time (from the settings)."""
        self._timer.setInterval(interval_ms)

    def watch(self, active: bool) -> None:
        """Start (or stop) counting idle time."""
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note activity; run a global key's action and swallow the key."""
        kind = event.type()
        if kind not in ACTIVITY:
            return False
        if self._timer.isActive():
            self._timer.start()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._keys.get(event.keyCombination())
            if action is not None:
                action()
                return True
        return False


class Locker(QObject):
    """Hides all windows, flushes and closes the file, shows the lock screen; unlocking restores.

    Dialogs must be shown with `open()` (not `exec()`) so that hiding them keeps them alive with
    their typed content; a message box in `exec()` is simply cancelled by a lock.

    Signals:
        locked_changed(bool): True when locked, False when unlocked again.
    """

    locked_changed = Signal(bool)

    def __init__(self, ctx: UiContext, files: FileWorker, close_file: Callable[[], None],
                 adopt: Callable[[Store], None], windows: OwnedWindows,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._files, self._windows = ctx, files, windows
        self._close_file, self._adopt = close_file, adopt
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self._login = ""
        self._locked = False
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self._unlock)

    @property
    def locked(self) -> bool:
        """True while the lock screen stands in for the workspace."""
        return self._locked

    def lock(self, *, idle: bool = False) -> None:
        """Lock now (no-op when no file is open); the lock is logged before the file closes."""
        if self.locked or not self._ctx.is_open or self._ctx.case_file is None:
            return
        from barnearket.ui.autosave import flush_all  # loaded after unlocking, like everything it saves
        from barnearket.ui.windows import shown_windows

        flush_all(self._windows())
        self._log_lock(idle)
        user = self._ctx.case_file.user
        self._login = user.login if user else ""
        self._focus = QApplication.focusWidget()
        self._hidden = [w for w in shown_windows(self._windows()) if w is not self.screen]
        for window in sorted(self._hidden, key=_dialogs_first):
            window.hide()
        self._locked = True
        self._close_file()
        log.info("workspace locked")
        location = self._ctx.location
        self.screen.present(user.full_name if user else "", self._login, self._ctx.place_name,
                            server=location is not None and location.is_server)
        self.locked_changed.emit(True)

    def lock_idle(self) -> None:
        """Lock because nobody has touched the keyboard or mouse for the idle time."""
        self.lock(idle=True)

    def _log_lock(self, idle: bool) -> None:
        from barnearket.services.sessions import log_lock
        from barnearket.storage.storefaults import STORE_FAULTS

        try:
            with self._ctx.unit_of_work() as sctx:
                log_lock(sctx, idle=idle)
        except STORE_FAULTS:  # locking must never be stopped by a failed log write
            log.warning("could not log the lock")

    def _unlock(self, passphrase: str) -> None:
        location = self._ctx.location
        if location is None:
            return
        login = self._login
        self.screen.set_busy(True)
        from barnearket.storage.store import open_store  # Alembic loads when first needed

        folder = self._ctx.need_paths().unsaved
        self._files.start(lambda: open_store(location, login=login, passphrase=passphrase,
                                             journal_folder=folder), self._reopened, self._refused)

    def _refused(self, error: Exception) -> None:
        self.screen.set_busy(False)
        self.screen.show_error(error.message if isinstance(error, CaseFileError) else str(error))

    def _reopened(self, case_file: Store) -> None:
        self._adopt(case_file)
        windows = [w for w in sorted(self._hidden, key=_dialogs_first, reverse=True)
                   if w.windowType() in (QtCore.Qt.WindowType.Window, QtCore.Qt.WindowType.Dialog)]
        for window in windows:
            window.show()
        self._hidden = []
        self._locked = False
        self.screen.set_busy(False)
        self.screen.hide()
        self._restore_focus(windows)
        log.info("workspace unlocked")
        self.locked_changed.emit(False)

    def _restore_focus(self, windows: list[QWidget]) -> None:
        if windows:
            windows[-1].activateWindow()
            windows[-1].raise_()
        if self._focus is not None and self._focus.isVisible():
            self._focus.setFocus()  # Qt.FocusReason.OtherFocusReason
        self._focus = None


def _dialogs_first(window: QWidget) -> int:
    return 0 if isinstance(window, QDialog) else 1
