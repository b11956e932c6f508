"""The window shown while locked: who is logged in and a passphrase field, and nothing from the cases."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.ui.icons import logo
from barnearket.ui.passphrasefield import PassphraseField
from barnearket.ui.widgets import MUTED_STYLE, add_row, heading, message_label, plain, show_message

ACUTE_BUTTON = ("QPushButton { background: #b3261e; color: white; font-weight: bold; border-radius: 4px;"
                " padding: 5px 12px; } QPushButton:focus { border: 2px solid #3b0d0a; }")


class LockScreen(QWidget):
    """Asks for the passphrase of the user who locked; closing it ends the program.

    Signals:
        unlock_requested(str): the typed passphrase.
        quit_requested(): the user closed the lock screen or chose "Avslutt".
        acute_requested(): the acute-danger button was pressed.
    """

    unlock_requested = Signal(str)
    quit_requested = Signal()
    acute_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Barnearket – låst"))
        self.who = QLabel(self)
        self.passphrase_field = PassphraseField(self)
        self.passphrase = self.passphrase_field.edit
        self.error = message_label(self)
        self.unlock_button = QPushButton(self.tr("&Lås opp"), self)
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Avslutt Barnearket"), self)
        self.acute_button = QPushButton(self.tr("Akutt fare (Ctrl+Shift+A)"), self)
        self.acute_button.setStyleSheet(ACUTE_BUTTON)
        self.acute_button.clicked.connect(self.acute_requested)
        self._build()
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.quit_button.clicked.connect(self.close)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        title = QHBoxLayout()
        icon = QLabel(self)
        icon.setFixedSize(40, 40)
        icon.setScaledContents(True)
        icon.setPixmap(logo())
        title.addWidget(icon)
        title.addWidget(heading(self.tr("Barnearket er låst"), self), 1)
        layout.addLayout(title)
        self.intro = QLabel(self._intro(server=False), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.who.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.who)
        form = QFormLayout()
        self.field_label = add_row(form, self.tr("&Passordfrase:"), self.passphrase,
                                   container=self.passphrase_field)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        acute = QHBoxLayout()  # the button at its own width, on the left
        acute.addWidget(self.acute_button)
        acute.addStretch(1)
        layout.addLayout(acute)
        layout.addStretch(1)
        self.setMinimumWidth(540)

    def present(self, full_name: str, login: str, place: str, *, server: bool = False) -> None:
        """Show the screen for this user and file (or server), with an empty, focused passphrase field."""
        who = self.tr("Låst av: %1 (%2)").replace("%1", full_name).replace("%2", login)
        where = self.tr("Server: %1") if server else self.tr("Fil: %1")
        where = where.replace("%1", place)
        self.who.setText(f"{who}\n{where}")
        self.intro.setText(self._intro(server=server))
        label = self.tr("&Passord:") if server else self.tr("&Passordfrase:")
        self.field_label.setText(label)
        self.passphrase.setAccessibleName(plain(label))
        self.passphrase_field.set_server(server)
        self.passphrase_field.clear()
        show_message(self.error, "")
        self.show()
        self.raise_()
        self.activateWindow()
        self.passphrase.setFocus()  # Qt.FocusReason.OtherFocusReason

    def _intro(self, *, server: bool) -> str:
        if server:
            return self.tr("Tilkoblingen til kommunens server er lukket, og ingen saksopplysninger vises. "
                           "Skriv passordet ditt for å fortsette der du var.")
        return self.tr("Saksfilen er lukket, og ingen saksopplysninger vises. "
                       "Skriv passordfrasen din for å fortsette der du var.")

    def set_busy(self, busy: bool) -> None:
        """Disable input while the file is being opened."""
        self.passphrase_field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Låser opp …") if busy else self.tr("&Lås opp"))

    def show_error(self, message: str) -> None:
        """Say why unlocking failed, clear the field and put the cursor back in it."""
        show_message(self.error, message)
        self.passphrase.clear()
        self.passphrase.setFocus()  # Qt.FocusReason.OtherFocusReason

    def _submit(self) -> None:
        if self.passphrase.text() and self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.passphrase.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the lock screen ends the program (the file is already closed)."""
        event.accept()
        if self.isVisible():
            self.quit_requested.emit()
