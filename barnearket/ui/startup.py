"""What happens before and right after unlocking: which files to offer, the demo file, a new file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from barnearket.ui import warmup
from barnearket.ui.filethread import Known

if TYPE_CHECKING:
    from barnearket.keycost import KdfParams
    from barnearket.launchoptions import LaunchOptions
    from barnearket.storage.store import Store
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker
    from barnearket.ui.mainwindow import MainWindow
    from barnearket.ui.newfile import NewFileDialog
    from barnearket.ui.unlock import UnlockWindow

log = logging.getLogger("barnearket.ui.startup")
FAILED_ATTEMPTS_SHOWN = 3


class Startup(QObject):
    """Fills the unlock window, makes the demo file on request, and runs the new-file flow.

    Signals:
        file_created(object): a new, open CaseFile from the new-file flow.
        demo_progress(int, int): cases written to the demo file so far, and in all.
    """

    file_created = Signal(object)
    demo_progress = Signal(int, int)

    def __init__(self, ctx: UiContext, files: FileWorker, unlock: UnlockWindow, options: LaunchOptions,
                 kdf_params: KdfParams | None, demo_cases: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._files, self._unlock, self._options = ctx, files, unlock, options
        self._kdf, self._demo_cases = kdf_params, demo_cases
        self.new_file_dialog: NewFileDialog | None = None
        unlock.create_requested.connect(self.new_file)
        self.demo_progress.connect(self._show_progress)

    def begin(self) -> None:
        """Show the unlock window with the right files (or the demo file once it exists)."""
        self._unlock.show()
        if self._options.demo:
            self._demo()
        else:
            self.offer()

    def candidates(self) -> list[Path]:
        """The file from the command line, else recent files, then the default file if it exists."""
        if self._options.file is not None:
            return [self._options.file]
        files = self._ctx.settings.existing_recent_files()
        default = self._ctx.need_paths().default_case_file
        if default.is_file() and default not in files:
            files.append(default)
        return files

    def offer(self) -> None:
        """Offer the candidate files and the last server, with the last login filled in."""
        settings, given = self._ctx.settings, self._options.server
        use_server = given is not None or (settings.last_store == "server" and self._options.file is None)
        self._unlock.offer(self.candidates(), login=settings.last_login,
                           server_url=given or settings.last_server, use_server=use_server)

    def _demo(self) -> None:
        warmup.ensure_loaded()
        from barnearket.services.demo import DEMO_LOGIN, create_demo_file

        path: Path = self._ctx.need_paths().demo_case_file
        hint = self.tr("Demo: brukernavn demo, passordfrase demo (alt er oppdiktet)")
        if path.is_file():
            self._unlock.offer([path], login=DEMO_LOGIN, hint=hint)
            return
        self._unlock.offer([path], login=DEMO_LOGIN)
        self._show_progress(0, self._demo_cases)
        cases, today, report = self._demo_cases, self._ctx.clock.today(), self.demo_progress.emit
        self._files.start(lambda: create_demo_file(path, cases=cases, seed=1, today=today, progress=report),
                          lambda _: self._unlock.offer([path], login=DEMO_LOGIN, hint=hint),
                          self._demo_failed)

    def _show_progress(self, done: int, total: int) -> None:
        text = self.tr("Lager demofilen med oppdiktede saker … %1 av %2").replace("%1", str(done))
        self._unlock.show_busy(text.replace("%2", str(total)))

    def _demo_failed(self, error: Known) -> None:
        self._unlock.show_busy("")
        self._ctx.dialogs.message(self._unlock, self.tr("Demofilen kunne ikke lages"), error.message,
                                  warning=True)

    def suggested_path(self) -> Path:
        """The default file if free, else the first free numbered name beside it."""
        default: Path = self._ctx.need_paths().default_case_file
        number = 2
        candidate = default
        while candidate.exists():
            candidate = default.with_name(f"{default.stem}-{number}{default.suffix}")
            number += 1
        return candidate

    def new_file(self) -> NewFileDialog:
        """Open the new-file dialog over the unlock window."""
        warmup.ensure_loaded()
        from barnearket.ui.newfile import NewFileDialog

        dialog = NewFileDialog(self._ctx, self._files, self.suggested_path(), self._kdf, self._unlock)
        dialog.created.connect(self.file_created)
        dialog.open()
        self.new_file_dialog = dialog
        return dialog

    def after_unlock(self, main: MainWindow, case_file: Store, forms_error: str) -> None:
        """Tell about failed attempts since last time, broken form definitions and a rewritten log."""
        failures = len(case_file.failed_attempts)
        if failures >= FAILED_ATTEMPTS_SHOWN:
            text = self.tr("%n mislykkede forsøk siden sist", "", failures)
            self._ctx.dialogs.message(main, self.tr("Mislykkede innloggingsforsøk"), text + "\n" + self.tr(
                "Forsøkene står i hendelsesloggen. Si fra til IT hvis det ikke var deg."), warning=True)
            main.status.showMessage(text, 30_000)
        if forms_error:
            self._ctx.dialogs.message(main, self.tr("Skjemadefinisjonene har feil"), forms_error,
                                      warning=True)
        if case_file.audit_findings:  # the witness check at unlock (issue 12): said once, plainly
            self._ctx.dialogs.message(main, self.tr("Hendelsesloggen er endret"), "\n\n".join(
                case_file.audit_findings) + "\n\n" + self.tr(
                "Noen med tilgang til saksfilen kan ha skrevet om loggen. Funnet er skrevet i loggen. "
                "Si fra til administrator og personvernombudet."), warning=True)
