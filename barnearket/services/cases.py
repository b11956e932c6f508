"""Use cases for a case as a whole: open it, answer the gate question, edit it, view it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select

from barnearket.domain import collation
from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.model import (
    Case,
    CaseStatus,
    ConcernStatus,
    GateAnswer,
    Parent,
    TreatmentPhase,
)
from barnearket.domain.rules.gate import check_case_close, check_gate_date
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.people import identity
from barnearket.storage import versions
from barnearket.storage.audit import AuditAction
from barnearket.storage.casenumbers import last_case_number
from barnearket.storage.mapping import case_from_row, load_case
from barnearket.storage.orm.cases import CaseCategoryRow, CaseRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import Unit, User

_PARENT_FIELDS = (
    "parent_name", "parent_search", "parent_identity", "parent_birth_date", "parent_address",
    "parent_phone", "parent_language", "parent_interpreter",
)


NOT_MY_UNIT = ("Du er ikke medlem av denne enheten og kan ikke registrere saker i den. "
               "Velg en av dine enheter, eller be en administrator legge deg til i enheten "
               "(Administrasjon > Brukere).")
NOT_MY_UNIT_MOVE = ("Du kan bare flytte saken til en enhet du selv er medlem av. Velg en av dine enheter, "
                    "eller be en administrator legge deg til i enheten (Administrasjon > Brukere).")


def create_case(ctx: ServiceContext, *, unit_id: int, parent: Parent, responsible_id: int | None = None,
                categories: Iterable[str] = (), treatment_phase: TreatmentPhase = TreatmentPhase.NONE) -> int:
    """Open a new case in a unit and return its id; the case number is "<year>-<serial>"."""
    common.get(ctx, Unit, unit_id, "Fant ikke enheten.")
    responsible = ctx.actor.user_id if responsible_id is None else responsible_id
    _check_user(ctx, responsible)
    now = ctx.clock.now()
    row = CaseRow(
        number=next_case_number(ctx, ctx.clock.today().year), unit_id=unit_id,
        responsible_id=responsible, status=CaseStatus.OPEN, treatment_phase=treatment_phase,
        created_at=now, created_by=ctx.actor.user_id, updated_at=now, **_parent_values(ctx, parent),
    )
    ctx.session.add(row)
    common.flush_or_refuse(ctx, AccessDeniedError(NOT_MY_UNIT, action="create"))
    _set_categories(ctx, row.id, categories)
    common.log(ctx, AuditAction.CREATE, "case", row.id,
               ["number", "unit_id", "responsible_id", "treatment_phase", "categories", *_PARENT_FIELDS])
    return row.id


def update_case(ctx: ServiceContext, case_id: int, *, parent: Parent, responsible_id: int | None,
                categories: Iterable[str], treatment_phase: TreatmentPhase,
                unit_id: int | None = None, base: int | None = None) -> list[str]:
    """Replace the parent's details, categories, phase, responsible and (if given) the unit;
    return the changed fields. `base`: the case's version the person began from; a change based on
    an older one is refused with `EditConflictError`."""
    row = common.case_row(ctx, case_id)
    if responsible_id is not None:
        _check_user(ctx, responsible_id)
    values: dict[str, object] = {**_parent_values(ctx, parent), "responsible_id": responsible_id,
                                 "treatment_phase": str(treatment_phase)}
    if unit_id is not None:
        common.get(ctx, Unit, unit_id, "Fant ikke enheten.")
        values["unit_id"] = unit_id
    names = common.changed(row, values, base)
    common.flush_or_refuse(ctx, AccessDeniedError(NOT_MY_UNIT_MOVE, action="update", object_id=case_id))
    if _set_categories(ctx, case_id, categories):
        if not names and base is not None:
            versions.based_on(row, base)  # a refusal rolls the categories back with the rest
            versions.bump(row)
        names.append("categories")
    if names:
        common.touch(ctx, case_id)
        common.log(ctx, AuditAction.UPDATE, "case", case_id, names)
    return names


def answer_gate(ctx: ServiceContext, case_id: int, answer: GateAnswer, *,
                siblings: GateAnswer | None = None, asked_on: date | None = None,
                base: int | None = None) -> None:
    """Record the answer to "does the user have children (or siblings) under 18?"; `base` as for
    `update_case`."""
    row = common.case_row(ctx, case_id)
    day = ctx.clock.today() if asked_on is None else asked_on
    check_gate_date(day, ctx.clock.today())
    versions.based_on(row, base)
    row.gate_answer, row.gate_siblings = str(answer), str(siblings) if siblings else None
    row.gate_on, row.gate_by = day, ctx.actor.user_id
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.UPDATE, "case", case_id,
               ["gate_answer", "gate_siblings", "gate_on", "gate_by"])


def view_case(ctx: ServiceContext, case_id: int, *, log_view: bool = True) -> Case:
    """Load the whole case for reading, and log that the actor opened it.

    `log_view=False` is for showing a case whose opening the caller has just logged (one view,
    one row), never for reading a case silently: the access check runs either way.
    """
    common.case_row(ctx, case_id)
    case = load_case(ctx.session, case_id)
    if log_view:
        common.log(ctx, AuditAction.VIEW, "case", case_id)
    return case


def close_case(ctx: ServiceContext, case_id: int, *, on: date | None = None) -> None:
    """Close the case once the gate is answered and every concern is closed."""
    row = common.case_row(ctx, case_id)
    open_concerns = ctx.session.scalar(select(func.count()).select_from(ConcernRow).where(
        ConcernRow.case_id == case_id, ConcernRow.status == ConcernStatus.OPEN.value)) or 0
    check_case_close(case_from_row(row), open_concerns)
    row.status, row.closed_on = CaseStatus.CLOSED, common.day(ctx, on, "closed_on")
    row.closed_by = ctx.actor.user_id
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.UPDATE, "case", case_id, ["status", "closed_on", "closed_by"])


def reopen_case(ctx: ServiceContext, case_id: int) -> None:
    """Open a closed case again (its closing date is cleared; the audit log keeps the history)."""
    row = common.case_row(ctx, case_id)
    if row.status != CaseStatus.CLOSED:
        raise ValidationError("Saken er ikke avsluttet.")
    row.status, row.closed_on, row.closed_by = CaseStatus.OPEN, None, None
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.UPDATE, "case", case_id, ["status", "closed_on", "closed_by"])


def next_case_number(ctx: ServiceContext, year: int) -> str:
    """The next free number of the year, e.g. "2026-0042"."""
    prefix = f"{year}-"
    last = last_case_number(ctx.session, prefix)
    serial = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{serial:04d}"


def _parent_values(ctx: ServiceContext, parent: Parent) -> dict[str, object]:
    name = common.name(parent.name)
    if not name:
        raise ValidationError("Skriv inn brukerens navn.", field="name")
    number, born = identity(ctx, parent.identity_number, parent.birth_date)
    return {
        "parent_name": name, "parent_search": collation.search_key(name), "parent_identity": number,
        "parent_birth_date": born, "parent_address": common.line(parent.address, 500),
        "parent_phone": common.line(parent.phone, 40), "parent_language": common.line(parent.language, 100),
        "parent_interpreter": parent.interpreter_needed,
    }


def _check_user(ctx: ServiceContext, user_id: int) -> None:
    user = common.get(ctx, User, user_id, "Fant ikke brukeren som skal være ansvarlig.")
    if not user.active:
        raise ValidationError("Den ansvarlige må være en aktiv bruker.", field="responsible_id")


def _set_categories(ctx: ServiceContext, case_id: int, categories: Iterable[str]) -> bool:
    wanted = common.ids(categories, "categories")
    return common.replace_ids(ctx, CaseCategoryRow.case_id, case_id, CaseCategoryRow.category_id, wanted)
