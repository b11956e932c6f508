"""Which units a person belongs to (`user_units`), the same on a case file and on a server."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.orm.users import Unit, User, UserUnit

UNKNOWN_UNIT = "Finner ikke enheten. Skriv navnet slik det står i programmet (Administrasjon > Enheter)."


def unit_ids(session: Session, names: Iterable[str]) -> list[int]:
    """The ids of units named exactly (case-insensitive), in the order given, without repeats."""
    units = {u.name.casefold(): u.id for u in session.scalars(select(Unit))}
    wanted = [n.strip().casefold() for n in names]
    if any(n not in units for n in wanted):
        raise CaseFileError(Problem.INVALID, UNKNOWN_UNIT)
    return list(dict.fromkeys(units[n] for n in wanted))


def add_memberships(session: Session, user_id: int, ids: Iterable[int]) -> None:
    """Make the person a member of these units (already a member: nothing happens)."""
    have = set(session.scalars(select(UserUnit.unit_id).where(UserUnit.user_id == user_id)))
    session.add_all(UserUnit(user_id=user_id, unit_id=i) for i in ids if i not in have)
    session.flush()


def unit_names(session: Session) -> dict[int, list[str]]:
    """Each person's units by name (memberships and the unit of her profile), sorted."""
    names = {u.id: u.name for u in session.scalars(select(Unit))}
    members: dict[int, set[int]] = {}
    for user_id, unit_id in session.execute(select(UserUnit.user_id, UserUnit.unit_id)):
        members.setdefault(user_id, set()).add(unit_id)
    for user_id, profile_unit in session.execute(select(User.id, User.unit_id)):
        if profile_unit is not None:
            members.setdefault(user_id, set()).add(profile_unit)
    return {user_id: sorted(names[i] for i in ids if i in names) for user_id, ids in members.items()}
