"""The dated entries a worker records on the way from concern to action (steps 2 to 5 and 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from barnearket.domain.model.enums import ConsultationWith, DecisionOutcome, Scale, StatusChange
from barnearket.domain.model.sheet import JsonValue

FormAnswers = Mapping[str, JsonValue]
"""Answers to step questions a municipality's form added, by question id (no field of their own)."""


@dataclass(frozen=True)
class LevelChange:
    """One move on a concern scale, with who made it and why."""

    scale: Scale
    level: int
    at: datetime
    by: int
    note: str = ""


@dataclass(frozen=True)
class Observation:
    """A dated, concrete observation: what was seen or heard, said or done (not conclusions)."""

    id: int
    observed_on: date
    text: str
    by: int
    worried_since: str = ""
    earlier_concerns: str = ""
    """Whether there were concerns for the child before: 'ja', 'nei', 'uavklart' or '' (not answered)."""
    form_answers: FormAnswers = field(default_factory=dict)
    """Answers to the step's added questions, by question id."""
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""


@dataclass(frozen=True)
class Consultation:
    """Sharing and discussing the concern; an anonymous one holds nothing that identifies anyone."""

    id: int
    held_on: date
    with_whom: ConsultationWith
    anonymous: bool
    by: int
    counterpart: str = ""
    summary: str = ""
    form_answers: FormAnswers = field(default_factory=dict)
    """Answers to the step's added questions, by question id."""
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""


@dataclass(frozen=True)
class ParentConversation:
    """The necessary conversation with the parent (and the child where fitting)."""

    id: int
    held_on: date
    by: int
    participants: str = ""
    shared: str = ""
    response: str = ""
    agreed: str = ""
    held: bool = True
    not_held_reason: str = ""
    """Why the conversation was not held (only when `held` is false)."""
    form_answers: FormAnswers = field(default_factory=dict)
    """Answers to the step's added questions, by question id."""
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""


@dataclass(frozen=True)
class Decision:
    """The decision anchored with a leader; `recipients` are the services it shares with."""

    id: int
    decided_on: date
    outcome: DecisionOutcome
    by: int
    anchored_with: str = ""
    note: str = ""
    recipients: frozenset[str] = frozenset()
    form_answers: FormAnswers = field(default_factory=dict)
    """Answers to the step's added questions, by question id."""
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""


@dataclass(frozen=True)
class StatusEvent:
    """A closure or reopening of a concern, with its reason."""

    kind: StatusChange
    on: date
    by: int
    reason: str
