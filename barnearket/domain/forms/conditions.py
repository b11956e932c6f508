"""The small, safe condition language for `when` and `done_when`, and its evaluation (no eval)."""

from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass
from typing import TypeAlias

AnswerValue: TypeAlias = object
"""One stored answer: an option id or text (str), a number, a date, a list of option ids, or None.

Typed as `object` so that any mapping of stored values (e.g. JSON from the case file) can be passed.
"""

Answers: TypeAlias = Mapping[str, AnswerValue]
"""Answers keyed by question id."""


@dataclass(frozen=True)
class Answered:
    """True when `question` has an answer (or, with `expected=False`, when it has none)."""

    question: str
    expected: bool = True


@dataclass(frozen=True)
class OneOf:
    """True when the answer is one of `values` (a list answer: when any chosen id is)."""

    question: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class NoneOf:
    """True when the question is answered and the answer is none of `values`."""

    question: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class AllOf:
    """True when every part is true."""

    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    """True when at least one part is true."""

    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    """True when `part` is false."""

    part: Condition


Condition: TypeAlias = Answered | OneOf | NoneOf | AllOf | AnyOf | Not


def is_answered(value: AnswerValue) -> bool:
    """Whether a stored value counts as an answer: blank text and empty lists do not."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, Sized):
        return len(value) > 0
    return True


def chosen(value: AnswerValue) -> frozenset[str]:
    """The option ids an answer holds: one for a single choice, several for a list."""
    if isinstance(value, str):
        return frozenset({value}) if value.strip() else frozenset()
    if isinstance(value, list | tuple | set | frozenset):
        return frozenset(v for v in value if isinstance(v, str))
    return frozenset()


def evaluate(condition: Condition | None, answers: Answers) -> bool:
    """Evaluate a condition against answers; no condition means always true."""
    match condition:
        case None:
            return True
        case Answered(question, expected):
            return is_answered(answers.get(question)) == expected
        case OneOf(question, values):
            return not chosen(answers.get(question)).isdisjoint(values)
        case NoneOf(question, values):
            picked = chosen(answers.get(question))
            return bool(picked) and picked.isdisjoint(values)
        case AllOf(parts):
            return all(evaluate(part, answers) for part in parts)
        case AnyOf(parts):
            return any(evaluate(part, answers) for part in parts)
        case Not(part):
            return not evaluate(part, answers)
    raise TypeError(f"not a condition: {condition!r}")  # pragma: no cover


def referenced_questions(condition: Condition | None) -> frozenset[str]:
    """Every question id a condition looks at."""
    match condition:
        case None:
            return frozenset()
        case Answered(question) | OneOf(question) | NoneOf(question):
            return frozenset({question})
        case AllOf(parts) | AnyOf(parts):
            return frozenset().union(*(referenced_questions(p) for p in parts))
        case Not(part):
            return referenced_questions(part)
    raise TypeError(f"not a condition: {condition!r}")  # pragma: no cover
