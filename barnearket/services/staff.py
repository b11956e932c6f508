"""The people who use a case file as the administrator's list shows them: role and unit, and changing them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from barnearket.domain.collation import sort_key
from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.roles import Role
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage import logins
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.users import Unit, User


@dataclass(frozen=True)
class StaffMember:
    """One active user, with the unit whose cases they see."""

    id: int
    login: str
    full_name: str
    role: Role
    unit_id: int | None
    unit_name: str


def list_staff(ctx: ServiceContext) -> list[StaffMember]:
    """Every active user in Norwegian order of their names."""
    units = {u.id: u.name for u in ctx.session.scalars(select(Unit))}
    rows = ctx.session.scalars(select(User).where(User.active.is_(True))).all()
    members = [StaffMember(u.id, u.login, u.full_name, Role(u.role), u.unit_id,
                           units.get(u.unit_id, "") if u.unit_id else "") for u in rows]
    return sorted(members, key=lambda m: sort_key(m.full_name))


def set_role_and_unit(ctx: ServiceContext, user_id: int, role: Role, unit_id: int | None) -> list[str]:
    """Give a user another role or unit (administrators only); returns the changed field names."""
    if not ctx.actor.role.manages_users:
        common.log(ctx, AuditAction.UPDATE, "user", user_id, outcome=Outcome.DENIED)
        raise AccessDeniedError("Bare en administrator kan endre roller og enheter.",
                                action="update", object_type="user", object_id=user_id)
    user = common.get(ctx, User, user_id, "Fant ikke brukeren.")
    if not user.active:
        raise ValidationError("Brukeren er fjernet.")
    if user_id == ctx.actor.user_id and role is not Role.ADMIN:
        raise ValidationError("Du kan ikke ta fra deg selv administratorrollen.", field="role")
    if unit_id is not None:
        unit = common.get(ctx, Unit, unit_id, "Fant ikke enheten.")
        if not unit.active:
            raise ValidationError("Enheten er ikke i bruk lenger.", field="unit")
    names = common.changed(user, {"role": str(role), "unit_id": unit_id})
    if "role" in names:
        logins.follow_role(ctx.session, user_id, role)
    if names:
        common.log(ctx, AuditAction.UPDATE, "user", user_id, names)
    return names


def active_people(ctx: ServiceContext) -> list[tuple[int, str]]:
    """(id, full name) of every active user, in Norwegian order."""
    rows = ctx.session.execute(select(User.id, User.full_name).where(User.active.is_(True))).all()
    return sorted(((r.id, r.full_name) for r in rows), key=lambda r: sort_key(r[1]))
