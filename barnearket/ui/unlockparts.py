"""Pieces of the unlock window: the header, the "no file yet" state and opening with the recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.files.recoverykey import parse_recovery_key
from barnearket.storage.errors import CaseFileError
from barnearket.ui import warmup
from barnearket.ui.icons import logo
from barnearket.ui.widgets import MUTED_STYLE, heading, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.filethread import FileWorker, Known
    from barnearket.ui.seams import Dialogs

FILE_PATTERN = QT_TRANSLATE_NOOP("CaseFiles", "Barnearket-saksfiler (*.barnearket);;Alle filer (*)")



def display_path(path: Path) -> str:
    """The file name with its folder, the home folder shortened to ~."""
    folder = str(path.parent)
    home = str(Path.home())
    if folder.startswith(home):
        folder = "~" + folder[len(home):]
    return f"{path.name}   ({folder})"


class Header(QWidget):
    """The program's icon, name and a one-line explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 8)
        icon = QLabel(self)
        icon.setFixedSize(56, 56)
        icon.setScaledContents(True)  # a smooth scaling, sharp at 200 % too
        icon.setPixmap(logo())
        column = QVBoxLayout()  # the icon at the top
        column.addWidget(icon)
        column.addStretch(1)
        row.addLayout(column)
        text = QVBoxLayout()
        text.addWidget(heading(qtr("UnlockWindow", "Barnearket"), self, 8))
        sub = QLabel(qtr("UnlockWindow",
                         "Barn som pårørende – samtalen, bekymringen og veien til handling."), self)
        sub.setWordWrap(True)
        sub.setStyleSheet(MUTED_STYLE)
        text.addWidget(sub)
        row.addLayout(text, 1)


class EmptyState(QFrame):
    """Shown when there is no case file on this machine yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.addWidget(heading(qtr("UnlockWindow", "Ingen saksfil ennå"), self, 2))
        text = QLabel(qtr("UnlockWindow", "Det finnes ingen saksfil på denne maskinen. Lag en ny saksfil, "
                          "åpne en som IT har gitt deg, eller logg inn på kommunens server."), self)
        text.setWordWrap(True)
        box.addWidget(text)
        row = QHBoxLayout()
        self.create_button = QPushButton(qtr("UnlockWindow", "&Opprett ny saksfil …"), self)
        self.open_button = QPushButton(qtr("UnlockWindow", "Åpne en &annen fil …"), self)
        self.server_button = QPushButton(qtr("UnlockWindow", "Logg inn på kommunens &server …"), self)
        row.addWidget(self.create_button)
        row.addWidget(self.open_button)
        row.addWidget(self.server_button)
        row.addStretch(1)
        box.addLayout(row)


def recover_key_file(parent: QWidget, dialogs: Dialogs, files: FileWorker, path: Path,
                     error_label: QLabel) -> None:
    """Ask for the recovery key, open once with it (which rewrites the key file), and close again."""
    text = dialogs.ask_text(parent, qtr("UnlockWindow", "Gjenopprettingsnøkkel"),
                            qtr("UnlockWindow", "Skriv gjenopprettingsnøkkelen (64 tegn, med eller "
                                                "uten bindestreker):"),
                            secret=True)
    if not text:
        return
    try:
        key = parse_recovery_key(text)
    except CaseFileError as exc:
        show_message(error_label, exc.message)
        return

    def job() -> None:
        warmup.ensure_loaded()
        from barnearket.storage.opening import open_case_file

        case_file = open_case_file(path, recovery_key=key)
        case_file.close()

    def done(_: None) -> None:
        show_message(error_label, "")
        dialogs.message(parent, qtr("UnlockWindow", "Nøkkelfilen er laget på nytt"),
                        qtr("UnlockWindow", "Saksfilen er i orden. Logg inn med brukernavn og "
                                            "passordfrase som vanlig."))

    def failed(error: Known) -> None:
        show_message(error_label, error.message)

    files.start(job, done, failed)
