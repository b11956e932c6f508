"""The access matrix, through raw SQL on each person's own psycopg connection (not the app).

Every role × every case table × select/insert/update/delete × a row of her own unit / of another
unit, each with its expected outcome; then UPDATE, DELETE and TRUNCATE on the audit tables for
every role (and the owner). Each attempt runs in its own transaction and is rolled back.
"""

from __future__ import annotations

import itertools
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy.orm import Session

from barnearket.domain.roles import Role
from barnearket.storage import audit
from barnearket.storage.server.setup import person_engine
from tests.server.access_matrix import CASE_TABLES, PASSWORD, PEOPLE, Sample
from tests.server.helpers import Made

OPS = ("select", "insert", "update", "delete")


def expected(role: Role, op: str, own: bool) -> bool:
    """The design: own unit everything; another unit only reading, and only for the koordinator."""
    return own or (role is Role.KOORDINATOR and op == "select")


def _match(sample: Sample) -> tuple[sql.Composable, list[Any]]:
    where = sql.SQL(" AND ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in sample.key)
    return where, [sample.row[k] for k in sample.key]


def _copy(sample: Sample) -> dict[str, Any]:
    """The row with its identifying, non-foreign-key columns changed, so inserting it is new."""
    row = dict(sample.row)
    for column in {*sample.unique, *(k for k in sample.key if k == "id")}:
        value = row[column]
        row[column] = value + 100_000 if isinstance(value, int) else f"{value}-kopi"
    return row


def attempt(con: psycopg.Connection, op: str, sample: Sample) -> bool:
    """Try one operation in a transaction that is rolled back; True when the server allowed it."""
    table = sql.Identifier(sample.table)
    where, values = _match(sample)
    try:
        with con.transaction(force_rollback=True):
            if op == "select":
                return con.execute(sql.SQL("SELECT count(*) FROM {} WHERE {}").format(table, where),
                                   values).fetchone() == (1,)
            if op == "insert":
                con.execute(sql.SQL("INSERT INTO {} SELECT * FROM jsonb_populate_record(NULL::{}, %s)")
                            .format(table, table), [Jsonb(_copy(sample))])
                return True
            first = sql.Identifier(sample.key[0])
            statement = (sql.SQL("UPDATE {} SET {} = {} WHERE {}").format(table, first, first, where)
                         if op == "update" else sql.SQL("DELETE FROM {} WHERE {}").format(table, where))
            return con.execute(statement, values).rowcount == 1
    except psycopg.errors.InsufficientPrivilege:
        return False
    except psycopg.errors.UniqueViolation:  # one-to-one tables (a child's pregnancy path): row
        return True  # security's WITH CHECK runs before the unique index, so the server let it through


def test_every_role_table_operation_and_unit(matrix_db: tuple[Made, dict[str, Sample], dict[str, Sample]]
                                             ) -> None:
    made, own, other = matrix_db
    wrong = []
    tried = 0
    for role, login in PEOPLE.items():
        with made.raw(login, PASSWORD) as con:
            for table, op, mine in itertools.product(CASE_TABLES, OPS, (True, False)):
                got = attempt(con, op, (own if mine else other)[table])
                tried += 1
                if got != expected(role, op, mine):
                    wrong.append(f"{role.value} {op} {table} {'egen' if mine else 'annen'}: {got}")
    assert not wrong, "\n".join(wrong)
    assert tried == len(PEOPLE) * len(CASE_TABLES) * len(OPS) * 2


AUDIT_WRITES = ("UPDATE audit_log SET outcome = 'ok'", "DELETE FROM audit_log", "TRUNCATE audit_log",
                "UPDATE audit_head SET seq = 1", "DELETE FROM audit_head", "TRUNCATE audit_head")


@pytest.mark.parametrize("statement", AUDIT_WRITES)
def test_no_one_changes_the_audit_tables(matrix_db: tuple[Made, dict[str, Sample], dict[str, Sample]],
                                         statement: str) -> None:
    made = matrix_db[0]
    for login, password in [*((p, PASSWORD) for p in PEOPLE.values()), ("demo", "demo")]:
        with made.raw(login, password) as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(statement)
    with made.owner() as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute(statement)


def test_a_row_written_by_hand_is_linked_like_any_other(
        matrix_db: tuple[Made, dict[str, Sample], dict[str, Sample]]) -> None:
    """Whatever number and hashes a person sends, the server numbers, links and hashes the row."""
    made = matrix_db[0]
    insert = ("INSERT INTO audit_log (seq, at, actor_id, action, fields, outcome, prev_hash, hash) "
              "VALUES (%s, now(), %s, 'view', '', 'ok', %s, %s)")
    with made.raw(PEOPLE[Role.SAKSBEHANDLER], PASSWORD) as con:
        me = con.execute("SELECT barnearket_my_id()").fetchone()
        head = con.execute("SELECT seq, hash FROM audit_head").fetchone()
        assert me is not None and head is not None
        con.execute(insert, (10**9, me[0], "0" * 64, "f" * 64))  # a gap and a fork, if it were kept
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not in someone else's name
            con.execute(insert, (10**9 + 1, -1, head[1], "f" * 64))
        row = con.execute("SELECT seq, prev_hash FROM audit_log WHERE actor_id = %s "
                          "ORDER BY seq DESC LIMIT 1", me).fetchone()
        assert row == (head[0] + 1, head[1])
    engine = person_engine(made.location, "demo", "demo")
    try:
        with Session(engine) as session:
            assert audit.verify(session).ok
    finally:
        engine.dispose()


def test_people_change_only_their_own_profile(matrix_db: tuple[Made, dict[str, Sample], dict[str, Sample]]
                                              ) -> None:
    made = matrix_db[0]
    with made.raw(PEOPLE[Role.SAKSBEHANDLER], PASSWORD) as con:
        assert con.execute("UPDATE users SET phone = '400 00 000' WHERE login = current_user").rowcount == 1
        assert con.execute("UPDATE users SET phone = '1' WHERE login = 'ko_a'").rowcount == 0
        for statement in ("UPDATE users SET role = 'admin' WHERE login = current_user",
                          "UPDATE users SET unit_id = NULL WHERE login = current_user",
                          "INSERT INTO user_units SELECT barnearket_my_id(), id FROM units",
                          "INSERT INTO units (name, service, active) VALUES ('Ny', 'rus', true)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(statement)
        assert con.execute("UPDATE meta SET value = 'x' WHERE key = 'demo'").rowcount == 0
