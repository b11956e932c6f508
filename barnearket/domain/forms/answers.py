"""Which questions are visible for given answers, which required ones are missing, which steps done."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from barnearket.domain.forms.conditions import Answers, AnswerValue, evaluate, is_answered
from barnearket.domain.forms.model import Question, Section, Sheet, Step


@dataclass(frozen=True)
class Visible:
    """The visible questions, and the answers that count (answers to hidden questions dropped)."""

    questions: tuple[Question, ...]
    answers: Mapping[str, AnswerValue]


@dataclass(frozen=True)
class MissingAnswer:
    """A required, visible question without an answer; `child` indexes the children list."""

    question: Question
    section_id: str
    child: int | None = None


def visible(questions: Sequence[Question], answers: Answers, context: Answers | None = None) -> Visible:
    """Walk questions in order; a hidden question's answer never makes a later one visible.

    `context` holds answers from outside these questions that conditions may use (for a
    per-child section: the answers to the parent sections).
    """
    counted: dict[str, AnswerValue] = dict(context or {})
    shown = []
    for question in questions:
        if evaluate(question.when, counted):
            shown.append(question)
            if question.id in answers:
                counted[question.id] = answers[question.id]
    own = {q.id for q in shown}
    return Visible(tuple(shown), {k: v for k, v in counted.items() if k in own})


def missing_required(
    questions: Sequence[Question], answers: Answers, context: Answers | None = None
) -> tuple[Question, ...]:
    """The required questions that are visible and not answered, in order."""
    seen = visible(questions, answers, context)
    return tuple(q for q in seen.questions if q.required and not is_answered(answers.get(q.id)))


def for_unborn(section: Section) -> Section:
    """The section as asked about a child not yet born: only the questions that apply before birth."""
    return replace(section, questions=tuple(q for q in section.questions if q.unborn))


def sheet_missing(
    sheet: Sheet, answers: Answers, children: Sequence[Answers] = (), unborn: Sequence[bool] = ()
) -> tuple[MissingAnswer, ...]:
    """Missing answers in a whole sheet: shared sections once, per-child sections per child
    (`unborn[i]` true: child i is not born yet and is asked only what applies before birth)."""
    shared = _shared_answers(sheet, answers)
    found: list[MissingAnswer] = []
    for section in sheet.sections:
        if not evaluate(section.when, shared):
            continue
        if not section.per_child:
            found += [MissingAnswer(q, section.id) for q in _missing(section, answers, shared)]
            continue
        for index, child in enumerate(children):
            asked = for_unborn(section) if index < len(unborn) and unborn[index] else section
            missing = _missing(asked, child, shared)
            found += [MissingAnswer(q, section.id, index) for q in missing]
    return tuple(found)


def _shared_answers(sheet: Sheet, answers: Answers) -> dict[str, AnswerValue]:
    counted: dict[str, AnswerValue] = {}
    for section in sheet.sections:
        if not section.per_child and evaluate(section.when, counted):
            counted.update(visible(section.questions, answers, counted).answers)
    return counted


def _missing(section: Section, answers: Answers, shared: Answers) -> tuple[Question, ...]:
    return missing_required(section.questions, answers, shared)


def step_missing(step: Step, entry: Answers) -> tuple[Question, ...]:
    """The required, visible questions of one step entry that are not answered."""
    return missing_required(step.questions, entry)


def step_done(step: Step, entries: Sequence[Answers]) -> bool:
    """Whether a step counts as done: some entry meets `done_when` (one entry if not repeating)."""
    considered = entries if step.repeats else entries[:1]
    return any(evaluate(step.done_when, visible(step.questions, entry).answers) for entry in considered)
