"""Services on a server as a saksbehandler: her own unit works as in a file, other units do not exist."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import NotFoundError
from barnearket.domain.model import Parent
from barnearket.services.cases import create_case, view_case
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.sheets import answer_question, start_sheet
from barnearket.services.steps import add_observation
from barnearket.storage import audit
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.sheets import SheetAnswerRow
from barnearket.storage.server.connect import translate
from barnearket.storage.server.errors import ServerError, ServerProblem
from barnearket.storage.server.setup import person_engine
from tests.server.helpers import Made


def test_a_saksbehandler_works_in_her_unit_only(worker: tuple[Made, Actor]) -> None:
    made, actor = worker
    engine = person_engine(made.location, actor.login, "demo")
    writing = engine.execution_options(immediate=True)
    with made.owner() as con:
        total = con.execute("SELECT count(*) FROM cases").fetchone()
        unit = con.execute("SELECT unit_id FROM users WHERE login = %s", (actor.login,)).fetchone()
        other = con.execute("SELECT id FROM cases WHERE unit_id <> %s LIMIT 1", unit).fetchone()
    assert total is not None and unit is not None and other is not None
    try:
        with Session(writing) as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            visible = session.scalar(select(func.count()).select_from(CaseRow))
            assert visible is not None and 0 < visible < total[0]
            case_id = create_case(ctx, unit_id=unit[0], parent=Parent(name="Sáráhka Ođđa-Ødegård"))
            number = session.get_one(CaseRow, case_id).number
            sheet = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
            answer_question(ctx, sheet, "information_need", "ja")
            answer_question(ctx, sheet, "information_need", "nei")
            with pytest.raises(NotFoundError):
                view_case(ctx, other[0])
        with Session(writing) as session, session.begin():
            stmt = select(SheetAnswerRow.value).where(SheetAnswerRow.sheet_id == sheet)
            answers = session.scalars(stmt).all()
            assert answers == ['"nei"']
        with made.owner() as con:
            numbers = [r[0] for r in con.execute("SELECT number FROM cases WHERE number LIKE %s",
                                                 (number[:5] + "%",))]
            assert numbers.count(number) == 1 and number == max(numbers)
    finally:
        engine.dispose()
    koordinator = person_engine(made.location, "koordinator", "demo")
    try:
        with Session(koordinator) as session:
            assert audit.verify(session).ok
    finally:
        koordinator.dispose()


def test_a_killed_backend_leaves_nothing_half_written(worker: tuple[Made, Actor]) -> None:
    """The server process is ended in the middle of a save: a clear fault, no row, no audit row."""
    made, actor = worker
    with made.owner() as con:
        concern = con.execute("SELECT c.id FROM concerns c JOIN cases k ON k.id = c.case_id "
                              "JOIN users u ON u.unit_id = k.unit_id WHERE u.login = %s LIMIT 1",
                              (actor.login,)).fetchone()
        before = con.execute("SELECT (SELECT count(*) FROM observations), (SELECT seq FROM audit_head)"
                             ).fetchone()
    assert concern is not None and before is not None
    engine = person_engine(made.location, actor.login, "demo")
    try:
        with pytest.raises(ServerError) as caught, Session(engine) as session:
            try:
                with session.begin():
                    add_observation(ServiceContext(session, actor, SystemClock()), concern[0], "halvveis")
                    pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
                    with psycopg.connect(made.db.cluster.superuser_dsn(), autocommit=True) as su:
                        su.execute("SELECT pg_terminate_backend(%s)", (pid,))
            except DBAPIError as exc:
                known = translate(exc)
                assert known is not None
                raise known from None
        assert caught.value.kind is ServerProblem.CONNECTION_LOST
        assert "Traceback" not in caught.value.message
    finally:
        engine.dispose()
    with made.owner() as con:
        after = con.execute("SELECT (SELECT count(*) FROM observations), (SELECT seq FROM audit_head)"
                            ).fetchone()
    assert after == before
