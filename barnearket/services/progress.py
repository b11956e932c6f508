"""Keeps a concern's stored step, decision date and next follow-up in line with its entries."""

from __future__ import annotations

from datetime import date
from typing import cast

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
    """Recompute step, decided_on and next_follow_up from the entries (two round trips: on the server
    each statement costs a round trip, so the steps' EXISTS tests and the next follow-up go as one)."""
    ctx.session.flush()
    steps = ((Step.CONCRETISE, ObservationRow), (Step.SHARE, ConsultationRow),
             (Step.CONVERSATION, ParentConversationRow), (Step.DECISION, DecisionRow),
             (Step.FOLLOW_UP, ActionRow))
    facts = ctx.session.execute(select(
        *(exists().where(model.concern_id == concern.id) for _, model in steps),
        exists().where(ReportRow.concern_id == concern.id, ReportRow.status == ReportStatus.SENT.value),
        select(func.min(func.coalesce(ActionRow.evaluate_on, ActionRow.deadline)))
        .where(ActionRow.concern_id == concern.id, ActionRow.status.in_(_ACTIVE)).scalar_subquery(),
    )).one()
    done = {step for (step, _), found in zip(steps, facts, strict=False) if found}
    if facts[len(steps)]:
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
    next_up = cast("date | None", facts[len(steps) + 1])
    concern.next_follow_up = next_up
