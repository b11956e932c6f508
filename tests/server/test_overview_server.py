"""The coordinator's overview, queues and figures give the same answers on a server as in a file.

The same demo municipality (seed and day) is built in both stores; the koordinator reads it through
row-level security on the server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.clock import FixedClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.demo import create_demo_file
from barnearket.services.overview import queues
from barnearket.services.overview.figures import year_figures
from barnearket.services.overview.rows import open_concerns
from barnearket.services.serverdemo import create_demo_database
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.users import User
from barnearket.storage.server.setup import person_engine
from tests.server.fixtures import PgDatabase
from tests.server.helpers import Made

TODAY = dt.date(2026, 6, 17)
CLOCK = FixedClock(dt.datetime(2026, 6, 17, 10, tzinfo=dt.UTC))
QUEUES = ("reports_to_send_now", "decisions_overdue", "follow_ups_due", "reports_waiting",
          "gate_unanswered", "needs_without_plan")


def _answers(session: Session) -> dict[str, Any]:
    me = session.scalars(select(User).where(User.login == "koordinator")).one()
    ctx = ServiceContext(session, Actor(me.id, me.login, Role.KOORDINATOR), CLOCK)
    found: dict[str, Any] = {"overview": sorted(
        (r.case_number, r.unit_name, r.child_age, r.responsible_name) for r in open_concerns(ctx))}
    for name in QUEUES:
        rows: Callable[..., list[Any]] = getattr(queues, name)
        found[name] = sorted(str(r) for r in rows(ctx))
    figures = year_figures(ctx, dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    found["figures"] = [(f.id, f.total, f.months) for f in figures.figures]
    return found


def test_same_answers_on_both_stores(pg_database: PgDatabase, tmp_path: Path) -> None:
    path = tmp_path / "demo.barnearket"
    create_demo_file(path, cases=150, seed=11, today=TODAY)
    case_file = open_case_file(path, login="demo", passphrase="demo")
    try:
        with case_file.read_session() as session:
            in_file = _answers(session)
    finally:
        case_file.close()
    made = Made(pg_database)
    create_demo_database(made.location, pg_database.owner, pg_database.password, cases=150, seed=11,
                         today=TODAY)
    engine = person_engine(made.location, "koordinator", "demo")
    try:
        with Session(engine) as session:
            on_server = _answers(session)
    finally:
        engine.dispose()
    assert in_file["overview"], "the demo has open concerns"
    for key, value in in_file.items():
        assert on_server[key] == value, key
