"""The units of the home services (rus, psykisk helse, somatikk, tildeling) that cases belong to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from barnearket.domain.collation import sort_key
from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.roles import Role
from barnearket.services.common import line, log
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.memberships import add_memberships
from barnearket.storage.orm.users import Unit

SERVICES = ("rus", "psykisk_helse", "somatikk", "tildeling")


@dataclass(frozen=True)
class UnitInfo:
    """A unit as pick-lists show it."""

    id: int
    name: str
    service: str


def list_units(ctx: ServiceContext) -> list[UnitInfo]:
    """The active units in Norwegian alphabetical order."""
    rows = ctx.session.scalars(select(Unit).where(Unit.active.is_(True))).all()
    return sorted((UnitInfo(u.id, u.name, u.service) for u in rows), key=lambda u: sort_key(u.name))


def add_unit(ctx: ServiceContext, *, name: str, service: str) -> int:
    """Create a unit; team leaders may do it on a new file, and it is logged."""
    if service not in SERVICES:
        raise ValidationError("Ukjent tjeneste for enheten.")
    cleaned = line(name, 200)
    if not cleaned:
        raise ValidationError("Enheten må ha et navn.")
    if ctx.actor.role is Role.KOORDINATOR:
        raise AccessDeniedError("Barnekoordinatoren kan ikke opprette enheter.")
    unit = Unit(name=cleaned, service=service, active=True)
    ctx.session.add(unit)
    ctx.session.flush()
    log(ctx, AuditAction.CREATE, "unit", unit.id, ["name", "service"])
    return unit.id


def add_own_unit(ctx: ServiceContext, *, name: str, service: str) -> int:
    """Create a unit for the person's own cases (the new-case dialog of a store without units): she
    becomes a member of it, so she may keep working in it where the server enforces units."""
    unit_id = add_unit(ctx, name=name, service=service)
    add_memberships(ctx.session, ctx.actor.user_id, [unit_id])
    return unit_id
