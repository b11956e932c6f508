"""Fills in a Barnearket sheet from the form definition itself, so new form versions still work."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from barnearket.domain.forms import FormLibrary, Question, QuestionType, Sheet, evaluate
from barnearket.services.demodata import phrases

Value = Any
Override = Callable[[Question], Value]


@dataclass(frozen=True)
class ChildFacts:
    """What the sheet's per-child questions can be answered from."""

    ref: int
    residence: str | None
    daily_carer: str
    school: str
    services: tuple[str, ...]


@dataclass
class SheetFacts:
    """What the shared questions can be answered from."""

    held_on: date
    gate: str | None
    siblings: str | None
    worker: str
    participants: str
    interpreter: bool
    children: list[ChildFacts] = field(default_factory=list)


class Answerer:
    """Draws plausible answers: known facts where a question asks for one, otherwise by type."""

    def __init__(self, library: FormLibrary, form: Sheet, rng: random.Random) -> None:
        self.library, self.form, self.rng = library, form, rng

    def answers(self, facts: SheetFacts, share: float) -> list[tuple[int | None, str, Value]]:
        """(child ref or None, question id, value) for about `share` of the visible questions."""
        found: list[tuple[int | None, str, Value]] = []
        shared: dict[str, Value] = {}
        for section in self.form.sections:
            if not evaluate(section.when, shared):
                continue
            if section.per_child:
                for child in facts.children:
                    own = self._section(section.questions, shared, self._facts(facts, child), share)
                    found.extend((child.ref, q, v) for q, v in own.items())
            else:
                own = self._section(section.questions, shared, self._facts(facts, None), share)
                shared.update(own)
                found.extend((None, q, v) for q, v in own.items())
        return found

    def _section(self, questions: tuple[Question, ...], context: Mapping[str, Value],
                 known: Mapping[str, Override], share: float) -> dict[str, Value]:
        answers: dict[str, Value] = {}
        for question in questions:
            if not evaluate(question.when, {**context, **answers}):
                continue
            if question.required or self.rng.random() < share:
                value = known[question.id](question) if question.id in known else self._any(question)
                if value not in (None, "", []):
                    answers[question.id] = value
        return answers

    def _facts(self, facts: SheetFacts, child: ChildFacts | None) -> dict[str, Override]:
        if child is not None:
            return {
                "lives_where": lambda q: child.residence or self._any(q),
                "daily_carer": lambda q: child.daily_carer,
                "kindergarten_school": lambda q: child.school,
                "services_involved": lambda q: list(child.services),
            }
        return {
            "has_children": lambda q: self._option(q, facts.gate),
            "has_minor_siblings": lambda q: self._option(q, facts.siblings),
            "gate_asked_on": lambda q: facts.held_on.isoformat(),
            "gate_asked_by": lambda q: facts.worker,
            "conversation_date": lambda q: facts.held_on.isoformat(),
            "participants": lambda q: facts.participants,
            "interpreter_needed": lambda q: "ja" if facts.interpreter else "nei",
            "next_conversation": lambda q: (facts.held_on + timedelta(self.rng.randint(30, 90))).isoformat(),
        }

    def _option(self, question: Question, wanted: str | None) -> Value:
        """The option matching a fact of the case; no answer when the case has none."""
        ids = [o.id for o in self.library.options_for(question)]
        return wanted if wanted in ids else None

    def _any(self, question: Question) -> Value:
        kind, rng = question.type, self.rng
        if kind.has_options:
            ids = [o.id for o in self.library.options_for(question)]
            if kind.is_list:
                return sorted(rng.sample(ids, k=min(len(ids), rng.randint(1, 2))))
            weights = [6 if i == "ja" else 3 if i == "nei" else 1 for i in ids]
            return rng.choices(ids, weights)[0]
        if kind is QuestionType.LONG_TEXT:
            return rng.choice(phrases.LONG_ANSWER)
        if kind is QuestionType.NUMBER:
            return rng.randint(1, 5)
        if kind is QuestionType.DATE:
            return None
        return rng.choice(phrases.SHORT_ANSWER)
