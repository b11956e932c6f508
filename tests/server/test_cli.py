"""`init`, `users` and `check` on a server address through the real command line."""

from __future__ import annotations

import io
import json

import psycopg
import pytest

from barnearket.cli.main import run_cli
from tests.server.fixtures import PgDatabase
from tests.server.helpers import ADMIN, ADMIN_NAME, PASSWORD, Made

KARI = "kari.ødegård"  # refused: logins are a–z, digits, . _ -
KARI_LOGIN = "kari"
KARI_PASSWORD = "karis lange frase om bålet"


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: tuple[str, ...] = (PASSWORD,)) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in stdin)))
    return run_cli(list(args))


def test_init_users_and_check(pg_database: PgDatabase, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    db = pg_database
    owner_url = db.cluster.socket_url(db.name, db.owner)
    assert run(monkeypatch, "init", owner_url, "--user", ADMIN, "--name", ADMIN_NAME, "--passphrase-stdin",
               stdin=(db.password, PASSWORD)) == 0
    assert "administrator" in capsys.readouterr().out
    made = Made(db)
    with made.raw(ADMIN) as con:
        con.execute("INSERT INTO units (name, service, active) VALUES ('Rustjenesten', 'rus', true), "
                    "('Psykisk helse', 'psykisk_helse', true)")
    url, as_admin = db.socket_url, ("--user", ADMIN, "--passphrase-stdin")
    assert run(monkeypatch, "users", url, *as_admin, "add", KARI_LOGIN, "--name", "Kari Ødegård", "--role",
               "saksbehandler", "--unit", "Rustjenesten", "--unit", "psykisk helse",
               stdin=(PASSWORD, KARI_PASSWORD)) == 0
    capsys.readouterr()
    assert run(monkeypatch, "users", url, *as_admin, "list", "--json") == 0
    people = {p["login"]: p for p in json.loads(capsys.readouterr().out)}
    assert people[KARI_LOGIN] == {"login": KARI_LOGIN, "full_name": "Kari Ødegård", "role": "saksbehandler",
                                  "units": ["Psykisk helse", "Rustjenesten"], "active": True}
    assert people[ADMIN]["role"] == "admin"
    with made.raw(KARI_LOGIN, KARI_PASSWORD) as con:
        assert con.execute("SELECT current_user").fetchone() == (KARI_LOGIN,)

    # a saksbehandler may not add people: the app refuses, and so would the server
    assert run(monkeypatch, "users", url, "--user", KARI_LOGIN, "--passphrase-stdin", "add", "ola",
               "--name", "Ola", "--role", "admin", stdin=(KARI_PASSWORD, "olas lange frase om fjellet")) == 2
    err = capsys.readouterr().err
    assert "Bare en administrator" in err and "Traceback" not in err
    with made.raw(KARI_LOGIN, KARI_PASSWORD) as con:
        refused = con.execute("SELECT action, outcome FROM audit_log WHERE actor_id = barnearket_my_id() "
                              "ORDER BY seq DESC LIMIT 1").fetchone()
        assert refused == ("user_add", "denied")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT barnearket_create_login('ola', 'x', 'barnearket_admin')")

    assert run(monkeypatch, "users", url, *as_admin, "passwd", KARI_LOGIN,
               stdin=(PASSWORD, "en helt ny frase for kari")) == 0
    with made.raw(KARI_LOGIN, "en helt ny frase for kari") as con:
        assert con.execute("SELECT 1").fetchone() == (1,)
    assert run(monkeypatch, "users", url, *as_admin, "remove", KARI_LOGIN) == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        made.raw(KARI_LOGIN, "en helt ny frase for kari")
    capsys.readouterr()
    assert run(monkeypatch, "check", url, *as_admin) == 0
    assert "i orden" in capsys.readouterr().out


def test_check_finds_what_is_not_as_designed(pg_made: Made, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with pg_made.owner() as con:
        con.execute("ALTER TABLE concerns NO FORCE ROW LEVEL SECURITY")
        con.execute("GRANT UPDATE ON audit_log TO barnearket_saksbehandler")
        con.execute("CREATE TABLE notater (id int, case_id int)")
    assert run(monkeypatch, "check", pg_made.db.socket_url, "--user", ADMIN, "--passphrase-stdin") == 1
    err = capsys.readouterr().err
    assert "concerns" in err and "audit_log" in err and "notater" in err


def test_bad_server_input_is_one_norwegian_line(pg_made: Made, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_made.db.socket_url
    assert run(monkeypatch, "users", url, "--user", ADMIN, "--passphrase-stdin", "list",
               stdin=("feil passord",)) == 2
    assert "Feil brukernavn eller passord for serveren" in capsys.readouterr().err
    assert run(monkeypatch, "check", url.replace("?", "?sslmode=disable&"), "--user", ADMIN,
               "--passphrase-stdin") == 2
    assert "verify-full" in capsys.readouterr().err
    assert run(monkeypatch, "users", url, "--user", ADMIN, "--passphrase-stdin", "add", KARI,
               "--name", "K", "--role", "admin", stdin=(PASSWORD, KARI_PASSWORD)) == 2
    assert "Brukernavnet" in capsys.readouterr().err


def test_demo_on_a_server(pg_database: PgDatabase, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    db = pg_database
    owner_url = db.cluster.socket_url(db.name, db.owner)
    assert run(monkeypatch, "demo", owner_url, "--cases", "12", "--seed", "4", "--passphrase-stdin",
               stdin=(db.password,)) == 0
    assert "demo" in capsys.readouterr().out
    made = Made(db)
    with made.raw("koordinator", "demo") as con:
        assert con.execute("SELECT count(*) FROM cases").fetchone() == (12,)
    with made.raw("saksbehandler01", "demo") as con:
        seen = con.execute("SELECT count(*) FROM cases").fetchone()
        assert seen is not None and seen[0] < 12
    assert run(monkeypatch, "demo", owner_url, "--cases", "12", "--passphrase-stdin",
               stdin=(db.password,)) == 2
    assert "allerede" in capsys.readouterr().err
