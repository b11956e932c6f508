"""Turns a stored answer into the short text shown for earlier answers and read-only views."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from barnearket.domain.forms import Option, Question, QuestionType
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.dates import format_date, parse_iso


def describe(question: Question, value: JsonValue, options: Sequence[Option]) -> str:
    """The answer as a person would read it: option labels, dd.mm.åååå dates, plain text."""
    if value is None or value in ("", []):
        return QCoreApplication.translate("formwidgets", "(ikke besvart)")
    labels = {o.id: o.label for o in options}
    if question.type.is_list and isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if question.type.has_options:
        return labels.get(str(value), str(value))
    if question.type is QuestionType.DATE:
        return format_date(parse_iso(value)) or str(value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)
