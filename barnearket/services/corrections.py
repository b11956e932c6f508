"""Corrections of dated step entries and actions: the new values are stored, and the entry's text
keeps a dated note of what it said before, so a correction never erases what was written."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from barnearket.domain import collation
from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ActionStatus, ConsultationWith, DecisionOutcome, JsonValue
from barnearket.domain.rules.anonymity import require_anonymous
from barnearket.services import common, stepanswers
from barnearket.services.context import ServiceContext
from barnearket.services.progress import refresh
from barnearket.services.steps import _family_names
from barnearket.storage import versions
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.actions import ActionRow, EvaluationRow
from barnearket.storage.orm.steps import (
    ConsultationRow,
    DecisionRecipientRow,
    DecisionRow,
    ObservationRow,
    ParentConversationRow,
)
from barnearket.storage.orm.users import User

TRAIL_FIELD = {"observation": "text", "consultation": "summary", "parent_conversation": "shared",
               "decision": "note", "action": "measure", "evaluation": "text"}
"""The text field of each kind that carries the note of what was there before."""

FormAnswers = Mapping[str, JsonValue] | None
"""Answers to a step's added questions; None leaves the stored ones as they are."""


def _own(ctx: ServiceContext, step_id: str, answers: FormAnswers) -> dict[str, object]:
    return {} if answers is None else {stepanswers.FIELD: stepanswers.encoded(ctx, step_id, answers)}


def _texts(answers: FormAnswers) -> list[str]:
    return [v for v in (answers or {}).values() if isinstance(v, str)]


def correct_observation(ctx: ServiceContext, entry_id: int, text: str, *,
                        observed_on: date | None, worried_since: str = "",
                        earlier_concerns: str = "", reason: str = "",
                        form_answers: FormAnswers = None, base: int | None = None) -> list[str]:
    """Correct an observation's date, text and the two short answers; returns the changed fields.
    `base` is the entry's version the person began from (as for `update_action`)."""
    row = common.get(ctx, ObservationRow, entry_id, "Fant ikke observasjonen.")
    body = common.note(text)
    if not body.strip():
        raise ValidationError("Skriv hva som ble observert.", field="text")
    if earlier_concerns not in ("", "ja", "nei", "uavklart"):
        raise ValidationError("Ukjent svar på om det har vært bekymring før.", field="earlier_concerns")
    return _correct(ctx, row, "observation", {
        "observed_on": common.day(ctx, observed_on, "observed_on"), "text": body,
        "worried_since": common.line(worried_since, 200), "earlier_concerns": earlier_concerns,
        **_own(ctx, "concretise", form_answers)}, reason=reason, base=base)


def correct_consultation(ctx: ServiceContext, entry_id: int, *, with_whom: ConsultationWith,
                         held_on: date | None, anonymous: bool, counterpart: str, summary: str,
                         reason: str = "", form_answers: FormAnswers = None,
                         base: int | None = None) -> list[str]:
    """Correct a consultation; an anonymous one is still refused if it could identify the family."""
    row = common.get(ctx, ConsultationRow, entry_id, "Fant ikke drøftingen.")
    who, text = common.line(counterpart, 200), common.note(summary)
    if anonymous:
        concern = common.concern_row(ctx, row.concern_id)
        require_anonymous([who, text, reason, *_texts(form_answers)], _family_names(ctx, concern.case_id),
                          collation.search_key)
    return _correct(ctx, row, "consultation", {
        "held_on": common.day(ctx, held_on, "held_on"), "with_whom": str(with_whom), "anonymous": anonymous,
        "counterpart": who, "summary": text, **_own(ctx, "share", form_answers)}, hide_before=anonymous,
        reason=reason, base=base)


def correct_parent_conversation(ctx: ServiceContext, entry_id: int, *, held_on: date | None,
                                participants: str, shared: str, response: str, agreed: str,
                                held: bool = True, not_held_reason: str = "", reason: str = "",
                                form_answers: FormAnswers = None, base: int | None = None) -> list[str]:
    """Correct the record of the conversation with the parent (or of why it was not held)."""
    row = common.get(ctx, ParentConversationRow, entry_id, "Fant ikke samtalen.")
    if not held and not not_held_reason.strip():
        raise ValidationError("Skriv hvorfor samtalen ikke er holdt.", field="not_held_reason")
    return _correct(ctx, row, "parent_conversation", {
        "held_on": common.day(ctx, held_on or (None if held else row.held_on), "held_on"),
        "participants": common.line(participants), "shared": common.note(shared),
        "response": common.note(response), "agreed": common.note(agreed), "held": held,
        "not_held_reason": "" if held else common.note(not_held_reason),
        **_own(ctx, "conversation", form_answers)}, reason=reason, base=base)


def correct_decision(ctx: ServiceContext, entry_id: int, outcome: DecisionOutcome, *, decided_on: date | None,
                     anchored_with: str, note: str, recipients: Iterable[str], reason: str = "",
                     form_answers: FormAnswers = None, base: int | None = None) -> list[str]:
    """Correct a decision, its date and the services it shares with (a change of those alone
    gives the decision a new version too)."""
    row = common.get(ctx, DecisionRow, entry_id, "Fant ikke beslutningen.")
    wanted = common.ids(recipients, "recipients")
    current = set(ctx.session.scalars(select(DecisionRecipientRow.service_id).where(
        DecisionRecipientRow.decision_id == entry_id)))
    if current != set(wanted):
        versions.based_on(row, base)
    names = _correct(ctx, row, "decision", {
        "decided_on": common.day(ctx, decided_on, "decided_on"), "outcome": str(outcome),
        "anchored_with": common.line(anchored_with, 200), "note": common.note(note),
        **_own(ctx, "decision", form_answers)}, log=False,
        reason=reason, base=base)
    if common.replace_ids(ctx, DecisionRecipientRow.decision_id, entry_id, DecisionRecipientRow.service_id,
                          wanted):
        names.append("recipients")
        if names == ["recipients"]:
            versions.bump(row)
    _logged(ctx, row, "decision", names)
    return names


