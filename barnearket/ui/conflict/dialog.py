"""The choice after a refused save: the person's own text beside the newer one, keep mine / keep the
stored one / both, so nothing she typed is dropped and nobody else's words vanish unseen."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.widgets import heading


class Choice(StrEnum):
    """What the person chose to keep."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


class ConflictDialog(QDialog):
    """Who changed what and when, both texts side by side, and the three choices.

    Attributes:
        told: who changed what and when.
        mine, theirs: the read-only boxes (own text left, the stored one right).
        mine_button, theirs_button, both_button: the choices (both only for free text; forms and
            entries of several fields use `fieldsdialog.FieldConflictDialog`).

    Signals:
        chosen(str): a `Choice` value; the dialog closes after it.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget, *, what: str, who: str, when: str, mine: str, theirs: str,
                 text: bool) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Noen andre har endret dette"))
        someone = who or self.tr("En annen bruker")
        told = QLabel(self.tr("%1 endret %2 %3, etter at du begynte å endre det. Det du la inn er ikke "
                              "lagret ennå, men det er ikke borte: det står til venstre. Velg hva som skal "
                              "gjelde.")
                      .replace("%1", someone).replace("%2", what).replace("%3", when), self)
        self.told = told
        told.setWordWrap(True)
        own = self.tr("Det du skrev (ikke lagret)") if text else self.tr("Det du valgte (ikke lagret)")
        self.mine = self._box(mine, own)
        self.theirs = self._box(theirs, self.tr("Lagret av %1").replace("%1", someone))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.mine.accessibleName(), self), 0, 0)
        grid.addWidget(QLabel(self.theirs.accessibleName(), self), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.mine_button = QPushButton(self.tr("Behold &mitt"), self)
        self.theirs_button = QPushButton(self.tr("Bruk det &lagrede"), self)
        self.both_button = QPushButton(self.tr("Ta med &begge"), self)
        self.both_button.setToolTip(self.tr("Den lagrede teksten først, så din, merket med hvem og når."))
        self.both_button.setVisible(text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button, choice in ((self.mine_button, Choice.MINE), (self.theirs_button, Choice.THEIRS),
                               (self.both_button, Choice.BOTH)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        self.mine_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), self, 3))
        layout.addWidget(told)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 460 if text else 260)

    def showEvent(self, event: QShowEvent) -> None:
        """Start on «Behold mitt»: Enter keeps what the person wrote, Tab reaches both texts."""
        super().showEvent(event)
        self.mine_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _box(self, content: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(content, self)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        return box

    def _choose(self, choice: Choice) -> None:
        self.chosen.emit(str(choice))
        self.accept()

    def reject(self) -> None:
        """Escape keeps one's own text (nothing typed is ever dropped by closing the window)."""
        self._choose(Choice.MINE)
