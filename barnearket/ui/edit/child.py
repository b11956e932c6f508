"""Add or correct a child or sibling with everything the routine records about them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QScrollArea, QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.forms.standard import SERVICES_ID
from barnearket.domain.model import Child, ChildDetails, Relation, Residence, label
from barnearket.services.cases import view_case
from barnearket.services.children import add_child, update_child
from barnearket.storage.errors import CaseFileError
from barnearket.ui.conflict.fields import ask_fields
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.conflict.merge import FormMerge
from barnearket.ui.conflict.resolve import Resolution
from barnearket.ui.edit.common import CheckList, EditDialog, choice_box, hint, select_data
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

UNKNOWN = "unknown"


def _yes_no_unknown() -> tuple[tuple[str, str], ...]:
    return ((UNKNOWN, qtr("ChildDialog", "Vet ikke")), ("yes", qtr("ChildDialog", "Ja")),
            ("no", qtr("ChildDialog", "Nei")))


def service_items(forms: object) -> list[tuple[str, str]]:
    """(id, label) of the service directory, empty without a form library."""
    try:
        return [(i.id, i.label) for i in forms.latest(SERVICES_ID).items]  # type: ignore[attr-defined]
    except (AttributeError, KeyError):
        return []


class ChildDialog(EditDialog):
    """Name, identity number, birth or due date, relation, parental responsibility, residence,
    daily carer, the other parent, kindergarten or school and services already involved.

    Signals:
        saved(int): the child's id after storing.
    """

    saved = Signal(int)

    def __init__(self, ctx: UiContext, case_id: int, child: Child | None = None,
                 parent: QWidget | None = None) -> None:
        title = (qtr("ChildDialog", "Endre barnet") if child
                 else qtr("ChildDialog", "Legg til barn eller søsken"))
        super().__init__(title, parent)
        self.setObjectName("childDialog")
        self._ctx, self._case_id, self._child = ctx, case_id, child
        self._base: int | None = child.row_version or None if child is not None else None
        """The child's version the form was filled from (`storage/versions.py`)."""
        self.conflict_dialog: FieldConflictDialog | None = None
        self.name = QLineEdit(self)
        self.identity = QLineEdit(self)
        self.unborn = QCheckBox(qtr("ChildDialog", "Barnet er &ikke født ennå"), self)
        self.born = OptionalDateEdit(self)
        self.due = OptionalDateEdit(self)
        self.relation = choice_box([(r.value, label(r)) for r in Relation], self)
        self.responsibility = choice_box(_yes_no_unknown(), self)
        self.residence = choice_box([(UNKNOWN, qtr("ChildDialog", "Vet ikke")),
                                     *((r.value, label(r)) for r in Residence)], self)
        self.carer = QLineEdit(self)
        self.other_parent = QLineEdit(self)
        self.school = QLineEdit(self)
        self.services = CheckList(service_items(ctx.forms), self)
        self._fields: dict[str, QWidget] = {}
        self._build()
        self.unborn.toggled.connect(self._unborn_toggled)
        if child is not None:
            self.show_details(child.details)
        self._unborn_toggled(self.unborn.isChecked())
        self._merge = FormMerge([
            (qtr("ChildDialog", "Navn"), self.name), (qtr("ChildDialog", "Fødselsnummer"), self.identity),
            (qtr("ChildDialog", "Fødselsdato"), self.born), (qtr("ChildDialog", "Termindato"), self.due),
            (qtr("ChildDialog", "Relasjon til brukeren"), self.relation),
            (qtr("ChildDialog", "Foreldreansvar (brukeren)"), self.responsibility),
            (qtr("ChildDialog", "Bor"), self.residence), (qtr("ChildDialog", "Daglig omsorg"), self.carer),
            (qtr("ChildDialog", "Den andre forelderen"), self.other_parent),
            (qtr("ChildDialog", "Skole eller barnehage"), self.school),
            (qtr("ChildDialog", "Tjenester som er inne"), self.services)])
        fit_to_screen(self, 620, 680)

    def _build(self) -> None:
        body = QWidget(self)
        form = QFormLayout(body)
        self.column.addWidget(hint(qtr(
            "ChildDialog", "Bare navnet må fylles ut. Et ufødt barn har termindato i stedet for "
            "fødselsdato; det som ikke gjelder før fødselen, skrus av."), self))
        add_row(form, qtr("ChildDialog", "&Navn:"), self.name)
        add_row(form, qtr("ChildDialog", "Fødselsnumm&er:"), self.identity,
                qtr("ChildDialog", "11 siffer, kan stå tomt"))
        form.addRow("", self.unborn)
        add_row(form, qtr("ChildDialog", "Fø&dselsdato:"), self.born, qtr("ChildDialog", "dd.mm.åååå"))
        add_row(form, qtr("ChildDialog", "&Termindato:"), self.due, qtr("ChildDialog", "dd.mm.åååå"))
        add_row(form, qtr("ChildDialog", "&Relasjon til brukeren:"), self.relation)
        add_row(form, qtr("ChildDialog", "&Foreldreansvar (brukeren):"), self.responsibility)
        add_row(form, qtr("ChildDialog", "&Bor:"), self.residence)
        add_row(form, qtr("ChildDialog", "Daglig &omsorg:"), self.carer,
                qtr("ChildDialog", "Hvem som gir barnet daglig omsorg"))
        add_row(form, qtr("ChildDialog", "Den &andre forelderen:"), self.other_parent)
        add_row(form, qtr("ChildDialog", "&Skole eller barnehage:"), self.school)
        add_row(form, qtr("ChildDialog", "T&jenester som er inne:"), self.services,
                qtr("ChildDialog", "Mellomrom krysser av"))
        names = {"name": self.name, "identity": self.identity, "unborn": self.unborn, "born": self.born,
                 "due": self.due, "relation": self.relation, "responsibility": self.responsibility,
                 "residence": self.residence, "carer": self.carer, "otherParent": self.other_parent,
                 "school": self.school, "services": self.services}
        for key, widget in names.items():
            widget.setObjectName(f"child_{key}")
        self._fields = {"name": self.name, "identity_number": self.identity, "birth_date": self.born,
                        "due_date": self.due, "other_parent": self.other_parent}
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.column.addWidget(scroll, 1)
        self.finish_layout()

    def _unborn_toggled(self, unborn: bool) -> None:
        self.born.setEnabled(not unborn)
        self.due.setEnabled(unborn)
        for widget in (self.school, self.carer):
            widget.setEnabled(not unborn)

    def show_details(self, details: ChildDetails) -> None:
        """Fill the form from what is stored."""
        self.name.setText(details.name)
        self.identity.setText(details.identity_number or "")
        self.unborn.setChecked(details.unborn)
        self.born.set_value(details.birth_date)
        self.due.set_value(details.due_date)
        select_data(self.relation, details.relation.value)
        responsibility = {None: UNKNOWN, True: "yes", False: "no"}[details.parental_responsibility]
        select_data(self.responsibility, responsibility)
        select_data(self.residence, details.residence.value if details.residence else UNKNOWN)
        self.carer.setText(details.daily_carer)
        self.other_parent.setText(details.other_parent)
        self.school.setText(details.school)
        self.services.set_checked(details.services)

    def details(self) -> ChildDetails:
        """What the form holds, as the service takes it."""
        unborn = self.unborn.isChecked()
        residence = str(self.residence.currentData())
        return ChildDetails(
            name=self.name.text(), relation=Relation(str(self.relation.currentData())),
            identity_number=self.identity.text().strip() or None,
            birth_date=None if unborn else self.born.value(), unborn=unborn,
            due_date=self.due.value() if unborn else None,
            parental_responsibility={"yes": True, "no": False}.get(str(self.responsibility.currentData())),
            residence=None if residence == UNKNOWN else Residence(residence),
            daily_carer="" if unborn else self.carer.text(), other_parent=self.other_parent.text(),
            school="" if unborn else self.school.text(), services=frozenset(self.services.checked()),
        )

    def save(self) -> None:
        """Store the child; a refusal is shown and the cursor goes to the field it concerns."""
        if not self.name.text().strip():
            self.fail(qtr("ChildDialog", "Skriv barnets navn."), self.name)
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                if self._child is None:
                    child_id = add_child(sctx, self._case_id, self.details())
                else:
                    child_id = self._child.id
                    update_child(sctx, child_id, self.details(), base=self._base)
        except EditConflictError as conflict:
            self._conflicted(conflict)
            return
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self._fields.get(getattr(exc, "field", None) or ""))
            return
        self._ctx.save_status.saved.emit()
        self.saved.emit(child_id)
        self.accept()

    def _conflicted(self, conflict: EditConflictError) -> None:
        """Someone changed the child after this form was filled: her changes fill what this person left
        alone; a field both changed is shown side by side for the choice."""
        assert self._child is not None
        with self._ctx.reading() as sctx:
            stored = view_case(sctx, self._case_id, log_view=False).child(self._child.id)
        if stored is None:  # removed meanwhile: nothing to merge with
            self.fail(conflict.message)
            return
        mine, theirs = self._merge.rebase(lambda: self.show_details(stored.details))
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
