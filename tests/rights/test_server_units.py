"""On the server, who may do what with a family's rights is decided by row-level security too (issues
13 point 4 and 18): innsyn, transfer, purge and the queue «Klar for sletting» as a saksbehandler, a
koordinator and an administrator, each with and without membership of the case's unit. Case content
outside her units is simply not there for an administrator; a koordinator reads every case but
changes (transfers, purges) only in her own units, and is told so instead of nothing happening."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, NotFoundError
from barnearket.domain.rules.innsyn import InnsynPerson
from barnearket.services.innsyn import make_innsyn
from barnearket.services.purge import PurgeRefusedError, purge_case, require_queue_reader
from barnearket.services.retention import Retention, ready_for_purge
from barnearket.services.transfer import transfer_case
from barnearket.storage.caselog import case_log
from barnearket.storage.location import StoreLocation
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from tests.reports.pdfcheck import flat
from tests.rights.family import PARENT, Family
from tests.rights.server_town import work
from tests.server.helpers import ADMIN, PASSWORD, Made

RULES = Retention(months_after_transfer=0, coordinator_may_purge=True)


def _innsyn(location: StoreLocation, login: str, family: Family) -> str:
    with work(location, login) as ctx:
        return flat(make_innsyn(ctx, family.case_id, InnsynPerson()).data)


def _denied(location: StoreLocation) -> list[tuple[str, str | None, int | None, int | None]]:
    with work(location, ADMIN) as ctx:
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
        with work(location, login) as ctx:  # the case's log through the server's function
            assert bool(case_log(ctx.session, family.case_id, {})) is sees, login


def test_transfer_only_in_her_units(town: tuple[StoreLocation, Family]) -> None:
    location, family = town
    for login in ("per", ADMIN):
        with pytest.raises(NotFoundError, match="Fant ikke saken"), work(location, login) as ctx:
            transfer_case(ctx, family.case_id, "DIPS-1")
    with pytest.raises(AccessDeniedError, match="egne enheter"), work(location, "ellen") as ctx:
        transfer_case(ctx, family.case_id, "DIPS-1")
    with work(location, "sunna") as ctx:
        transfer_case(ctx, family.case_id, "DIPS-2")
    with work(location, "kari") as ctx:
        assert ctx.session.get(CaseRow, family.case_id).transfer_reference == "DIPS-2"  # type: ignore[union-attr]
    assert [(a, t) for a, t, _, _ in _denied(location)] == [("update", "case")]


def test_purge_and_the_queue_follow_the_units(town: tuple[StoreLocation, Family]) -> None:
    location, family = town
    with work(location, "kari") as ctx:
        transfer_case(ctx, family.case_id, "DIPS-3")
    for login, expected in (("kari", None), ("per", None), ("sunna", [family.case_id]),
                            ("ellen", [family.case_id]), ("inga", [family.case_id]), (ADMIN, [])):
        if expected is None:
            with pytest.raises(AccessDeniedError, match="klare for sletting"), work(location, login) as ctx:
                require_queue_reader(ctx)
        else:
            with work(location, login) as ctx:
                require_queue_reader(ctx)
                assert [c.case_id for c in ready_for_purge(ctx, RULES)] == expected, login
    for login in ("kari", "per"):
        with pytest.raises(PurgeRefusedError, match="ikke rett"), work(location, login) as ctx:
            purge_case(ctx, family.case_id, RULES)
    with pytest.raises(NotFoundError, match="Fant ikke saken"), work(location, ADMIN) as ctx:
        purge_case(ctx, family.case_id, RULES)
    with pytest.raises(PurgeRefusedError, match="egne enheter"), work(location, "ellen") as ctx:
        purge_case(ctx, family.case_id, RULES)
    with work(location, "kari") as ctx:
        assert ctx.session.get(CaseRow, family.case_id) is not None, "a refused purge deletes nothing"
    with work(location, "inga") as ctx:
        purge_case(ctx, family.case_id, RULES)
    with work(location, "sunna") as ctx:
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
    with work(location, "kari") as ctx:
        assert case_log(ctx.session, family.case_id, {})
    with pg_made.raw("per") as con:
        found = con.execute("SELECT count(*) FROM barnearket_case_log(%s)", (family.case_id,)).fetchone()
        assert found == (0,)
