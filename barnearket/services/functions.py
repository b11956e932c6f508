"""The routine's functions on a person (barneansvarlig per unit, teamleder, tildeling,
barnekoordinator, member of the resource group), recorded apart from the access role."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.functions import RoutineFunction
from barnearket.domain.language import t
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.teamwork import UserFunctionRow
from barnearket.storage.orm.users import Unit, User


@dataclass(frozen=True, order=True)
class HeldFunction:
    """One function a person holds; `unit_id` for barneansvarlig and teamleder, else None."""

    function: RoutineFunction
    unit_id: int | None = None


def functions_of(ctx: ServiceContext, user_id: int) -> list[HeldFunction]:
    """The functions a person holds, in the routine's order."""
    rows = ctx.session.scalars(select(UserFunctionRow).where(UserFunctionRow.user_id == user_id))
    order = list(RoutineFunction)
    found = {HeldFunction(RoutineFunction(r.function), r.unit_id) for r in rows}
    return sorted(found, key=lambda f: (order.index(f.function), f.unit_id or 0))


def set_functions(ctx: ServiceContext, user_id: int, wanted: Iterable[HeldFunction]) -> bool:
    """Make the person hold exactly `wanted` (administrators only); True when something changed."""
    if not ctx.actor.role.manages_users:
        common.log(ctx, AuditAction.UPDATE, "user", user_id, outcome=Outcome.DENIED)
        raise AccessDeniedError("Bare en administrator kan endre funksjonene i rutinen.",
                                action="update", object_type="user", object_id=user_id)
    user = common.get(ctx, User, user_id, "Fant ikke brukeren.")
    if not user.active:
        raise ValidationError("Brukeren er fjernet.")
    chosen = set(wanted)
    for held in chosen:
        _check(ctx, held)
    if chosen == set(functions_of(ctx, user_id)):
        return False
    ctx.session.execute(delete(UserFunctionRow).where(UserFunctionRow.user_id == user_id))
    ctx.session.add_all(UserFunctionRow(user_id=user_id, function=str(h.function), unit_id=h.unit_id)
                        for h in sorted(chosen))
    ctx.session.flush()
    common.log(ctx, AuditAction.UPDATE, "user", user_id, ["functions"])
    return True


def units_led(ctx: ServiceContext, user_id: int | None = None) -> list[int]:
    """The units the person (default: the actor) is teamleder or barneansvarlig for."""
    who = ctx.actor.user_id if user_id is None else user_id
    rows = ctx.session.scalars(select(UserFunctionRow.unit_id).where(
        UserFunctionRow.user_id == who, UserFunctionRow.unit_id.is_not(None),
        UserFunctionRow.function.in_([RoutineFunction.TEAMLEDER.value,
                                      RoutineFunction.BARNEANSVARLIG.value])))
    return sorted({u for u in rows if u is not None})


def _check(ctx: ServiceContext, held: HeldFunction) -> None:
    if held.function.per_unit and held.unit_id is None:
        raise ValidationError("Velg hvilken enhet personen er {function} for.", field="unit",
                              function=t(held.function.label).lower())
    if not held.function.per_unit and held.unit_id is not None:
        raise ValidationError("{function} gjelder ikke én enhet.", field="unit",
                              function=t(held.function.label))
    if held.unit_id is not None:
        unit = common.get(ctx, Unit, held.unit_id, "Fant ikke enheten.")
        if not unit.active:
            raise ValidationError("Enheten er ikke i bruk lenger.", field="unit")
