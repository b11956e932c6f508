"""Who may import cases where: anyone into their own units, only an administrator into other units."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError
from barnearket.domain.language import n_
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import User, UserUnit

REFUSAL = n_("Du kan bare importere saker til din egen enhet. Be en administrator om å importere resten.")


def check_import_units(ctx: ServiceContext, case_ids: Sequence[int]) -> None:
    """Refuse (the caller's transaction is rolled back and the refusal logged) if a case lands elsewhere."""
    if not case_ids:
        return
    check_target_units(ctx, ctx.session.scalars(select(CaseRow.unit_id).where(CaseRow.id.in_(case_ids))))


def check_batch(ctx: ServiceContext, units: dict[str, int], cases: Sequence[Any]) -> None:
    """The same before a batch is written, from the units the document's cases name (on the server the
    database would refuse the rows with no word about why)."""
    keys = (case.get("unit") for case in cases if isinstance(case, dict))
    check_target_units(ctx, (units[key] for key in keys if isinstance(key, str) and key in units))


def check_target_units(ctx: ServiceContext, unit_ids: Iterable[int]) -> None:
    """Refuse when a unit is not one of the person's own (her memberships and her profile's unit)."""
    if ctx.actor.role.imports_into_any_unit:
        return
    foreign = sorted(set(unit_ids) - _own_units(ctx))
    if foreign:
        raise AccessDeniedError(REFUSAL, action="import", object_type="unit", object_id=foreign[0])


def _own_units(ctx: ServiceContext) -> set[int]:
    me = ctx.actor.user_id
    own = set(ctx.session.scalars(select(UserUnit.unit_id).where(UserUnit.user_id == me)))
    profile_unit = ctx.session.scalar(select(User.unit_id).where(User.id == me))
    return own | ({profile_unit} if profile_unit is not None else set())
