"""The unlock window's choice of where the cases are: a case file, or the municipality's server.

Only Qt and the slim `storage/location.py` are imported, so the unlock window still shows before
SQLAlchemy or a database driver loads (tests/ui/test_startup_imports.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from barnearket.storage.errors import CaseFileError
from barnearket.storage.location import StoreLocation
from barnearket.ui.widgets import qtr

EXAMPLE_URL = "postgresql://server.kommune.no/barnearket"


class StoreChoice(QWidget):
    """Two radio buttons, «Saksfil» and «Kommunens server»; arrow keys move between them.

    Signals:
        changed(bool): True when the server is chosen, False for a case file.
    """

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_radio = QRadioButton(qtr("UnlockWindow", "Saks&fil"), self)
        self.server_radio = QRadioButton(qtr("UnlockWindow", "Kommunens se&rver"), self)
        self.file_radio.setToolTip(qtr("UnlockWindow", "En kryptert saksfil på maskinen eller i en mappe"))
        self.server_radio.setToolTip(qtr("UnlockWindow", "Kommunens felles Barnearket-database"))
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)
        self.file_radio.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_radio)
        row.addWidget(self.server_radio)
        row.addStretch(1)
        self.server_radio.toggled.connect(self.changed)

    @property
    def server(self) -> bool:
        """True when the server is chosen."""
        return self.server_radio.isChecked()

    def choose(self, server: bool) -> None:
        """Choose the server (True) or a case file (False)."""
        (self.server_radio if server else self.file_radio).setChecked(True)


def server_url_field(parent: QWidget) -> QLineEdit:
    """The server address field, with an example of the form it takes."""
    field = QLineEdit(parent)
    field.setObjectName("serverUrl")
    field.setPlaceholderText(EXAMPLE_URL)
    field.setToolTip(qtr("UnlockWindow", "Adressen får du av IT. Passordet skal ikke stå i adressen."))
    field.setClearButtonEnabled(True)
    return field


def server_location(text: str) -> StoreLocation | str:
    """The typed address as a location, or the Norwegian reason it cannot be one."""
    if not text.strip():
        return qtr("UnlockWindow", "Skriv adressen til kommunens server (du får den av IT).")
    try:
        return StoreLocation.server(text)
    except CaseFileError as exc:
        return exc.message
