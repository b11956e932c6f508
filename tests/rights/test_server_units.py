"""On the server, who may do what with a family's rights is decided by row-level security too (issues
13 point 4 and 18): innsyn, transfer, purge and the queue «Klar for sletting» as a saksbehandler, a
koordinator and an administrator, each with and without membership of the case's unit. Case content
outside her units is simply not there for an administrator; a koordinator reads every case but
changes (transfers, purges) only in her own units, and is told so instead of nothing happening."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError, NotFoundError
from barnearket.domain.roles import Role
from barnearket.domain.rules.innsyn import InnsynPerson
from barnearket.services.cases import close_case
from barnearket.services.common import log_refusal
from barnearket.services.concerns import close_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.innsyn import make_innsyn
from barnearket.services.purge import PurgeRefusedError, purge_case, require_queue_reader
from barnearket.services.retention import Retention, ready_for_purge
from barnearket.services.transfer import transfer_case
from barnearket.services.units import add_unit, list_units
from barnearket.storage.caselog import case_log
from barnearket.storage.location import StoreLocation
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.server.setup import add_person
from barnearket.storage.store import Store, open_store
from tests.reports.pdfcheck import flat
from tests.rights.family import PARENT, Family, allow_synthetic_ids, write_family
from tests.server.helpers import ADMIN, PASSWORD, Made

RUS, PSYK = "Rustjenesten", "Psykisk helse"
RULES = Retention(months_after_transfer=0, coordinator_may_purge=True)
PEOPLE = {  # login: (role, units)
    "kari": (Role.SAKSBEHANDLER, [RUS]),
    "per": (Role.SAKSBEHANDLER, [PSYK]),
    "sunna": (Role.KOORDINATOR, [RUS]),
    "ellen": (Role.KOORDINATOR, [PSYK]),
    "inga": (Role.ADMIN, [RUS]),
}


@contextmanager
def _work(location: StoreLocation, login: str) -> Iterator[ServiceContext]:
    """One committed unit of work as `login`; a refusal is logged in a transaction of its own."""
    store: Store = open_store(location, login=login, passphrase=PASSWORD)
    try:
        assert store.user is not None
        actor = Actor(store.user.id, login, Role(store.user.role))
        try:
            with store.session() as session, session.begin():
                yield ServiceContext(session, actor, SystemClock())
        except AccessDeniedError as refusal:
            with store.session() as session, session.begin():
                log_refusal(ServiceContext(session, actor, SystemClock()), refusal)
            raise
    finally:
        store.close()


@pytest.fixture
def town(pg_made: Made) -> tuple[StoreLocation, Family]:
    """Two units, the people above (the first admin is in no unit), and Kari's family case, closed."""
    location = StoreLocation.server(pg_made.db.tcp_url)
    with _work(location, ADMIN) as ctx:
        for name in (RUS, PSYK):
            add_unit(ctx, name=name, service="rus")
        allow_synthetic_ids(ctx)
    for login, (role, units) in PEOPLE.items():
        with _work(location, ADMIN) as ctx:
            add_person(ctx.session, login, login.title() + " Ŋuolas", role, units, PASSWORD)
    with _work(location, "kari") as ctx:
        unit = next(u.id for u in list_units(ctx) if u.name == RUS)
        family = write_family(ctx, unit)
        close_concern(ctx, family.concern_id, "Bekymringen er borte")
        close_case(ctx, family.case_id)
    return location, family


def _innsyn(location: StoreLocation, login: str, family: Family) -> str:
    with _work(location, login) as ctx:
        return flat(make_innsyn(ctx, family.case_id, InnsynPerson()).data)


def _denied(location: StoreLocation) -> list[tuple[str, str | None, int | None, int | None]]:
    with _work(location, ADMIN) as ctx:
        rows = ctx.session.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")
                                   .order_by(AuditEntry.seq))
        return [(e.action, e.object_type, e.object_id, e.actor_id) for e in rows]


def test_innsyn_follows_the_units(town: tuple[StoreLocation, Family]) -> None:
    location, family = town
    for login in ("kari", "sunna", "ellen", "inga"):
        assert PARENT in _innsyn(location, login, family), login
    for login in ("per", ADMIN):
        with pytest.raises(NotFoundError, match="Fant ikke saken"):
            _innsyn(location, login, family)
    for login, sees in (("per", False), (ADMIN, False), ("ellen", True), ("kari", True)):
        with _work(location, login) as ctx:  # the case's log through the server's function
            assert bool(case_log(ctx.session, family.case_id, {})) is sees, login


