"""The administrator's dialog for the organisation details that fill every document's header."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model.organisation import Organisation
from barnearket.services import organisation as org
from barnearket.ui.widgets import add_row, message_label, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

LABELS = {
    "municipality_number": qtr("OrganisationDialog", "&Kommunenummer:"),
    "municipality_name": qtr("OrganisationDialog", "Kommune&navn:"),
    "district_number": qtr("OrganisationDialog", "&Bydelsnummer (hvis bydel):"),
    "district_name": qtr("OrganisationDialog", "B&ydel:"),
    "unit": qtr("OrganisationDialog", "&Tjeneste / enhet:"),
    "org_number": qtr("OrganisationDialog", "&Organisasjonsnummer:"),
    "address": qtr("OrganisationDialog", "&Postadresse:"),
    "phone": qtr("OrganisationDialog", "T&elefon (sentralbord):"),
}


class OrganisationDialog(QDialog):
    """Edits `Organisation`; only administrators can store it (the service says no to others).

    Attributes:
        editors: one line edit per field of `Organisation`, by field name.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Virksomhetens opplysninger"))
        self.editors: dict[str, QLineEdit] = {}
        form = QFormLayout()
        with ctx.reading() as sctx:
            current = asdict(org.organisation(sctx))
        for field in fields(Organisation):
            editor = QLineEdit(str(current[field.name]), self)
            self.editors[field.name] = editor
            add_row(form, LABELS[field.name], editor)
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)

    def save(self) -> None:
        """Store the details, or show why not and keep the dialog open."""
        details = Organisation(**{name: e.text() for name, e in self.editors.items()})
        try:
            with self._ctx.unit_of_work() as sctx:
                org.save_organisation(sctx, details)
        except DomainError as exc:
            show_message(self.message, str(exc))
            return
        self.accept()
