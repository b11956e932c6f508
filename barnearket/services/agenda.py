"""The "what needs me now" list: reports to send now, decisions due, follow-ups due and reports
awaiting feedback."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, or_, select

from barnearket.domain.model import ConcernStatus, ReportStatus
from barnearket.domain.rules.agenda import AgendaItem, pregnancy_item, report_level
from barnearket.domain.rules.agenda import needs_me_now as agenda
from barnearket.services.adulthood import adult_child_ids
from barnearket.services.context import ServiceContext
from barnearket.services.pregnancy import late_plans
from barnearket.services.settings import load_rules
from barnearket.storage.mapping import load_concerns
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.reports import ReportRow


def needs_me_now(ctx: ServiceContext, *, user_id: int | None = None) -> list[AgendaItem]:
    """Items for the open concerns in cases the user (default: the actor) is responsible for.

    Indexed columns pick the candidate concerns; the domain rule decides what is due.
    """
    rules = load_rules(ctx.session, ctx.forms)
    today = ctx.clock.today()
    horizon = today + timedelta(days=rules.due_soon_days)
    awaiting = select(ReportRow.concern_id).where(
        ReportRow.status == ReportStatus.SENT.value, ReportRow.feedback_on.is_(None))
    candidates = ctx.session.scalars(
        select(ConcernRow.id).join(CaseRow, CaseRow.id == ConcernRow.case_id)
        .where(
            CaseRow.responsible_id == (ctx.actor.user_id if user_id is None else user_id),
            ConcernRow.status == ConcernStatus.OPEN.value,
            or_(
                and_(ConcernRow.decided_on.is_(None), ConcernRow.decision_due <= horizon),
                ConcernRow.next_follow_up <= horizon,
                ConcernRow.id.in_(awaiting),
                ConcernRow.level >= report_level(rules),
            ),
        )
        .order_by(ConcernRow.id)
    ).all()
    plans = [pregnancy_item(case_id, child_id, due, today) for case_id, child_id, due in late_plans(
        ctx, responsible_id=ctx.actor.user_id if user_id is None else user_id)]
    concerns = load_concerns(ctx.session, candidates)
    grown_up = adult_child_ids(ctx, {c.child_id for c in concerns})  # 18 or older: out of the queues
    return agenda([c for c in concerns if c.child_id not in grown_up], today, rules, plans)
