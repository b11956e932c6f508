"""Correct a case: the parent's details, unit, responsible worker, treatment phase, situation and gate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case, GateAnswer, Parent, TreatmentPhase, label
from barnearket.services.cases import answer_gate, update_case, view_case
from barnearket.services.staff import active_people
from barnearket.storage.errors import CaseFileError
from barnearket.ui.caseparts import category_labels
from barnearket.ui.conflict.fields import ask_fields
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.conflict.merge import FormMerge
from barnearket.ui.conflict.resolve import Resolution
from barnearket.ui.edit.common import CheckList, EditDialog, choice_box, hint, select_data
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.units import list_units
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

NOT_ASKED = ""
def _gate_choices() -> tuple[tuple[str, str], ...]:
    return ((NOT_ASKED, qtr("CaseDialog", "Ikke spurt")), *((a.value, label(a)) for a in GateAnswer))


class CaseDialog(EditDialog):
    """Every field of the case a person sets, in one scrolling form.

    Signals:
        saved(int): the case id after storing.
    """

    saved = Signal(int)

    def __init__(self, ctx: UiContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(qtr("CaseDialog", "Endre saken %1").replace("%1", case.number), parent)
        self.setObjectName("caseDialog")
        self._ctx, self._case = ctx, case
        self._base: int | None = case.row_version or None
        """The case's version the form was filled from (`storage/versions.py`)."""
        self.conflict_dialog: FieldConflictDialog | None = None
        with ctx.reading() as sctx:
            units, people = list_units(sctx), active_people(sctx)
        self.name = QLineEdit(self)
        self.identity = QLineEdit(self)
        self.born = OptionalDateEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.phone = QLineEdit(self)
        self.language = QLineEdit(self)
        self.interpreter = QCheckBox(qtr("CaseDialog", "Brukeren trenger &tolk"), self)
        self.unit = choice_box(units, self)
        self.responsible = choice_box([(None, qtr("CaseDialog", "Ingen ansvarlig")), *people], self)
        self.phase = choice_box([(p.value, label(p)) for p in TreatmentPhase], self)
        self.categories = CheckList(category_labels(ctx.forms).items(), self)
        self.gate = choice_box(_gate_choices(), self)
        self.siblings = choice_box(_gate_choices(), self)
        self.gate_on = OptionalDateEdit(self)
        self._build()
        self.show_case(case)
        self._merge = FormMerge([
            (qtr("CaseDialog", "Brukerens navn"), self.name),
            (qtr("CaseDialog", "Fødselsnummer"), self.identity),
            (qtr("CaseDialog", "Fødselsdato"), self.born), (qtr("CaseDialog", "Adresse"), self.address),
            (qtr("CaseDialog", "Telefon"), self.phone), (qtr("CaseDialog", "Språk"), self.language),
            (qtr("CaseDialog", "Tolk"), self.interpreter), (qtr("CaseDialog", "Enhet"), self.unit),
            (qtr("CaseDialog", "Ansvarlig"), self.responsible), (qtr("CaseDialog", "Behandling"), self.phase),
            (qtr("CaseDialog", "Situasjon"), self.categories),
            (qtr("CaseDialog", "Barn under 18 år"), self.gate),
            (qtr("CaseDialog", "Søsken under 18 år"), self.siblings),
            (qtr("CaseDialog", "Spurt dato"), self.gate_on)])
        fit_to_screen(self, 660, 700)

    def _build(self) -> None:
        body = QWidget(self)
        form = QFormLayout(body)
        self.column.addWidget(hint(qtr(
            "CaseDialog", "Navnet må fylles ut. Fødselsnummer er 11 siffer og kan stå tomt. "
            "Endringer føres i loggen med hvem og når."), self))
        add_row(form, qtr("CaseDialog", "Brukerens &navn:"), self.name)
        add_row(form, qtr("CaseDialog", "&Fødselsnummer:"), self.identity)
        add_row(form, qtr("CaseDialog", "Fø&dselsdato:"), self.born, qtr("CaseDialog", "dd.mm.åååå"))
        add_row(form, qtr("CaseDialog", "Adress&e:"), self.address)
        add_row(form, qtr("CaseDialog", "Telef&on:"), self.phone)
        add_row(form, qtr("CaseDialog", "&Språk:"), self.language)
        form.addRow("", self.interpreter)
        add_row(form, qtr("CaseDialog", "En&het:"), self.unit)
        add_row(form, qtr("CaseDialog", "&Ansvarlig:"), self.responsible)
        add_row(form, qtr("CaseDialog", "&Behandling:"), self.phase)
        add_row(form, qtr("CaseDialog", "Sit&uasjon:"), self.categories,
                qtr("CaseDialog", "Mellomrom krysser av"))
        add_row(form, qtr("CaseDialog", "Ba&rn under 18 år:"), self.gate)
        add_row(form, qtr("CaseDialog", "Søs&ken under 18 år:"), self.siblings)
        add_row(form, qtr("CaseDialog", "S&purt dato:"), self.gate_on)
        names = {"name": self.name, "identity": self.identity, "born": self.born, "address": self.address,
                 "phone": self.phone, "language": self.language, "interpreter": self.interpreter,
                 "unit": self.unit, "responsible": self.responsible, "phase": self.phase,
                 "categories": self.categories, "gate": self.gate, "siblings": self.siblings,
                 "gateOn": self.gate_on}
        for key, widget in names.items():
            widget.setObjectName(f"case_{key}")
        self._fields = {"name": self.name, "identity_number": self.identity, "birth_date": self.born,
                        "responsible_id": self.responsible, "asked_on": self.gate_on}
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.column.addWidget(scroll, 1)
        self.finish_layout()

    def show_case(self, case: Case) -> None:
        """Fill the form from the case."""
        parent = case.parent
        self.name.setText(parent.name)
        self.identity.setText(parent.identity_number or "")
        self.born.set_value(parent.birth_date)
        self.address.setPlainText(parent.address)
        self.phone.setText(parent.phone)
        self.language.setText(parent.language)
        self.interpreter.setChecked(parent.interpreter_needed)
        select_data(self.unit, case.unit_id)
        select_data(self.responsible, case.responsible_id)
        select_data(self.phase, case.treatment_phase.value)
        self.categories.set_checked(case.categories)
        select_data(self.gate, case.gate.answer.value if case.gate else NOT_ASKED)
        siblings = case.gate.siblings if case.gate else None
        select_data(self.siblings, siblings.value if siblings else NOT_ASKED)
        self.gate_on.set_value(case.gate.asked_on if case.gate else None)

    def parent_details(self) -> Parent:
        """The parent as typed."""
        return Parent(name=self.name.text(), identity_number=self.identity.text().strip() or None,
                      birth_date=self.born.value(), address=self.address.toPlainText(),
                      phone=self.phone.text(), language=self.language.text(),
                      interpreter_needed=self.interpreter.isChecked())

    def _gate_changed(self) -> bool:
        gate = self._case.gate
        now = (str(self.gate.currentData()), str(self.siblings.currentData()), self.gate_on.value())
        before = (gate.answer.value, gate.siblings.value if gate.siblings else NOT_ASKED,
                  gate.asked_on) if gate else (NOT_ASKED, NOT_ASKED, None)
        return now != before

    def save(self) -> None:
        """Store the case and, when it changed, the gate answer; refusals point at their field."""
        if not self.name.text().strip():
            self.fail(qtr("CaseDialog", "Skriv brukerens navn."), self.name)
            return
        gate = str(self.gate.currentData())
        if self._gate_changed() and gate == NOT_ASKED:
            self.fail(qtr("CaseDialog", "Spørsmålet om barn kan ikke gjøres ubesvart igjen. Velg "
                                        "«Ukjent» om dere ikke vet."), self.gate)
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                names = update_case(sctx, self._case.id, parent=self.parent_details(),
                                    responsible_id=self.responsible.currentData(),
                                    categories=self.categories.checked(),
                                    treatment_phase=TreatmentPhase(str(self.phase.currentData())),
                                    unit_id=self.unit.currentData(), base=self._base)
                if self._gate_changed():
                    siblings = str(self.siblings.currentData())
                    answer_gate(sctx, self._case.id, GateAnswer(gate),
                                siblings=GateAnswer(siblings) if siblings else None,
                                asked_on=self.gate_on.value(), base=None if names else self._base)
        except EditConflictError as conflict:
            self._conflicted(conflict)
            return
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self._fields.get(getattr(exc, "field", None) or ""))
            return
        self._ctx.save_status.saved.emit()
        self.saved.emit(self._case.id)
        self.accept()

    def _conflicted(self, conflict: EditConflictError) -> None:
        """Someone changed the case after this form was filled: her changes fill what this person left
        alone; a field both changed is shown side by side for the choice."""
        with self._ctx.reading() as sctx:
            stored = view_case(sctx, self._case.id, log_view=False)
        self._case = stored
        mine, theirs = self._merge.rebase(lambda: self.show_case(stored))
        if not self._merge.overlap:  # nobody's change is lost: store the merged form
            self._base = conflict.current
            self.save()
            return
        self.conflict_dialog = ask_fields(self, self._ctx, conflict, mine, theirs, done=self._resolved)

    def _resolved(self, resolution: Resolution) -> None:
        """Keep mine: store the merged form on the newer version. The stored one: those fields take the
        stored value, and the person's other changes are still stored (or the dialog closes)."""
        self._base = resolution.base
        if self._merge.settle(resolution.choice):
            self.save()
        else:
            self.reject()
