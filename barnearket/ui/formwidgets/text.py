"""Editors for free-text answers: one line, several lines, a person, and a number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from barnearket.domain.forms import Option, Question
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.base import AnswerEditor

_NUMBER = QRegularExpression(r"^-?\d{0,9}(?:[.,]\d{0,3})?$")
_LONG_TEXT_LINES = 3


class TextEditor(AnswerEditor):
    """A one-line answer (type `text`)."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.line = QLineEdit(self)
        if question.max_length:
            self.line.setMaxLength(question.max_length)
        self.line.textEdited.connect(self._emit)
        self.box.addWidget(self.line)

    def value(self) -> JsonValue:
        return self.line.text() or None

    def _show(self, value: JsonValue) -> None:
        self.line.setText("" if value is None else str(value))

    def inputs(self) -> list[QWidget]:
        return [self.line]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.line.setReadOnly(read_only)


class PersonEditor(TextEditor):
    """A person named by name and role (type `person`), e.g. who told the child."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.line.setPlaceholderText(self.tr("Navn og rolle, f.eks. «mor» eller «helsesykepleier»"))


class NumberEditor(TextEditor):
    """A whole or decimal number (type `number`); comma or point as decimal sign."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.line.setValidator(QRegularExpressionValidator(_NUMBER, self.line))
        self.line.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.box.addStretch(1)

    def value(self) -> JsonValue:
        text = self.line.text().replace(",", ".").strip()
        if text in ("", "-", ".", "-."):
            return None
        number = float(text)
        return int(number) if number.is_integer() and "." not in text else number

    def _show(self, value: JsonValue) -> None:
        self.line.setText("" if value is None else str(value).replace(".", ","))


class LongTextEditor(AnswerEditor):
    """Several lines of text (type `long_text`); Tab leaves the field, as in every other input."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(line * _LONG_TEXT_LINES + 12)
        self.text.setMaximumHeight(line * _LONG_TEXT_LINES * 2 + 12)
        self.text.textChanged.connect(self._emit)
        self.box.addWidget(self.text)

    def value(self) -> JsonValue:
        text = self.text.toPlainText()
        if self.question.max_length:
            text = text[: self.question.max_length]
        return text or None

    def _show(self, value: JsonValue) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def inputs(self) -> list[QWidget]:
        return [self.text]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text.setReadOnly(read_only)
