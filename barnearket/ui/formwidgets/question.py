"""One question on screen: visible label, required marker, help on demand, editor, earlier answer."""

from __future__ import annotations

import html
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from barnearket.domain.forms import Question
from barnearket.domain.forms.catalogs import HelpTopic
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.base import AnswerEditor
from barnearket.ui.helptext import inline_help_html, request_help


class QuestionWidget(QWidget):
    """A labelled editor for one question.

    Attributes:
        question: the form question.
        editor: the type-specific input area from the registry.

    Signals:
        edited(str, object): the user changed the answer (question id, new value).
    """

    edited = Signal(str, object)

    def __init__(self, question: Question, editor: AnswerEditor, parent: QWidget | None = None, *,
                 topic: HelpTopic | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.editor = editor
        self.topic = topic
        self.setObjectName(f"question_{question.id}")
        self.label = QLabel(self._label_html(), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setObjectName("questionLabel")
        self.label.setBuddy(editor.focus_input())
        self.help_text = self._help_label()
        self.help_button = self._help_button()
        self.previous = QLabel(self)
        self.previous.setObjectName("previousAnswer")
        self.previous.setWordWrap(True)
        self.previous.hide()
        self._lay_out()
        editor.name_inputs(self.accessible_name(), question.help)
        editor.edited.connect(lambda: self.edited.emit(question.id, editor.value()))

    def _help_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText("?")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.setToolTip(self.tr("Vis hjelp til spørsmålet (F1)"))
        button.setAccessibleName(self.tr("Hjelp: %1").replace("%1", self.question.label))
        button.toggled.connect(self.help_text.setVisible)
        button.toggled.connect(lambda shown: shown and QTimer.singleShot(0, self._reveal_help))
        button.setEnabled(bool(self.question.help) or self.topic is not None)
        return button

    def _help_label(self) -> QLabel:
        label = QLabel(self.question.help, self)
        label.setObjectName("helpText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.topic is not None:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(inline_help_html(self.question.help, self.topic, self.tr("Åpne i hjelpevinduet")))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.linkActivated.connect(lambda link: request_help(self, link))
        label.hide()
        return label

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.label, 1)
        head.addWidget(self.help_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(3)
        column.addLayout(head)
        column.addWidget(self.editor)
        column.addWidget(self.help_text)
        column.addWidget(self.previous)

    def _reveal_help(self) -> None:
        """Scroll the nearest scroll area so the help just opened is in view."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if isinstance(widget, QScrollArea) and self.help_text.isVisible():
            widget.ensureWidgetVisible(self.help_text, 0, 0)

    def add_below_editor(self, widget: QWidget) -> None:
        """Put a helper (such as the signs checklist button) right under the editor."""
        column = cast("QVBoxLayout", self.layout())
        column.insertWidget(column.indexOf(self.editor) + 1, widget)

    def _label_html(self) -> str:
        text = html.escape(self.question.label)
        if not self.question.required:
            return text
        tip = html.escape(self.tr("må besvares"))
        return f'{text} <span style="color:#a3121f" title="{tip}">*</span>'

    def accessible_name(self) -> str:
        """The name screen readers announce: the label, and that an answer is required."""
        if self.question.required:
            return self.tr("%1 (må besvares)").replace("%1", self.question.label)
        return self.question.label

    def value(self) -> JsonValue:
        """The current answer."""
        return self.editor.value()

    def set_value(self, value: JsonValue) -> None:
        """Show a stored answer without signalling an edit."""
        self.editor.set_value(value)

    def toggle_help(self) -> None:
        """Show or hide the help text."""
        self.help_button.toggle()

    def help_here(self) -> bool:
        """F1 inside this question: show or hide its help and the topic it belongs to."""
        self.toggle_help()
        return True

    def set_previous(self, text: str | None) -> None:
        """Show what was answered in the previous conversation (None hides it)."""
        self.previous.setVisible(text is not None)
        self.previous.setText(self.tr("Forrige samtale: %1").replace("%1", text or ""))

    def focus(self) -> None:
        """Put the keyboard focus in the editor."""
        self.editor.focus_input().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def has_focus_within(self) -> bool:
        """Whether one of this question's inputs has the keyboard focus."""
        focus = cast("QWidget | None", self.window().focusWidget())
        if focus is None:
            return False
        return any(w is focus or w.isAncestorOf(focus) for w in self.editor.inputs())
