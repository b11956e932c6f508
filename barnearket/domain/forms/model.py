"""Typed, frozen form definitions: the questions, sections and steps that cases are filled against."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol, TypeVar

from barnearket.domain.forms.conditions import Condition


class Kind(StrEnum):
    """What a definition file describes (its top-level `kind`)."""

    SHEET = "sheet"
    STEPS = "steps"
    SCALE = "scale"
    CATEGORIES = "categories"
    OUTCOMES = "outcomes"
    PURPOSES = "purposes"
    SERVICES = "services"
    RULES = "rules"
    HELP = "help"
    SIGNS = "signs"
    QUESTIONS = "questions"


class QuestionType(StrEnum):
    """The closed set of answer types a question can have."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    YES_NO_UNCLEAR = "yes_no_unclear"
    YES_NO = "yes_no"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    DATE = "date"
    PERSON = "person"
    SERVICE_LIST = "service_list"
    NUMBER = "number"

    @property
    def has_options(self) -> bool:
        """Whether answers are option ids (so conditions may test their values)."""
        return self in _OPTION_TYPES

    @property
    def is_list(self) -> bool:
        """Whether an answer is a list of option ids."""
        return self in (QuestionType.MULTI_CHOICE, QuestionType.SERVICE_LIST)


_OPTION_TYPES = frozenset(
    {
        QuestionType.YES_NO_UNCLEAR,
        QuestionType.YES_NO,
        QuestionType.CHOICE,
        QuestionType.MULTI_CHOICE,
        QuestionType.SERVICE_LIST,
    }
)


@dataclass(frozen=True)
class Option:
    """One answer alternative: a stable id that is stored, and the label that is shown."""

    id: str
    label: str


@dataclass(frozen=True, kw_only=True)
class Question:
    """One question; `options_from` names a list file whose entries are the options."""

    id: str
    type: QuestionType
    label: str
    help: str
    required: bool = False
    options: tuple[Option, ...] = ()
    options_from: str | None = None
    when: Condition | None = None
    max_length: int | None = None
    topic: str | None = None
    unborn: bool = True
    """Asked about a child not yet born too (`unborn = false` in the form file: only once born)."""

    def option_label(self, option_id: str) -> str | None:
        """The label of one of this question's own options, if it has that option."""
        return next((o.label for o in self.options if o.id == option_id), None)


@dataclass(frozen=True, kw_only=True)
class FormBase:
    """What every definition file has: identity, version, kind, title and where it came from."""

    id: str
    version: int
    kind: Kind
    title: str
    description: str | None = None
    source: Path = field(default=Path(), compare=False)


@dataclass(frozen=True)
class Topic:
    """A conversation topic: a short prompt the worker can glance at during the talk."""

    id: str
    label: str
    prompt: str


@dataclass(frozen=True, kw_only=True)
class Section:
    """A group of questions; a `per_child` section is answered once for each child."""

    id: str
    label: str
    help: str | None = None
    per_child: bool = False
    when: Condition | None = None
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Sheet(FormBase):
    """The Barnearket conversation sheet: topics for the talk and sections of questions."""

    topics: tuple[Topic, ...] = ()
    sections: tuple[Section, ...] = ()

    def questions(self) -> Iterator[Question]:
        """Every question, in file order."""
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if there is none)."""
        return _find(self.questions(), question_id)

    def section_of(self, question_id: str) -> Section:
        """The section that holds this question (KeyError if there is none)."""
        for section in self.sections:
            if any(q.id == question_id for q in section.questions):
                return section
        raise KeyError(question_id)


@dataclass(frozen=True, kw_only=True)
class Step:
    """One step from concern to action; `repeats` steps hold several dated entries."""

    id: str
    number: int
    label: str
    why: str
    repeats: bool = False
    done_when: Condition | None = None
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True, kw_only=True)
class StepGuide(FormBase):
    """The concern steps, in order."""

    steps: tuple[Step, ...] = ()

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if there is none)."""
        return _find(self.steps, step_id)

    def question(self, question_id: str) -> Question:
        """A question from any step (KeyError if there is none)."""
        return _find((q for s in self.steps for q in s.questions), question_id)


@dataclass(frozen=True, kw_only=True)
class QuestionSet(FormBase):
    """A short form of its own (consent, reopening): questions the program stores in fields by id."""

    questions: tuple[Question, ...] = ()

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if there is none)."""
        return _find(self.questions, question_id)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _find(items: Iterable[_T], wanted: str) -> _T:
    """The first item whose id is `wanted`; KeyError if none."""
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)
