"""The two pages of a new case: the gate question with siblings, and the parent's details."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.model import GateAnswer, Parent, TreatmentPhase, label
from barnearket.ui.caseparts import category_labels
from barnearket.ui.formwidgets.dates import make_date_edit
from barnearket.ui.units import SERVICES
from barnearket.ui.widgets import MUTED_STYLE, add_row, from_qdate, qtr, to_qdate

GATE_QUESTION = QT_TRANSLATE_NOOP("NewCaseDialog", "Har brukeren barn under 18 år?")
SIBLINGS_QUESTION = QT_TRANSLATE_NOOP("NewCaseDialog", "Har brukeren søsken under 18 år?")
CATEGORY_ROLE = Qt.ItemDataRole.UserRole



class AnswerGroup(QGroupBox):
    """The question as the group's title, and one radio button per gate answer."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout(self)
        for number, answer in enumerate(GateAnswer):
            button = QRadioButton(label(answer), self)
            button.setAccessibleName(f"{question} {label(answer)}")
            self.buttons.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)

    def answer(self) -> GateAnswer | None:
        """The chosen answer, or None."""
        chosen = self.buttons.checkedId()
        return list(GateAnswer)[chosen] if chosen >= 0 else None


class GatePage(QWidget):
    """Asked first, before anything else about the case.

    Signals:
        answered(): the gate question has an answer.
    """

    answered = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        why = QLabel(qtr("NewCaseDialog",
                         "Spør alle brukere om de har barn eller søsken under 18 år – også når du "
                         "tror svaret er nei. «Ukjent» og «Vil ikke svare» er også svar, og kan "
                         "endres senere."), self)
        why.setWordWrap(True)
        box.addWidget(why)
        self.children_group = AnswerGroup(qtr("NewCaseDialog", GATE_QUESTION), self)
        self.siblings_group = AnswerGroup(qtr("NewCaseDialog", SIBLINGS_QUESTION), self)
        box.addWidget(self.children_group)
        box.addWidget(self.siblings_group)
        form = QFormLayout()
        self.date = make_date_edit(self)
        self.date.setDate(to_qdate(today))
        self.date.setMaximumDate(to_qdate(today))
        add_row(form, qtr("NewCaseDialog", "&Spurt dato:"), self.date)
        box.addLayout(form)
        box.addStretch(1)
        self.children_group.buttons.idClicked.connect(lambda _: self.answered.emit())

    def first_choice(self) -> QWidget:
        """The widget to focus when the page opens."""
        return self.children_group.buttons.checkedButton() or self.children_group.buttons.button(0)

    def answer(self) -> GateAnswer | None:
        """The answer about children."""
        return self.children_group.answer()

    def siblings(self) -> GateAnswer | None:
        """The answer about siblings, if given."""
        return self.siblings_group.answer()

    def asked_on(self) -> date:
        """When the question was asked."""
        return from_qdate(self.date.date())


class ParentPage(QWidget):
    """Name, identity number, unit (or a new unit), treatment phase and the condition categories."""

    def __init__(self, units: list[tuple[int, str]], forms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(qtr("NewCaseDialog", "11 siffer, kan stå tomt"))
        self.unit = QComboBox(self)
        self.new_unit_name = QLineEdit(self)
        self.new_unit_service = QComboBox(self)
        self.phase_box = QComboBox(self)
        self.category_model = QStandardItemModel(self)
        self.category_view = QListView(self)
        self.new_unit_name.setObjectName("newUnitName")
        self.new_unit_service.setObjectName("newUnitService")
        self._build(units, forms)

    def _build(self, units: list[tuple[int, str]], forms: Any) -> None:
        form = QFormLayout(self)
        add_row(form, qtr("NewCaseDialog", "Brukerens &navn:"), self.name)
        add_row(form, qtr("NewCaseDialog", "&Fødselsnummer:"), self.identity,
                qtr("NewCaseDialog", "Fødselsnummer eller D-nummer, valgfritt"))
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        if units:
            add_row(form, qtr("NewCaseDialog", "&Enhet:"), self.unit)
            self.new_unit_name.hide()
            self.new_unit_service.hide()
        else:
            self.unit.hide()
            note = QLabel(qtr("NewCaseDialog",
                              "Filen har ingen enheter ennå. Skriv navnet på enheten din."), self)
            note.setStyleSheet(MUTED_STYLE)
            note.setWordWrap(True)
            form.addRow(note)
            add_row(form, qtr("NewCaseDialog", "&Enhet:"), self.new_unit_name)
            for service_id, service_label in SERVICES:
                self.new_unit_service.addItem(qtr("NewCaseDialog", service_label), service_id)
            add_row(form, qtr("NewCaseDialog", "&Tjeneste:"), self.new_unit_service)
        for phase in TreatmentPhase:
            self.phase_box.addItem(label(phase), phase.value)
        add_row(form, qtr("NewCaseDialog", "&Behandling:"), self.phase_box)
        for category_id, text in category_labels(forms).items():
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(category_id, CATEGORY_ROLE)
            self.category_model.appendRow(item)
        self.category_view.setModel(self.category_model)
        add_row(form, qtr("NewCaseDialog", "&Situasjon:"), self.category_view,
                qtr("NewCaseDialog", "Velg alt som gjelder"))
        self._has_units = bool(units)

    def problem(self) -> str:
        """What must be filled in before the case can be created (empty when nothing)."""
        if not self.name.text().strip():
            return qtr("NewCaseDialog", "Skriv brukerens navn.")
        if not self._has_units and not self.new_unit_name.text().strip():
            return qtr("NewCaseDialog", "Skriv navnet på enheten.")
        return ""

    def unit_id(self) -> int | None:
        """The chosen unit, or None when a new one is to be made."""
        return int(self.unit.currentData()) if self._has_units else None

    def new_unit(self) -> tuple[str, str]:
        """Name and service of the unit to create."""
        return self.new_unit_name.text().strip(), str(self.new_unit_service.currentData())

    def parent_details(self) -> Parent:
        """The parent's details as typed."""
        return Parent(name=self.name.text(), identity_number=self.identity.text().strip() or None)

    def treatment_phase(self) -> TreatmentPhase:
        """The chosen treatment phase."""
        return TreatmentPhase(str(self.phase_box.currentData()))

    def categories(self) -> list[str]:
        """The ids of the checked categories."""
        model = self.category_model
        return [str(model.item(row).data(CATEGORY_ROLE)) for row in range(model.rowCount())
                if model.item(row).checkState() == Qt.CheckState.Checked]
