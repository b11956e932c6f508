"""The small dialog that records a consent's withdrawal: the day, and who said so to whom."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from barnearket.ui.formwidgets.dates import from_qdate, make_date_edit, to_qdate
from barnearket.ui.widgets import add_row


class WithdrawDialog(QDialog):
    """Asks for the day the consent was withdrawn and an optional note; `day()` and `note()` read them.

    Attributes:
        date_edit, note_edit: the two fields (tests drive them).
        refusal: why the last try was refused (hidden until then); the fields keep what was typed.
    """

    def __init__(self, today: date, given_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trekk tilbake samtykke"))
        self.setSizeGripEnabled(True)
        self.date_edit = make_date_edit(self)
        self.date_edit.setDateRange(to_qdate(given_on), to_qdate(today))
        self.date_edit.setDate(to_qdate(today))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("For eksempel: mor sa det på telefon til kontaktpersonen"))
        intro = QLabel(self.tr("Samtykket blir stående i historikken, men gjelder ikke lenger fra denne "
                              "datoen. Ingen opplysninger kan deles med mottakerne etter det."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        add_row(form, self.tr("&Dato trukket:"), self.date_edit)
        add_row(form, self.tr("&Hvem sa det, og til hvem:"), self.note_edit)
        self.refusal = QLabel(self)
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("errorText")
        self.refusal.hide()
        choice = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(choice.Ok | choice.Cancel, parent=self)
        buttons.button(choice.Ok).setText(self.tr("Trekk tilbake"))
        buttons.button(choice.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.refusal)
        box.addWidget(buttons)

    def day(self) -> date:
        """The chosen day."""
        return from_qdate(self.date_edit.date())

    def note(self) -> str:
        """What was typed about who withdrew it and to whom."""
        return self.note_edit.text()

    def refuse(self, message: str) -> None:
        """Show why the withdrawal was not stored; the day and the note stay as typed."""
        self.refusal.setText(message)
        self.refusal.show()
