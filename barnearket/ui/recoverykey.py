"""Shows a new file's recovery key once, with print and save options and a required confirmation."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.files.atomic import atomic_write_bytes
from barnearket.storage.errors import CaseFileError
from barnearket.ui.widgets import HINT_STYLE, date_text, heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.seams import Dialogs

KEY_STYLE = ("QLabel { background: #fbfaf5; border: 2px dashed #8a7b4a; border-radius: 6px;"
             " padding: 14px; font-size: 15pt; letter-spacing: 1px; }")


def key_lines(key_text: str) -> str:
    """The dash-separated key as four lines of four groups (easier to copy by hand)."""
    groups = key_text.split("-")
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class RecoveryKeyPage(QWidget):
    """The key in large monospace, "Skriv ut …", "Lagre som fil …" and "I have stored it".

    Attributes:
        key_text: the key exactly as `format_recovery_key` gave it (16 groups of 4 hex digits).

    Signals:
        confirmed(): the user has stored the key and chose "Fortsett".
    """

    confirmed = Signal()

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.key_text = ""
        self._file: Path | None = None
        self.key_label = QLabel(self)
        self.key_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label.setStyleSheet(KEY_STYLE)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Gjenopprettingsnøkkel"))
        self.print_button = QPushButton(self.tr("Skriv &ut …"), self)
        self.save_button = QPushButton(self.tr("&Lagre som fil …"), self)
        self.stored = QCheckBox(self.tr("Jeg har skrevet ut eller lagret nøkkelen, og den blir "
                                        "oppbevart trygt, adskilt fra maskinen."), self)
        self.stored.setAccessibleName(self.tr("Nøkkelen er tatt vare på"))
        self.continue_button = QPushButton(self.tr("&Fortsett"), self)
        self.continue_button.setEnabled(False)
        self.note = message_label(self, HINT_STYLE)
        self._build()
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.confirmed)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Gjenopprettingsnøkkel – vises bare nå"), self, 4))
        text = QLabel(self.tr(
            "Nøkkelen åpner saksfilen hvis alle passordfraser blir glemt. Skriv den ut, eller lagre "
            "den på en minnepinne, og oppbevar den innelåst. Den som har både nøkkelen og saksfilen, "
            "kan lese alt i filen."), self)
        text.setWordWrap(True)
        box.addWidget(text)
        box.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.note)
        self.stored.setStyleSheet("QCheckBox { font-weight: bold; }")
        box.addWidget(self.stored)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        box.addStretch(1)
        box.addLayout(end)

    def show_key(self, key_text: str, case_path: Path) -> None:
        """Display the key for the file just created."""
        self.key_text, self._file = key_text, case_path
        self.key_label.setText(key_lines(key_text))
        self.stored.setChecked(False)

    def _document(self) -> QTextDocument:
        doc = QTextDocument(self)
        name = self._file.name if self._file else ""
        doc.setPlainText(self.tr(
            "Barnearket – gjenopprettingsnøkkel\n\nSaksfil: %1\nLaget: %2\n\n%3\n\n"
            "Oppbevares innelåst, adskilt fra maskinen. Nøkkelen og saksfilen sammen gir tilgang "
            "til alt i filen.").replace("%1", name).replace("%2", date_text(date.today()))
            .replace("%3", key_lines(self.key_text)))
        return doc

    def _print(self) -> None:
        if self._dialogs.print_document(self, self._document()):
            show_message(self.note, self.tr("Nøkkelen er sendt til skriveren."))

    def _save(self) -> None:
        folder = Path.home()
        suggested = folder / f"{self._file.stem if self._file else 'saksfil'}-gjenopprettingsnokkel.txt"
        target = self._dialogs.save_file(self, self.tr("Lagre gjenopprettingsnøkkelen"), suggested,
                                         self.tr("Tekstfiler (*.txt)"))
        if target is None:
            return
        try:
            atomic_write_bytes(target, (self._document().toPlainText() + "\n").encode("utf-8"))
        except CaseFileError as exc:
            show_message(self.note, exc.message)
            return
        show_message(self.note, self.tr("Nøkkelen er lagret i %1. Flytt filen til en minnepinne "
                                        "og slett den fra maskinen.").replace("%1", str(target)))
