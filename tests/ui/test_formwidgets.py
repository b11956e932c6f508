"""The field-type → editor registry, the question widget and the section renderer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.domain.forms import FormLibrary, OneOf, Question, QuestionType, Sheet
from barnearket.domain.forms.standard import YES_NO_UNCLEAR
from barnearket.ui.formwidgets import (
    AnswerEditor,
    EditorRegistry,
    QuestionWidget,
    SectionForm,
    default_registry,
    describe,
)
from tests.ui.sheet_support import type_text


def _question(qtype: QuestionType, **extra: Any) -> Question:
    return Question(
        id=f"q_{qtype.value}", type=qtype, label=f"Spørsmål {qtype.value}", help="Hjelpetekst", **extra
    )


def test_every_question_type_has_exactly_one_editor() -> None:
    registry = default_registry()
    assert registry.types() == frozenset(QuestionType)
    with pytest.raises(ValueError, match="already"):
        registry.register(QuestionType.TEXT, AnswerEditor)


def test_an_empty_registry_refuses_unknown_types(qtbot: QtBot) -> None:
    with pytest.raises(KeyError):
        EditorRegistry().create(_question(QuestionType.TEXT), ())


@pytest.mark.parametrize("qtype", list(QuestionType))
def test_each_editor_round_trips_a_value_without_signalling(
    qtbot: QtBot, library: FormLibrary, qtype: QuestionType
) -> None:
    question = _question(qtype, options=YES_NO_UNCLEAR if qtype.has_options else ())
    if qtype is QuestionType.SERVICE_LIST:
        question = _question(qtype, options_from="tjenester")
    options = library.options_for(question)
    editor = default_registry().create(question, options)
    qtbot.addWidget(editor)
    value = _sample(qtype, [o.id for o in options])
    with qtbot.assertNotEmitted(editor.edited):
        editor.set_value(value)
    assert editor.value() == value
    editor.set_value(None)
    assert editor.value() is None


def _sample(qtype: QuestionType, option_ids: list[str]) -> Any:
    samples: dict[QuestionType, object] = {
        QuestionType.TEXT: "Ánte – «sitat»",
        QuestionType.LONG_TEXT: "to\nlinjer",
        QuestionType.DATE: "2025-12-24",
        QuestionType.PERSON: "Mor (Kari)",
        QuestionType.NUMBER: 3,
    }
    if qtype.is_list:
        return option_ids[:2]
    return samples.get(qtype, option_ids[-1] if option_ids else None)


def test_question_widget_has_label_marker_help_and_accessible_names(
    qtbot: QtBot, library: FormLibrary
) -> None:
    question = _question(QuestionType.YES_NO_UNCLEAR, options=YES_NO_UNCLEAR, required=True)
    widget = QuestionWidget(question, default_registry().create(question, YES_NO_UNCLEAR))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.label.text().startswith(question.label) and "*</span>" in widget.label.text()
    assert not widget.help_text.isVisible()
    widget.toggle_help()
    assert widget.help_text.isVisible() and widget.help_text.text() == "Hjelpetekst"
    names = [w.accessibleName() for w in widget.editor.inputs()]
    assert names == [f"{question.label} (må besvares): {o.label}" for o in YES_NO_UNCLEAR]


def test_typing_emits_the_new_value(qtbot: QtBot, library: FormLibrary) -> None:
    question = _question(QuestionType.TEXT)
    widget = QuestionWidget(question, default_registry().create(question, ()))
    qtbot.addWidget(widget)
    widget.show()
    widget.focus()
    with qtbot.waitSignal(widget.edited) as blocker:
        type_text(widget.editor.focus_input(), "Ŧ")
    assert blocker.args == [question.id, "Ŧ"]


def test_conditional_question_follows_its_condition(qtbot: QtBot, library: FormLibrary) -> None:
    trigger = _question(QuestionType.YES_NO, options=YES_NO_UNCLEAR[:2])
    follow = Question(
        id="detail", type=QuestionType.TEXT, label="Hvilke?", help="", when=OneOf(trigger.id, ("ja",))
    )
    form = SectionForm((trigger, follow), library)
    qtbot.addWidget(form)
    form.show()
    assert [q.id for q in form.visible_questions()] == [trigger.id]
    assert not form.widget("detail").isVisible()
    radio = form.widget(trigger.id).editor.inputs()[0]
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert form.widget("detail").isVisible()
    assert [q.id for q in form.missing()] == []


def test_renderer_builds_every_sheet_section_from_the_definition(qtbot: QtBot, library: FormLibrary) -> None:
    sheet = library.latest_as("barnearket", Sheet)
    for section in sheet.sections:
        form = SectionForm(section.questions, library)
        qtbot.addWidget(form)
        assert [w.question.id for w in form.widgets()] == [q.id for q in section.questions]
        for widget in form.widgets():
            assert all(i.accessibleName() for i in widget.editor.inputs())


def test_describe_reads_like_a_person_would(library: FormLibrary) -> None:
    date_q = _question(QuestionType.DATE)
    multi = _question(QuestionType.SERVICE_LIST, options_from="tjenester")
    options = library.options_for(multi)
    assert describe(date_q, "2025-03-04", ()) == "04.03.2025"
    assert describe(multi, [options[0].id], options) == options[0].label
    assert describe(date_q, None, ()) == "(ikke besvart)"
