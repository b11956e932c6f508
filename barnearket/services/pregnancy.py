"""The pregnancy path for an unborn child: screening, the plan, the responsibility group and the
report to social services or the specialist health service (which needs no consent)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select

from barnearket.domain.errors import ValidationError
from barnearket.domain.forms.catalogs import RuleSet
from barnearket.domain.forms.standard import RULES_ID
from barnearket.domain.model import CaseStatus, ConcernStatus, ReportRecipient
from barnearket.domain.model.pregnancy import GroupMember, Pregnancy
from barnearket.domain.rules.pregnancy import plan_due
from barnearket.services import common
from barnearket.services.concerns import open_concern
from barnearket.services.context import ServiceContext
from barnearket.services.reports import draft_report
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.pregnancy import PregnancyRow, ResponsibilityMemberRow

PLAN_RULE = "pregnancy_plan_months"
PREGNANCY_RECIPIENTS = (ReportRecipient.SOSIAL_SVANGERSKAP, ReportRecipient.SPESIALIST_SVANGERSKAP)
"""The reports the pregnancy path writes; neither needs the woman's consent."""


@dataclass(frozen=True)
class PathDetails:
    """What the worker writes about screening and the plan."""

    screening_tool: str = ""
    screened_on: date | None = None
    screening_result: str = ""
    plan_made_on: date | None = None
    plan_text: str = ""


def load_pregnancy(ctx: ServiceContext, child_id: int) -> Pregnancy:
    """The path recorded for an unborn child (empty until something is written)."""
    child = _unborn(ctx, child_id)
    row = ctx.session.scalar(select(PregnancyRow).where(PregnancyRow.child_id == child_id))
    members = tuple(GroupMember(m.id, m.role, m.service, m.name) for m in ctx.session.scalars(
        select(ResponsibilityMemberRow).where(ResponsibilityMemberRow.child_id == child_id)
        .order_by(ResponsibilityMemberRow.id)))
    if row is None:
        return Pregnancy(child.id, child.case_id, child.due_date, members=members)
    return Pregnancy(child.id, child.case_id, child.due_date, row.screening_tool, row.screened_on,
                     row.screening_result, row.plan_made_on, row.plan_text, members)


def plan_months(ctx: ServiceContext) -> int:
    """Months before the due date the plan is due: the «frister» rule file's value (a municipality
    can change it in its own folder), else the file's setting or the default of three."""
    if ctx.forms is not None and RULES_ID in ctx.forms:
        try:
            return ctx.forms.latest_as(RULES_ID, RuleSet).value(PLAN_RULE)
        except KeyError:
            pass
    return load_rules(ctx.session).pregnancy_plan_months


def plan_due_for(ctx: ServiceContext, pregnancy: Pregnancy) -> date | None:
    """The day the plan is due by the municipality's rule (months before the due date)."""
    return plan_due(pregnancy.due_date, plan_months(ctx))


def save_pregnancy(ctx: ServiceContext, child_id: int, details: PathDetails) -> list[str]:
    """Write the screening and the plan; returns the changed field names (for the log)."""
    child = _unborn(ctx, child_id)
    row = ctx.session.scalar(select(PregnancyRow).where(PregnancyRow.child_id == child_id))
    if row is None:
        row = PregnancyRow(child_id=child_id, screening_tool="", screening_result="", plan_text="")
        ctx.session.add(row)
    values = {
        "screening_tool": common.line(details.screening_tool),
        "screened_on": None if details.screened_on is None
        else common.day(ctx, details.screened_on, "screened_on"),
        "screening_result": common.note(details.screening_result),
        "plan_made_on": None if details.plan_made_on is None
        else common.day(ctx, details.plan_made_on, "plan_made_on"),
        "plan_text": common.note(details.plan_text),
    }
    names = common.changed(row, values)
    ctx.session.flush()
    if names:
        common.log(ctx, AuditAction.UPDATE, "pregnancy", row.id, names)
        common.touch(ctx, child.case_id)
    return names


