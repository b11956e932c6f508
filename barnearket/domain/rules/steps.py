"""Which steps of a concern are done, which were skipped, and where the concern stands now."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from barnearket.domain.forms.answers import step_done
from barnearket.domain.forms.model import StepGuide
from barnearket.domain.model import JsonValue
from barnearket.domain.model.concern import Concern
from barnearket.domain.model.enums import DecisionOutcome, ReportStatus, Step
from barnearket.domain.rules.entries import action_with_evaluations, entry_answers


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


def _entries(concern: Concern) -> dict[Step, list[dict[str, JsonValue]]]:
    """Each entry step's entries as answers to its form (the first and last steps are the concern's
    own dates and texts, checked when they are recorded)."""
    return {
        Step.CONCRETISE: [entry_answers(x) for x in concern.observations],
        Step.SHARE: [entry_answers(x) for x in concern.consultations],
        Step.CONVERSATION: [entry_answers(x) for x in concern.conversations],
        Step.DECISION: [entry_answers(x) for x in concern.decisions],
        Step.FOLLOW_UP: [a for x in concern.actions for a in action_with_evaluations(x)],
    }


def unfinished_steps(concern: Concern, guide: StepGuide) -> frozenset[Step]:
    """Steps with entries of which none meets the step's `done_when` in the form: begun, not done.

    A step without `done_when` counts as done once it has an entry; so does the follow-up step once
    a report was sent (the report is its own follow-up)."""
    forms = {s.id: s for s in guide.steps}
    found = set()
    for step, entries in _entries(concern).items():
        form = forms.get(step.value)
        if not entries or form is None or form.done_when is None:
            continue
        if step is Step.FOLLOW_UP and any(r.status is ReportStatus.SENT for r in concern.reports):
            continue
        if not step_done(form, entries):
            found.add(step)
    return frozenset(found)
