"""Creates a new encrypted case file with its first user, then shows the recovery key once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from barnearket.files.recoverykey import format_recovery_key
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError
from barnearket.storage.opening import check_login, create_case_file
from barnearket.ui.fielderrors import FieldErrors
from barnearket.ui.filethread import Known
from barnearket.ui.passphrasefield import PassphraseField, rules_text
from barnearket.ui.recoverykey import RecoveryKeyPage
from barnearket.ui.widgets import add_row, heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker


class NewFileDialog(QDialog):
    """Page 1: file, name, login and passphrase twice. Page 2: the recovery key.

    Signals:
        created(object): the new, open CaseFile, once the key is confirmed stored.
    """

    created = Signal(object)

    def __init__(self, ctx: UiContext, files: FileWorker, suggested: Path,
                 kdf_params: kdf.KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newFileDialog")
        self.setWindowTitle(self.tr("Ny saksfil"))
        self._ctx, self._files, self._kdf = ctx, files, kdf_params
        self.case_file: CaseFile | None = None
        self.path = QLineEdit(str(suggested), self)
        self.full_name = QLineEdit(self)
        self.login = QLineEdit(self)
        self.passphrase_field = PassphraseField(self, new=True, context=self._known)
        self.repeat_field = PassphraseField(self)
        self.passphrase, self.repeat = self.passphrase_field.edit, self.repeat_field.edit
        self.error = message_label(self)
        self.create_button = QPushButton(self.tr("&Opprett saksfil"), self)
        self.create_button.setDefault(True)
        self.key_page = RecoveryKeyPage(ctx.dialogs, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self.key_page)
        QVBoxLayout(self).addWidget(self.pages)
        self.key_page.confirmed.connect(self._finish)
        self.resize(640, 440)

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addWidget(heading(self.tr("Ny saksfil"), page, 4))
        intro = QLabel(self.tr("Saksfilen er kryptert. Du blir første bruker, med rollen "
                               "administrator, og kan legge til kollegaer senere."), page)
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        where = QWidget(page)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("&Velg …"), where)
        browse.setAccessibleName(self.tr("Velg hvor filen skal lagres"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        self.errors = FieldErrors(page)
        rows = (
            (self.tr("&Fil:"), self.path, self._path_problem, "", where),
            (self.tr("Fullt &navn:"), self.full_name, self._name_problem, "", None),
            (self.tr("&Brukernavn:"), self.login, self._login_problem,
             self.tr("Små bokstaver, tall, punktum eller bindestrek"), None),
            (self.tr("&Passordfrase:"), self.passphrase, lambda: self.passphrase_field.assess().message,
             rules_text(), self.passphrase_field),
            (self.tr("&Gjenta passordfrasen:"), self.repeat, self._repeat_problem, "", self.repeat_field),
        )
        for label, field, check, description, container in rows:
            holder, error = self.errors.slot(container or field)
            add_row(form, label, field, description, container=holder)
            self.errors.watch(field, error, check, field.textChanged)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addStretch(1)
        end = QHBoxLayout()
        cancel = QPushButton(self.tr("&Avbryt"), page)
        cancel.clicked.connect(self.reject)
        end.addWidget(cancel)
        end.addStretch(1)
        end.addWidget(self.create_button)
        box.addLayout(end)
        self.create_button.clicked.connect(self.submit)
        return page

    def _known(self) -> dict[str, str]:
        return {"login": self.login.text().strip(), "full_name": self.full_name.text().strip()}

    def _browse(self) -> None:
        chosen = self._ctx.dialogs.save_file(self, self.tr("Ny saksfil"), Path(self.path.text()),
                                             self.tr("Barnearket-saksfiler (*.barnearket)"))
        if chosen is not None:
            self.path.setText(str(chosen if chosen.suffix else chosen.with_suffix(".barnearket")))

    def _path_problem(self) -> str:
        text = self.path.text().strip()
        if not text:
            return self.tr("Velg hvor saksfilen skal ligge.")
        if Path(text).exists():
            return self.tr("Det finnes allerede en fil der. Velg et annet navn.")
        if not Path(text).parent.is_dir():
            return self.tr("Mappen finnes ikke.")
        return ""

    def _name_problem(self) -> str:
        return "" if self.full_name.text().strip() else self.tr("Skriv det fulle navnet ditt.")

    def _login_problem(self) -> str:
        try:
            check_login(self.login.text().strip())
        except CaseFileError as exc:
            return exc.message
        return ""

    def _repeat_problem(self) -> str:
        return "" if self.passphrase.text() == self.repeat.text() else self.tr("Passordfrasene er ikke like.")

    def submit(self) -> None:
        """Check the form and create the file on the file thread."""
        show_message(self.error, "")
        if not self.errors.check_all() or self._files.busy:
            return
        path, login = Path(self.path.text().strip()), self.login.text().strip()
        name, passphrase, params = self.full_name.text().strip(), self.passphrase.text(), self._kdf
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Lager saksfilen …"))
        self._files.start(lambda: create_case_file(path, login=login, full_name=name,
                                                   passphrase=passphrase,
                                                   kdf_params=params or kdf.calibrate()),
                          self._created, self._refused)

    def _refused(self, error: Known) -> None:
        self.create_button.setEnabled(True)
        self.create_button.setText(self.tr("&Opprett saksfil"))
        show_message(self.error, error.message)

    def _created(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        self.passphrase.clear()
        self.repeat.clear()
        self.key_page.show_key(format_recovery_key(case_file.file_key), case_file.path)
        self.pages.setCurrentWidget(self.key_page)
        self.key_page.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self) -> None:
        if self.case_file is not None:
            self.created.emit(self.case_file)
        self.accept()

    def reject(self) -> None:
        """Not while the key is shown: the file exists and the key must be confirmed stored."""
        if self.case_file is None and not self._files.busy:
            super().reject()
