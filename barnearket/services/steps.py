"""Use cases for the dated step entries: observations, consultations, talks, decisions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from barnearket.domain import collation
from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ConsultationWith, Decision, DecisionOutcome, JsonValue
from barnearket.domain.rules.anonymity import require_anonymous
from barnearket.domain.rules.consent import decision_warnings
from barnearket.domain.rules.notes import Note
from barnearket.services import common, stepanswers
from barnearket.services.context import ServiceContext
from barnearket.services.progress import refresh
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_child, load_consents
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.steps import (
    ConsultationRow,
    DecisionRecipientRow,
    DecisionRow,
    ObservationRow,
    ParentConversationRow,
)

FormAnswers = Mapping[str, JsonValue] | None
"""Answers to the questions a municipality added to the step, by question id."""


@dataclass(frozen=True)
class DecisionResult:
    """The new decision's id and warnings (never errors) about sharing without consent."""

    id: int
    notes: tuple[Note, ...]


def add_observation(ctx: ServiceContext, concern_id: int, text: str, *,
                    observed_on: date | None = None, worried_since: str = "",
                    earlier_concerns: str = "", form_answers: FormAnswers = None) -> int:
    """Log what was seen or heard, said or done, on a date (with how long the worry has lasted and
    whether there were concerns before, when the form asks)."""
    concern = common.concern_row(ctx, concern_id)
    body = _required(common.note(text), "Skriv hva som ble observert.", "text")
    if earlier_concerns not in ("", "ja", "nei", "uavklart"):
        raise ValidationError("Ukjent svar på om det har vært bekymring før.", field="earlier_concerns")
    row = ObservationRow(concern_id=concern_id, observed_on=common.day(ctx, observed_on, "observed_on"),
                         text=body, worried_since=common.line(worried_since, 200),
                         earlier_concerns=earlier_concerns, by_id=ctx.actor.user_id,
                         created_at=ctx.clock.now(),
                         form_answers=stepanswers.encoded(ctx, "concretise", form_answers))
    return _added(ctx, concern, row, "observation",
                  ["observed_on", "text", "worried_since", "earlier_concerns", *_own(form_answers)])


def add_consultation(ctx: ServiceContext, concern_id: int, *, with_whom: ConsultationWith,
                     held_on: date | None = None, anonymous: bool = False, counterpart: str = "",
                     summary: str = "", form_answers: FormAnswers = None) -> int:
    """Record a consultation; an anonymous one is refused if its texts could identify the family."""
    concern = common.concern_row(ctx, concern_id)
    who, text = common.line(counterpart, 200), common.note(summary)
    if anonymous:
        extra = [v for v in (form_answers or {}).values() if isinstance(v, str)]
        require_anonymous([who, text, *extra], _family_names(ctx, concern.case_id), collation.search_key)
    row = ConsultationRow(
        concern_id=concern_id, held_on=common.day(ctx, held_on, "held_on"), with_whom=str(with_whom),
        anonymous=anonymous, counterpart=who, summary=text, by_id=ctx.actor.user_id,
        created_at=ctx.clock.now(), form_answers=stepanswers.encoded(ctx, "share", form_answers),
    )
    return _added(ctx, concern, row, "consultation",
                  ["held_on", "with_whom", "anonymous", "counterpart", "summary", *_own(form_answers)])


def record_parent_conversation(ctx: ServiceContext, concern_id: int, *, held_on: date | None = None,
                               participants: str = "", shared: str = "", response: str = "",
                               agreed: str = "", held: bool = True, not_held_reason: str = "",
                               form_answers: FormAnswers = None) -> int:
    """Record the necessary conversation with the parent: who, what was shared, response, agreement;
    or that it was not held, and why (then dated the day it was recorded and holding no talk)."""
    concern = common.concern_row(ctx, concern_id)
    if held:
        reason = ""
    else:
        reason = _required(common.note(not_held_reason), "Skriv hvorfor samtalen ikke er holdt.",
                           "not_held_reason")
        participants = shared = response = agreed = ""
    row = ParentConversationRow(
        concern_id=concern_id, held_on=common.day(ctx, held_on, "held_on"),
        participants=common.line(participants), shared=common.note(shared),
        response=common.note(response), agreed=common.note(agreed), held=held,
        not_held_reason=reason, by_id=ctx.actor.user_id, created_at=ctx.clock.now(),
        form_answers=stepanswers.encoded(ctx, "conversation", form_answers),
    )
    return _added(ctx, concern, row, "parent_conversation",
                  ["held_on", "participants", "shared", "response", "agreed", "held", "not_held_reason",
                   *_own(form_answers)])


def record_decision(ctx: ServiceContext, concern_id: int, outcome: DecisionOutcome, *,
                    decided_on: date | None = None, anchored_with: str = "", note: str = "",
                    recipients: Iterable[str] = (), form_answers: FormAnswers = None) -> DecisionResult:
    """Record the decision (BTI level 0-3); cooperation warns about recipients without consent."""
    concern = common.concern_row(ctx, concern_id)
    services = common.ids(recipients, "recipients")
    row = DecisionRow(
        concern_id=concern_id, decided_on=common.day(ctx, decided_on, "decided_on"),
        outcome=str(outcome), anchored_with=common.line(anchored_with, 200), note=common.note(note),
        by_id=ctx.actor.user_id, created_at=ctx.clock.now(),
        form_answers=stepanswers.encoded(ctx, "decision", form_answers),
    )
    new_id = _added(ctx, concern, row, "decision",
                    ["decided_on", "outcome", "anchored_with", "note", "recipients", *_own(form_answers)])
    ctx.session.add_all(DecisionRecipientRow(decision_id=new_id, service_id=s) for s in sorted(services))
    decision = Decision(new_id, row.decided_on, outcome, ctx.actor.user_id, row.anchored_with,
                        row.note, services)
    notes = decision_warnings(decision, load_consents(ctx.session, concern.case_id),
                              load_child(ctx.session, concern.child_id), load_rules(ctx.session, ctx.forms))
    return DecisionResult(new_id, tuple(notes))


def _added(ctx: ServiceContext, concern: ConcernRow, row: object, kind: str, fields: list[str]) -> int:
    ctx.session.add(row)
    ctx.session.flush()
    refresh(ctx, concern)
    common.touch(ctx, concern.case_id)
    new_id: int = getattr(row, "id")  # noqa: B009 - every step row has an integer id
    common.log(ctx, AuditAction.CREATE, kind, new_id, ["concern_id", *fields])
    return new_id


def _own(form_answers: FormAnswers) -> list[str]:
    return [stepanswers.FIELD] if form_answers else []


def _required(value: str, message: str, field: str) -> str:
    if not value.strip():
        raise ValidationError(message, field=field)
    return value


def _family_names(ctx: ServiceContext, case_id: int) -> list[str]:
    parent = ctx.session.scalar(select(CaseRow.parent_name).where(CaseRow.id == case_id)) or ""
    rows = ctx.session.execute(
        select(ChildRow.name, ChildRow.other_parent).where(ChildRow.case_id == case_id)).all()
    return [parent, *(n for r in rows for n in r)]
