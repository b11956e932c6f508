"""Use cases for the action plan: add actions and evaluate them (a correction, with the status, is in
`corrections.update_action`)."""

from __future__ import annotations

from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ActionStatus
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.progress import refresh
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.actions import ActionRow, EvaluationRow
from barnearket.storage.orm.concerns import ConcernRow


def add_action(ctx: ServiceContext, concern_id: int, measure: str, *, responsible: str = "",
               service_id: str | None = None, deadline: date | None = None,
               evaluate_on: date | None = None, status: ActionStatus = ActionStatus.PLANNED) -> int:
    """Add a measure with who is responsible, a deadline and an evaluation date."""
    concern = common.concern_row(ctx, concern_id)
    text = common.note(measure)
    if not text.strip():
        raise ValidationError("Beskriv tiltaket.", field="measure")
    if service_id is not None:
        common.ids([service_id], "service_id")
    row = ActionRow(
        concern_id=concern_id, measure=text, responsible=common.line(responsible, 200),
        service_id=service_id, deadline=deadline, evaluate_on=evaluate_on, status=str(status),
        created_at=ctx.clock.now(), created_by=ctx.actor.user_id,
    )
    ctx.session.add(row)
    ctx.session.flush()
    _changed(ctx, concern, AuditAction.CREATE, "action", row.id,
             ["concern_id", "measure", "responsible", "service_id", "deadline", "evaluate_on", "status"])
    return row.id


def add_evaluation(ctx: ServiceContext, action_id: int, text: str, *, evaluated_on: date | None = None,
                   next_evaluate_on: date | None = None, status: ActionStatus | None = None) -> int:
    """Record an evaluation; the action's evaluation date becomes `next_evaluate_on` (None when no
    further evaluation is planned) and its status changes if `status` is given."""
    action, concern = _action(ctx, action_id)
    body = common.note(text)
    if not body.strip():
        raise ValidationError("Skriv hva evalueringen viste.", field="text")
    when = common.day(ctx, evaluated_on, "evaluated_on")
    if next_evaluate_on is not None and next_evaluate_on <= when:
        raise ValidationError("Neste evaluering må ligge etter denne.", field="next_evaluate_on")
    row = EvaluationRow(action_id=action_id, evaluated_on=when, text=body, by_id=ctx.actor.user_id,
                        created_at=ctx.clock.now())
    ctx.session.add(row)
    ctx.session.flush()
    names = common.changed(action, {"evaluate_on": next_evaluate_on,
                                    **({"status": str(status)} if status else {})})
    common.log(ctx, AuditAction.CREATE, "evaluation", row.id, ["action_id", "evaluated_on", "text"])
    _changed(ctx, concern, AuditAction.UPDATE, "action", action_id, names)
    return row.id


def _action(ctx: ServiceContext, action_id: int) -> tuple[ActionRow, ConcernRow]:
    action = common.get(ctx, ActionRow, action_id, "Fant ikke tiltaket.")
    return action, common.concern_row(ctx, action.concern_id)


def _changed(ctx: ServiceContext, concern: ConcernRow, action: AuditAction, kind: str, row_id: int,
             fields: list[str]) -> None:
    if not fields:
        return
    refresh(ctx, concern)
    common.touch(ctx, concern.case_id)
    common.log(ctx, action, kind, row_id, fields)
