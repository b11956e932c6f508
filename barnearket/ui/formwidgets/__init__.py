"""Question widgets rendered from form definitions through one field-type → editor registry."""

from barnearket.ui.formwidgets.base import AnswerEditor
from barnearket.ui.formwidgets.dates import DATE_FORMAT, OptionalDateEdit, format_date, make_date_edit
from barnearket.ui.formwidgets.display import describe
from barnearket.ui.formwidgets.question import QuestionWidget
from barnearket.ui.formwidgets.registry import EditorFactory, EditorRegistry, default_registry
from barnearket.ui.formwidgets.renderer import SectionForm

__all__ = [
    "DATE_FORMAT",
    "AnswerEditor",
    "EditorFactory",
    "EditorRegistry",
    "OptionalDateEdit",
    "QuestionWidget",
    "SectionForm",
    "default_registry",
    "describe",
    "format_date",
    "make_date_edit",
]  # fmt: skip
