"""The "what needs me now" list: reports to send now, decisions due, follow-ups due and reports
awaiting feedback."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, or_, select

from barnearket.domain.model import ConcernStatus, ReportStatus
from barnearket.domain.rules.agenda import AgendaItem, pregnancy_item, report_level
from barnearket.domain.rules.agenda import needs_me_now as agenda
from barnearket.domain.rules.ages import age_on
from barnearket.services.context import ServiceContext
from barnearket.services.pregnancy import late_plans
from barnearket.services.settings import load_rules
from barnearket.storage.mapping import DEADLINE_PARTS, concerns_from_rows
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.reports import ReportRow


def needs_me_now(ctx: ServiceContext, *, user_id: int | None = None) -> list[AgendaItem]:
    """Items for the open concerns in cases the user (default: the actor) is responsible for.

    Indexed columns pick the candidate concerns (with their child's birth date, in the same query);
    the domain rule decides what is due. Children of 18 or older are out of the queues.
    """
    rules = load_rules(ctx.session, ctx.forms)
    today = ctx.clock.today()
    horizon = today + timedelta(days=rules.due_soon_days)
    responsible = ctx.actor.user_id if user_id is None else user_id
    awaiting = select(ReportRow.concern_id).where(
        ReportRow.status == ReportStatus.SENT.value, ReportRow.feedback_on.is_(None))
    found = ctx.session.execute(
        select(ConcernRow, ChildRow.birth_date, ChildRow.unborn)
        .join(CaseRow, CaseRow.id == ConcernRow.case_id)
        .join(ChildRow, ChildRow.id == ConcernRow.child_id)
        .where(
            CaseRow.responsible_id == responsible,
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
    rows = [row for row, born, unborn in found if unborn or born is None or born > today
            or age_on(born, today) < rules.adult_age]
    plans = [pregnancy_item(case_id, child_id, due, today)
             for case_id, child_id, due in late_plans(ctx, responsible_id=responsible)]
    return agenda(concerns_from_rows(ctx.session, rows, DEADLINE_PARTS), today, rules, plans)
