"""`move FILE URL`: cases, units, settings and people of a case file onto the server; round trip by export."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from barnearket.cli.main import run_cli
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.seam.stores import UNIT, WORKER
from tests.server.helpers import Made


def _run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: tuple[str, ...]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in stdin)))
    return run_cli(list(args))


def _cases(path: Path) -> list[dict[str, Any]]:
    return sorted(json.loads(path.read_text(encoding="utf-8"))["cases"], key=lambda c: c["number"])


def test_a_file_moves_onto_the_server(source: StoreLocation, pg_made: Made, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = pg_made.db
    before, after = tmp_path / "før.json", tmp_path / "etter.json"
    assert _run(monkeypatch, "export", str(source.path), "-o", str(before), "--user", ADMIN_LOGIN,
                "--passphrase-stdin", stdin=(ADMIN_PASSPHRASE,)) == 0
    capsys.readouterr()
    assert _run(monkeypatch, "move", str(source.path), db.cluster.tcp_url(db.name, user=db.owner),
                "--user", ADMIN_LOGIN, "--passphrase-stdin", stdin=(ADMIN_PASSPHRASE, db.password)) == 0
    out = capsys.readouterr().out
    assert "Flyttet 2 saker og 1 enheter" in out and "hendelser fra saksfilens logg" in out
    found = re.search(rf"^\s+{WORKER}\s+(\S+)$", out, re.M)
    assert found is not None, out
    one_time = found.group(1)

    assert _run(monkeypatch, "export", db.tcp_url, "-o", str(after), "--user", WORKER, "--passphrase-stdin",
                stdin=(one_time,)) == 0
    assert _cases(after) == _cases(before) and len(_cases(after)) == 2
    capsys.readouterr()
    assert _run(monkeypatch, "users", db.tcp_url, "--user", "admin", "--passphrase-stdin", "list", "--json",
                stdin=("riktig passordfrase æøå",)) == 0
    people = {p["login"]: p for p in json.loads(capsys.readouterr().out)}
    assert people[WORKER]["units"] == [UNIT] and people[WORKER]["role"] == "saksbehandler"


def test_a_refused_move_leaves_the_server_as_it_was(source: StoreLocation, pg_made: Made,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = pg_made.db
    owner_url = db.cluster.tcp_url(db.name, user=db.owner)
    assert _run(monkeypatch, "move", str(source.path), owner_url, "--user", ADMIN_LOGIN, "--passphrase-stdin",
                stdin=(ADMIN_PASSPHRASE, "feil passord")) == 2
    assert "Feil brukernavn eller passord for serveren" in capsys.readouterr().err
    with pg_made.owner() as con:
        assert con.execute("SELECT count(*) FROM cases").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM users").fetchone() == (1,)


def _file_history(location: StoreLocation) -> tuple[list[tuple[str, str | None, str]], dict[int, str]]:
    """(action, object type, login) of every row of the file's log about a case, and case numbers."""
    from sqlalchemy import select

    from barnearket.storage.orm.audit import AuditEntry
    from barnearket.storage.orm.cases import CaseRow
    from barnearket.storage.orm.users import User

    admin = open_store(location, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with admin.read_session() as session:
            logins = {u.id: u.login for u in session.scalars(select(User))}
            numbers = {c.id: c.number for c in session.scalars(select(CaseRow))}
            rows = [(e.action, numbers.get(e.object_id or 0), logins.get(e.actor_id or 0, "-"))
                    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
                    if e.object_type == "case"]
    finally:
        admin.close()
    return rows, numbers


def test_the_files_history_moves_and_the_servers_chain_still_holds(
        source: StoreLocation, pg_made: Made, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = pg_made.db
    assert _run(monkeypatch, "move", str(source.path), db.cluster.tcp_url(db.name, user=db.owner),
                "--user", ADMIN_LOGIN, "--passphrase-stdin", stdin=(ADMIN_PASSPHRASE, db.password)) == 0
    capsys.readouterr()
    history, numbers = _file_history(source)  # the file's log, the move's own export rows included
    assert len(numbers) == 2 and any(a == "create" for a, _, _ in history)

    with pg_made.owner() as con:
        server_numbers: dict[int, str] = dict(con.execute("SELECT id, number FROM cases").fetchall())
        logins: dict[int, str] = dict(con.execute("SELECT id, login FROM users").fetchall())
        moved = [(a, server_numbers.get(o), logins.get(u, "-")) for a, o, u in con.execute(
            "SELECT action, object_id, actor_id FROM audit_log WHERE object_type = 'case' "
            "AND NOT (action = 'import') ORDER BY seq").fetchall()]
        seqs = [s for (s,) in con.execute("SELECT seq FROM audit_log ORDER BY seq").fetchall()]
    assert moved == history, "every case row of the file, same person, same case by its number"
    assert seqs == list(range(1, len(seqs) + 1))

    admin = ("--user", "admin", "--passphrase-stdin")
    assert _run(monkeypatch, "audit", db.tcp_url, "--verify", *admin, stdin=("riktig passordfrase æøå",)) == 0
    assert "kjeden er ubrutt" in capsys.readouterr().out
    assert _run(monkeypatch, "audit", db.tcp_url, *admin, stdin=("riktig passordfrase æøå",)) == 0
    printed = capsys.readouterr().out
    created = re.findall(rf"\({WORKER}\): opprettet sak (\d+) ", printed, re.M)
    assert sorted(created) == sorted(str(i) for i in server_numbers), "Kari's case rows, by the server's ids"
    assert "opprettet saksfilen" in printed and "Hendelsesloggen er hel" in printed
