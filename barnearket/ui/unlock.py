"""The first window: choose a case file and log in with your own passphrase (or create a file)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.location import StoreLocation
from barnearket.ui import warmup
from barnearket.ui.filethread import Known
from barnearket.ui.journalprompt import accept_journal_loss
from barnearket.ui.passphrasefield import PassphraseField
from barnearket.ui.qtnames import TOOLTIP_ROLE
from barnearket.ui.serverchoice import StoreChoice, server_location, server_url_field
from barnearket.ui.unlockparts import (
    FILE_PATTERN,
    EmptyState,
    Header,
    display_path,
    recover_key_file,
)
from barnearket.ui.widgets import HINT_STYLE, add_row, message_label, plain, qtr, show_message

if TYPE_CHECKING:
    from barnearket.storage.store import Store
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker

RECOVERABLE = (Problem.KEY_DATA_MISSING, Problem.KEY_DATA_DAMAGED)


class UnlockWindow(QWidget):
    """Choose a file or the server, type login and passphrase, unlock (on the file thread).

    Signals:
        unlocked(object): the opened store (a CaseFile or the server's store).
        create_requested(): the user wants a new case file.
        readable(object): the file may be read while its unlock finishes (emitted on the file thread).
        abandoned(): the unlock failed after `readable`: forget that store.
    """

    unlocked = Signal(object)
    create_requested = Signal()
    readable = Signal(object)
    abandoned = Signal()

    def __init__(self, ctx: UiContext, files: FileWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Barnearket – lås opp saksfil"))
        self._ctx, self._files = ctx, files
        self.file_box = QComboBox(self)
        self.browse_button = QPushButton(self.tr("&Velg fil …"), self)
        self.login = QLineEdit(self)
        self.passphrase_field = PassphraseField(self)
        self.passphrase = self.passphrase_field.edit
        self.unlock_button = QPushButton(self.tr("&Lås opp"), self)
        self.unlock_button.setDefault(True)
        self.new_button = QPushButton(self.tr("&Ny saksfil …"), self)
        self.recovery_button = QPushButton(self.tr("Åpne med &gjenopprettingsnøkkel …"), self)
        self.hint = message_label(self, HINT_STYLE)
        self.error = message_label(self)
        self.empty = EmptyState(self)
        self.login_part = QWidget(self)
        self.choice = StoreChoice(self.login_part)
        self.server_url = server_url_field(self.login_part)
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.addWidget(Header(self))
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        form = QFormLayout(self.login_part)
        form.setContentsMargins(0, 8, 0, 0)
        self._form = form
        form.addRow(QLabel(self.tr("Sakene ligger i:"), self.login_part), self.choice)
        file_row = QWidget(self.login_part)
        self._file_row = file_row
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_box, 1)
        row.addWidget(self.browse_button)
        add_row(form, self.tr("&Saksfil:"), self.file_box, container=file_row)
        add_row(form, self.tr("Server&adresse:"), self.server_url)
        form.setRowVisible(self.server_url, False)
        add_row(form, self.tr("&Brukernavn:"), self.login)
        self.passphrase_label = add_row(form, self.tr("&Passordfrase:"), self.passphrase,
                                        container=self.passphrase_field)
        layout.addWidget(self.login_part)
        layout.addWidget(self.error)
        self.recovery_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.setTabOrder(self.choice.file_radio, self.choice.server_radio)
        self.setTabOrder(self.choice.server_radio, self.file_box)
        self.setTabOrder(self.file_box, self.browse_button)
        self.setTabOrder(self.browse_button, self.server_url)
        self.setTabOrder(self.server_url, self.login)
        self.setTabOrder(self.login, self.passphrase)
        self.setTabOrder(self.passphrase, self.passphrase_field.toggle)
        self.setTabOrder(self.passphrase_field.toggle, self.unlock_button)
        self.setMinimumWidth(640)

    def _connect(self) -> None:
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.login.returnPressed.connect(self.passphrase.setFocus)
        self.server_url.returnPressed.connect(self.login.setFocus)
        self.choice.changed.connect(self._show_choice)
        self.empty.server_button.clicked.connect(self._choose_server)
        # an old message goes as soon as one types again
        for field in (self.login, self.passphrase, self.server_url):
            field.textEdited.connect(lambda _: show_message(self.error, ""))
        self.browse_button.clicked.connect(self._browse)
        self.new_button.clicked.connect(self.create_requested)
        self.empty.create_button.clicked.connect(self.create_requested)
        self.empty.open_button.clicked.connect(self._browse)
        self.recovery_button.clicked.connect(self._recover)
        self._files.busy_changed.connect(self._set_busy)

    def offer(self, files: list[Path], *, login: str = "", hint: str = "", server_url: str = "",
              use_server: bool = False) -> None:
        """Offer these files (first is chosen) and the last server; with neither, offer to create a file."""
        self.file_box.clear()
        for path in files:
            self.file_box.addItem(display_path(path), str(path))
            self.file_box.setItemData(self.file_box.count() - 1, str(path), TOOLTIP_ROLE)
        if server_url:
            self.server_url.setText(server_url)
            self.server_url.setCursorPosition(0)  # the host and database show, not the tail of the address
        use_server = use_server or (not files and bool(server_url))
        self.choice.choose(use_server)
        self._show_choice(use_server)
        has_files = bool(files) or use_server
        self.empty.setVisible(not has_files)
        self.login_part.setVisible(has_files)
        self.unlock_button.setVisible(has_files)
        self.new_button.setVisible(has_files)
        self.login.setText(login)
        self.passphrase.clear()
        show_message(self.hint, hint)
        show_message(self.error, "")
        first = self.server_url if use_server and not self.server_url.text() else self.login
        first = self.passphrase if login and first is self.login else first
        (first if has_files else self.empty.create_button).setFocus()
        self.adjustSize()

    def _show_choice(self, server: bool) -> None:
        """Show the server address or the case file row, whichever is chosen."""
        self._form.setRowVisible(self._file_row, not server)
        self._form.setRowVisible(self.server_url, server)
        self.recovery_button.setVisible(False)
        show_message(self.error, "")
        label = self.tr("&Passord:") if server else self.tr("&Passordfrase:")  # the server's own password
        self.passphrase_label.setText(label)
        self.passphrase.setAccessibleName(plain(label))
        self.passphrase_field.set_server(server)
        self.setWindowTitle(self.tr("Barnearket – logg inn på kommunens server") if server
                            else self.tr("Barnearket – lås opp saksfil"))

    def _choose_server(self) -> None:
        """From the empty state: log in to the server instead of making a file."""
        self.empty.hide()
        for widget in (self.login_part, self.unlock_button, self.new_button):
            widget.show()
        self.choice.choose(True)
        self.server_url.setFocus()

    def show_busy(self, text: str) -> None:
        """Say what is going on while a long job (the demo file) runs."""
        show_message(self.hint, text)

    @property
    def chosen_path(self) -> Path | None:
        """The file currently chosen."""
        data = self.file_box.currentData()
        return Path(data) if data else None

    def chosen_location(self) -> StoreLocation | str | None:
        """The chosen file or server; a Norwegian reason for a bad address; None for no file."""
        if self.choice.server:
            return server_location(self.server_url.text())
        path = self.chosen_path
        return StoreLocation.file(path) if path is not None else None

    def unlock(self) -> None:
        """Open the chosen file, or log in to the server, with the typed login and passphrase."""
        location = self.chosen_location()
        login, passphrase = self.login.text().strip(), self.passphrase.text()
        if location is None or self._files.busy:
            return
        if isinstance(location, str):
            show_message(self.error, location)
            self.server_url.setFocus()
            return
        if not login or not passphrase:
            show_message(self.error, self.tr("Skriv brukernavn og passord.") if self.choice.server
                         else self.tr("Skriv brukernavn og passordfrase."))
            (self.passphrase if login else self.login).setFocus()
            return
        show_message(self.error, "")

        def job(**extra: object) -> Store:
            warmup.ensure_loaded()  # SQLAlchemy and the storage load behind the window, one thread at a time
            from barnearket.storage.store import open_store

            return open_store(location, login=login, passphrase=passphrase, readable=self.readable.emit,
                              journal_folder=self._ctx.need_paths().unsaved, **extra)

        self._files.start(job, self._opened, lambda error: self._refused(error, job))

    def _opened(self, store: Store) -> None:
        self.passphrase.clear()
        self.unlocked.emit(store)

    def _refused(self, error: Known, attempt: Callable[..., Store] | None = None) -> None:
        self.abandoned.emit()
        if attempt is not None and accept_journal_loss(self, self._ctx.dialogs, error):
            self._files.start(partial(attempt, accept_journal_loss=True), self._opened, self._refused)
            return
        show_message(self.error, error.message)
        problem = error.problem if isinstance(error, CaseFileError) else None
        self.recovery_button.setVisible(problem in RECOVERABLE)
        self.passphrase.clear()
        (self.passphrase if self.login.text() else self.login).setFocus()  # Qt.FocusReason.OtherFocusReason

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.login_part, self.unlock_button, self.new_button, self.recovery_button,
                       self.empty):
            widget.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Låser opp …") if busy else self.tr("&Lås opp"))

    def _browse(self) -> None:
        path = self._ctx.dialogs.open_file(self, self.tr("Åpne saksfil"), qtr("CaseFiles", FILE_PATTERN))
        if path is None:
            return
        paths = [path, *(Path(p) for p in (self.file_box.itemData(i) for i in range(self.file_box.count()))
                         if Path(p) != path)]
        self.offer(paths, login=self.login.text(), server_url=self.server_url.text())

    def _recover(self) -> None:
        path = self.chosen_path
        if path is not None:
            recover_key_file(self, self._ctx.dialogs, self._files, path, self.error)
