"""Builds a Barnearket database on a server (`init URL`) and manages its people (`users URL`).

`init_database` runs as the database owner (a role with CREATEROLE that owns the database): the
Alembic revisions build the tables, `roles.install` adds group roles, helper functions, triggers,
policies and grants, and the first administrator becomes a `users` row and a LOGIN role, all in one
transaction. The person functions run as an administrator, whose rights the server checks again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from barnearket.domain.roles import Role
from barnearket.storage import audit
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.memberships import add_memberships, unit_ids, unit_names
from barnearket.storage.opening import check_login
from barnearket.storage.orm.meta import set_meta
from barnearket.storage.orm.users import User
from barnearket.storage.revisions import SchemaState
from barnearket.storage.server import live, roles
from barnearket.storage.server.connect import ServerLocation, open_checked, server_engine
from barnearket.storage.server.errors import ServerError, ServerProblem

STORE_KIND = "server"
ADMIN_ONLY = "Bare en administrator kan se og endre brukerne."  # the same words as on a case file


def _require_owner(connection: Connection) -> tuple[str, str]:
    """The current user must own the database and have CREATEROLE; returns (owner, database)."""
    row = connection.exec_driver_sql(
        "SELECT current_user, current_database(), "
        "d.datdba = r.oid AND (r.rolcreaterole OR r.rolsuper) "
        "FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user"
    ).one()
    if not row[2]:
        raise ServerError(ServerProblem.NOT_OWNER)
    return str(row[0]), str(row[1])


def init_database(location: ServerLocation, owner_login: str | None, owner_password: str | None, *,
                  admin_login: str, admin_name: str, admin_password: str,
                  ca_file: Path | None = None) -> None:
    """Build the schema, roles, policies and the first administrator; upgrade an older schema."""
    check_login(admin_login)
    engine = server_engine(location, owner_login, owner_password, ca_file=ca_file)
    try:
        state = open_checked(engine, allow=frozenset({SchemaState.EMPTY, SchemaState.OLDER}))
        with engine.begin() as connection:
            owner, database = _require_owner(connection)
            from barnearket.storage import migrate  # Alembic loads only to build or upgrade

            migrate.upgrade(connection)
            if state is SchemaState.EMPTY:
                roles.install(connection, owner, database)
                _first_admin(connection, admin_login, admin_name, admin_password)
            live.install(connection)  # the notify triggers, also added to an older database
    finally:
        engine.dispose()


def _first_admin(connection: Connection, login: str, full_name: str, password: str) -> None:
    now = datetime.now(UTC)
    with Session(bind=connection) as session:
        user = User(login=login, full_name=full_name, role=Role.ADMIN.value, active=True, created_at=now)
        session.add(user)
        session.flush()
        set_meta(session, "file_id", uuid.uuid4().hex)
        set_meta(session, "created_at", now.isoformat())
        set_meta(session, "store", STORE_KIND)
        audit.record(session, actor_id=user.id, action=audit.AuditAction.CREATE_FILE)
        audit.record(session, actor_id=user.id, action=audit.AuditAction.USER_ADD,
                     object_type="user", object_id=user.id, fields=["login", "role"])
        session.flush()
    roles.create_login(connection, login, password, Role.ADMIN)


@dataclass(frozen=True)
class Person:
    """One person as `users list --json` shows them."""

    login: str
    full_name: str
    role: str
    units: list[str]
    active: bool


def list_people(session: Session) -> list[Person]:
    """Everyone, with the names of their units (administrators only, as on a case file)."""
    _admin(session, audit.AuditAction.VIEW)
    units = unit_names(session)
    return [Person(u.login, u.full_name, u.role, units.get(u.id, []), u.active)
            for u in session.scalars(select(User).order_by(User.login))]


def _me(session: Session) -> User:
    login = session.connection().exec_driver_sql("SELECT current_user").scalar_one()
    user = session.scalars(select(User).where(User.login == login, User.active)).first()
    if user is None:
        raise CaseFileError(Problem.USER_UNKNOWN)
    return user


def me(session: Session) -> User:
    """The logged-in person's own row (an unknown or removed login is refused)."""
    return _me(session)


def _admin(session: Session, action: audit.AuditAction) -> User:
    me = _me(session)
    if me.role != Role.ADMIN.value:
        _refuse(session, me, action)
    return me


def _refuse(session: Session, me: User, action: audit.AuditAction) -> NoReturn:
    """Log the refusal in a transaction of its own (the caller's is rolled back), then refuse."""
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    with Session(engine) as own, own.begin():
        audit.record(own, actor_id=me.id, action=action, object_type="user", outcome=audit.Outcome.DENIED)
    raise CaseFileError(Problem.NOT_ALLOWED, ADMIN_ONLY)


def add_person(session: Session, login: str, full_name: str, role: Role, units: list[str],
               password: str) -> None:
    """A new person: a `users` row in her units and a LOGIN role in her role's group."""
    check_login(login)
    me = _admin(session, audit.AuditAction.USER_ADD)
    ids = unit_ids(session, units)
    if session.scalars(select(User).where(User.login == login)).first() is not None:
        raise CaseFileError(Problem.EXISTS, "Det finnes allerede en bruker med dette brukernavnet.")
    user = User(login=login, full_name=full_name, role=role.value, active=True,
                created_at=datetime.now(UTC), unit_id=ids[0] if ids else None)
    session.add(user)
    session.flush()
    add_memberships(session, user.id, ids)
    roles.create_login(session.connection(), login, password, role)
    audit.record(session, actor_id=me.id, action=audit.AuditAction.USER_ADD, object_type="user",
                 object_id=user.id, fields=["login", "role", "units"])


def _person(session: Session, login: str) -> User:
    user = session.scalars(select(User).where(User.login == login)).first()
    if user is None:
        raise CaseFileError(Problem.USER_UNKNOWN)
    return user


def remove_person(session: Session, login: str) -> None:
    """The person can no longer log in; the row and the role stay, so the log still names them."""
    me = _admin(session, audit.AuditAction.USER_REMOVE)
    user = _person(session, login)
    if user.id == me.id:
        raise CaseFileError(Problem.NOT_ALLOWED, "Du kan ikke fjerne deg selv.")
    user.active, user.removed_at = False, datetime.now(UTC)
    session.flush()
    roles.disable_login(session.connection(), login)
    audit.record(session, actor_id=me.id, action=audit.AuditAction.USER_REMOVE, object_type="user",
                 object_id=user.id, fields=["active"])


def change_password(session: Session, login: str, password: str) -> None:
    """A new password: anyone for herself, an administrator for anyone."""
    me = _me(session)
    user = _person(session, login)
    if user.id != me.id and me.role != Role.ADMIN.value:
        _refuse(session, me, audit.AuditAction.USER_PASSWD)
    roles.set_password(session.connection(), login, password)
    audit.record(session, actor_id=me.id, action=audit.AuditAction.USER_PASSWD, object_type="user",
                 object_id=user.id)


def person_engine(location: ServerLocation, login: str, password: str, ca_file: Path | None = None
                  ) -> Engine:
    """An engine for a person on a current schema (the schema is checked first)."""
    engine = server_engine(location, login, password, ca_file=ca_file)
    try:
        open_checked(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine
