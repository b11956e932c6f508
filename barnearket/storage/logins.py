"""Keeps a server login's database group in step with the person's role (the use cases that add,
re-password and remove a person on either store are `services/logins.py`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.roles import Role
from barnearket.storage.orm.users import User


def follow_role(session: Session, user_id: int, role: Role) -> None:
    """On the server, move the person's login role into the group of her new role (the database
    grants by group); a case file has nothing to do."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from barnearket.storage.server import roles

    login = session.scalars(select(User.login).where(User.id == user_id)).one()
    roles.set_group(session.connection(), login, role)
