"""Answers to step questions a municipality added: kept by question id on the entry, never dropped.

The contract maps most step questions to a field of their own (`contract.STEP_FIELDS`); a question a
local form adds to one of `ANSWER_STEPS` has no field, so its answer is stored with the entry as
`{question id: value}`. This module says which questions those are and checks their values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TypeVar

from barnearket.domain.forms.conditions import AnswerValue, is_answered
from barnearket.domain.forms.contract import ANSWER_STEPS, STEP_FIELDS
from barnearket.domain.forms.library import FormLibrary
from barnearket.domain.forms.model import Question, QuestionType, StepGuide
from barnearket.domain.forms.standard import STEPS_ID
from barnearket.domain.forms.validate import AnswerMismatchError, check_value

V = TypeVar("V")

_TEXT_TYPES = frozenset({QuestionType.TEXT, QuestionType.LONG_TEXT, QuestionType.PERSON})


def own_questions(library: FormLibrary, step_id: str) -> tuple[Question, ...]:
    """The questions of a step (latest version) that have no field of their own: kept as answers."""
    if step_id not in ANSWER_STEPS:
        return ()
    fields = STEP_FIELDS.get(step_id, {})
    step = library.latest_as(STEPS_ID, StepGuide).step(step_id)
    return tuple(q for q in step.questions if q.id not in fields)


def split_answers(step_id: str, answers: Mapping[str, V]) -> dict[str, V]:
    """The answers of a step's form that go to no field of their own (the ones kept by id)."""
    fields = STEP_FIELDS.get(step_id, {})
    return {k: v for k, v in answers.items() if k not in fields}


def checked_answers(library: FormLibrary, step_id: str, answers: Mapping[str, V]) -> dict[str, V]:
    """The answers that fit the step's own questions, blank ones left out, in the form's order.

    Raises AnswerMismatchError for a question the step does not have or a value it does not offer.
    """
    questions = {q.id: q for q in own_questions(library, step_id)}
    unknown = sorted(answers.keys() - questions.keys())
    if unknown:
        raise AnswerMismatchError("Spørsmålet finnes ikke i dette steget.")
    kept: dict[str, V] = {}
    for question_id, question in questions.items():
        if question_id not in answers or not is_answered(answers[question_id]):
            continue
        value = answers[question_id]
        if question.type in _TEXT_TYPES and not isinstance(value, str):
            raise AnswerMismatchError("Svaret skal være en tekst.")
        check_value(question, value, [o.id for o in library.options_for(question)])
        kept[question_id] = value
    return kept


def answer_text(library: FormLibrary, question: Question, value: AnswerValue,
                show_date: Callable[[date], str]) -> str:
    """An added question's answer as text: option labels for choices, `show_date` for dates."""
    if not is_answered(value):
        return ""
    if question.type.has_options:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(library.option_label(question, str(i)) or str(i) for i in ids)
    if question.type is QuestionType.DATE and isinstance(value, str):
        try:
            return show_date(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split()) if question.type is not QuestionType.LONG_TEXT else str(value)
