"""Fixtures and helpers shared by the service and scenario tests: a small municipality in a real file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from barnearket.domain.clock import FixedClock
from barnearket.domain.collation import search_key
from barnearket.domain.model import Case
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import audit
from barnearket.storage.casefile import CaseFile
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import Unit, User

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class World:
    """A case file with two units, a worker in each, a coordinator, and a fixed clock."""

    case_file: CaseFile
    session: Session
    clock: FixedClock
    admin: Actor
    worker: Actor
    colleague: Actor
    coordinator: Actor
    rus: int
    psyk: int

    def ctx(self, actor: Actor | None = None) -> ServiceContext:
        """A service context for `actor` (default: the worker in the rus unit)."""
        return ServiceContext(self.session, actor or self.worker, self.clock)

    @property
    def today(self) -> date:
        """The clock's date."""
        return self.clock.today()

    def advance(self, days: int) -> date:
        """Move the clock forward and return the new date."""
        self.clock.at += timedelta(days=days)
        return self.today

    def commit(self) -> None:
        """Commit the work so far and begin a new transaction in the same session."""
        self.session.commit()
        self.session.begin()


def _user(session: Session, login: str, name: str, role: Role, unit_id: int | None) -> Actor:
    user = User(login=login, full_name=name, role=role.value, active=True, created_at=START,
                unit_id=unit_id)
    session.add(user)
    session.flush()
    return Actor(user.id, login, role)


@pytest.fixture
def world(case_file: CaseFile, actor: Actor) -> Iterator[World]:
    """The small municipality, in one open transaction on a real encrypted file."""
    with case_file.session() as session:
        session.begin()
        rus, psyk = Unit(name="Rustjenesten", service="rus"), Unit(name="Psykisk helse", service="psyk")
        session.add_all([rus, psyk])
        session.flush()
        yield World(
            case_file=case_file, session=session, clock=FixedClock(START), admin=actor,
            worker=_user(session, "kari", "Kari Ødegård", Role.SAKSBEHANDLER, rus.id),
            colleague=_user(session, "ante", "Ánte Čeavrris", Role.SAKSBEHANDLER, psyk.id),
            coordinator=_user(session, "koord", "Sunná Ŋuolas", Role.KOORDINATOR, None),
            rus=rus.id, psyk=psyk.id,
        )
        if session.in_transaction():
            session.rollback()


def audit_rows(session: Session, object_type: str | None = None) -> list[tuple[str, str | None, int | None]]:
    """(action, object_type, object_id) of every audit row, optionally for one object type."""
    # Linked rows in chain order, then (on the server) this transaction's not yet linked rows, whose
    # temporary numbers count down from -1 in the order they were written.
    stmt = select(AuditEntry).order_by(AuditEntry.seq < 0, func.abs(AuditEntry.seq))
    if object_type is not None:
        stmt = stmt.where(AuditEntry.object_type == object_type)
    return [(e.action, e.object_type, e.object_id) for e in session.scalars(stmt)]


def assert_audit_clean(session: Session, canaries: Iterable[str]) -> None:
    """No name, number or free text from the case appears in any audit column; the chain holds.

    Words of the canaries must not appear as words of a column (split at anything but letters);
    digit runs of six or more must not appear anywhere.
    """
    pool = list(canaries)
    words = {search_key(w) for c in pool for w in _WORDS.findall(c) if len(w) >= 3}
    numbers = {d for c in pool for d in re.findall(r"\d{6,}", c)}
    for entry in session.scalars(select(AuditEntry)):
        columns = [entry.action, entry.object_type or "", entry.fields, entry.outcome,
                   str(entry.object_id), str(entry.actor_id)]
        found = {search_key(w) for col in columns for w in _WORDS.findall(col)}
        leaked = sorted(words & found) + [n for n in numbers if any(n in col for col in columns)]
        assert not leaked, f"audit row {entry.seq} contains {leaked}"
    assert audit.verify(session).ok


def new_case(world: World, name: str = "Jovnna Čeavrris", *, unit: int | None = None,
             actor: Actor | None = None) -> int:
    """A case in the rus unit (or `unit`) created by the worker (or `actor`)."""
    from barnearket.domain.model import Parent
    from barnearket.services.cases import create_case

    return create_case(world.ctx(actor), unit_id=unit or world.rus, parent=Parent(name=name),
                       categories=["alkohol"])


def new_child(world: World, case_id: int, name: str = "Máret Čeavrris", born: date = date(2014, 6, 1)) -> int:
    """A child born on `born` on the case."""
    from barnearket.domain.model import ChildDetails
    from barnearket.services.children import add_child

    return add_child(world.ctx(), case_id, ChildDetails(name=name, birth_date=born))


def reloaded(world: World, case_id: int) -> Case:
    """Commit, then read the case back through a fresh session (what is really stored)."""
    world.commit()
    with world.case_file.read_session() as session:
        return load_case(session, case_id)


def stored_audit(world: World, canaries: Iterable[str]) -> list[tuple[str, str | None, int | None]]:
    """Commit, check the stored log holds no canary and an intact chain, and return its rows."""
    world.commit()
    with world.case_file.read_session() as session:
        assert_audit_clean(session, canaries)
        return audit_rows(session)


def assert_logged_in_order(rows: list[tuple[str, str | None, int | None]],
                           expected: list[tuple[str, str, int]]) -> None:
    """Every expected (action, object type, id) is in the log, in this order (others may be between)."""
    remaining = iter(rows)
    for item in expected:
        assert any(row == item for row in remaining), f"{item} missing or out of order"


def allow_synthetic(world: World) -> None:
    """Let the file accept synthetic test identity numbers, as demo and training files do."""
    from barnearket.services.settings import SYNTHETIC_IDS
    from barnearket.storage.orm.meta import set_meta

    set_meta(world.session, SYNTHETIC_IDS, "true")
