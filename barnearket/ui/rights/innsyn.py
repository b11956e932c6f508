"""The innsyn dialog: choose whose innsyn (the parent or a child), then save the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case
from barnearket.domain.rules.innsyn import InnsynPerson
from barnearket.services.innsyn import make_innsyn, save_innsyn
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.common import EditDialog, hint
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class InnsynDialog(EditDialog):
    """Whose innsyn, what it holds, and «Lagre PDF …».

    Attributes:
        person: the choice (data: the child id, or None for the parent); saved_to: where the PDF went.
    """

    def __init__(self, ctx: UiContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(qtr("InnsynDialog", "Innsyn i sak %1").replace("%1", case.number), parent)
        self.setObjectName("innsynDialog")
        self._ctx, self._case = ctx, case
        self.saved_to: Path | None = None
        self.save_button.setText(qtr("InnsynDialog", "&Lagre PDF …"))
        self.column.addWidget(hint(qtr(
            "InnsynDialog", "Dokumentet viser alt som er lagret om personen i saken, og hvem som har åpnet "
            "og endret den. Det som andre har krav på at holdes tilbake (et annet barns opplysninger, hvem "
            "en anonym drøfting ble holdt med), er utelatt og nevnt med begrunnelse. Barn kan selv få "
            "innsyn fra de er 16 år."), self))
        form = QFormLayout()
        self.person = QComboBox(self)
        self.person.setObjectName("innsyn_person")
        self.person.addItem(qtr("InnsynDialog", "Forelderen: %1").replace("%1", case.parent.name), None)
        for child in case.children:
            self.person.addItem(qtr("InnsynDialog", "Barnet: %1").replace("%1", child.name), child.id)
        add_row(form, qtr("InnsynDialog", "Innsyn &for:"), self.person)
        self.column.addLayout(form)
        self.column.addStretch(1)
        self.finish_layout()
        self.resize(620, 320)

    def save(self) -> None:
        """Make the document, ask where to save it, write it; both steps are logged."""
        person = InnsynPerson(self.person.currentData())
        try:
            with self._ctx.unit_of_work() as sctx:
                document = make_innsyn(sctx, self._case.id, person)
            path = self._ctx.dialogs.save_file(self, qtr("InnsynDialog", "Lagre innsyn som PDF"),
                                               Path.home() / document.file_name,
                                               qtr("InnsynDialog", "PDF-dokument (*.pdf)"))
            if path is None:
                return
            with self._ctx.unit_of_work() as sctx:
                save_innsyn(sctx, document, path)
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.person)
            return
        self.saved_to = path
        self._ctx.dialogs.message(self, qtr("InnsynDialog", "Innsyn lagret"), qtr(
            "InnsynDialog", "Lagret. Filen er taushetsbelagt: gi den bare til den den gjelder, og slett "
            "den når den er levert."))
        self.accept()
