"""Migration 0009_forms15: the entry tables get `form_answers`, and consent purposes stored by their
wording become catalogue ids (a purpose typed freely stays); both ways, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, text

from barnearket.domain.model import ConsentForm, ConsentGiver, GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.consents import record_consent
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage import migrate
from barnearket.storage.casefile import CaseFile
from tests.server.helpers import Made

BEFORE = "0005_step_questions"
WORDING, FREE = "Informasjon til fastlegen", "Til skolen, etter avtale med mor"


def _consents(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(text("SELECT purpose FROM consents ORDER BY id"))]


def _columns(conn: Connection, table: str) -> set[str]:
    from sqlalchemy import inspect

    return {c["name"] for c in inspect(conn).get_columns(table)}


def test_purposes_become_ids_and_back_on_a_case_file(case_file: CaseFile, actor: Actor) -> None:
    from barnearket.domain.clock import SystemClock

    with case_file.session() as session, session.begin():
        ctx = ServiceContext(session, actor, SystemClock())
        unit = add_unit(ctx, name="Rus og psykisk helse", service="rus")
        case_id = create_case(ctx, unit_id=unit, parent=Parent(name="Sunná Márjá Gaup"))
        answer_gate(ctx, case_id, GateAnswer.JA)
        for purpose in (WORDING, FREE):
            record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose=purpose,
                           recipients=["helsestasjon"], form=ConsentForm.WRITTEN)
    with case_file.engine.begin() as conn:
        command.downgrade(migrate._config(conn), BEFORE)
        assert "form_answers" not in _columns(conn, "observations")
        assert _consents(conn) == [WORDING, FREE]
        command.upgrade(migrate._config(conn), "head")
        assert "form_answers" in _columns(conn, "decisions")
        assert _consents(conn) == ["fastlege", FREE]
        command.downgrade(migrate._config(conn), BEFORE)
        assert _consents(conn) == [WORDING, FREE]
        command.upgrade(migrate._config(conn), "head")


def test_the_revision_goes_down_and_up_on_the_server(pg_made: Made) -> None:
    from barnearket.storage.server.connect import server_engine

    engine = server_engine(pg_made.location, pg_made.db.owner, pg_made.db.password)
    try:
        with engine.begin() as conn:
            assert "form_answers" in _columns(conn, "consultations")
            command.downgrade(migrate._config(conn), BEFORE)
            assert "form_answers" not in _columns(conn, "consultations")
            command.upgrade(migrate._config(conn), "head")
            assert "form_answers" in _columns(conn, "parent_conversations")
    finally:
        engine.dispose()
