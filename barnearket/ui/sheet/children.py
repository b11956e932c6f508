"""Adding a child or sibling in the middle of the conversation, without leaving the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.domain.model import ChildDetails, Relation, label
from barnearket.services.children import add_child
from barnearket.ui.context import UiContext
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.formwidgets.dates import OptionalDateEdit


class AddChildForm(QGroupBox):
    """A small inline form: name, birth date (or due date if unborn), relation.

    Attributes:
        case_id: the case the child is added to.

    Signals:
        child_added(int): the new child's id.
    """

    child_added = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Legg til barn eller søsken"), parent)
        self._ctx = ctx
        self.case_id: int | None = None
        self.name = QLineEdit(self)
        self.unborn = QCheckBox(self.tr("Ufødt (venter barn)"), self)
        self.born = OptionalDateEdit(self)
        self.relation = QComboBox(self)
        for relation in (r for r in Relation if r is not Relation.SELF):
            self.relation.addItem(label(relation), relation.value)
        self.add = QPushButton(self.tr("Legg til barnet"), self)
        self.more = QPushButton(self.tr("Med alle opplysninger …"), self)
        self.more.setObjectName("addChildFullButton")
        self.more.setToolTip(self.tr("Fødselsnummer, foreldreansvar, hvor barnet bor, skole og tjenester"))
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay_out()
        self.unborn.toggled.connect(self._unborn_toggled)
        self.add.clicked.connect(self.submit)
        self.more.clicked.connect(lambda _=False: self.open_full())
        self.name.returnPressed.connect(self.submit)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        self.date_label = QLabel(self.tr("Fødselsdato"), self)
        self.date_label.setBuddy(self.born)
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.date_label, self.born)
        form.addRow("", self.unborn)
        form.addRow(self.tr("Relasjon"), self.relation)
        form.addRow(self.error)
        form.addRow(self.add)
        form.addRow(self.more)
        self.name.setAccessibleName(self.tr("Barnets navn"))
        self.born.setAccessibleName(self.tr("Barnets fødselsdato"))
        self.unborn.setAccessibleName(self.tr("Barnet er ikke født ennå"))
        self.relation.setAccessibleName(self.tr("Barnets relasjon til brukeren"))
        self.add.setAccessibleName(self.tr("Legg til barnet"))

    def _unborn_toggled(self, unborn: bool) -> None:
        self.date_label.setText(self.tr("Termindato") if unborn else self.tr("Fødselsdato"))

    def details(self) -> ChildDetails:
        """What the form holds, as the service takes it."""
        day = self.born.value()
        unborn = self.unborn.isChecked()
        return ChildDetails(
            name=self.name.text(),
            relation=Relation(self.relation.currentData()),
            birth_date=None if unborn else day,
            unborn=unborn,
            due_date=day if unborn else None,
        )

    def open_full(self) -> ChildDialog | None:
        """The whole child dialog, starting from what is typed here."""
        if self.case_id is None:
            return None
        dialog = ChildDialog(self._ctx, self.case_id, None, self)
        dialog.show_details(self.details())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved_in_dialog)
        dialog.open()
        dialog.name.setFocus()
        return dialog

    def _saved_in_dialog(self, child_id: int) -> None:
        self.name.clear()
        self.born.set_value(None)
        self.unborn.setChecked(False)
        self.child_added.emit(child_id)

    def submit(self) -> None:
        """Store the child and clear the form; a refusal is shown next to the form."""
        if self.case_id is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                child_id = add_child(sctx, self.case_id, self.details())
        except DomainError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.error.hide()
        self.name.clear()
        self.born.set_value(None)
        self.unborn.setChecked(False)
        self.child_added.emit(child_id)
