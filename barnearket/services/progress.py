"""Keeps a concern's stored step, decision date and next follow-up in line with its entries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, select

from barnearket.domain.model import ActionStatus, ConcernStatus, DecisionOutcome, ReportStatus, Step
from barnearket.domain.rules.steps import progress
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.actions import ActionRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.reports import ReportRow
from barnearket.storage.orm.steps import (
    ConsultationRow,
    DecisionRow,
    ObservationRow,
    ParentConversationRow,
)

_ACTIVE = (ActionStatus.PLANNED.value, ActionStatus.ONGOING.value)


def refresh(ctx: ServiceContext, concern: ConcernRow) -> None:
    """Recompute step, decided_on and next_follow_up from the entries (a few indexed queries)."""
    ctx.session.flush()
    done = {step for step, model in (
        (Step.CONCRETISE, ObservationRow), (Step.SHARE, ConsultationRow),
        (Step.CONVERSATION, ParentConversationRow), (Step.DECISION, DecisionRow),
        (Step.FOLLOW_UP, ActionRow),
    ) if _has(ctx, model, concern.id)}
    if _has(ctx, ReportRow, concern.id, ReportRow.status == ReportStatus.SENT.value):
        done.add(Step.FOLLOW_UP)
    if concern.status == ConcernStatus.CLOSED:
        done.add(Step.CLOSURE)
    latest = ctx.session.execute(
        select(DecisionRow.decided_on, DecisionRow.outcome).where(DecisionRow.concern_id == concern.id)
        .order_by(DecisionRow.decided_on.desc(), DecisionRow.id.desc()).limit(1)
    ).first()
    outcome = DecisionOutcome(latest.outcome) if latest else None
    concern.step = progress(done, outcome).current.value
    concern.decided_on = latest.decided_on if latest else None
    concern.next_follow_up = ctx.session.scalar(
        select(func.min(func.coalesce(ActionRow.evaluate_on, ActionRow.deadline)))
        .where(ActionRow.concern_id == concern.id, ActionRow.status.in_(_ACTIVE))
    )


def _has(ctx: ServiceContext, model: Any, concern_id: int, *extra: Any) -> bool:
    return bool(ctx.session.scalar(select(exists().where(model.concern_id == concern_id, *extra))))
