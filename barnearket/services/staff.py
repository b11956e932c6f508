"""Who can be made responsible for a case: the file's active users, by name."""

from __future__ import annotations

from sqlalchemy import select

from barnearket.domain import collation
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.users import User


def active_people(ctx: ServiceContext) -> list[tuple[int, str]]:
    """(id, full name) of every active user, in Norwegian order."""
    rows = ctx.session.execute(select(User.id, User.full_name).where(User.active.is_(True))).all()
    return sorted(((r.id, r.full_name) for r in rows), key=lambda r: collation.sort_key(r[1]))
