"""Fixtures of the server tests, beside the suite-wide ones: `pg_cluster`, `pg_database` and `pg_made`
(tests/server/fixtures.py), `pg_template` and `pg_clone` (tests/server/template.py), plugins of
tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.roles import Role
from barnearket.services.context import Actor
from barnearket.services.serverdemo import create_demo_database
from barnearket.storage.orm.users import User
from barnearket.storage.server.setup import person_engine
from tests.server.access_matrix import matrix_db
from tests.server.fixtures import PgDatabase
from tests.server.helpers import Made

__all__ = ["matrix_db"]  # fixtures kept in support modules named for what they hold (issue 15, point 5)


@pytest.fixture
def worker(pg_database: PgDatabase) -> Iterator[tuple[Made, Actor]]:
    """A 60-case demo municipality on a fresh database, and a saksbehandler in it as the services see
    her (tests/server/test_services_server.py)."""
    made = Made(pg_database)
    create_demo_database(made.location, pg_database.owner, pg_database.password, cases=60, seed=7)
    yield made, _actor(made, "saksbehandler01")


def _actor(made: Made, login: str) -> Actor:
    engine = person_engine(made.location, login, "demo")
    with Session(engine) as session:
        me = session.scalars(select(User).where(User.login == login)).one()
        actor = Actor(me.id, me.login, Role(me.role))
    engine.dispose()
    return actor
