"""A new case asks the gate question first ("Har brukeren barn under 18 år?"), then the parent's details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.services.cases import answer_gate, create_case
from barnearket.storage.errors import CaseFileError
from barnearket.ui.fielderrors import FieldErrors
from barnearket.ui.newcaseparts import GatePage, ParentPage
from barnearket.ui.taborder import move_focus
from barnearket.ui.units import add_own_unit, list_units
from barnearket.ui.widgets import heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class NewCaseDialog(QDialog):
    """Two steps: the gate question (and siblings), then parent, unit, phase and categories.

    Shown with `open()` so that locking can hide it and bring it back with what was typed.

    Signals:
        created(int): the new case id.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab in reading order (the fields are made in another order)."""
        return move_focus(self, next)

    created = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("Ny sak"))
        self._ctx = ctx
        with ctx.reading() as sctx:
            units = list_units(sctx)
        self.gate = GatePage(ctx.clock.today(), self)
        self.details = ParentPage(units, ctx.forms, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.gate)
        self.pages.addWidget(self.details)
        self.step = QLabel(self)
        self.error = message_label(self)
        self.back_button = QPushButton(self.tr("« &Tilbake"), self)
        self.next_button = QPushButton(self.tr("&Neste »"), self)
        self.create_button = QPushButton(self.tr("&Opprett sak"), self)
        self.cancel_button = QPushButton(self.tr("&Avbryt"), self)
        self._build()
        self._show_page(0)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Ny sak"), self, 4))
        box.addWidget(self.step)
        box.addWidget(self.pages, 1)
        box.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        for button in (self.back_button, self.next_button, self.create_button):
            row.addWidget(button)
        box.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button.clicked.connect(self._next)
        self.create_button.clicked.connect(self.submit)
        self.gate.answered.connect(lambda: self.next_button.setEnabled(True))
        self.resize(640, 600)
        self._watch_fields()

    def _watch_fields(self) -> None:
        """Errors at the field they are about, cleared as soon as the field is right."""
        self.errors = FieldErrors(self)
        details = self.details
        self.errors.attach_in_form(details.name, lambda: self._detail_problem(details.name),
                                   details.name.textChanged)
        if not details.new_unit_name.isHidden():  # only a file without units asks for a new one
            self.errors.attach_in_form(details.new_unit_name,
                                       lambda: self._detail_problem(details.new_unit_name),
                                       details.new_unit_name.textChanged)
        self.errors.attach_in_form(details.identity, lambda: "", details.identity.textChanged)

    def _detail_problem(self, field: QWidget) -> str:
        """The details page's message when it is about this field."""
        problem = self.details.problem()
        if field is self.details.name:
            return problem if not self.details.name.text().strip() else ""
        return problem if field is self.details.new_unit_name and self.details.name.text().strip() else ""

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.step.setText(self.tr("Steg %1 av 2").replace("%1", str(page + 1)))
        self.back_button.setVisible(page == 1)
        self.next_button.setVisible(page == 0)
        self.next_button.setEnabled(self.gate.answer() is not None)
        self.create_button.setVisible(page == 1)
        self.create_button.setDefault(page == 1)
        self.next_button.setDefault(page == 0)
        show_message(self.error, "")
        focus = self.details.name if page == 1 else self.gate.first_choice()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next(self) -> None:
        if self.gate.answer() is None:
            show_message(self.error, self.tr(
                "Svar på om brukeren har barn under 18 år (også «Ukjent» er et svar)."))
            return
        self._show_page(1)

    def submit(self) -> None:
        """Create the case and record the gate answer in one unit of work."""
        answer = self.gate.answer()
        if answer is None:
            self._show_page(0)
            return
        if not self.errors.check_all():
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                unit_id = self.details.unit_id()
                if unit_id is None:
                    unit_id = add_own_unit(sctx, *self.details.new_unit())
                case_id = create_case(sctx, unit_id=unit_id, parent=self.details.parent_details(),
                                      categories=self.details.categories(),
                                      treatment_phase=self.details.treatment_phase())
                answer_gate(sctx, case_id, answer, siblings=self.gate.siblings(),
                            asked_on=self.gate.asked_on())
        except (DomainError, CaseFileError) as exc:
            field = self.details.identity if getattr(exc, "field", None) == "identity_number" else None
            if field is not None:
                self.errors.show_error(field, exc.message)
            else:
                show_message(self.error, exc.message)
            return
        self._ctx.save_status.saved.emit()
        self.created.emit(case_id)
        self.accept()
