"""Maps each question type to its editor class, so a new type means registering one widget."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from barnearket.domain.forms import Option, Question, QuestionType
from barnearket.ui.formwidgets.base import AnswerEditor
from barnearket.ui.formwidgets.choice import ComboEditor, RadioEditor, multi_choice_editor
from barnearket.ui.formwidgets.dates import DateEditor
from barnearket.ui.formwidgets.text import LongTextEditor, NumberEditor, PersonEditor, TextEditor

EditorFactory = Callable[[Question, Sequence[Option], "QWidget | None"], AnswerEditor]


class EditorRegistry:
    """Question type → editor factory; each type is registered exactly once."""

    def __init__(self) -> None:
        self._factories: dict[QuestionType, EditorFactory] = {}

    def register(self, qtype: QuestionType, factory: EditorFactory) -> None:
        """Add the editor for a type (ValueError if the type already has one)."""
        if qtype in self._factories:
            raise ValueError(f"question type '{qtype}' already has an editor")
        self._factories[qtype] = factory

    def create(
        self, question: Question, options: Sequence[Option], parent: QWidget | None = None
    ) -> AnswerEditor:
        """A new editor for the question (KeyError if its type has no editor)."""
        return self._factories[question.type](question, options, parent)

    def types(self) -> frozenset[QuestionType]:
        """Every type with an editor."""
        return frozenset(self._factories)


def default_registry() -> EditorRegistry:
    """A registry with the standard editor for every question type."""
    registry = EditorRegistry()
    for qtype, factory in _STANDARD.items():
        registry.register(qtype, factory)
    return registry


_STANDARD: dict[QuestionType, EditorFactory] = {
    QuestionType.TEXT: TextEditor,
    QuestionType.LONG_TEXT: LongTextEditor,
    QuestionType.YES_NO_UNCLEAR: RadioEditor,
    QuestionType.YES_NO: RadioEditor,
    QuestionType.CHOICE: ComboEditor,
    QuestionType.MULTI_CHOICE: multi_choice_editor,
    QuestionType.DATE: DateEditor,
    QuestionType.PERSON: PersonEditor,
    QuestionType.SERVICE_LIST: multi_choice_editor,
    QuestionType.NUMBER: NumberEditor,
}
