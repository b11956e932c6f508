"""Units a person belongs to on a case file: `users add … --unit U --unit V` and `users list --json`."""

from __future__ import annotations

from sqlalchemy import select

from barnearket.storage import accounts, memberships
from barnearket.storage.casefile import CaseFile
from barnearket.storage.orm.users import User


def join_units(case_file: CaseFile, login: str, names: list[str]) -> None:
    """Make `login` a member of the named units (an administrator's change, done after `add`)."""
    if not names:
        return
    with case_file.session() as session, session.begin():
        user = session.scalars(select(User).where(User.login == login)).one()
        memberships.add_memberships(session, user.id, memberships.unit_ids(session, names))


def known_units(case_file: CaseFile, names: list[str]) -> None:
    """Refuse (exit 2, as on the server) when a named unit does not exist, before anything is written."""
    with case_file.read_session() as session:
        memberships.unit_ids(session, names)


def people_json(case_file: CaseFile) -> list[dict[str, object]]:
    """Everyone as `users list --json` shows them (administrators only, like the plain list)."""
    people = accounts.list_users(case_file)
    with case_file.read_session() as session:
        units = memberships.unit_names(session)
    return [{"login": p.login, "full_name": p.full_name, "role": p.role.value, "units": units.get(p.id, []),
             "active": p.active} for p in people]
