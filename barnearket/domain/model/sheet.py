"""A Barnearket conversation: answers per child and question, immutable once completed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeAlias

from barnearket.domain.model.enums import SheetStatus

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"


@dataclass(frozen=True)
class Answer:
    """One answer; `child_id` is None for a question about the parent or the whole family."""

    question_id: str
    child_id: int | None
    value: JsonValue
    row_version: int = field(default=0, compare=False)
    """The stored version the person's edit is based on (0: not stored yet); not part of equality."""


@dataclass(frozen=True)
class Sheet:
    """One dated conversation, answered against a fixed form id and version."""

    id: int
    case_id: int
    version: int
    form_id: str
    form_version: int
    held_on: date
    status: SheetStatus
    participants: str = ""
    quick_notes: str = ""
    answers: tuple[Answer, ...] = ()
    completed_at: datetime | None = None
    completed_by: int | None = None
    based_on: int | None = None
    row_version: int = field(default=0, compare=False)
    """The stored version of the sheet's own fields (date, participants, quick notes); not in equality."""

    @property
    def is_completed(self) -> bool:
        """True once the sheet is completed and may no longer change."""
        return self.status is SheetStatus.COMPLETED

    def answer(self, question_id: str, child_id: int | None = None) -> JsonValue:
        """The stored value for a question (and child), or None when unanswered."""
        for item in self.answers:
            if item.question_id == question_id and item.child_id == child_id:
                return item.value
        return None

    def answers_for(self, child_id: int | None) -> dict[str, JsonValue]:
        """All answers about one child (or, with None, about the parent), keyed by question id."""
        return {a.question_id: a.value for a in self.answers if a.child_id == child_id}
