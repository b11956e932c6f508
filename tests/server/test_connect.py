"""Connecting to the server: the three address forms, TLS required on TCP, every fault named."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from barnearket.storage.revisions import SchemaState
from barnearket.storage.server.connect import ServerLocation, is_server_location, open_checked, server_engine
from barnearket.storage.server.errors import ServerError, ServerProblem
from tests.server.cluster import free_port, make_ca
from tests.server.fixtures import PgDatabase


def test_the_three_address_forms() -> None:
    tcp = ServerLocation.parse("postgresql://db.kommune.no:5433/barnearket")
    assert (tcp.host, tcp.port, tcp.dbname, tcp.is_socket) == ("db.kommune.no", 5433, "barnearket", False)
    sock = ServerLocation.parse("postgresql:///barnearket?host=/run/postgresql&port=5432")
    assert (sock.host, sock.port, sock.dbname) == ("/run/postgresql", 5432, "barnearket")
    assert sock.is_socket
    service = ServerLocation.parse("postgresql:///?service=barnearket")
    assert (service.service, service.dbname, service.host) == ("barnearket", None, None)
    assert service.display() == "postgresql:///?service=barnearket"
    assert is_server_location("postgresql://x/y") and not is_server_location("/home/a/saker.barnearket")


@pytest.mark.parametrize("address", [
    "postgresql://db/barnearket?sslmode=disable", "postgresql://db/barnearket?sslmode=prefer",
    "postgresql://db/barnearket?sslmode=allow", "postgresql://db/barnearket?sslmode=require",
])
def test_weak_tls_is_refused_before_connecting(address: str) -> None:
    with pytest.raises(ServerError) as caught:
        ServerLocation.parse(address)
    assert caught.value.kind is ServerProblem.WEAK_TLS


@pytest.mark.parametrize("address", ["postgresql://a:hemmelig@db/barnearket", "postgresql://db:99999/x",
                                     "postgresql://db/", "postgresql://db/x?password=y", "/a/b"])
def test_bad_addresses(address: str) -> None:
    with pytest.raises(ServerError) as caught:
        ServerLocation.parse(address)
    assert caught.value.kind is ServerProblem.BAD_LOCATION
    assert "hemmelig" not in caught.value.message


def _kind(url: str, login: str, password: str, ca_file: Path | None = None) -> ServerProblem:
    engine = server_engine(ServerLocation.parse(url), login, password, ca_file=ca_file)
    try:
        with pytest.raises(ServerError) as caught:
            open_checked(engine)
    finally:
        engine.dispose()
    assert "Traceback" not in caught.value.message and password not in caught.value.message
    return caught.value.kind


def test_empty_database_over_tls_and_socket(pg_database: PgDatabase) -> None:
    db = pg_database
    assert _kind(db.tcp_url, db.owner, db.password) is ServerProblem.EMPTY
    assert _kind(db.socket_url, db.owner, db.password) is ServerProblem.EMPTY
    engine = server_engine(ServerLocation.parse(db.tcp_url), db.owner, db.password)
    assert open_checked(engine, allow=frozenset({SchemaState.EMPTY})) is SchemaState.EMPTY
    with engine.connect() as con:
        assert con.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    engine.dispose()


def test_faults_are_named(pg_database: PgDatabase, tmp_path: Path) -> None:
    db, cluster = pg_database, pg_database.cluster
    plain = f"postgresql://localhost:{cluster.port}/{db.name}"
    assert _kind(db.tcp_url, db.owner, "feil passord") is ServerProblem.WRONG_PASSWORD
    assert _kind(db.tcp_url, "finnes_ikke", db.password) is ServerProblem.WRONG_PASSWORD
    assert _kind(cluster.tcp_url("finnes_ikke"), db.owner, db.password) is ServerProblem.NO_DATABASE
    assert _kind(plain, db.owner, db.password, tmp_path / "mangler.crt") is ServerProblem.CA_MISSING
    other_ca, _, _ = make_ca(tmp_path, "annen-ca")
    assert _kind(plain, db.owner, db.password, other_ca) is ServerProblem.WRONG_CA
    wrong_host = (f"postgresql://feil.kommune.test:{cluster.port}/{db.name}?hostaddr=127.0.0.1"
                  f"&sslrootcert={cluster.tls.ca_cert}")
    assert _kind(wrong_host, db.owner, db.password) is ServerProblem.WRONG_HOST
    down = f"postgresql://localhost:{free_port()}/{db.name}?sslrootcert={cluster.tls.ca_cert}"
    assert _kind(down, db.owner, db.password) is ServerProblem.SERVER_DOWN
    socket_down = f"postgresql:///{db.name}?host={tmp_path}&port={cluster.port}"
    assert _kind(socket_down, db.owner, db.password) is ServerProblem.SERVER_DOWN


def test_a_foreign_database_is_not_taken_for_an_empty_one(pg_database: PgDatabase) -> None:
    db = pg_database
    with psycopg.connect(host=str(db.cluster.socket_dir), port=db.cluster.port, dbname=db.name,
                         user=db.owner, password=db.password) as con:
        con.execute("CREATE TABLE lonn (id int)")
    assert _kind(db.socket_url, db.owner, db.password) is ServerProblem.NOT_BARNEARKET
