"""Keeps a concern's stored step, decision date and next follow-up in line with its entries."""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import Executable, Integer, bindparam, exists, func, select

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


_STEPS = ((Step.CONCRETISE, ObservationRow), (Step.SHARE, ConsultationRow),
          (Step.CONVERSATION, ParentConversationRow), (Step.DECISION, DecisionRow),
          (Step.FOLLOW_UP, ActionRow))


def _facts_statement() -> Executable:
    """The facts `refresh` needs, for the concern bound as `concern`: built once, since building and
    keying this expression was a third of a save's CPU in Python."""
    concern = bindparam("concern", type_=Integer)
    latest = (select(DecisionRow.id).where(DecisionRow.concern_id == concern)
              .order_by(DecisionRow.decided_on.desc(), DecisionRow.id.desc()).limit(1).scalar_subquery())
    return select(
        *(exists().where(model.concern_id == concern) for _, model in _STEPS),
        exists().where(ReportRow.concern_id == concern, ReportRow.status == ReportStatus.SENT.value),
        select(func.min(func.coalesce(ActionRow.evaluate_on, ActionRow.deadline)))
        .where(ActionRow.concern_id == concern, ActionRow.status.in_(_ACTIVE)).scalar_subquery(),
        select(DecisionRow.decided_on).where(DecisionRow.id == latest).scalar_subquery(),
        select(DecisionRow.outcome).where(DecisionRow.id == latest).scalar_subquery(),
    )


_FACTS = _facts_statement()


def refresh(ctx: ServiceContext, concern: ConcernRow) -> None:
    """Recompute step, decided_on and next_follow_up from the entries in one round trip (on the
    server each statement costs a round trip, so the steps' EXISTS tests, the next follow-up and the
    latest decision go as one)."""
    ctx.session.flush()
    facts = ctx.session.execute(_FACTS, {"concern": concern.id}).one()
    done = {step for (step, _), found in zip(_STEPS, facts, strict=False) if found}
    if facts[len(_STEPS)]:
        done.add(Step.FOLLOW_UP)
    if concern.status == ConcernStatus.CLOSED:
        done.add(Step.CLOSURE)
    decided_on = cast("date | None", facts[len(_STEPS) + 2])
    decided = cast("str | None", facts[len(_STEPS) + 3])
    outcome = DecisionOutcome(decided) if decided is not None else None
    concern.step = progress(done, outcome).current.value
    concern.decided_on = decided_on
    next_up = cast("date | None", facts[len(_STEPS) + 1])
    concern.next_follow_up = next_up
