"""The contract every answer editor keeps, so one renderer can treat every question type alike."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from barnearket.domain.forms import Option, Question
from barnearket.domain.model import JsonValue


class AnswerEditor(QWidget):
    """The input area of one question; subclasses hold the real Qt inputs.

    Attributes:
        question: the form question this editor answers.
        options: the answer alternatives (own options or those from a list file).

    Signals:
        edited(): the user changed the answer (never emitted by `set_value`).
    """

    edited = Signal()

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.options = tuple(options)
        self._quiet = False
        self._read_only = False
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def value(self) -> JsonValue:
        """The current answer as it is stored (None when unanswered)."""
        raise NotImplementedError

    def set_value(self, value: JsonValue) -> None:
        """Show a stored answer without signalling an edit."""
        with self.quietly():
            self._show(value)

    def _show(self, value: JsonValue) -> None:
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """The Qt inputs, in tab order."""
        raise NotImplementedError

    def focus_input(self) -> QWidget:
        """The input that takes focus when the question is jumped to."""
        return self.inputs()[0]

    def name_inputs(self, name: str, description: str) -> None:
        """Give every input an accessible name and description."""
        for widget in self.inputs():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def set_read_only(self, read_only: bool) -> None:
        """Show the answer without letting it change (still legible, unlike a disabled widget)."""
        self._read_only = read_only
        for widget in self.inputs():
            freeze(widget, read_only)

    def is_read_only(self) -> bool:
        """Whether the editor only shows its answer."""
        return self._read_only

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Change the inputs without emitting `edited`."""
        self._quiet, before = True, self._quiet
        try:
            yield
        finally:
            self._quiet = before

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.edited.emit()


def freeze(widget: QWidget, frozen: bool) -> None:
    """Make a button or list ignore mouse and keyboard while keeping its normal look."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, frozen)
    if frozen:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    else:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
