"""The test cluster itself: SCRAM over the socket, TLS required on TCP, plain TCP refused."""

from __future__ import annotations

import psycopg
import pytest

from tests.server.fixtures import PgDatabase


def _dsn(db: PgDatabase, **extra: str) -> str:
    parts = {"dbname": db.name, "user": db.owner, "password": db.password, **extra}
    return " ".join(f"{k}={v}" for k, v in parts.items())


def test_socket_login_with_scram(pg_database: PgDatabase) -> None:
    dsn = _dsn(pg_database, host=str(pg_database.cluster.socket_dir), port=str(pg_database.cluster.port))
    with psycopg.connect(dsn) as con:
        assert con.execute("SELECT current_user").fetchone() == (pg_database.owner,)
    with psycopg.connect(pg_database.cluster.superuser_dsn()) as con:
        stored = con.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                             (pg_database.owner,)).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")


def test_tcp_with_verified_tls(pg_database: PgDatabase) -> None:
    dsn = _dsn(pg_database, host="localhost", port=str(pg_database.cluster.port), sslmode="verify-full",
               sslrootcert=str(pg_database.cluster.tls.ca_cert))
    with psycopg.connect(dsn) as con:
        assert con.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)


def test_plain_tcp_is_refused_by_the_server(pg_database: PgDatabase) -> None:
    dsn = _dsn(pg_database, host="127.0.0.1", port=str(pg_database.cluster.port), sslmode="disable")
    with pytest.raises(psycopg.OperationalError, match=r"no encryption|pg_hba\.conf rejects"):
        psycopg.connect(dsn)


def test_wrong_password_is_refused(pg_database: PgDatabase) -> None:
    dsn = _dsn(pg_database, host=str(pg_database.cluster.socket_dir), port=str(pg_database.cluster.port))
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(dsn.replace(pg_database.password, "feil-passord"))
