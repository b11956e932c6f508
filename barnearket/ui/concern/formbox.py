"""A form rendered from questions, with a button that stores it through one service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.forms import Question, QuestionType
from barnearket.domain.model import JsonValue
from barnearket.services.context import ServiceContext
from barnearket.ui.context import UiContext
from barnearket.ui.formwidgets import SectionForm
from barnearket.ui.widgets import HINT_STYLE, heading, message_label, show_message

Submit = Callable[[ServiceContext, int, Mapping[str, JsonValue]], object]


class FormBox(QWidget):
    """Heading, form, messages and the store button; `target_id` is what the call stores onto.

    Attributes:
        form: the SectionForm.
        button: stores the form.
        target_id: the concern, action or case id passed to the service call.

    Signals:
        done(object): stored; carries what the service returned.
    """

    done = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        questions: Sequence[Question],
        *,
        title: str,
        button_text: str,
        submit: Submit,
        context: Mapping[str, JsonValue] | None = None,
        defaults: Mapping[str, JsonValue] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._submit = submit
        self._defaults = dict(defaults or {})
        self.target_id: int | None = None
        self.form = SectionForm(questions, ctx.library, parent=self, today=ctx.clock.today)
        self.form.set_context(context or {})
        self.reset()
        self.button = QPushButton(button_text, self)
        self.button.clicked.connect(self.submit)
        self.error = message_label(self)
        self.notes = message_label(self, HINT_STYLE)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        if title:
            column.addWidget(heading(title, self, 1))
        column.addWidget(scroll, 1)
        column.addWidget(self.error)
        column.addWidget(self.notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(row)

    def submit(self) -> None:
        """Store the form; missing required answers are named instead."""
        if self.target_id is None:
            return
        missing = self.form.missing()
        if missing:
            names = ", ".join(f"«{q.label}»" for q in missing)
            show_message(self.error, self.tr("Fyll ut %1 først.").replace("%1", names))
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                result = self._submit(sctx, self.target_id, self.form.visible_answers())
        except DomainError as error:
            show_message(self.error, str(error))
            return
        show_message(self.error, "")
        notes = getattr(result, "notes", result if isinstance(result, list) else [])
        show_message(self.notes, "\n".join(getattr(n, "message", str(n)) for n in notes))
        self.reset()
        self.done.emit(result)

    def reset(self) -> None:
        """Empty the form; required dates start at today, as most entries are made the same day, and
        the given defaults are filled in again."""
        today = self._ctx.clock.today().isoformat()
        dated = [q.id for q in self.form.questions if q.required and q.type is QuestionType.DATE]
        self.form.set_answers({**dict.fromkeys(dated, today), **self._defaults})

    def set_enabled(self, enabled: bool) -> None:
        """A closed concern takes no new entries."""
        self.form.setEnabled(enabled)
        self.button.setEnabled(enabled)
