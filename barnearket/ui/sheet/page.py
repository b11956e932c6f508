"""One completion tab: the sections of a page rendered as forms inside a scroll area."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from barnearket.domain.forms import FormLibrary, evaluate
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets import EditorRegistry, QuestionWidget, SectionForm
from barnearket.ui.sheet.pages import PageSpec

_READABLE_WIDTH = 900


class SheetPage(QScrollArea):
    """The forms of one page; per-child pages know their child.

    Attributes:
        spec: what the page holds.
        forms: one SectionForm per section, in order.

    Signals:
        answer_changed(str, object): the user changed an answer (question id, value).
    """

    answer_changed = Signal(str, object)

    def __init__(
        self, spec: PageSpec, library: FormLibrary, registry: EditorRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("sheetPageBody")
        body.setMaximumWidth(_READABLE_WIDTH)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 12, 16)
        column.addWidget(_title(spec.title, body))
        column.setSpacing(10)
        self.forms: list[SectionForm] = []
        for section in spec.sections:
            title = section.label if spec.child is not None and len(spec.sections) > 1 else None
            form = SectionForm(section.questions, library, registry, title=title, parent=body)
            if section.help:
                column.addWidget(_intro(section.help, body))
            form.answer_changed.connect(self.answer_changed)
            column.addWidget(form)
            self.forms.append(form)
        column.addStretch(1)
        self.setWidget(body)

    @property
    def child_id(self) -> int | None:
        """The child the page is about (None for a shared page)."""
        return self.spec.child.id if self.spec.child else None

    def answers(self) -> dict[str, JsonValue]:
        """Every answer on the page."""
        found: dict[str, JsonValue] = {}
        for form in self.forms:
            found.update(form.answers())
        return found

    def set_answers(self, answers: Mapping[str, JsonValue]) -> None:
        """Show stored answers."""
        for form in self.forms:
            form.set_answers(answers)

    def set_context(self, shared: Mapping[str, JsonValue]) -> bool:
        """Give every form the shared answers; return whether any section of the page applies."""
        applies = False
        for section, form in zip(self.spec.sections, self.forms, strict=True):
            shown = evaluate(section.when, shared)
            form.setVisible(shown)
            form.set_context(shared)
            applies = applies or shown
        return applies

    def shown_widgets(self) -> list[QuestionWidget]:
        """The question widgets that are shown, in tab order."""
        return [w for f in self.forms if not f.isHidden() for w in f.shown_widgets()]

    def widget_for(self, question_id: str) -> QuestionWidget | None:
        """The widget of a question on this page, if it has it."""
        for form in self.forms:
            if any(q.id == question_id for q in form.questions):
                return form.widget(question_id)
        return None

    def reveal(self, widget: QuestionWidget) -> None:
        """Focus a question and scroll it into view."""
        widget.focus()
        self.ensureWidgetVisible(widget, 0, 40)


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("panelTitle")
    label.setWordWrap(True)
    return label


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionIntro")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
