"""Benchmarks of server mode on a throwaway PostgreSQL cluster (skipped when none is installed).

server.overview_ms: the koordinator's overview query (`open_concerns`) through row-level security
on a 10,000-case demo municipality, median of 5; server.sql_ratio: that call ÷ the same SQL on the
DB-API cursor; server.save_p95_ms: 20 processes each saving observations through the services at
once, each on a case of her own, the 95th percentile of one save (its own transaction, committed;
baseline: the median); server.save_single_ms: the median save with nobody else writing. Figures
depend heavily on the machine: 20 writers and their 20 server processes share its cores.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
from typing import Any

from benchmarks.common import figure, median_ms

CASES = int(os.environ.get("BARNEARKET_SERVER_BENCH_CASES", "10000"))
SEED = 11
TODAY = dt.date(2026, 6, 17)
WRITERS, WRITES = 20, 50


def run() -> list[dict[str, Any]]:
    """Start a cluster, build the demo database, measure, stop."""
    from tests.server.cluster import create_cluster, destroy_cluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        return []
    cluster = create_cluster(bindir)
    try:
        name, owner, password = cluster.new_database()
        url = cluster.socket_url(name)
        _build(url, owner, password)
        return [*_overview(url), _saves(url, 1, "server.save_single_ms", "median"), _saves(url)]
    finally:
        destroy_cluster(cluster)


def _build(url: str, owner: str, password: str) -> None:
    from barnearket.services.serverdemo import create_demo_database
    from barnearket.storage.server.connect import ServerLocation

    create_demo_database(ServerLocation.parse(url), owner, password, cases=CASES, seed=SEED, today=TODAY)


def _overview(url: str) -> list[dict[str, Any]]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from barnearket.domain.clock import FixedClock
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.services.overview.rows import open_concerns, overview_statement
    from barnearket.storage.orm.users import User
    from barnearket.storage.server.connect import ServerLocation
    from barnearket.storage.server.setup import person_engine

    engine = person_engine(ServerLocation.parse(url), "koordinator", "demo")
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(10), tzinfo=dt.UTC))
    try:
        with Session(engine) as session:
            me = session.scalars(select(User).where(User.login == "koordinator")).one()
            ctx = ServiceContext(session, Actor(me.id, me.login, Role.KOORDINATOR), clock)
            open_concerns(ctx)  # warm: plans and caches, as after the first load in the app
            app = median_ms(lambda: open_concerns(ctx), repeat=5)
            rows = len(open_concerns(ctx))
            stmt, params = overview_statement(ctx)
            state = stmt.compile(dialect=engine.dialect).construct_expanded_state(params)
            raw = session.connection().connection.driver_connection
            assert raw is not None
            cursor = raw.cursor()
            direct = median_ms(lambda: cursor.execute(state.statement, state.parameters).fetchall(), repeat=5)
    finally:
        engine.dispose()
    return [figure("server.overview_ms", app, "ms", baseline=round(direct, 3)),
            figure("server.sql_ratio", app / direct, "ratio", baseline=round(direct, 3)),
            figure("server.open_concerns", rows, "count")]


def _saves(url: str, writers: int = WRITERS, name: str = "server.save_p95_ms", kind: str = "p95"
           ) -> dict[str, Any]:
    import psycopg

    from barnearket.storage.server.connect import ServerLocation
    from tests.server.writers import Job, run_writers

    conninfo = ServerLocation.parse(url).conninfo("koordinator", "demo")
    with psycopg.connect(**conninfo) as con:
        concerns = tuple(r[0] for r in con.execute(f"SELECT id FROM concerns ORDER BY id LIMIT {writers}"))
    # people at once, each on a case of her own (the test makes them overlap)
    jobs = [Job(url, "demo", "demo", (concerns[i],), WRITES, f"{name}{i:02d}") for i in range(writers)]
    seconds = sorted(s for _, _, _, times in run_writers(jobs) for s in times)
    median = statistics.median(seconds) * 1000
    value = seconds[int(len(seconds) * 0.95) - 1] * 1000 if kind == "p95" else median
    return figure(name, value, "ms", baseline=round(median, 3))
