"""Add, re-password and remove a person on either store: a key slot in a case file, a login role on the
server. The administrator's windows call these, so the same buttons work on both (the server's side is
the one the `users URL` command uses, in `storage/server/setup.py`)."""

from __future__ import annotations

from sqlalchemy import select

from barnearket.domain.roles import Role
from barnearket.storage import accounts
from barnearket.storage.opening import check_login
from barnearket.storage.orm.users import Unit, User
from barnearket.storage.store import Store, file_only, is_file

__all__ = ["add_login", "check_login", "new_passphrase", "remove_login"]


def add_login(store: Store, login: str, full_name: str, role: Role, passphrase: str,
              unit_id: int | None = None) -> int:
    """A new person; returns her user id (on the server she gets her role's group and the unit)."""
    if is_file(store):
        return accounts.add_user(file_only(store), login, full_name, role, passphrase)
    from barnearket.storage.server.setup import add_person

    with store.session() as session, session.begin():
        units = [session.get_one(Unit, unit_id).name] if unit_id is not None else []
        add_person(session, login, full_name, role, units, passphrase)
        return session.scalars(select(User.id).where(User.login == login)).one()


def new_passphrase(store: Store, login: str, passphrase: str) -> bytes | None:
    """A new passphrase; on a file returns the new recovery key, on the server nothing."""
    if is_file(store):
        return accounts.change_passphrase(file_only(store), login, passphrase)
    from barnearket.storage.server.setup import change_password

    with store.session() as session, session.begin():
        change_password(session, login, passphrase)
    return None


def remove_login(store: Store, login: str) -> bytes | None:
    """The person can no longer log in; on a file returns the new recovery key, on the server nothing."""
    if is_file(store):
        return accounts.remove_user(file_only(store), login)
    from barnearket.storage.server.setup import remove_person

    with store.session() as session, session.begin():
        remove_person(session, login)
    return None