def update_action(ctx: ServiceContext, action_id: int, measure: str, *, responsible: str,
                  deadline: date | None, evaluate_on: date | None, status: ActionStatus,
                  service_id: str | None = None, reason: str = "", base: int | None = None) -> list[str]:
    """Correct an action of the plan: what, who, when, and how far it has come.

    `base` is the action's version the person began from; if someone changed the action since, the
    correction is refused with `EditConflictError` (the caller offers mine / theirs / both)."""
    row = common.get(ctx, ActionRow, action_id, "Fant ikke tiltaket.")
    text = common.note(measure)
    if not text.strip():
        raise ValidationError("Beskriv tiltaket.", field="measure")
    if service_id is not None:
        common.ids([service_id], "service_id")
    values = {"measure": text, "responsible": common.line(responsible, 200), "service_id": service_id,
              "deadline": deadline, "evaluate_on": evaluate_on, "status": str(status)}
    if any(getattr(row, k) != v for k, v in values.items()):
        versions.based_on(row, base)
    return _correct(ctx, row, "action", values, trail_for=("measure",), reason=reason)


def correct_evaluation(ctx: ServiceContext, evaluation_id: int, text: str, *,
                       evaluated_on: date | None, reason: str = "", base: int | None = None) -> list[str]:
    """Correct what an evaluation of an action showed, and its date."""
    row = common.get(ctx, EvaluationRow, evaluation_id, "Fant ikke evalueringen.")
    action = common.get(ctx, ActionRow, row.action_id, "Fant ikke tiltaket.")
    body = common.note(text)
    if not body.strip():
        raise ValidationError("Skriv hva evalueringen viste.", field="text")
    names = _correct(ctx, row, "evaluation", {
        "evaluated_on": common.day(ctx, evaluated_on, "evaluated_on"), "text": body}, log=False,
        reason=reason, base=base)
    _logged(ctx, action, "evaluation", names, row_id=row.id)
    return names


def _correct(ctx: ServiceContext, row: Any, kind: str, values: Mapping[str, object], *, log: bool = True,
             trail_for: tuple[str, ...] | None = None, hide_before: bool = False,
             reason: str = "", base: int | None = None) -> list[str]:
    """Store the values; when a field the trail covers changed, the text keeps what it said before
    (an anonymous entry only names the changed fields, so no earlier wording can identify the family)."""
    if values.get(stepanswers.FIELD) == "{}" and not getattr(row, stepanswers.FIELD, None):
        values = {k: v for k, v in values.items() if k != stepanswers.FIELD}  # none before, none now
    before = {k: getattr(row, k) for k in values}
    names = common.changed(row, values, base)
    covered = [n for n in names if trail_for is None or n in trail_for]
    if covered:
        field = TRAIL_FIELD[kind]
        trail = _trail(ctx, before, covered, hide_before, common.line(reason, 500))
        setattr(row, field, f"{getattr(row, field)}\n\n{trail}".strip())
    if log:
        _logged(ctx, row, kind, names)
    return names


def _trail(ctx: ServiceContext, before: Mapping[str, object], names: list[str], hide: bool,
           reason: str) -> str:
    parts = [_caption(n) if hide else f"{_caption(n)}: «{_shown(before[n], n)}»" for n in names]
    return f"{trail_opening(ctx, reason)}Før rettingen – " + "; ".join(parts) + "]"


def trail_opening(ctx: ServiceContext, reason: str) -> str:
    """«[Rettet 03.03.2026 av Name. Årsak: … . »: when, who and why, opening every correction note."""
    user = ctx.session.get(User, ctx.actor.user_id)
    who = user.full_name if user is not None and user.full_name.strip() else ctx.actor.login
    why = f" Årsak: {reason.strip().rstrip('.')}." if reason.strip() else ""
    return f"[Rettet {ctx.clock.today():%d.%m.%Y} av {who}.{why} "


def _caption(name: str) -> str:
    return {"observed_on": "dato", "held_on": "dato", "decided_on": "dato", "text": "tekst",
            "summary": "sammendrag", "shared": "det som ble delt", "response": "reaksjon",
            "agreed": "avtalt", "participants": "deltakere", "with_whom": "drøftet med",
            "anonymous": "anonym", "counterpart": "hvem", "outcome": "beslutning",
            "anchored_with": "forankret hos", "note": "begrunnelse", "measure": "tiltak",
            "evaluated_on": "dato", "worried_since": "bekymret siden",
            "earlier_concerns": "bekymring før", "held": "samtalen holdt",
            "not_held_reason": "grunn til at samtalen ikke er holdt",
            "form_answers": "svar på kommunens egne spørsmål"}.get(name, name)


def _shown(value: object, name: str = "") -> str:
    if name == stepanswers.FIELD and isinstance(value, str):
        stored = json.loads(value or "{}")
        return "; ".join(f"{k}: {_shown(v)}" for k, v in stored.items()) if isinstance(stored, dict) else ""
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, bool):
        return "ja" if value else "nei"
    return "" if value is None else str(value)


def _logged(ctx: ServiceContext, row: Any, kind: str, names: list[str], row_id: int | None = None) -> None:
    if not names:
        return
    concern = common.concern_row(ctx, row.concern_id)
    refresh(ctx, concern)
    common.touch(ctx, concern.case_id)
    common.log(ctx, AuditAction.UPDATE, kind, row.id if row_id is None else row_id, names)
