"""Which case a sheet or a concern belongs to, for a window that must show it (a replayed edit's case)."""

from __future__ import annotations

from sqlalchemy import select

from barnearket.services.context import ServiceContext
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.sheets import SheetRow


def case_of(ctx: ServiceContext, table: str, row_id: int) -> int | None:
    """The case id of a row of `sheets` or `concerns`; None when it is gone or not readable."""
    if table == "sheets":
        return ctx.session.scalar(select(SheetRow.case_id).where(SheetRow.id == row_id))
    return ctx.session.scalar(select(ConcernRow.case_id).where(ConcernRow.id == row_id))
