"""Answers to the questions a municipality added to a step, checked and kept as JSON on the entry."""

from __future__ import annotations

import json
from collections.abc import Mapping

from barnearket.domain.errors import ValidationError
from barnearket.domain.forms import QuestionType
from barnearket.domain.forms.stepanswers import checked_answers, own_questions
from barnearket.domain.forms.validate import AnswerMismatchError
from barnearket.domain.model import JsonValue
from barnearket.services import common
from barnearket.services.context import ServiceContext

FIELD = "form_answers"


def encoded(ctx: ServiceContext, step_id: str, answers: Mapping[str, JsonValue] | None) -> str:
    """The answers as stored: checked against the step's added questions, free text cleaned."""
    if not answers:
        return "{}"
    if ctx.forms is None:
        raise ValidationError("Skjemaene er ikke lastet, så svarene kan ikke kontrolleres.", field=FIELD)
    try:
        kept = checked_answers(ctx.forms, step_id, answers)
    except AnswerMismatchError as problem:
        raise ValidationError(str(problem), field=FIELD) from None
    types = {q.id: q.type for q in own_questions(ctx.forms, step_id)}
    cleaned = {k: _cleaned(v, types[k]) for k, v in kept.items()}
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)


def _cleaned(value: JsonValue, kind: QuestionType) -> JsonValue:
    if not isinstance(value, str):
        return value
    if kind is QuestionType.LONG_TEXT:
        return common.note(value)
    if kind in (QuestionType.TEXT, QuestionType.PERSON):
        return common.line(value)
    return value