def add_member(ctx: ServiceContext, child_id: int, role: str, service: str = "", name: str = "") -> int:
    """Add a member of the responsibility group (the role is required)."""
    child = _unborn(ctx, child_id)
    role = common.line(role)
    if not role:
        raise ValidationError("Skriv hvilken rolle medlemmet har, for eksempel jordmor.", field="role")
    row = ResponsibilityMemberRow(child_id=child_id, role=role, service=common.line(service),
                                  name=common.name(name) if name.strip() else "")
    ctx.session.add(row)
    ctx.session.flush()
    common.log(ctx, AuditAction.CREATE, "responsibility_member", row.id, ["role", "service", "name"])
    common.touch(ctx, child.case_id)
    return row.id


def remove_member(ctx: ServiceContext, member_id: int) -> None:
    """Take a member out of the responsibility group."""
    row = common.get(ctx, ResponsibilityMemberRow, member_id, "Fant ikke medlemmet.")
    child = _unborn(ctx, row.child_id)
    ctx.session.execute(delete(ResponsibilityMemberRow).where(ResponsibilityMemberRow.id == member_id))
    common.log(ctx, AuditAction.DELETE, "responsibility_member", member_id)
    common.touch(ctx, child.case_id)


def start_pregnancy_report(ctx: ServiceContext, child_id: int,
                           recipient: ReportRecipient) -> tuple[int, int]:
    """Draft a report about the unborn child, opening a concern when none is open.

    Returns the concern id and the report id. No consent is asked for: the duty to inform applies
    regardless of it.
    """
    if recipient not in PREGNANCY_RECIPIENTS:
        raise ValidationError("Velg sosialtjenesten eller spesialisthelsetjenesten.", field="recipient")
    child = _unborn(ctx, child_id)
    concern_id = ctx.session.scalar(select(ConcernRow.id).where(
        ConcernRow.child_id == child_id, ConcernRow.status == ConcernStatus.OPEN.value))
    if concern_id is None:
        concern_id = open_concern(ctx, child.case_id, child_id,
                                  level=load_rules(ctx.session).child_scale_levels - 1)
    return concern_id, draft_report(ctx, concern_id, recipient)


def late_plans(ctx: ServiceContext, *, responsible_id: int | None = None) -> list[tuple[int, int, date]]:
    """(case id, child id, plan due) for unborn children of open cases whose plan is missing and whose
    due day is within the warning horizon or past (for one responsible worker when given)."""
    rules, months = load_rules(ctx.session), plan_months(ctx)
    stmt = (select(ChildRow.case_id, ChildRow.id, ChildRow.due_date)
            .join(CaseRow, CaseRow.id == ChildRow.case_id)
            .outerjoin(PregnancyRow, PregnancyRow.child_id == ChildRow.id)
            .where(ChildRow.unborn.is_(True), ChildRow.due_date.is_not(None),
                   CaseRow.status == CaseStatus.OPEN.value, PregnancyRow.plan_made_on.is_(None))
            .order_by(ChildRow.due_date, ChildRow.id))
    if responsible_id is not None:
        stmt = stmt.where(CaseRow.responsible_id == responsible_id)
    found = []
    for case_id, child_id, due_date in ctx.session.execute(stmt):
        due = plan_due(due_date, months)
        if due is not None and due <= ctx.clock.today() + timedelta(days=rules.due_soon_days):
            found.append((case_id, child_id, due))
    return found


def _unborn(ctx: ServiceContext, child_id: int) -> ChildRow:
    child = common.get(ctx, ChildRow, child_id, "Fant ikke barnet.")
    common.case_row(ctx, child.case_id)
    if not child.unborn:
        raise ValidationError("Svangerskapsløpet gjelder bare et barn som ikke er født ennå.",
                              field="child_id")
    return child
