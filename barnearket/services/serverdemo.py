"""Builds the demo municipality on an empty server database: every login's password is `demo`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from barnearket.services.demo import DEMO_LOGIN, DEMO_NAME, DEMO_PASSPHRASE
from barnearket.services.demodata import DemoPlan, plan
from barnearket.services.demodata.writer import Progress, write_demo
from barnearket.storage import audit
from barnearket.storage.casefile import LoggedIn
from barnearket.storage.orm.users import Unit, User, UserUnit
from barnearket.storage.server import roles
from barnearket.storage.server.connect import ServerLocation, server_engine
from barnearket.storage.server.setup import init_database


@dataclass(frozen=True)
class ServerTarget:
    """The owner's engine, acting for the demo login (what `write_demo` needs)."""

    engine: Engine
    user: LoggedIn | None

    def session(self) -> Session:
        """A writing session on the owner's connection."""
        return Session(self.engine, expire_on_commit=False)


def create_demo_database(location: ServerLocation, owner_login: str | None, owner_password: str | None, *,
                         cases: int, seed: int = 1, today: date | None = None,
                         progress: Progress | None = None, ca_file: Path | None = None) -> None:
    """`init` with the demo login as administrator, then the synthetic units, workers and cases."""
    init_database(location, owner_login, owner_password, admin_login=DEMO_LOGIN, admin_name=DEMO_NAME,
                  admin_password=DEMO_PASSPHRASE, ca_file=ca_file)
    engine = server_engine(location, owner_login, owner_password, ca_file=ca_file, pool_size=1)
    try:
        with Session(engine) as session:
            me = session.scalars(select(User).where(User.login == DEMO_LOGIN)).one()
            target = ServerTarget(engine, LoggedIn(me.id, me.login, me.full_name, me.role))
        write_demo(target, plan(cases, seed, today), progress,
                   add_people=lambda demo: _add_people(engine, me.id, demo))
        with target.session() as session, session.begin():
            for unit_id in session.scalars(select(Unit.id)):
                session.add(UserUnit(user_id=me.id, unit_id=unit_id))
    finally:
        engine.dispose()


def _add_people(engine: Engine, actor_id: int, demo: DemoPlan) -> None:
    """Every invented worker becomes a users row and a login role with the password `demo`."""
    now = datetime.now(UTC)
    with engine.begin() as connection, Session(bind=connection) as session:
        for worker in demo.town.workers:
            user = User(login=worker.login, full_name=worker.full_name, role=worker.role.value, active=True,
                        created_at=now, job_title=worker.job_title)
            session.add(user)
            session.flush()
            roles.create_login(connection, worker.login, DEMO_PASSPHRASE, worker.role)
            audit.record(session, actor_id=actor_id, action=audit.AuditAction.USER_ADD, object_type="user",
                         object_id=user.id, fields=["login", "role"])
        session.flush()
