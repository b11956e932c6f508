"""The questions of the concern's own small forms: reopening and consent from their form files, the
evaluation date and which child (filled in from the case) declared here once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from barnearket.domain.forms import FormLibrary, Option, Question, QuestionSet, QuestionType, StepGuide
from barnearket.domain.forms.standard import CONSENT_ID, REOPEN_ID
from barnearket.domain.model import Child

T = QuestionType


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: tr+=_tr, context ""


def _q(qid: str, qtype: QuestionType, text: str, help_text: str, **extra: object) -> Question:
    return Question(id=qid, type=qtype, label=text, help=help_text, **extra)  # type: ignore[arg-type]


def reopen_questions(forms: FormLibrary) -> tuple[Question, ...]:
    """Date and reason for reopening a closed concern, as the reopening form file words them."""
    return forms.latest_as(REOPEN_ID, QuestionSet).questions


def evaluation_questions(guide: StepGuide) -> tuple[Question, ...]:
    """The evaluation of one action: its date, what it showed, the next date and the new status."""
    step = guide.step("follow_up")
    by_id = {q.id: q for q in step.questions}
    evaluated = _q(
        "evaluated_on",
        T.DATE,
        _tr("Dato for evalueringen"),
        _tr("Datoen dere evaluerte tiltaket."),
        required=True,
    )
    found = by_id["evaluation"]
    return (
        evaluated,
        _with(found, required=True),
        _with(by_id["evaluate_on"], label=_tr("Neste evaluering"), required=False),
        _with(by_id["action_status"], required=False),
    )


def _with(question: Question, **changes: object) -> Question:
    from dataclasses import replace

    return replace(question, **changes)  # type: ignore[arg-type]


def child_question(children: Sequence[Child]) -> Question:
    """Which child the new concern is about."""
    options = tuple(Option(str(c.id), c.name) for c in children)
    return _q(
        "child_id",
        T.CHOICE,
        _tr("Hvilket barn gjelder bekymringen?"),
        _tr("Lag én bekymring for hvert barn, også når flere søsken er berørt."),
        required=True,
        options=options,
    )


def consent_questions(forms: FormLibrary, children: Sequence[Child],
                      recipients: Sequence[Option] | None = None) -> tuple[Question, ...]:
    """The consent form file's questions: the answer, who answered, for what, to whom, how, how long.

    The program fills in the case's children, and `recipients` (the services to offer plus the adult
    relatives; None: the services catalogue the file names)."""
    kids = tuple(Option(str(c.id), c.name) for c in children)
    questions = forms.latest_as(CONSENT_ID, QuestionSet).questions
    return tuple(_filled(q, kids, recipients) for q in questions)


def _filled(question: Question, kids: tuple[Option, ...], recipients: Sequence[Option] | None) -> Question:
    if question.id == "consent_child":
        return _with(question, options=kids)
    if question.id == "recipients" and recipients:
        return _with(question, options=tuple(recipients), options_from=None)
    return question
