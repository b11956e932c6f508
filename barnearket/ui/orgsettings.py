"""The administrator's dialog for the organisation details that fill every document's header."""

from __future__ import annotations

from dataclasses import asdict, fields
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model.organisation import Organisation
from barnearket.services import organisation as org
from barnearket.services.language import save_document_language
from barnearket.ui.fielderrors import FieldErrors
from barnearket.ui.languagemenu import document_language_box
from barnearket.ui.widgets import add_row, heading, message_label, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

LABELS = {
    "municipality_number": QT_TRANSLATE_NOOP("OrganisationDialog", "&Kommunenummer:"),
    "municipality_name": QT_TRANSLATE_NOOP("OrganisationDialog", "Kommune&navn:"),
    "district_number": QT_TRANSLATE_NOOP("OrganisationDialog", "&Bydelsnummer (hvis bydel):"),
    "district_name": QT_TRANSLATE_NOOP("OrganisationDialog", "B&ydel:"),
    "unit": QT_TRANSLATE_NOOP("OrganisationDialog", "&Tjeneste / enhet:"),
    "org_number": QT_TRANSLATE_NOOP("OrganisationDialog", "&Organisasjonsnummer:"),
    "address": QT_TRANSLATE_NOOP("OrganisationDialog", "&Postadresse:"),
    "phone": QT_TRANSLATE_NOOP("OrganisationDialog", "T&elefon (sentralbord):"),
    "action_guide": QT_TRANSLATE_NOOP("OrganisationDialog", "&Handlingsveileder (nettadresse eller fil):"),
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
        self.errors = FieldErrors(self)
        form = QFormLayout()
        with ctx.reading() as sctx:
            current = asdict(org.organisation(sctx))
        for field in fields(Organisation):
            editor = QLineEdit(str(current[field.name]), self)
            self.editors[field.name] = editor
            holder, error = self.errors.slot(editor)
            add_row(form, qtr("OrganisationDialog", LABELS[field.name]), editor, container=holder)
            self.errors.watch(editor, error, partial(self._problem, field.name), editor.textChanged)
        self.document_language = document_language_box(ctx, self)
        add_row(form, self.tr("Språk i &dokumentene:"), self.document_language)
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(620)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Virksomhetens opplysninger"), self, 3))
        intro = QLabel(self.tr(
            "Opplysningene står øverst i journalsammendraget, meldingen til barnevernet og de andre "
            "dokumentene. Kommunenummeret har fire sifre, bydelsnummeret to, og organisasjonsnummeret "
            "ni. Bare en administrator kan lagre endringer."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)

    def _details(self) -> Organisation:
        return Organisation(**{name: e.text() for name, e in self.editors.items()})

    def _problem(self, name: str) -> str:
        """The message for this field alone (each field is checked on its own, so all wrong ones show)."""
        alone = {other: "" for other in self.editors} | {name: self.editors[name].text()}
        try:
            org.check_organisation(Organisation(**alone))
        except DomainError as exc:
            return exc.message if exc.field == name else ""
        return ""

    def save(self) -> None:
        """Store the details, or show why not (at the field) and keep the dialog open."""
        show_message(self.message, "")
        if not self.errors.check_all():
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                org.save_organisation(sctx, self._details())
                save_document_language(sctx, str(self.document_language.currentData()))
        except DomainError as exc:
            editor = self.editors.get(exc.field or "")
            if editor is not None:
                self.errors.show_error(editor, exc.message)
            else:
                show_message(self.message, exc.message)
            return
        self.accept()