def test_transfer_only_in_her_units(town: tuple[StoreLocation, Family]) -> None:
    location, family = town
    for login in ("per", ADMIN):
        with pytest.raises(NotFoundError, match="Fant ikke saken"), _work(location, login) as ctx:
            transfer_case(ctx, family.case_id, "DIPS-1")
    with pytest.raises(AccessDeniedError, match="egne enheter"), _work(location, "ellen") as ctx:
        transfer_case(ctx, family.case_id, "DIPS-1")
    with _work(location, "sunna") as ctx:
        transfer_case(ctx, family.case_id, "DIPS-2")
    with _work(location, "kari") as ctx:
        assert ctx.session.get(CaseRow, family.case_id).transfer_reference == "DIPS-2"  # type: ignore[union-attr]
    assert [(a, t) for a, t, _, _ in _denied(location)] == [("update", "case")]


def test_purge_and_the_queue_follow_the_units(town: tuple[StoreLocation, Family]) -> None:
    location, family = town
    with _work(location, "kari") as ctx:
        transfer_case(ctx, family.case_id, "DIPS-3")
    for login, expected in (("kari", None), ("per", None), ("sunna", [family.case_id]),
                            ("ellen", [family.case_id]), ("inga", [family.case_id]), (ADMIN, [])):
        if expected is None:
            with pytest.raises(AccessDeniedError, match="klare for sletting"), _work(location, login) as ctx:
                require_queue_reader(ctx)
        else:
            with _work(location, login) as ctx:
                require_queue_reader(ctx)
                assert [c.case_id for c in ready_for_purge(ctx, RULES)] == expected, login
    for login in ("kari", "per"):
        with pytest.raises(PurgeRefusedError, match="ikke rett"), _work(location, login) as ctx:
            purge_case(ctx, family.case_id, RULES)
    with pytest.raises(NotFoundError, match="Fant ikke saken"), _work(location, ADMIN) as ctx:
        purge_case(ctx, family.case_id, RULES)
    with pytest.raises(PurgeRefusedError, match="egne enheter"), _work(location, "ellen") as ctx:
        purge_case(ctx, family.case_id, RULES)
    with _work(location, "kari") as ctx:
        assert ctx.session.get(CaseRow, family.case_id) is not None, "a refused purge deletes nothing"
    with _work(location, "inga") as ctx:
        purge_case(ctx, family.case_id, RULES)
    with _work(location, "sunna") as ctx:
        assert ctx.session.get(CaseRow, family.case_id) is None
    denied = _denied(location)
    assert [(a, t, o) for a, t, o, _ in denied] == [("view", "retention_queue", None)] * 2 + [
        ("purge", "case", family.case_id)] * 3


def test_an_older_server_gets_the_case_log_function_when_init_upgrades_it(
        town: tuple[StoreLocation, Family], pg_made: Made) -> None:
    from alembic import command

    from barnearket.storage.migrate import _config
    from barnearket.storage.server.connect import server_engine
    from barnearket.storage.server.setup import init_database

    location, family = town
    owner = server_engine(pg_made.location, pg_made.db.owner, pg_made.db.password)
    try:  # back to the revision before the one that brought the function, later ones undone too
        with owner.begin() as connection:
            command.downgrade(_config(connection), "0005_step_questions")
    finally:
        owner.dispose()
    with pg_made.owner() as con:
        assert con.execute("SELECT to_regprocedure('barnearket_case_log(integer)')").fetchone() == (None,)
    init_database(pg_made.location, pg_made.db.owner, pg_made.db.password, admin_login=ADMIN,
                  admin_name="Ánte Ođđasa-Ærlig", admin_password=PASSWORD)
    with _work(location, "kari") as ctx:
        assert case_log(ctx.session, family.case_id, {})
    with pg_made.raw("per") as con:
        found = con.execute("SELECT count(*) FROM barnearket_case_log(%s)", (family.case_id,)).fetchone()
        assert found == (0,)
