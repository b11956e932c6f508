"""`init` on a server: schema, roles, policies and the first administrator, in one go."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.orm import Session

from barnearket.storage import audit
from barnearket.storage.revisions import head_revision
from barnearket.storage.server.errors import ServerError, ServerProblem
from barnearket.storage.server.policies import CASE_TABLES
from barnearket.storage.server.roles import GROUPS
from barnearket.storage.server.setup import init_database, list_people, person_engine
from tests.server.fixtures import PgDatabase
from tests.server.helpers import ADMIN, ADMIN_NAME, PASSWORD, Made


def test_init_builds_everything(pg_made: Made) -> None:
    with pg_made.owner() as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        rows = con.execute("SELECT relname, (relrowsecurity AND relforcerowsecurity) FROM pg_class "
                           "WHERE relname = ANY(%s)", (list(CASE_TABLES),)).fetchall()
        flags: dict[str, bool] = dict(rows)
        assert flags == dict.fromkeys(CASE_TABLES, True)
        groups = {r[0] for r in con.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'barnearket%%'")}
        assert set(GROUPS.values()) <= groups
        member = con.execute("SELECT pg_has_role(%s, 'barnearket_admin', 'MEMBER')", (ADMIN,)).fetchone()
        assert member == (True,)
    engine = person_engine(pg_made.location, ADMIN, PASSWORD)
    try:
        with Session(engine) as session:
            people = list_people(session)
            assert [(p.login, p.full_name, p.role) for p in people] == [(ADMIN, ADMIN_NAME, "admin")]
            report = audit.verify(session)
            assert report.ok and report.rows == 2
    finally:
        engine.dispose()


def test_second_init_is_refused(pg_made: Made) -> None:
    with pytest.raises(ServerError) as caught:
        init_database(pg_made.location, pg_made.db.owner, pg_made.db.password, admin_login="annen",
                      admin_name="Annen", admin_password=PASSWORD)
    assert caught.value.kind is ServerProblem.ALREADY_MADE


def test_only_the_owner_may_init(pg_database: PgDatabase) -> None:
    with psycopg.connect(pg_database.cluster.superuser_dsn(), autocommit=True) as con:
        con.execute(f"CREATE ROLE inntrenger LOGIN PASSWORD '{PASSWORD}'")
        con.execute(f"GRANT CONNECT ON DATABASE {pg_database.name} TO inntrenger")
    made = Made(pg_database)
    with pytest.raises(ServerError) as caught:
        init_database(made.location, "inntrenger", PASSWORD, admin_login=ADMIN, admin_name=ADMIN_NAME,
                      admin_password=PASSWORD)
    assert caught.value.kind is ServerProblem.NOT_OWNER
    with made.owner() as con:
        assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
