"""Which cases the actor's overview covers: every unit for coordinators, else their own unit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, bindparam, or_, select

from barnearket.services.context import ServiceContext
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import User

UNIT = bindparam("scope_unit", type_=Integer)
USER = bindparam("scope_user", type_=Integer)


def visible_cases(all_units: bool) -> ColumnElement[Any]:
    """A condition on `CaseRow` with parameters (see `scope_params`): the cases the actor may see,
    and only the chosen unit when one is chosen.

    Coordinators and administrators see all units; a team leader sees their own unit and the cases
    they are responsible for (the same rule as `common.may_see`).
    """
    chosen = or_(UNIT.is_(None), CaseRow.unit_id == UNIT)
    if all_units:
        return chosen
    own_unit = select(User.unit_id).where(User.id == USER).scalar_subquery()
    return chosen & or_(CaseRow.unit_id == own_unit, CaseRow.responsible_id == USER)


def sees_all(ctx: ServiceContext) -> bool:
    """Whether the actor's statements need no unit limit."""
    return ctx.actor.role.sees_all_units


def scope_params(ctx: ServiceContext, unit_id: int | None) -> dict[str, Any]:
    """The parameter values `visible_cases` needs."""
    return {"scope_unit": unit_id, "scope_user": ctx.actor.user_id}
