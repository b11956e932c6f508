"""A stored step entry seen as the answers to its step's form (the inverse of what the services store).

The correction dialog fills the step's form with it, and `steps.unfinished_steps` evaluates the form's
`done_when` on it, so both read an entry the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from barnearket.domain.model import (
    Action,
    Consultation,
    Decision,
    Evaluation,
    JsonValue,
    Observation,
    ParentConversation,
)


def _iso(value: object) -> JsonValue:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else None


def entry_answers(record: object) -> dict[str, JsonValue]:
    """The stored entry as the answers of its step's form, with the answers to added questions."""
    added: Mapping[str, JsonValue] = getattr(record, "form_answers", {})
    return {**_fields_of(record), **added}


def _fields_of(record: object) -> dict[str, JsonValue]:
    if isinstance(record, Observation):
        return {"observed_on": _iso(record.observed_on), "observation": record.text,
                "worried_since": record.worried_since, "earlier_concerns": record.earlier_concerns or None}
    if isinstance(record, Consultation):
        return {"consulted_on": _iso(record.held_on), "consulted_with": record.with_whom.value,
                "anonymous": "ja" if record.anonymous else "nei", "counterpart": record.counterpart,
                "summary": record.summary}
    if isinstance(record, ParentConversation):
        return {"held": "ja" if record.held else "nei", "not_held_reason": record.not_held_reason,
                "conversation_on": _iso(record.held_on), "participants": record.participants,
                "shared": record.shared, "response": record.response, "agreed": record.agreed}
    if isinstance(record, Decision):
        return {"decided_on": _iso(record.decided_on), "outcome": record.outcome.value,
                "anchored_with": record.anchored_with, "decision_note": record.note,
                "recipients": list[JsonValue](sorted(record.recipients))}
    if isinstance(record, Evaluation):
        return {"evaluated_on": _iso(record.evaluated_on), "evaluation": record.text}
    if isinstance(record, Action):
        return _action(record)
    raise TypeError(type(record).__name__)


def _action(record: Action) -> dict[str, JsonValue]:
    return {"action": record.measure, "responsible": record.responsible,
            "deadline": _iso(record.deadline), "evaluate_on": _iso(record.evaluate_on),
            "action_status": record.status.value}


def action_with_evaluations(record: Action) -> list[dict[str, JsonValue]]:
    """An action as entries of the follow-up step: the action alone, then with each evaluation."""
    own = _action(record)
    return [own, *({**own, **_fields_of(e)} for e in record.evaluations)]
