"""Checks one stored answer against its question: the question exists where it is answered, and an
option answer names options the question offers. Pure; the services call it when a library is at hand.
"""

from __future__ import annotations

from collections.abc import Iterable

from barnearket.domain.forms.model import Question, QuestionType, Sheet

SINGLE_OPTION = (QuestionType.CHOICE, QuestionType.YES_NO, QuestionType.YES_NO_UNCLEAR)
MANY_OPTIONS = (QuestionType.MULTI_CHOICE, QuestionType.SERVICE_LIST)


class AnswerMismatchError(ValueError):
    """Why an answer does not fit its question; the message is Norwegian and names no value."""


def check_answer(sheet: Sheet, question_id: str, value: object, *, per_child: bool,
                 option_ids: Iterable[str]) -> Question:
    """Return the question, or raise AnswerMismatchError when the answer cannot belong to it."""
    try:
        question, section = sheet.question(question_id), sheet.section_of(question_id)
    except KeyError:
        raise AnswerMismatchError("Spørsmålet finnes ikke i denne versjonen av arket.") from None
    if section.per_child != per_child:
        raise AnswerMismatchError("Spørsmålet gjelder hvert barn for seg." if section.per_child
                            else "Spørsmålet gjelder ikke et enkelt barn.")
    return check_value(question, value, option_ids)


def check_value(question: Question, value: object, option_ids: Iterable[str]) -> Question:
    """Return the question, or raise AnswerMismatchError when the value is not one of its options."""
    if value is None:
        return question
    allowed = set(option_ids)
    if question.type in SINGLE_OPTION and (not isinstance(value, str) or value not in allowed):
        raise AnswerMismatchError("Svaret er ikke ett av valgene for spørsmålet.")
    if question.type in MANY_OPTIONS and (not isinstance(value, list)
                                          or not all(isinstance(v, str) and v in allowed for v in value)):
        raise AnswerMismatchError("Et av svarene er ikke blant valgene for spørsmålet.")
    return question
