"""On the server, through row-level security, the database's pages, filters, sorts and counts give
exactly the rows the old full list gave (a koordinator and a saksbehandler on the demo municipality)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.clock import FixedClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.overview.paging import overview_choices, overview_size, overview_summary
from barnearket.services.overview.rows import open_concerns
from barnearket.services.serverdemo import create_demo_database
from barnearket.storage.orm.users import User
from barnearket.storage.server.setup import person_engine
from tests.helpers.overduecounts import overdue_counts
from tests.server.fixtures import PgDatabase
from tests.server.helpers import Made
from tests.services.overview_paging_support import full_list, paged, queries, with_labels

TODAY = dt.date(2026, 6, 17)
CLOCK = FixedClock(dt.datetime(2026, 6, 17, 10, tzinfo=dt.UTC))


def _check(made: Made, login: str) -> int:
    """Every query paged and counted as `login`; how many of them narrowed the list."""
    engine = person_engine(made.location, login, "demo")
    narrowed = 0
    try:
        with Session(engine) as session:
            me = session.scalars(select(User).where(User.login == login)).one()
            ctx = ServiceContext(session, Actor(me.id, me.login, Role(me.role)), CLOCK)
            rows = open_concerns(ctx)
            assert rows, login
            for query in map(with_labels, queries(rows)):
                want = full_list(ctx, query)
                assert paged(ctx, query, 25) == want, (login, query)
                assert overview_size(ctx, query) == len(want), (login, query)
                narrowed += bool(want) and len(want) < len(rows)
            summary = overview_summary(ctx)
            assert (summary.total, summary.counts) == (len(rows), overdue_counts(ctx))
            assert set(overview_choices(ctx).units) == {r.unit_name for r in rows}
    finally:
        engine.dispose()
    return narrowed


def test_pages_filters_sorts_and_counts_match_the_full_list_through_rls(pg_database: PgDatabase) -> None:
    made = Made(pg_database)
    create_demo_database(made.location, pg_database.owner, pg_database.password, cases=150, seed=11,
                         today=TODAY)
    assert _check(made, "koordinator") >= 30
    engine = person_engine(made.location, "koordinator", "demo")
    try:
        with Session(engine) as session:
            worker = session.scalars(select(User.login).where(User.role == Role.SAKSBEHANDLER.value,
                                                              User.unit_id.is_not(None))).first()
    finally:
        engine.dispose()
    assert worker is not None
    _check(made, worker)
