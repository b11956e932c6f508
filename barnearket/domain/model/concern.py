"""A concern about one child (or unborn child) and everything recorded along its steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barnearket.domain.model.actions import Action
from barnearket.domain.model.enums import ConcernStatus
from barnearket.domain.model.report import Report
from barnearket.domain.model.steps import (
    Consultation,
    Decision,
    LevelChange,
    Observation,
    ParentConversation,
    StatusEvent,
)


@dataclass(frozen=True)
class Concern:
    """The concern; `arose_on` starts the clock and `decision_due` was fixed when it was opened."""

    id: int
    case_id: int
    child_id: int
    arose_on: date
    decision_due: date
    level: int
    status: ConcernStatus
    categories: frozenset[str] = frozenset()
    description: str = ""
    parent_level: int | None = None
    levels: tuple[LevelChange, ...] = ()
    observations: tuple[Observation, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    conversations: tuple[ParentConversation, ...] = ()
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()
    reports: tuple[Report, ...] = ()
    history: tuple[StatusEvent, ...] = ()
    row_version: int = field(default=0, compare=False)
    """The stored version of the concern's own fields (level, description...); not part of equality."""

    @property
    def is_open(self) -> bool:
        """True while the concern is followed."""
        return self.status is ConcernStatus.OPEN

    @property
    def decision(self) -> Decision | None:
        """The latest decision (by date, then by entry order), if any."""
        ordered = sorted(enumerate(self.decisions), key=lambda p: (p[1].decided_on, p[0]))
        return ordered[-1][1] if ordered else None
