"""Who may import cases where: anyone into their own unit, only an administrator into other units."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError
from barnearket.domain.language import n_
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import User

REFUSAL = n_("Du kan bare importere saker til din egen enhet. Be en administrator om å importere resten.")


def check_import_units(ctx: ServiceContext, case_ids: Sequence[int]) -> None:
    """Refuse (the caller's transaction is rolled back and the refusal logged) if a case lands elsewhere."""
    if ctx.actor.role.imports_into_any_unit or not case_ids:
        return
    user = ctx.session.get(User, ctx.actor.user_id)
    own = user.unit_id if user is not None else None
    units = set(ctx.session.scalars(select(CaseRow.unit_id).where(CaseRow.id.in_(case_ids))))
    foreign = sorted(u for u in units if u != own)
    if foreign:
        raise AccessDeniedError(REFUSAL, action="import", object_type="unit", object_id=foreign[0])
