"""Actions of the plan (step 6) and the evaluations made on their dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barnearket.domain.model.enums import ActionStatus


@dataclass(frozen=True)
class Evaluation:
    """What an evaluation found."""

    id: int
    evaluated_on: date
    text: str
    by: int
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""


@dataclass(frozen=True)
class Action:
    """A measure with who is responsible, a deadline and when to evaluate it."""

    id: int
    concern_id: int
    measure: str
    status: ActionStatus
    responsible: str = ""
    service_id: str | None = None
    deadline: date | None = None
    evaluate_on: date | None = None
    evaluations: tuple[Evaluation, ...] = ()
    row_version: int = field(default=0, compare=False)
    """The stored version the person's edit is based on; not part of equality."""

    @property
    def next_date(self) -> date | None:
        """The next date this action needs attention: its evaluation date, else its deadline."""
        if not self.status.active:
            return None
        return self.evaluate_on or self.deadline
