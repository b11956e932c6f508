"""Point 7 at the seam: every server fault is one Norwegian line from any command, exit 2, nothing written.

Runs the real command line (`python -m barnearket`) against the throwaway PostgreSQL cluster.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.cli.process import run
from tests.server.cluster import free_port, make_ca
from tests.server.fixtures import PgDatabase

COMMANDS = (("cases", "--json"), ("export", "-o", "-"), ("audit",), ("settings",))


def _as_owner(db: PgDatabase, *statements: str) -> None:
    with psycopg.connect(host=str(db.cluster.socket_dir), port=db.cluster.port, dbname=db.name,
                         user=db.owner, password=db.password) as con:
        for statement in statements:
            con.execute(statement)


def _tables(db: PgDatabase) -> list[tuple[str, int]]:
    """Every table of the database with its row count: what a refused command must leave unchanged."""
    with psycopg.connect(host=str(db.cluster.socket_dir), port=db.cluster.port, dbname=db.name,
                         user=db.owner, password=db.password) as con:
        names = [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")]
        return [(n, int(con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])) for n in names]  # type: ignore[index]


def _refused(url: str, login: str, password: str, expected: str, command: tuple[str, ...] = COMMANDS[0]
             ) -> None:
    done = run(command[0], url, *command[1:], "--user", login, "--passphrase-stdin", stdin=password + "\n")
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert expected in done.stderr, done.stderr
    assert password not in done.stderr + done.stdout
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_wrong_password_and_unknown_role(pg_database: PgDatabase) -> None:
    db = pg_database
    _refused(db.tcp_url, db.owner, "Feil-passord-42", "Feil brukernavn eller passord for serveren")
    _refused(db.tcp_url, "finnes.ikke", db.password, "Feil brukernavn eller passord for serveren")


def test_server_down_over_tcp_and_socket(pg_database: PgDatabase, tmp_path: Path) -> None:
    db = pg_database
    down = f"postgresql://localhost:{free_port()}/{db.name}?sslrootcert={db.cluster.tls.ca_cert}"
    _refused(down, db.owner, db.password, "Får ikke kontakt med kommunens server")
    _refused(f"postgresql:///{db.name}?host={tmp_path}&port={db.cluster.port}", db.owner, db.password,
             "Får ikke kontakt med kommunens server")


def test_tls_asked_away_or_wrong_ca(pg_database: PgDatabase, tmp_path: Path) -> None:
    db = pg_database
    _refused(f"postgresql://localhost:{db.cluster.port}/{db.name}?sslmode=disable", db.owner, db.password,
             "uten kontroll av serverens sertifikat")
    other_ca, _, _ = make_ca(tmp_path, "annen-ca")
    _refused(f"postgresql://localhost:{db.cluster.port}/{db.name}?sslrootcert={other_ca}", db.owner,
             db.password, "ikke utstedt av kommunens rotsertifikat")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_database_that_is_not_barnearkets_is_left_alone(pg_database: PgDatabase,
                                                         command: tuple[str, ...]) -> None:
    db = pg_database
    _as_owner(db, "CREATE TABLE lonn (id int)", "INSERT INTO lonn VALUES (1)")
    before = _tables(db)
    _refused(db.tcp_url, db.owner, db.password, "ikke en Barnearket-database", command)
    assert _tables(db) == before


def test_an_empty_database_says_init_first(pg_database: PgDatabase) -> None:
    db = pg_database
    _refused(db.socket_url, db.owner, db.password, "barnearket init")
    assert _tables(db) == []


def test_a_newer_schema_is_refused_untouched(pg_database: PgDatabase) -> None:
    db = pg_database
    _as_owner(db, "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
              "INSERT INTO alembic_version VALUES ('9999_fremtiden')",
              "CREATE TABLE meta (key text PRIMARY KEY, value text)",
              "CREATE TABLE audit_log (seq bigint PRIMARY KEY)")
    before = _tables(db)
    _refused(db.tcp_url, db.owner, db.password, "nyere versjon av Barnearket")
    assert _tables(db) == before
