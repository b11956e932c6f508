"""The team leader's view: the cases of the units she leads, parents with children but no completed
Barnearket, and information or follow-up a sheet planned that is not yet recorded as given."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, select

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.model import CaseStatus, GateAnswer, SheetStatus
from barnearket.domain.model.delivery import PlanKind
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.functions import units_led
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.sheets import SheetAnswerRow, SheetRow
from barnearket.storage.orm.teamwork import PlanDeliveryRow
from barnearket.storage.orm.users import Unit, User


@dataclass(frozen=True)
class TeamCase:
    """An open case of a unit the team leader leads."""

    case_id: int
    case_number: str
    parent_name: str
    unit_name: str
    responsible_name: str
    gate_answer: str
    completed_sheets: int


@dataclass(frozen=True)
class PlannedItem:
    """Information or follow-up planned for a child in the latest completed sheet, not yet given."""

    case_id: int
    case_number: str
    child_id: int
    child_name: str
    kind: PlanKind
    plan: str
    sheet_held_on: date
    responsible_name: str


def team_cases(ctx: ServiceContext) -> list[TeamCase]:
    """The open cases of the units the actor leads (every unit for coordinators and admins)."""
    completed = (select(func.count(SheetRow.id)).where(
        SheetRow.case_id == CaseRow.id, SheetRow.status == SheetStatus.COMPLETED.value)
        .correlate(CaseRow).scalar_subquery())
    rows = ctx.session.execute(
        select(CaseRow.id, CaseRow.number, CaseRow.parent_name, Unit.name, User.full_name,
               CaseRow.gate_answer, completed)
        .join(Unit, Unit.id == CaseRow.unit_id).outerjoin(User, User.id == CaseRow.responsible_id)
        .where(CaseRow.status == CaseStatus.OPEN.value, _scope(ctx))
        .order_by(CaseRow.number)).all()
    return [TeamCase(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", int(r[6])) for r in rows]


def without_completed_sheet(ctx: ServiceContext) -> list[TeamCase]:
    """Parents who have children (the gate answer is «ja») but no completed Barnearket."""
    return [c for c in team_cases(ctx)
            if c.gate_answer == GateAnswer.JA.value and c.completed_sheets == 0]


def planned_not_given(ctx: ServiceContext) -> list[PlannedItem]:
    """Per child of the latest completed sheet of each case in scope: a written plan not yet given."""
    latest = (select(SheetRow.case_id, func.max(SheetRow.version).label("version"))
              .where(SheetRow.status == SheetStatus.COMPLETED.value).group_by(SheetRow.case_id)
              .subquery())
    rows = ctx.session.execute(
        select(CaseRow.id, CaseRow.number, SheetRow.id, SheetRow.held_on, SheetAnswerRow.child_id,
               ChildRow.name, SheetAnswerRow.question_id, SheetAnswerRow.value, User.full_name)
        .join(latest, latest.c.case_id == CaseRow.id)
        .join(SheetRow, and_(SheetRow.case_id == CaseRow.id, SheetRow.version == latest.c.version))
        .join(SheetAnswerRow, SheetAnswerRow.sheet_id == SheetRow.id)
        .join(ChildRow, ChildRow.id == SheetAnswerRow.child_id)
        .outerjoin(User, User.id == CaseRow.responsible_id)
        .where(CaseRow.status == CaseStatus.OPEN.value, _scope(ctx),
               SheetAnswerRow.question_id.in_([k.question for k in PlanKind]))
        .order_by(SheetRow.held_on, CaseRow.number, ChildRow.id, SheetAnswerRow.question_id)).all()
    given = {(r[0], r[1], r[2]) for r in ctx.session.execute(
        select(PlanDeliveryRow.sheet_id, PlanDeliveryRow.child_id, PlanDeliveryRow.kind))}
    found = []
    for case_id, number, sheet_id, held_on, child_id, child_name, question, value, responsible in rows:
        kind = PlanKind.INFORMATION if question == PlanKind.INFORMATION.question else PlanKind.FOLLOW_UP
        plan = _text(value)
        if child_id is not None and plan and (sheet_id, child_id, kind.value) not in given:
            found.append(PlannedItem(case_id, number, child_id, child_name, kind, plan, held_on,
                                     responsible or ""))
    return found


def record_given(ctx: ServiceContext, case_id: int, child_id: int, kind: PlanKind, *,
                 given_on: date | None = None, given_by: int | None = None) -> int:
    """Record that the planned information or follow-up was given to the child (when, by whom)."""
    common.case_row(ctx, case_id)
    child = common.get(ctx, ChildRow, child_id, "Fant ikke barnet.")
    if child.case_id != case_id:
        raise ValidationError("Barnet hører ikke til denne saken.", field="child_id")
    sheet_id = ctx.session.scalar(
        select(SheetRow.id).where(SheetRow.case_id == case_id,
                                  SheetRow.status == SheetStatus.COMPLETED.value)
        .order_by(SheetRow.version.desc()).limit(1))
    if sheet_id is None:
        raise ValidationError("Saken har ikke noe ferdig barneark med en plan.")
    by = ctx.actor.user_id if given_by is None else given_by
    person = common.get(ctx, User, by, "Fant ikke personen som ga den.")
    if not person.active:
        raise ValidationError("Personen er fjernet.", field="given_by")
    row = PlanDeliveryRow(sheet_id=sheet_id, child_id=child_id, kind=kind.value,
                          given_on=common.day(ctx, given_on, "given_on"), given_by=by,
                          created_at=ctx.clock.now())
    ctx.session.add(row)
    ctx.session.flush()
    common.log(ctx, AuditAction.CREATE, "plan_delivery", row.id, ["kind", "given_on", "given_by"])
    common.touch(ctx, case_id)
    return row.id


def require_team_leader(ctx: ServiceContext) -> None:
    """Refuse (and log) unless the actor leads a unit or sees every unit."""
    if not ctx.actor.role.sees_all_units and not units_led(ctx):
        common.log(ctx, AuditAction.VIEW, "team", None, outcome=Outcome.DENIED)
        raise AccessDeniedError("Teamlederoversikten er for den som er teamleder eller barneansvarlig "
                                "for en enhet.", action="view", object_type="team")


def _scope(ctx: ServiceContext) -> ColumnElement[bool]:
    if ctx.actor.role.sees_all_units:
        return CaseRow.id.is_not(None)
    require_team_leader(ctx)
    return CaseRow.unit_id.in_(units_led(ctx))


def _text(value: str | None) -> str:
    try:
        parsed = json.loads(value) if value else ""
    except ValueError:
        return ""
    return parsed.strip() if isinstance(parsed, str) else ""
