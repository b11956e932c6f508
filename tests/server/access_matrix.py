"""The access matrix's database (tests/server/test_access_matrix.py): a demo municipality with a person of
each role in one unit, and a sample row of every case table in that unit and in another; the module-scoped
`matrix_db` fixture, re-exported from tests/server/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.orm import Session

from barnearket.domain.roles import Role
from barnearket.services.serverdemo import create_demo_database
from barnearket.storage.server.checkouts import GUARDED
from barnearket.storage.server.policies import CASE_PATHS
from barnearket.storage.server.setup import add_person, person_engine
from tests.server.fixtures import PgDatabase
from tests.server.helpers import Made

CASE_TABLES = GUARDED
"""Every case table but `case_checkouts`: the demo leaves it empty, and it is never updated or deleted
directly (its own matrix is in tests/checkout/test_guard_and_release.py)."""
PEOPLE = {Role.SAKSBEHANDLER: "sb_a", Role.KOORDINATOR: "ko_a", Role.ADMIN: "ad_a"}
PASSWORD = "matrisens lange passordfrase æøå"


@dataclass(frozen=True)
class Sample:
    """One row of a table whose case is in a given unit, with what identifies it."""

    table: str
    row: dict[str, Any]
    key: tuple[str, ...]
    unique: tuple[str, ...]


def _unit_of(con: psycopg.Connection, table: str) -> str:
    """SQL giving the unit of each row of `table` (as the owner, who sees all)."""
    path = CASE_PATHS[table]
    if not path:
        return f"SELECT t.*, t.unit_id AS unit FROM {table} t"
    joins, prev, column = [], "t", path[0][1]
    for n, (parent, link) in enumerate(path):
        alias = f"p{n}"
        joins.append(f"JOIN {parent} {alias} ON {alias}.id = {prev}.{column if n == 0 else link}")
        prev = alias
    return f"SELECT t.*, {prev}.unit_id AS unit FROM {table} t {' '.join(joins)}"


def _columns(con: psycopg.Connection, table: str, kind: str) -> tuple[str, ...]:
    if kind == "key":
        query = ("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                 "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary")
    else:  # columns of unique indexes that are not foreign keys: changed so a copy is a new row
        query = ("SELECT DISTINCT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                 "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisunique "
                 "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid "
                 "AND c.contype = 'f' AND a.attnum = ANY(c.conkey))")
    return tuple(sorted(r[0] for r in con.execute(query, (table,))))


def _samples(made: Made) -> tuple[dict[str, Sample], dict[str, Sample], int]:
    """A row per table in unit A (whose cases fill every table) and in some other unit."""
    with made.owner() as con:
        units: dict[str, dict[int, dict[str, Any]]] = {}
        for table in CASE_TABLES:
            rows = con.execute(sql.SQL(f"SELECT row_to_json(x) FROM ({_unit_of(con, table)}) x")).fetchall()
            units[table] = {}
            for (row,) in rows:
                units[table].setdefault(row.pop("unit"), row)
        everywhere = set.intersection(*(set(u) for u in units.values()))
        assert everywhere, "the demo must fill every case table in one unit"
        a = min(everywhere)
        assert all(set(units[t]) - {a} for t in CASE_TABLES), "every case table needs rows in another unit"
        keys = {t: _columns(con, t, "key") for t in CASE_TABLES}
        unique = {t: _columns(con, t, "unique") for t in CASE_TABLES}
    own = {t: Sample(t, units[t][a], keys[t], unique[t]) for t in CASE_TABLES}
    other = {t: Sample(t, units[t][min(set(units[t]) - {a})], keys[t], unique[t]) for t in CASE_TABLES}
    return own, other, a


RARE_ROWS = (
    # pregnancies are rare in the demo: give one child per unit a pregnancy path and a group member
    "INSERT INTO pregnancies (child_id, screening_tool, screening_result, plan_text) "
    "SELECT DISTINCT ON (c.unit_id) ch.id, 'TWEAK', 'Lav skår', '' FROM children ch "
    "JOIN cases c ON c.id = ch.case_id WHERE NOT EXISTS "
    "(SELECT 1 FROM pregnancies p WHERE p.child_id = ch.id) ORDER BY c.unit_id, ch.id",
    "INSERT INTO responsibility_members (child_id, role, service, name) "
    "SELECT DISTINCT ON (c.unit_id) ch.id, 'Jordmor', 'Helsestasjonen', '' FROM children ch "
    "JOIN cases c ON c.id = ch.case_id ORDER BY c.unit_id, ch.id",
    "INSERT INTO plan_deliveries (sheet_id, child_id, kind, given_on, given_by, created_at) "
    "SELECT DISTINCT ON (c.unit_id) s.id, ch.id, 'information', CURRENT_DATE, "
    "(SELECT min(id) FROM users), now() FROM sheets s JOIN cases c ON c.id = s.case_id "
    "JOIN children ch ON ch.case_id = c.id ORDER BY c.unit_id, s.id",
)


def _fill_rare_tables(made: Made) -> None:
    """Rows in every unit for the tables the demo fills only now and then."""
    with made.owner() as con:
        for statement in RARE_ROWS:
            con.execute(statement)


@pytest.fixture(scope="module")
def matrix_db(pg_cluster: Any) -> Iterator[tuple[Made, dict[str, Sample], dict[str, Sample]]]:
    """A demo municipality with a saksbehandler, a koordinator and an admin in the same unit."""
    name, owner, password = pg_cluster.new_database()
    made = Made(PgDatabase(pg_cluster, name, owner, password))
    create_demo_database(made.location, owner, password, cases=120, seed=3)
    _fill_rare_tables(made)
    own, other, unit_a = _samples(made)
    with made.owner() as con:
        unit_name = con.execute("SELECT name FROM units WHERE id = %s", (unit_a,)).fetchone()
    assert unit_name is not None
    engine = person_engine(made.location, "demo", "demo")
    with Session(engine) as session, session.begin():
        for role, login in PEOPLE.items():
            add_person(session, login, f"Test {role.value}", role, [unit_name[0]], PASSWORD)
    engine.dispose()
    try:
        yield made, own, other
    finally:
        pg_cluster.drop_database(name)
