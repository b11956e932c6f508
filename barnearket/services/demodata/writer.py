"""Writes a demo plan into a new case file: workers, units, then the cases in batches."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from barnearket.domain.clock import SystemClock
from barnearket.domain.model.organisation import Organisation
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.demodata import DemoPlan
from barnearket.services.exchange.importer import CaseWriter
from barnearket.services.exchange.targets import resolve
from barnearket.services.organisation import save_organisation
from barnearket.services.settings import SYNTHETIC_IDS
from barnearket.storage import accounts, kdf
from barnearket.storage.audit import AuditAction
from barnearket.storage.casefile import CaseFile, LoggedIn
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import set_meta
from barnearket.storage.orm.users import User, UserUnit

DEMO_MARK = "demo"
Progress = Callable[[int, int], None]


class DemoTarget(Protocol):
    """Where the demo is written: an open case file, or a server store (who is logged in, sessions)."""

    @property
    def user(self) -> LoggedIn | None:
        """The demo login."""

    def session(self) -> Session:
        """A writing session."""


def mark_demo(case_file: DemoTarget, demo: DemoPlan) -> None:
    """Mark the file as fictional: synthetic identity numbers are accepted here, and only here."""
    with case_file.session() as session, session.begin():
        set_meta(session, DEMO_MARK, "yes")
        set_meta(session, SYNTHETIC_IDS, "true")
        set_meta(session, "demo.seed", str(demo.seed))
        set_meta(session, "demo.today", demo.today.isoformat())


DEMO_ORGANISATION = Organisation(
    municipality_number="9999", municipality_name="Demo kommune",
    unit="Hjemmetjenesten, psykisk helse og rus", org_number="999999905",
    address="Rådhusgata 1, 9999 Demoby", phone="+47 00 00 00 00",
)


def describe_demo_organisation(case_file: DemoTarget, actor: Actor) -> None:
    """Fictional organisation details and a profile for the demo login, so every document and the
    portal export work on the demo file as they would once an administrator has filled them in."""
    assert case_file.user is not None
    with case_file.session() as session, session.begin():
        save_organisation(ServiceContext(session, actor, SystemClock()), DEMO_ORGANISATION)
        user = session.get_one(User, case_file.user.id)
        user.job_title, user.phone = "Teamleder og barneansvarlig", "+47 00 00 00 00"
        user.email = "demo@demo.invalid"


def add_workers(case_file: CaseFile, demo: DemoPlan) -> None:
    """Every worker gets a key slot with cheap settings and a passphrase nobody is ever told."""
    params = kdf.KdfParams(1, 8 * 1024, 1, b"")
    for worker in demo.town.workers:
        accounts.add_user(case_file, worker.login, worker.full_name, worker.role,
                          secrets.token_urlsafe(24), params.with_new_salt())


DEMO_EVERY = 6


def write_demo(case_file: DemoTarget, demo: DemoPlan, progress: Progress | None = None, *,
               add_people: Callable[[DemoPlan], None] | None = None) -> None:
    """Fill a new file (whose first user is the demo login) with the plan, one transaction per batch.

    `add_people` makes the invented workers (a server makes login roles); the default gives them
    key slots in the case file.
    """
    assert case_file.user is not None
    actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
    clock = SystemClock()  # the log tells the truth: the generator wrote these rows just now
    mark_demo(case_file, demo)
    describe_demo_organisation(case_file, actor)
    if add_people is not None:
        add_people(demo)
    else:
        assert isinstance(case_file, CaseFile)
        add_workers(case_file, demo)
    with case_file.session() as session, session.begin():
        targets = resolve(ServiceContext(session, actor, clock), demo.header())
        units = {u.key: targets.units[u.key] for u in demo.town.units}
        for worker in demo.town.workers:
            user = session.scalars(select(User).where(User.login == worker.login)).one()
            user.unit_id, user.job_title = units.get(worker.unit or ""), worker.job_title
            if user.unit_id is not None:
                session.add(UserUnit(user_id=user.id, unit_id=user.unit_id))
    done = 0
    for batch in demo.batches():
        with case_file.session() as session, session.begin():
            writer = CaseWriter(ServiceContext(session, actor, clock), targets, action=AuditAction.CREATE,
                                trusted=True)
            writer.write(batch, first_index=done)
        done += len(batch)
        if progress is not None:
            progress(done, len(demo.numbers))
    give_demo_user_cases(case_file)


def give_demo_user_cases(case_file: DemoTarget, every: int = DEMO_EVERY) -> None:
    """Make the demo login responsible for every n-th case, so "Trenger meg nå" has something in it."""
    assert case_file.user is not None
    with case_file.session() as session, session.begin():
        session.execute(update(CaseRow).where(CaseRow.id % every == 0)
                        .values(responsible_id=case_file.user.id, row_version=CaseRow.row_version + 1))

