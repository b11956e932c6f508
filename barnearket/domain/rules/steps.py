"""Which steps of a concern are done, which were skipped, and where the concern stands now."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from barnearket.domain.model.concern import Concern
from barnearket.domain.model.enums import DecisionOutcome, ReportStatus, Step


@dataclass(frozen=True)
class StepProgress:
    """The furthest step reached, the steps with entries, and earlier steps without any."""

    current: Step
    done: frozenset[Step]
    missing: tuple[Step, ...]


def steps_done(concern: Concern) -> frozenset[Step]:
    """The steps that have at least one entry (the first step is done once the concern exists)."""
    present = {
        Step.AROSE: True,
        Step.CONCRETISE: bool(concern.observations),
        Step.SHARE: bool(concern.consultations),
        Step.CONVERSATION: bool(concern.conversations),
        Step.DECISION: bool(concern.decisions),
        Step.FOLLOW_UP: bool(concern.actions)
        or any(r.status is ReportStatus.SENT for r in concern.reports),
        Step.CLOSURE: not concern.is_open,
    }
    return frozenset(step for step, ok in present.items() if ok)


def progress(done: Set[Step], outcome: DecisionOutcome | None) -> StepProgress:
    """Progress from the set of steps with entries; a decision to close needs no follow-up step."""
    done = frozenset(done) | {Step.AROSE}
    current = Step.CLOSURE if Step.CLOSURE in done else max(done, key=lambda s: s.number)
    skippable = {Step.FOLLOW_UP} if outcome is DecisionOutcome.CLOSE else set()
    missing = tuple(
        s for s in Step
        if s.number < current.number and s not in done and s not in skippable
    )
    return StepProgress(current=current, done=done, missing=missing)


def step_progress(concern: Concern) -> StepProgress:
    """Where the concern stands: the steps guide the worker but any order is allowed."""
    decision = concern.decision
    return progress(steps_done(concern), decision.outcome if decision else None)
