"""Turns the answers of a step's form into the service call that stores the entry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from barnearket.domain.forms.stepanswers import split_answers
from barnearket.domain.model import ActionStatus, ConsultationWith, DecisionOutcome, JsonValue
from barnearket.services.actions import add_action, add_evaluation
from barnearket.services.concerns import close_concern, reopen_concern
from barnearket.services.context import ServiceContext
from barnearket.services.steps import (
    DecisionResult,
    add_consultation,
    add_observation,
    record_decision,
    record_parent_conversation,
)
from barnearket.ui.formwidgets.dates import parse_iso

Answers = Mapping[str, JsonValue]

STORED = {
    "concretise": ("observed_on", "observation", "worried_since", "earlier_concerns"),
    "share": ("consulted_on", "consulted_with", "anonymous", "counterpart", "summary"),
    "conversation": ("held", "not_held_reason", "conversation_on", "participants", "shared", "response",
                     "agreed"),
    "decision": ("decided_on", "outcome", "anchored_with", "decision_note", "recipients"),
    "follow_up": ("action", "responsible", "deadline", "evaluate_on", "action_status"),
    "closure": ("closed_on", "closing_reason", "closing_note"),
}
"""The questions of each step stored in a field of their own; in the four entry steps any other
question of the form (one a municipality added) is kept as an answer by its id (`own`)."""

CONTEXT: Mapping[str, Answers] = {}
"""Answers assumed for questions left out of a step's form (none: every step question is shown)."""


def text(answers: Answers, key: str) -> str:
    """A text answer ('' when unanswered)."""
    value = answers.get(key)
    return "" if value is None else str(value)


def day(answers: Answers, key: str) -> date | None:
    """A date answer."""
    return parse_iso(answers.get(key))


def own(step_id: str, answers: Answers) -> dict[str, JsonValue]:
    """The answers to the step's added questions (kept by question id on the entry)."""
    return split_answers(step_id, answers)


def observation(sctx: ServiceContext, concern_id: int, answers: Answers) -> int:
    """Step 2: one dated observation."""
    return add_observation(
        sctx, concern_id, text(answers, "observation"), observed_on=day(answers, "observed_on"),
        worried_since=text(answers, "worried_since"), earlier_concerns=text(answers, "earlier_concerns"),
        form_answers=own("concretise", answers),
    )


def consultation(sctx: ServiceContext, concern_id: int, answers: Answers) -> int:
    """Step 3: a consultation; an anonymous one never carries a name."""
    anonymous = answers.get("anonymous") == "ja"
    return add_consultation(
        sctx,
        concern_id,
        with_whom=ConsultationWith(text(answers, "consulted_with")),
        held_on=day(answers, "consulted_on"),
        anonymous=anonymous,
        counterpart="" if anonymous else text(answers, "counterpart"),
        summary=text(answers, "summary"),
        form_answers=own("share", answers),
    )


def conversation(sctx: ServiceContext, concern_id: int, answers: Answers) -> int:
    """Step 4: the conversation with the parents, or why it was not held."""
    return record_parent_conversation(
        sctx,
        concern_id,
        held=answers.get("held") != "nei",
        not_held_reason=text(answers, "not_held_reason"),
        held_on=day(answers, "conversation_on"),
        participants=text(answers, "participants"),
        shared=text(answers, "shared"),
        response=text(answers, "response"),
        agreed=text(answers, "agreed"),
        form_answers=own("conversation", answers),
    )


def decision(sctx: ServiceContext, concern_id: int, answers: Answers) -> DecisionResult:
    """Step 5: the decision, with the services to cooperate with."""
    recipients = answers.get("recipients")
    return record_decision(
        sctx,
        concern_id,
        DecisionOutcome(text(answers, "outcome")),
        decided_on=day(answers, "decided_on"),
        anchored_with=text(answers, "anchored_with"),
        note=text(answers, "decision_note"),
        recipients=[str(r) for r in recipients] if isinstance(recipients, list) else [],
        form_answers=own("decision", answers),
    )


def action(sctx: ServiceContext, concern_id: int, answers: Answers) -> int:
    """Step 6: one action of the plan."""
    status = text(answers, "action_status") or ActionStatus.PLANNED.value
    return add_action(
        sctx,
        concern_id,
        text(answers, "action"),
        responsible=text(answers, "responsible"),
        deadline=day(answers, "deadline"),
        evaluate_on=day(answers, "evaluate_on"),
        status=ActionStatus(status),
    )


def evaluation(sctx: ServiceContext, action_id: int, answers: Answers) -> int:
    """Step 6: an evaluation of one action, with the next date and a new status."""
    status = text(answers, "action_status")
    return add_evaluation(
        sctx,
        action_id,
        text(answers, "evaluation"),
        evaluated_on=day(answers, "evaluated_on"),
        next_evaluate_on=day(answers, "evaluate_on"),
        status=ActionStatus(status) if status else None,
    )


def closing(sctx: ServiceContext, concern_id: int, answers: Answers, reason_label: str) -> object:
    """Step 7: close with the chosen reason and the closing note as the recorded reason."""
    note = text(answers, "closing_note").strip()
    reason = f"{reason_label}: {note}" if reason_label and note else reason_label or note
    return close_concern(sctx, concern_id, reason, on=day(answers, "closed_on"))


def reopening(sctx: ServiceContext, concern_id: int, answers: Answers) -> None:
    """Reopen with the reason given."""
    reopen_concern(sctx, concern_id, text(answers, "reopen_reason"), on=day(answers, "reopened_on"))
