"""The dialog that marks a closed case as «overført til journal» (date and record reference)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case
from barnearket.services.transfer import REFERENCE_LIMIT, transfer_case
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.common import EditDialog, hint
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class TransferDialog(EditDialog):
    """When the case's summary went into the patient record, and its reference there."""

    def __init__(self, ctx: UiContext, case: Case, parent: QWidget | None = None) -> None:
        title = qtr("TransferDialog", "Overført til journal: sak %1").replace("%1", case.number)
        super().__init__(title, parent)
        self.setObjectName("transferDialog")
        self._ctx, self._case = ctx, case
        self.save_button.setText(qtr("TransferDialog", "&Merk som overført"))
        self.column.addWidget(hint(qtr(
            "TransferDialog", "Når journalsammendraget er lagt inn i pasientjournalen, merker du saken som "
            "overført. Etterpå kan ingen endre saken, og den kan slettes fra Barnearket når "
            "oppbevaringstiden er ute. Dette kan ikke angres."), self))
        form = QFormLayout()
        self.day = OptionalDateEdit(self)
        self.day.setObjectName("transfer_on")
        self.day.set_value(ctx.clock.today())
        add_row(form, qtr("TransferDialog", "Overført &dato:"), self.day)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("transfer_reference")
        self.reference.setMaxLength(REFERENCE_LIMIT)
        self.reference.setPlaceholderText(qtr("TransferDialog", "for eksempel dokumentnummeret i journalen"))
        add_row(form, qtr("TransferDialog", "&Journalreferanse:"), self.reference)
        self.column.addLayout(form)
        self.column.addStretch(1)
        self.finish_layout()
        self.resize(560, 300)

    def save(self) -> None:
        """Mark the case; a refusal (open case, no reference) is shown at its field."""
        day: date | None = self.day.value()
        try:
            with self._ctx.unit_of_work() as sctx:
                transfer_case(sctx, self._case.id, self.reference.text(), on=day)
        except (DomainError, CaseFileError) as exc:
            fields = {"reference": self.reference, "transferred_on": self.day}
            self.fail(exc.message, fields.get(getattr(exc, "field", None) or ""))
            return
        self._ctx.save_status.saved.emit()
        self.accept()
