"""The one composition root: builds paths, clock, forms, settings, context and windows, and wires them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from barnearket.domain.clock import Clock, SystemClock
from barnearket.formsource import load_forms
from barnearket.launchoptions import LaunchOptions
from barnearket.paths import resolve_paths
from barnearket.ui import warmup
from barnearket.ui.casepanels import STANDARD_PANELS
from barnearket.ui.context import OpenStore, UiContext
from barnearket.ui.filethread import FileWorker
from barnearket.ui.language import LanguageSwitch
from barnearket.ui.locking import ACUTE_KEYS, LOCK_KEYS, ActivityFilter, Locker
from barnearket.ui.seams import Dialogs
from barnearket.ui.settings import SettingsStore
from barnearket.ui.startup import Startup
from barnearket.ui.unlock import UnlockWindow

if TYPE_CHECKING:  # everything behind the passphrase loads on barnearket.ui.warmup's thread
    from barnearket.domain.model import Case
    from barnearket.keycost import KdfParams
    from barnearket.storage.store import Store
    from barnearket.ui import accessibility, reflow
    from barnearket.ui.acute import AcuteDanger
    from barnearket.ui.mainwindow import MainWindow

log = logging.getLogger("barnearket.app")
__all__ = ["Barnearket", "LaunchOptions"]


class Barnearket(QObject):
    """Owns every long-lived object of one running program; nothing else creates them.

    Attributes:
        paths, store, settings, ctx, files: the shared services.
        unlock, main, locker, activity, acute, startup: the windows and controllers.
    """

    def __init__(self, options: LaunchOptions, *, dialogs: Dialogs | None = None,
                 clock: Clock | None = None, kdf_params: KdfParams | None = None,
                 persist_settings: bool = True, demo_cases: int = 60) -> None:
        super().__init__()
        self.paths = resolve_paths(options.home).ensure()
        self.store = SettingsStore(self.paths.settings_file, persist=persist_settings)
        self.settings = self.store.load()
        self.language = LanguageSwitch()
        self.language.apply(options.language or self.settings.language)
        self.forms_error = ""
        self._forms_loaded = False
        self.ctx = UiContext(None, None, clock or SystemClock(), None, self.paths,
                             dialogs=dialogs or Dialogs(), settings=self.settings, panels=STANDARD_PANELS)
        self.files = FileWorker(self)
        self.unlock = UnlockWindow(self.ctx, self.files)
        self.main: MainWindow | None = None
        self.locker = Locker(self.ctx, self.files, self.close_file, self.reopened, self.windows, self)
        self.activity = ActivityFilter(self.settings.idle_ms, self)
        self._acute: AcuteDanger | None = None
        self._prepared: Store | None = None  # adopted while its unlock finished (`_prepare`)
        self._read_ahead = False  # and its lists were read into the workspace then
        self.startup = Startup(self.ctx, self.files, self.unlock, options, kdf_params, demo_cases, self)
        self._stopped = False
        self._watching = False
        self._reads_ahead = False  # `_prepare` is connected
        self.names: accessibility.AccessibleNames | None = None
        self.fit: reflow.FitToScreen | None = None
        self._wire()

    def _wire(self) -> None:
        self.files.busy_changed.connect(self._file_job_started)
        self.unlock.unlocked.connect(self.opened)
        self.unlock.abandoned.connect(self._abandon)
        self.startup.file_created.connect(self.opened)
        self.activity.idle.connect(self.locker.lock_idle)
        self.activity.add_key(LOCK_KEYS, self.locker.lock)
        self.activity.add_key(ACUTE_KEYS, self._show_acute)
        self.locker.locked_changed.connect(lambda locked: self.activity.watch(not locked))
        self.locker.screen.quit_requested.connect(self.quit)
        self.locker.screen.acute_requested.connect(self._show_acute)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _watch_input(self) -> None:
        """Install the application-wide filter for idle time and the global keys (once).

        Not before the unlock window has painted: a Python filter on the application sees every
        event of every object, and showing the first window through it costs ~25 ms more.
        """
        app = QApplication.instance()
        if app is not None and not self._watching and not self._stopped:
            from barnearket.ui import accessibility, reflow  # after the first paint, like their filters

            app.installEventFilter(self.activity)
            self.names = accessibility.install(app, self.windows(), self)  # names widgets as they show
            self.fit = reflow.install(app, self)  # windows fit the screen at 200 % text too
            self._watching = True

    def _first_paint(self) -> None:
        """A turn of the event loop after the first paint, so what else waits on that paint goes first."""
        QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._watch_input()
        warmup.start()

    def start(self) -> None:
        """Show the unlock window (after making the demo file, if asked for).

        Once it has painted, the modules behind the passphrase load on a worker thread (`ui/warmup.py`).
        """
        warmup.FirstPaint(self.unlock, self._first_paint)
        self.startup.begin()

    def _behind_passphrase(self) -> None:
        """Wait for the modules behind the passphrase, then read the form definitions (once)."""
        warmup.ensure_loaded()
        if not self._forms_loaded:
            forms, self.forms_error = load_forms(self.paths)
            self.ctx.use_forms(forms)
            self._forms_loaded = True

    def _file_job_started(self, busy: bool) -> None:
        """While the file thread derives the key, read the form definitions the workspace will need.

        From the event loop, once the job is handed to the file thread (this runs just before).
        """
        if busy:
            self._read_ahead_when_readable()
        if busy and not self._forms_loaded:
            QTimer.singleShot(0, self, self._behind_passphrase)

    def _read_ahead_when_readable(self) -> None:
        """Connect `_prepare` (once), before the first file job can hand out a readable file.

        Not in `_wire`: a queued connection needs the `Qt` namespace, whose enums are not built before
        the unlock window shows (ui/qtnames.py).
        """
        if not self._reads_ahead:
            from PySide6.QtCore import Qt

            self.unlock.readable.connect(self._prepare, Qt.ConnectionType.QueuedConnection)
            self._reads_ahead = True

    @property
    def acute(self) -> AcuteDanger:
        """The acute-danger controller, made when first needed (it needs the services)."""
        if self._acute is None:
            self._behind_passphrase()
            from barnearket.ui.acute import AcuteDanger

            self._acute = AcuteDanger(self.ctx, self._current, self.save_settings, self._front, self)
            if self.main is not None:
                self._acute.report_started.connect(self.main.report_started)
        return self._acute

    def _show_acute(self) -> object:
        return self.acute.show_dialog()

    def adopt(self, case_file: Store) -> None:
        """Make an unlocked file the context's file, with its user as the acting person."""
        from barnearket.domain.roles import Role
        from barnearket.services.context import Actor

        user = case_file.user
        self.ctx.adopt(OpenStore(case_file, Actor(user.id, user.login, Role(user.role)) if user else None))

    def reopened(self, case_file: Store) -> None:
        """The lock screen unlocked the file again: adopt it and tell about failed attempts."""
        self.adopt(case_file)
        if self.main is not None:
            self.main.status.refresh()
            self.main.live.start()
            self.main.replay.start()
            self.startup.after_unlock(self.main, case_file, "")

    def _prepare(self, case_file: Store) -> None:
        """While the file thread checks every page of the file (on the server: derives the key of the
        person's local journal), build the workspace and read its lists.

        Nothing is shown and nothing written yet (the file gives no writing session before the check
        has passed); `opened` shows the workspace, `_abandon` forgets it if the unlock failed.
        """
        if self._stopped or self.ctx.is_open or (self.main is not None and self.main.isVisible()):
            return
        self._behind_passphrase()
        self._prepared, self._read_ahead = case_file, False
        self.adopt(case_file)
        try:
            self._main_window().refresh(read_only=True)
        except Exception as exc:  # e.g. a damaged page: the check that runs meanwhile says what is wrong
            # the kind of error only: a driver's message may quote the statement and its values
            log.warning("the workspace could not be read ahead while the file was checked (%s)",
                        type(exc).__name__)
            return
        self._read_ahead = True

    def _abandon(self) -> None:
        """The unlock failed after `_prepare`: drop the workspace read from that file."""
        if self._prepared is None:
            return
        self._prepared = None
        self.ctx.forget()
        old = self.main
        if old is not None and not old.isVisible():
            old.closing.disconnect(self.quit)
            old.deleteLater()
            self.main = None

    def opened(self, case_file: Store) -> None:
        """A file was unlocked or created: remember it and show the workspace."""
        self._behind_passphrase()
        prepared = self._prepared is case_file and self._read_ahead
        self._prepared = None
        self.adopt(case_file)
        location = case_file.location
        if location.url is not None:
            self.settings.remember_server(location.display())
        else:
            self.settings.remember_file(location.file_path)
            self.settings.last_store = "file"
        self.settings.last_login = case_file.user.login if case_file.user else ""
        self.save_settings()
        main = self._main_window()
        if prepared:
            main.browser.log_view()  # the audit row for the list read while the file was checked
            main.live.start()
        else:
            main.refresh()
        main.show()
        main.browser.table.setFocus()  # the keyboard starts in the case list
        self.unlock.hide()
        from barnearket.ui.admin.autolock import file_idle_ms

        self.activity.set_interval(file_idle_ms(self.ctx) or self.settings.idle_ms)
        self.admin.refresh()
        self.checkout.refresh()
        self._watch_input()
        self.activity.watch(True)
        self.startup.after_unlock(main, case_file, self.forms_error)
        main.replay.start()  # what a crash or a lost server left in the local journal

    def _main_window(self) -> MainWindow:
        if self.main is None:
            from barnearket.ui.mainwindow import MainWindow

            self.main = MainWindow(self.ctx)
            self.main.lock_requested.connect(self.locker.lock)
            self.main.acute_requested.connect(self.acute.show_dialog)
            self.main.closing.connect(self.quit)
            self.main.language_requested.connect(self.change_language)
            from barnearket.ui.admin.menu import AdminMenu

            self.admin = AdminMenu(self.ctx, self.files, self.main, self.activity.set_interval)
            from barnearket.ui.checkout.menu import CheckoutMenu

            self.checkout = CheckoutMenu(self.ctx, self.files, self.main, self.admin.menu)
            self.acute.report_started.connect(self.main.report_started)
            if self.settings.window_geometry:
                self.main.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        return self.main

    def change_language(self, code: str) -> None:
        """Use another language: store the choice, then rebuild the workspace in it.

        Every edit is flushed to the file first and the open case is opened again, so nothing typed
        is lost. The unlock window and the lock screen show the new language at the next start.
        """
        self.settings.language = code
        self.save_settings()
        self.language.apply(code)
        if self._forms_loaded:  # the forms' own texts in the new language, where they have them
            forms, self.forms_error = load_forms(self.paths)
            self.ctx.use_forms(forms)
        old = self.main
        if old is None:
            return
        from barnearket.ui.autosave import flush_all

        flush_all(self.windows())
        case, _concern = old.current()
        self.settings.window_geometry = bytes(old.saveGeometry().toBase64().data()).decode()
        old.closing.disconnect(self.quit)
        old.live.stop()
        old.hide()
        old.deleteLater()
        self.main = None
        main = self._main_window()
        main.setGeometry(old.geometry())
        main.refresh()
        main.show()
        self.admin.refresh()
        self.checkout.refresh()
        if case is not None:
            main.open_case(case.id)

    def windows(self) -> list[QWidget]:
        """The windows this root owns now; their dialogs and editors are found under them."""
        acute_dialog = self._acute.dialog if self._acute is not None else None
        owned: list[QWidget | None] = [self.main, self.unlock, acute_dialog]
        return [w for w in owned if w is not None]

    def _front(self) -> QWidget | None:
        """The window the person sees now: the lock screen, the workspace or the unlock window."""
        if self.locker.locked:
            return self.locker.screen
        if self.main is not None and self.main.isVisible():
            return self.main
        return self.unlock if self.unlock.isVisible() else None

    def _current(self) -> tuple[Case | None, int | None]:
        return self.main.current() if self.main is not None else (None, None)

    def close_file(self) -> None:
        """Close the open file on the file thread (its lock belongs to that thread)."""
        case_file = self.ctx.case_file
        if self.main is not None:
            self.main.live.stop()  # its connection is the person's too
            self.main.needs.wait()  # a read of «Trenger meg nå» still running has its own session
            if self.main.overview is not None:
                self.main.overview.jobs.wait()  # so do the coordinator's overview reads
        if case_file is not None and not case_file.closed:
            self.files.call(case_file.close)

    def save_settings(self) -> None:
        """Write the settings file."""
        self.store.save(self.settings)

    def shutdown(self) -> None:
        """Store every edit, close the file, save settings and close the windows (idempotent)."""
        if self._stopped:
            return
        self._stopped = True
        self.activity.watch(False)
        if self.ctx.is_open:
            from barnearket.ui.autosave import flush_all

            flush_all(self.windows())
        if self.main is not None:
            self.settings.window_geometry = bytes(self.main.saveGeometry().toBase64().data()).decode()
        self.close_file()
        self.save_settings()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
            for extra in (self.names, self.fit):
                if extra is not None:
                    app.removeEventFilter(extra)
        acute_dialog = self._acute.dialog if self._acute is not None else None
        for window in (self.main, self.unlock, self.locker.screen, acute_dialog):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.files.shutdown()
        warmup.wait()  # never leave the interpreter while a module is half loaded

    def quit(self) -> None:
        """End the program."""
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()
