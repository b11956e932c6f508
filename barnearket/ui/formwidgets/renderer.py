"""Builds a form section from its definition: one QuestionWidget per question, shown by `when`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from barnearket.domain.forms import Answers, FormLibrary, Question, QuestionType, is_answered, visible
from barnearket.domain.forms.guidance import offers_signs, topic_for_question
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.display import describe
from barnearket.ui.formwidgets.question import QuestionWidget
from barnearket.ui.formwidgets.registry import EditorRegistry, default_registry
from barnearket.ui.formwidgets.signs import SignsButton


class SectionForm(QWidget):
    """The questions of one section (or step), rendered through the editor registry.

    Attributes:
        questions: the questions in file order.

    Signals:
        answer_changed(str, object): the user changed an answer (question id, value).
    """

    answer_changed = Signal(str, object)

    def __init__(
        self,
        questions: Sequence[Question],
        library: FormLibrary,
        registry: EditorRegistry | None = None,
        *,
        title: str | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.questions = tuple(questions)
        self._library = library
        self._context: dict[str, JsonValue] = {}
        registry = registry or default_registry()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if title:
            heading = QLabel(title, self)
            heading.setObjectName("sectionHeading")
            layout.addWidget(heading)
        self._widgets: dict[str, QuestionWidget] = {}
        for question in self.questions:
            editor = registry.create(question, library.options_for(question), self)
            widget = QuestionWidget(question, editor, self, topic=topic_for_question(library, question))
            signs = offers_signs(library, question)
            if signs is not None and question.type is QuestionType.LONG_TEXT:
                widget.add_below_editor(SignsButton(signs, editor, today, widget))
            widget.edited.connect(self._edited)
            layout.addWidget(widget)
            self._widgets[question.id] = widget
        layout.addStretch(1)
        self.refresh_visibility()

    def _edited(self, question_id: str, value: JsonValue) -> None:
        self.refresh_visibility()
        self.answer_changed.emit(question_id, value)

    def widget(self, question_id: str) -> QuestionWidget:
        """The widget of one question (KeyError if the section does not have it)."""
        return self._widgets[question_id]

    def widgets(self) -> list[QuestionWidget]:
        """Every question widget in order, shown or not."""
        return list(self._widgets.values())

    def shown_widgets(self) -> list[QuestionWidget]:
        """The question widgets whose condition holds, in order."""
        shown = {q.id for q in self.visible_questions()}
        return [w for w in self._widgets.values() if w.question.id in shown]

    def answers(self) -> dict[str, JsonValue]:
        """The current answers, unanswered questions left out."""
        found = {qid: w.value() for qid, w in self._widgets.items()}
        return {qid: v for qid, v in found.items() if v is not None}

    def visible_answers(self) -> dict[str, JsonValue]:
        """The answers of the questions shown now (what was typed into a hidden one is left out)."""
        shown = {q.id for q in self.visible_questions()}
        return {k: v for k, v in self.answers().items() if k in shown}

    def set_answers(self, answers: Mapping[str, JsonValue]) -> None:
        """Show stored answers (questions not in `answers` are cleared)."""
        for question_id, widget in self._widgets.items():
            widget.set_value(answers.get(question_id))
        self.refresh_visibility()

    def set_context(self, context: Mapping[str, JsonValue]) -> None:
        """Answers from other sections that this section's conditions may look at."""
        self._context = dict(context)
        self.refresh_visibility()

    def set_previous(self, previous: Mapping[str, JsonValue] | None) -> None:
        """Show the answers of the previous conversation under each question (None hides them)."""
        for question_id, widget in self._widgets.items():
            if previous is None or question_id not in previous:
                widget.set_previous(None)
                continue
            options = self._library.options_for(widget.question)
            widget.set_previous(describe(widget.question, previous[question_id], options))

    def set_read_only(self, read_only: bool) -> None:
        """Show every answer without letting any change."""
        for widget in self._widgets.values():
            widget.editor.set_read_only(read_only)
            for button in widget.findChildren(SignsButton):
                button.setEnabled(not read_only)

    def visible_questions(self) -> tuple[Question, ...]:
        """The questions whose `when` holds for the current answers and context."""
        answers: Answers = self.answers()
        return visible(self.questions, answers, self._context).questions

    def missing(self) -> tuple[Question, ...]:
        """Required, visible questions without an answer, in order."""
        answers = self.answers()
        return tuple(q for q in self.visible_questions() if q.required and not is_answered(answers.get(q.id)))

    def refresh_visibility(self) -> None:
        """Show exactly the questions whose condition holds."""
        shown = {q.id for q in self.visible_questions()}
        for question_id, widget in self._widgets.items():
            widget.setVisible(question_id in shown)
