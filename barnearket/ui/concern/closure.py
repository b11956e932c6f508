"""Step 7: close the concern with a reason, or reopen it with a reason; the history of both."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Concern, JsonValue
from barnearket.services.context import ServiceContext
from barnearket.ui.concern import adapters
from barnearket.ui.concern.columns import history_columns
from barnearket.ui.concern.entries import fit_columns, make_table
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.keptclosing import keep_closing
from barnearket.ui.concern.questions import reopen_questions
from barnearket.ui.concern.records import RecordModel
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.context import UiContext
from barnearket.ui.widgets import heading


class ClosurePage(SplitPage):
    """Closing form while the concern is open, reopening form once it is closed.

    Attributes:
        close_box, reopen_box: the two forms; history: closures and reopenings.

    Signals:
        changed(): the concern was closed or reopened.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, guide: StepGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        step = guide.step("closure")
        questions = [q for q in step.questions if q.id in adapters.STORED["closure"]]
        self.close_box = FormBox(
            ctx,
            questions,
            title=self.tr("Avslutt bekymringen"),
            button_text=self.tr("Avslutt bekymringen"),
            submit=self._close,
            parent=self,
        )
        self.reopen_box = FormBox(
            ctx,
            reopen_questions(ctx.library),
            title=self.tr("Åpne bekymringen igjen"),
            button_text=self.tr("Åpne igjen"),
            submit=adapters.reopening,
            parent=self,
        )
        self.forms = QStackedWidget(self)
        self.forms.addWidget(self.close_box)
        self.forms.addWidget(self.reopen_box)
        for box in (self.close_box, self.reopen_box):
            box.done.connect(lambda _: self.changed.emit())
        keep_closing(self.close_box, self.reopen_box, self._label)
        self.history = RecordModel(history_columns(), self)
        self.table, _ = make_table(self.history, self.tr("Avslutninger og gjenåpninger"), self)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Avslutninger og gjenåpninger"), self, 1))
        left.addWidget(self.table, 1)
        self.set_parts(left, self.forms)

    def set_concern(self, concern: Concern) -> None:
        """Offer closing or reopening, depending on the concern's status."""
        self.close_box.target_id = self.reopen_box.target_id = concern.id
        self.forms.setCurrentWidget(self.close_box if concern.is_open else self.reopen_box)
        self.history.set_records(list(concern.history))
        fit_columns(self.table, 260)

    def _close(self, sctx: ServiceContext, concern_id: int, answers: Mapping[str, JsonValue]) -> object:
        return adapters.closing(sctx, concern_id, answers, self._label(answers))

    def _label(self, answers: Mapping[str, JsonValue]) -> str:
        """The chosen closing reason as the form shows it (recorded with the note)."""
        reason = answers.get("closing_reason")
        question = next(q for q in self.close_box.form.questions if q.id == "closing_reason")
        return (self._ctx.library.option_label(question, str(reason)) if reason else "") or ""
