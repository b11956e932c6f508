"""The case's consents: who gave them, for what, to whom, and until when; and a form for a new one."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from barnearket.domain.forms import Question
from barnearket.domain.model import Case, ConsentForm, ConsentGiver, JsonValue
from barnearket.services.consents import record_consent
from barnearket.services.context import ServiceContext
from barnearket.ui.concern.adapters import day, text
from barnearket.ui.concern.columns import consent_columns
from barnearket.ui.concern.entries import fit_columns, make_table
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.questions import consent_questions
from barnearket.ui.concern.records import RecordModel
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.context import UiContext
from barnearket.ui.widgets import heading


class ConsentsPage(SplitPage):
    """Consents on the case (they cover every concern of it) and a form to record one.

    Signals:
        changed(): a consent was recorded.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case: Case | None = None
        self.model = RecordModel(consent_columns(self._service_name), self)
        self.table, _ = make_table(self.model, self.tr("Samtykker på saken"), self)
        self.box: FormBox | None = None
        self.left = QVBoxLayout()
        self.left.addWidget(heading(self.tr("Samtykker på saken"), self, 1))
        self.left.addWidget(self.table, 1)
        self.holder = QWidget(self)
        self.holder_column = QVBoxLayout(self.holder)
        self.holder_column.setContentsMargins(0, 0, 0, 0)
        self.set_parts(self.left, self.holder)

    def set_case(self, case: Case, child_id: int | None) -> None:
        """Show the case's consents; the form offers the case's children."""
        children_changed = self._case is None or self._case.children != case.children
        self._case = case
        self.model.set_records(list(case.consents))
        fit_columns(self.table, 200)
        if children_changed:
            self._build_form(consent_questions(case.children))
        assert self.box is not None
        self.box.target_id = case.id
        if child_id is not None and not self.box.form.answers():
            self.box.form.set_answers({"consent_child": str(child_id)})

    def _build_form(self, questions: tuple[Question, ...]) -> None:
        if self.box is not None:
            self.box.deleteLater()
        self.box = FormBox(
            self._ctx,
            questions,
            title=self.tr("Nytt samtykke"),
            button_text=self.tr("Registrer samtykket"),
            submit=self._record,
            parent=self.holder,
        )
        self.box.done.connect(lambda _: self.changed.emit())
        self.holder_column.addWidget(self.box)

    def _record(self, sctx: ServiceContext, case_id: int, answers: Mapping[str, JsonValue]) -> int:
        child = answers.get("consent_child")
        recipients = answers.get("recipients")
        purpose = answers.get("purpose")
        purpose_question = next(q for q in self.box.form.questions if q.id == "purpose") if self.box else None
        purpose_text = (
            self._ctx.forms.option_label(purpose_question, str(purpose)) if purpose_question else None
        )
        return record_consent(
            sctx,
            case_id,
            given_by=ConsentGiver(text(answers, "given_by")),
            purpose=purpose_text or str(purpose),
            recipients=[str(r) for r in recipients] if isinstance(recipients, list) else [],
            form=ConsentForm(text(answers, "form")),
            given_on=day(answers, "given_on"),
            child_id=int(str(child)) if child else None,
            expires_on=day(answers, "expires_on"),
            note=text(answers, "note"),
        )

    def _service_name(self, service_id: str) -> str:
        from barnearket.domain.forms.standard import SERVICES_ID

        try:
            return str(self._ctx.forms.latest(SERVICES_ID).item(service_id).label)
        except KeyError:
            return service_id
