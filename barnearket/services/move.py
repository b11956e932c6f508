"""`move FILE URL`: a case file's cases, units, settings and people onto the municipality's server.

Written as the database owner (her policy reaches every unit), in one transaction: the organisation's
settings, every person of the file who is not on the server yet as a `users` row with their units and
a PostgreSQL login role with a one-time password (printed once; they change it with `users passwd`),
then every case through the exchange format. A refusal or a lost connection leaves the server as it
was. The file's audit log follows the cases, its ids translated to the server's
(services/movehistory.py), and the server links it into its own chain; the move itself is logged
on the server too (one `import` row per case and one for the history).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services import exchange
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.movehistory import History, read_history, write_history
from barnearket.services.serverbackup import OWN_KEYS
from barnearket.storage import audit
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.memberships import add_memberships, unit_names
from barnearket.storage.orm.meta import Meta, set_meta
from barnearket.storage.orm.users import Unit, User
from barnearket.storage.server import roles
from barnearket.storage.server.connect import ServerLocation, open_checked, server_engine
from barnearket.storage.serverstore import translated

NO_ADMIN = "Finner ingen aktiv administrator med det brukernavnet på serveren. Kjør «barnearket init» først."


@dataclass(frozen=True)
class Person:
    """A person of the file as she will be on the server."""

    login: str
    full_name: str
    role: Role
    units: list[str]
    active: bool


@dataclass
class MoveResult:
    """What was moved, and the one-time passwords of the people who got a login role."""

    cases: int = 0
    units: int = 0
    history: int = 0
    passwords: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FileContent:
    """Everything of the file that moves: the cases, every unit, the settings and the people."""

    document: Any
    units: list[tuple[str, str, bool]]
    settings: dict[str, str]
    people: list[Person]
    history: History


def read_file(case_file: CaseFile) -> FileContent:
    """The file's cases (exchange document), units, settings and people, read as its administrator."""
    user = case_file.user
    if user is None or user.role != Role.ADMIN.value:
        raise CaseFileError(Problem.NOT_ALLOWED, "Bare en administrator av saksfilen kan flytte den.")
    with case_file.session() as session, session.begin():
        ctx = ServiceContext(session, Actor(user.id, user.login, Role.ADMIN), SystemClock())
        document = exchange.export_cases(ctx)
        settings = {m.key: m.value for m in session.scalars(select(Meta)) if m.key not in OWN_KEYS}
        members = unit_names(session)
        people = [Person(u.login, u.full_name, Role(u.role), members.get(u.id, []), u.active)
                  for u in session.scalars(select(User).order_by(User.login))]
        units = [(u.name, u.service, u.active) for u in session.scalars(select(Unit).order_by(Unit.id))]
        history = read_history(session)
    return FileContent(document, units, settings, people, history)


def move_to_server(content: FileContent, location: ServerLocation, owner_password: str | None, *,
                   admin_login: str,
                   password_for: Callable[[Person], str] | None = None,
                   ca_file: Path | None = None) -> MoveResult:
    """Write everything onto the server in one transaction; `password_for` gives a new person's first
    password (default: a random one-time password, returned in the result)."""
    engine = server_engine(location, None, owner_password, ca_file=ca_file, pool_size=1)
    result = MoveResult(len(content.document["cases"]), len(content.units))
    try:
        open_checked(engine)
        with translated(), Session(engine) as session, session.begin():
            admin = session.scalars(select(User).where(User.login == admin_login.casefold(), User.active,
                                                       User.role == Role.ADMIN.value)).first()
            if admin is None:
                raise CaseFileError(Problem.USER_UNKNOWN, NO_ADMIN)
            for key, value in content.settings.items():
                set_meta(session, key, value)
            _units(session, content.units)
            for person in content.people:
                if session.scalars(select(User).where(User.login == person.login)).first() is None:
                    password = password_for(person) if password_for else secrets.token_urlsafe(12)
                    _add(session, admin.id, person, password)
                    if password_for is None and person.active:
                        result.passwords[person.login] = password
            ctx = ServiceContext(session, Actor(admin.id, admin.login, Role.ADMIN), SystemClock())
            exchange.import_document(ctx, content.document)
            result.history = write_history(session, content.history,
                                           [case["number"] for case in content.document["cases"]])
            audit.record(session, actor_id=admin.id, action=audit.AuditAction.IMPORT,
                         object_type="audit_log", fields=["history"])
    finally:
        engine.dispose()
    return result


def _units(session: Session, units: list[tuple[str, str, bool]]) -> None:
    """Every unit of the file, made before the people who belong to them (same name and service: kept)."""
    have = {(u.name, u.service) for u in session.scalars(select(Unit))}
    session.add_all(Unit(name=name, service=service, active=active)
                    for name, service, active in units if (name, service) not in have)
    session.flush()


def _add(session: Session, admin_id: int, person: Person, password: str) -> None:
    from datetime import UTC, datetime

    user = User(login=person.login, full_name=person.full_name, role=person.role.value, active=person.active,
                created_at=datetime.now(UTC))
    session.add(user)
    session.flush()
    ids = {u.name: u.id for u in session.scalars(select(Unit))}
    add_memberships(session, user.id, [ids[name] for name in person.units if name in ids])
    if person.active:
        roles.create_login(session.connection(), person.login, password, person.role)
    audit.record(session, actor_id=admin_id, action=audit.AuditAction.USER_ADD, object_type="user",
                 object_id=user.id, fields=["login", "role", "units"])
