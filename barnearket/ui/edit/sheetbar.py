"""The conversation's date and participants (a small dialog), and the choice of which version to see:
earlier versions open read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case
from barnearket.domain.model import Sheet as SheetRecord
from barnearket.services.sheets import update_sheet
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.common import EditDialog, hint
from barnearket.ui.formwidgets.dates import OptionalDateEdit, format_date
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class SheetDetailsDialog(EditDialog):
    """When the conversation was held and who took part (a draft only)."""

    def __init__(self, ctx: UiContext, sheet: SheetRecord, parent: QWidget | None = None) -> None:
        super().__init__(qtr("SheetDetails", "Dato og deltakere"), parent)
        self.setObjectName("sheetDetailsDialog")
        self._ctx, self._sheet = ctx, sheet
        self.column.addWidget(hint(qtr("SheetDetails", "Datoen kan ikke ligge fram i tid."), self))
        form = QFormLayout()
        self.held_on = OptionalDateEdit(self)
        self.held_on.setObjectName("sheet_heldOn")
        self.held_on.set_value(sheet.held_on)
        self.participants = QLineEdit(sheet.participants, self)
        self.participants.setObjectName("sheet_participants")
        add_row(form, qtr("SheetDetails", "Samtalen ble &holdt:"), self.held_on,
                qtr("SheetDetails", "dd.mm.åååå"))
        add_row(form, qtr("SheetDetails", "&Deltakere:"), self.participants,
                qtr("SheetDetails", "For eksempel: brukeren, partneren, tolk"))
        self.column.addLayout(form)
        self.column.addStretch(1)
        self.finish_layout()
        self.resize(480, 260)

    def save(self) -> None:
        """Store the date and the participants."""
        try:
            with self._ctx.unit_of_work() as sctx:
                update_sheet(sctx, self._sheet.id, held_on=self.held_on.value(),
                             participants=self.participants.text())
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.held_on)
            return
        self._ctx.save_status.saved.emit()
        self.accept()


class SheetBar(QWidget):
    """"Samtale: [versjon]" and "Dato og deltakere …" under the sheet's header.

    Signals:
        version_chosen(int): the sheet id to show.
        details_saved(): the date or participants were changed.
    """

    version_chosen = Signal(int)
    details_saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sheet: SheetRecord | None = None
        self._case: Case | None = None
        self.versions = QComboBox(self)
        self.versions.setObjectName("sheetVersion")
        caption = QLabel(qtr("SheetDetails", "Vis vers&jon:"), self)
        caption.setBuddy(self.versions)
        self.versions.setAccessibleName(qtr("SheetDetails", "Vis versjon"))
        self.details = QPushButton(qtr("SheetDetails", "Dato og deltakere …"), self)
        self.details.setObjectName("sheetDetailsButton")
        self.details.clicked.connect(lambda _=False: self.open_details())
        self.correct = QPushButton(qtr("SheetDetails", "Rett et svar …"), self)
        self.correct.setObjectName("sheetCorrectButton")
        self.correct.setToolTip(qtr("SheetDetails", "Rett et fritekstsvar i en fullført samtale"))
        self.correct.clicked.connect(lambda _=False: self.open_correction())
        self.versions.activated.connect(
            lambda row: self.version_chosen.emit(int(self.versions.itemData(row))))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.versions)
        row.addStretch(1)
        row.addWidget(self.correct)
        row.addWidget(self.details)

    def show_sheets(self, case: Case, shown: SheetRecord | None) -> None:
        """List every version (newest first) and mark the one on screen."""
        self._sheet, self._case = shown, case
        self.versions.clear()
        for sheet in sorted(case.sheets, key=lambda s: s.version, reverse=True):
            state = (qtr("SheetDetails", "fullført %1").replace("%1", format_date(sheet.held_on))
                     if sheet.is_completed else qtr("SheetDetails", "utkast"))
            self.versions.addItem(qtr("SheetDetails", "Samtale %1 (%2)").replace("%1", str(sheet.version))
                                  .replace("%2", state), sheet.id)
        if shown is not None:
            self.versions.setCurrentIndex(self.versions.findData(shown.id))
        self.setVisible(shown is not None)
        self.details.setEnabled(shown is not None and not shown.is_completed)
        self.correct.setVisible(shown is not None and shown.is_completed and not case.is_transferred)

    def open_correction(self) -> QWidget | None:
        """Correct a free-text answer of the completed conversation on screen."""
        from barnearket.ui.rights.answers import AnswerCorrectionDialog

        if self._sheet is None or self._case is None or not self._sheet.is_completed:
            return None
        dialog = AnswerCorrectionDialog(self._ctx, self._case, self._sheet, self)
        dialog.accepted.connect(self.details_saved)
        dialog.open()
        return dialog

    def open_details(self) -> SheetDetailsDialog | None:
        """The date-and-participants dialog for the draft on screen."""
        if self._sheet is None or self._sheet.is_completed:
            return None
        dialog = SheetDetailsDialog(self._ctx, self._sheet, self)
        dialog.accepted.connect(self.details_saved)
        dialog.open()
        dialog.held_on.setFocus()
        return dialog
