"""The coordinator's queue of unborn children whose plan is due soon or late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from barnearket.domain.model import CaseStatus
from barnearket.domain.rules.pregnancy import plan_due
from barnearket.services.context import ServiceContext
from barnearket.services.overview.scope import scope_params, sees_all, visible_cases
from barnearket.services.pregnancy import plan_months
from barnearket.services.settings import load_rules
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.pregnancy import PregnancyRow
from barnearket.storage.orm.users import Unit, User


@dataclass(frozen=True, slots=True)
class PlanRow:
    """An unborn child of an open case with no plan made, whose plan is due soon or late."""

    case_id: int
    case_number: str
    unit_name: str
    responsible_name: str
    due_date: date
    plan_due: date
    late: bool


def pregnancy_plans_due(ctx: ServiceContext, *, unit_id: int | None = None) -> list[PlanRow]:
    """Unborn children in scope whose plan is due within the warning days or already late."""
    rules, months = load_rules(ctx.session), plan_months(ctx)
    today = ctx.clock.today()
    stmt = (select(CaseRow.id, CaseRow.number, Unit.name, User.full_name, ChildRow.due_date)
            .join(CaseRow, CaseRow.id == ChildRow.case_id)
            .join(Unit, Unit.id == CaseRow.unit_id)
            .outerjoin(User, User.id == CaseRow.responsible_id)
            .outerjoin(PregnancyRow, PregnancyRow.child_id == ChildRow.id)
            .where(ChildRow.unborn.is_(True), ChildRow.due_date.is_not(None),
                   CaseRow.status == CaseStatus.OPEN.value, PregnancyRow.plan_made_on.is_(None),
                   visible_cases(sees_all(ctx)))
            .order_by(ChildRow.due_date, CaseRow.id))
    found = []
    for case_id, number, unit, responsible, due_date in ctx.session.execute(stmt, scope_params(ctx, unit_id)):
        due = plan_due(due_date, months)
        if due_date is not None and due is not None and due <= today + timedelta(days=rules.due_soon_days):
            found.append(PlanRow(case_id, number, unit, responsible or "", due_date, due, today > due))
    return found
