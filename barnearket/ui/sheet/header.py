"""The sheet panel's top bar: which conversation this is, the two modes, and complete / new."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.domain.model import Sheet as SheetRecord
from barnearket.ui.formwidgets.dates import format_date
from barnearket.ui.rovingfocus import tab_to_checked

CONVERSATION, COMPLETION = 0, 1


class SheetHeader(QWidget):
    """Title, status line, mode buttons and the complete / new-conversation buttons.

    Signals:
        mode_chosen(int): CONVERSATION or COMPLETION.
        complete_clicked(): "Fullfør arket".
        new_clicked(): "Ny samtale".
    """

    mode_chosen = Signal(int)
    complete_clicked = Signal()
    new_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Barnearket"), self)
        self.title.setObjectName("panelTitle")
        self.status = QLabel(self)
        self.status.setObjectName("panelStatus")
        self.status.setWordWrap(True)
        self.talk = self._mode_button(self.tr("Samtale"), self.tr("Samtalemodus: temaer og notater (Ctrl+1)"))
        self.fill = self._mode_button(self.tr("Fyll ut arket"), self.tr("Spørsmål for spørsmål (Ctrl+2)"))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.talk, CONVERSATION)
        self.modes.addButton(self.fill, COMPLETION)
        self.modes.idClicked.connect(self.mode_chosen)
        tab_to_checked(self.modes)
        self.complete = QPushButton(self.tr("Fullfør arket"), self)
        self.complete.setObjectName("primaryButton")
        self.complete.setToolTip(self.tr("Lås arket når samtalen er ferdig (Ctrl+Enter)"))
        self.new = QPushButton(self.tr("Ny samtale"), self)
        self.new.setToolTip(self.tr("Start en ny versjon med svarene fra forrige samtale"))
        self.complete.clicked.connect(self.complete_clicked)
        self.new.clicked.connect(self.new_clicked)
        self._lay_out()

    def _mode_button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setToolTip(tip)
        button.setObjectName("modeButton")
        return button

    def _lay_out(self) -> None:
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.status)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(words, 1)
        row.addWidget(self.talk)
        row.addWidget(self.fill)
        row.addSpacing(16)
        row.addWidget(self.complete)
        row.addWidget(self.new)

    def set_mode(self, mode: int) -> None:
        """Check the button of the mode on screen."""
        button = self.modes.button(mode)
        if button is not None:
            button.setChecked(True)

    def show_sheet(self, sheet: SheetRecord | None) -> None:
        """Describe the conversation shown and offer what can be done with it."""
        if sheet is None:
            self.title.setText(self.tr("Barnearket"))
            self.status.setText(self.tr("Ingen samtale er startet på denne saken ennå."))
        elif sheet.is_completed:
            self.title.setText(self.tr("Barnearket – samtale %1").replace("%1", str(sheet.version)))
            done = format_date(sheet.completed_at.date()) if sheet.completed_at else ""
            self.status.setText(
                self.tr("Fullført %1 og låst. Start en ny samtale for å skrive inn noe nytt.").replace(
                    "%1", done
                )
            )
        else:
            self.title.setText(self.tr("Barnearket – samtale %1").replace("%1", str(sheet.version)))
            self.status.setText(
                self.tr("Utkast fra %1. Alt du skriver lagres av seg selv.").replace(
                    "%1", format_date(sheet.held_on)
                )
            )
        draft = sheet is not None and not sheet.is_completed
        self.complete.setVisible(draft)
        self.new.setVisible(not draft)
        self.new.setText(self.tr("Ny samtale") if sheet else self.tr("Start samtale"))
        self.talk.setEnabled(sheet is not None)
        self.fill.setEnabled(sheet is not None)
