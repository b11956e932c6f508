"""Backup and restore from the window, through the same service as the command line (services/backups)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from barnearket.services import backups
from barnearket.storage.store import file_only
from barnearket.ui.admin.form import FormDialog
from barnearket.ui.passphrasefield import PassphraseField
from barnearket.ui.taborder import move_focus
from barnearket.ui.widgets import qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker, Known

PATTERN = QT_TRANSLATE_NOOP("CaseFiles", "Barnearket-saksfiler (*.barnearket);;Alle filer (*)")

SERVER_BACKUP = ("Sakene på kommunens server tas sikkerhetskopi av hos IT. En kryptert kopi som saksfil "
                 "lager en administrator med «barnearket backup ADRESSE KOPI».")

def backup_name(case_path: Path, today: str) -> Path:
    """`saker-sikkerhetskopi-2026-12-06.barnearket` beside the case file."""
    return case_path.with_name(f"{case_path.stem}-sikkerhetskopi-{today}{case_path.suffix}")


def take_backup(ctx: UiContext, files: FileWorker, parent: QWidget) -> bool:
    """Ask where, then write an encrypted copy on the file thread and say where it went."""
    case_file = ctx.case_file
    if case_file is None or files.busy:
        return False
    if case_file.location.is_server:
        ctx.dialogs.message(parent, qtr("Backup", "Sikkerhetskopi"), qtr("Backup", SERVER_BACKUP))
        return False
    source = file_only(case_file)
    suggested = backup_name(source.path, ctx.clock.today().isoformat())
    dest = ctx.dialogs.save_file(parent, qtr("Backup", "Sikkerhetskopi: velg hvor kopien skal ligge"),
                                 suggested, qtr("CaseFiles", PATTERN))
    if dest is None:
        return False
    dest = dest if dest.suffix else dest.with_suffix(".barnearket")

    def done(_: None) -> None:
        ctx.dialogs.message(parent, qtr("Backup", "Sikkerhetskopien er skrevet"), qtr(
            "Backup", "Kopien ligger i %1, med nøkkelfilen %2 ved siden av. Den er kryptert og åpnes "
                      "med de samme brukernavnene og passordfrasene. Ta vare på begge filene.")
            .replace("%1", str(dest)).replace("%2", backups.key_file_beside(dest).name))

    def failed(error: Known) -> None:
        ctx.dialogs.message(parent, qtr("Backup", "Sikkerhetskopien ble ikke skrevet"), error.message,
                            warning=True)

    files.start(lambda: backups.take_backup(source, dest), done, failed)
    return True


class RestoreDialog(FormDialog):
    """A backup, a login and passphrase that open it, and where the restored file goes (a new file).

    Signals:
        restored(object): the Path of the new case file.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab in reading order (the fields are made in another order)."""
        return move_focus(self, next)

    restored = Signal(object)

    def __init__(self, ctx: UiContext, files: FileWorker, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Legg tilbake en sikkerhetskopi"), self.tr(
            "Sikkerhetskopien blir lagt tilbake som en ny saksfil; saksfilen du har åpen nå, blir ikke "
            "endret. Du trenger et brukernavn og en passordfrase som gjaldt da kopien ble tatt. "
            "Kopien blir kontrollert først, og en skadet kopi blir ikke lagt tilbake."), parent)
        self._ctx, self._files = ctx, files
        self.source = QLineEdit(self)
        self.dest = QLineEdit(self)
        self.login = QLineEdit(self)
        user = ctx.case_file.user if ctx.case_file else None
        self.login.setText(user.login if user else "")
        self.passphrase = PassphraseField(self)
        self.row(self.tr("&Sikkerhetskopi:"), self.source, self._source_problem, self.source.textChanged,
                 self._with_button(self.source, self.tr("&Velg …"), self._choose_source))
        self.row(self.tr("&Brukernavn:"), self.login,
                 lambda: "" if self.login.text().strip() else self.tr("Skriv brukernavnet."),
                 self.login.textChanged)
        self.row(self.tr("&Passordfrase:"), self.passphrase.edit,
                 lambda: "" if self.passphrase.text() else self.tr("Skriv passordfrasen."),
                 self.passphrase.textChanged, self.passphrase)
        self.row(self.tr("&Ny saksfil:"), self.dest, self._dest_problem, self.dest.textChanged,
                 self._with_button(self.dest, self.tr("V&elg …"), self._choose_dest))
        self.save_button.setText(self.tr("Legg &tilbake"))

    def _with_button(self, field: QLineEdit, text: str, slot: object) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        button = QPushButton(text, holder)
        button.clicked.connect(slot)
        row.addWidget(button)
        return holder

    def _source_problem(self) -> str:
        path = Path(self.source.text().strip())
        if not self.source.text().strip() or not path.is_file():
            return self.tr("Velg en sikkerhetskopi som finnes.")
        return ""

    def _dest_problem(self) -> str:
        text = self.dest.text().strip()
        if not text:
            return self.tr("Velg hvor den nye saksfilen skal ligge.")
        path = Path(text)
        if path.exists() or backups.key_file_beside(path).exists():
            return self.tr("Det finnes allerede en fil der. Velg et nytt navn.")
        if not path.parent.is_dir():
            return self.tr("Mappen finnes ikke.")
        return ""

    def _choose_source(self) -> None:
        path = self._ctx.dialogs.open_file(self, self.tr("Velg sikkerhetskopien"), qtr("CaseFiles", PATTERN))
        if path is not None:
            self.source.setText(str(path))
            if not self.dest.text():
                self.dest.setText(str(path.with_name(f"{path.stem}-lagt-tilbake{path.suffix}")))

    def _choose_dest(self) -> None:
        suggested = Path(self.dest.text().strip() or str(Path.home() / "saker-lagt-tilbake.barnearket"))
        path = self._ctx.dialogs.save_file(self, self.tr("Ny saksfil"), suggested, qtr("CaseFiles", PATTERN))
        if path is not None:
            self.dest.setText(str(path if path.suffix else path.with_suffix(".barnearket")))

    def submit(self) -> None:
        """Check the fields, then restore on the file thread."""
        show_message(self.message, "")
        if not self.errors.check_all() or self._files.busy:
            return
        source, dest = Path(self.source.text().strip()), Path(self.dest.text().strip())
        login, passphrase = self.login.text().strip(), self.passphrase.text()
        self.busy(True)
        unlock = backups.unlock_with(login, passphrase)
        self._files.start(lambda: backups.restore_backup(source, dest, unlock),
                          lambda _: self._done(dest), self._failed)

    def _failed(self, error: Known) -> None:
        self.passphrase.clear()
        self.refused(error)

    def _done(self, dest: Path) -> None:
        self.passphrase.clear()
        self._ctx.settings.remember_file(dest)
        self._ctx.dialogs.message(self, self.tr("Sikkerhetskopien er lagt tilbake"), self.tr(
            "Den nye saksfilen er %1. Den står i listen over saksfiler neste gang du starter "
            "Barnearket.").replace("%1", str(dest)))
        self.restored.emit(dest)
        self.accept()
