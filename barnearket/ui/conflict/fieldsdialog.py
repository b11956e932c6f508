"""The choice after a refused correction of an entry with several fields: only the fields both people
changed, each with its label, the person's value beside the stored one (dates as dd.mm.åååå, lists
one item a line), and keep mine / use the stored one / both (both only when a free text differs)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from barnearket.ui.conflict.dialog import Choice
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.widgets import heading


@dataclass(frozen=True)
class FieldRow:
    """One field both changed: its label, the two values as the person reads them, and whether it is
    free text (then «both» can keep the two texts)."""

    label: str
    mine: str
    theirs: str
    text: bool


def bold(label: QLabel) -> QLabel:
    """The label in bold (the column heads and the field names)."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FieldConflictDialog(QDialog):
    """Who changed the entry and when, the fields that differ side by side, and the choices.

    Attributes:
        told: who changed what and when; taken: what was taken from the stored version unasked.
        fields: each field's label → (own value box, stored value box), read-only.
        mine_button, theirs_button, both_button: the choices; they apply to every field shown
            («both» keeps both texts of a free-text field and the person's value of any other; a
            whole form, `offer_both` False, is kept or not field by field without it).

    Signals:
        chosen(str): a `Choice` value; the dialog closes after it.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget, *, what: str, who: str, when: str, rows: Sequence[FieldRow],
                 taken: Sequence[str] = (), offer_both: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("fieldConflictDialog")
        self.setWindowTitle(self.tr("Noen andre har endret dette"))
        someone = who or self.tr("En annen bruker")
        self.told = self._wrapped(self.tr(
            "%1 endret %2 etter at du åpnet det. Under står bare det dere begge har endret: ditt til "
            "venstre (ikke lagret ennå, men ikke borte), det lagrede til høyre. Velg hva som skal gjelde.")
            .replace("%1", someone).replace("%2", what))
        self.taken = self._wrapped(self.tr("Tatt med uten å spørre, fordi bare %1 endret det: %2.")
                                   .replace("%1", someone).replace("%2", ", ".join(f"«{t}»" for t in taken)))
        self.taken.setVisible(bool(taken))
        self.fields: dict[str, tuple[QPlainTextEdit, QPlainTextEdit]] = {}
        stored = self.tr("Lagret av %1 %2").replace("%1", someone).replace("%2", when)
        self.mine_button = QPushButton(self.tr("Behold &mitt"), self)
        self.theirs_button = QPushButton(self.tr("Bruk det &lagrede"), self)
        self.both_button = QPushButton(self.tr("Ta med &begge"), self)
        self.both_button.setToolTip(self.tr("Tekstene: den lagrede først, så din, merket med hvem og når. "
                                            "Andre felt: ditt gjelder."))
        self.both_button.setVisible(offer_both and any(r.text for r in rows))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), self, 3))
        layout.addWidget(self.told)
        layout.addWidget(self.taken)
        layout.addWidget(self._grid(rows, stored), 1)
        layout.addLayout(self._buttons())
        boxes = sum(mine.minimumHeight() + 8 for mine, _ in self.fields.values())
        fit_to_screen(self, 900, 240 + (24 if taken else 0) + boxes)

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _grid(self, rows: Sequence[FieldRow], stored: str) -> QScrollArea:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(bold(QLabel(self.tr("Ditt"), inner)), 0, 1)
        grid.addWidget(bold(QLabel(stored, inner)), 0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for number, row in enumerate(rows, start=1):
            label = bold(QLabel(row.label, inner))
            label.setWordWrap(True)
            label.setMaximumWidth(200)
            mine = self._box(row.mine, self.tr("%1, ditt").replace("%1", row.label), row.text, inner)
            theirs = self._box(row.theirs, self.tr("%1, lagret").replace("%1", row.label), row.text, inner)
            label.setBuddy(mine)
            grid.addWidget(label, number, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine, number, 1)
            grid.addWidget(theirs, number, 2)
            self.fields[row.label] = (mine, theirs)
        grid.setRowStretch(len(rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _box(self, content: str, name: str, text: bool, parent: QWidget) -> QPlainTextEdit:
        box = QPlainTextEdit(content, parent)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        lines = max(1, content.count("\n") + 1)
        height = box.fontMetrics().lineSpacing() * (7 if text else min(lines, 6)) + 14
        box.setMinimumHeight(height)
        if not text:
            box.setMaximumHeight(height)
        return box

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button, choice in ((self.mine_button, Choice.MINE), (self.theirs_button, Choice.THEIRS),
                               (self.both_button, Choice.BOTH)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        self.mine_button.setDefault(True)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        """Start on «Behold mitt»: Enter keeps what the person wrote, Tab reaches every value."""
        super().showEvent(event)
        self.mine_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, choice: Choice) -> None:
        self.chosen.emit(str(choice))
        self.accept()

    def reject(self) -> None:
        """Escape keeps one's own values (nothing typed is ever dropped by closing the window)."""
        self._choose(Choice.MINE)
