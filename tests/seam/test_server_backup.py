"""`backup URL DEST`: the server's cases, all or one unit's, in a case file that opens with the admin's login.

Round trip: what `export` gives on the server before is what `export` gives on the copy after.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import create_case
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import list_units
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from tests.seam.municipality import PEOPLE
from tests.server.helpers import ADMIN, Made

COPY_PASSPHRASE = "Blåbær-trompet-Vadsø-1987"


def _run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: tuple[str, ...]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in stdin)))
    return run_cli(list(args))


def _cases(path: Path) -> list[dict[str, Any]]:
    return sorted(json.loads(path.read_text(encoding="utf-8"))["cases"], key=lambda c: c["number"])


def test_one_units_backup_round_trips(municipality: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = municipality.db
    owner_url = db.cluster.tcp_url(db.name, user=db.owner)
    before, after, copy = tmp_path / "før.json", tmp_path / "etter.json", tmp_path / "rus.barnearket"
    unit, password = PEOPLE["kari"]
    assert _run(monkeypatch, "export", db.tcp_url, "-o", str(before), "--user", "kari", "--passphrase-stdin",
                stdin=(password,)) == 0
    assert _run(monkeypatch, "backup", owner_url, str(copy), "--unit", unit, "--user", ADMIN,
                "--passphrase-stdin", stdin=(db.password, COPY_PASSPHRASE)) == 0
    out = capsys.readouterr().out
    assert "1 saker fra 1 enheter" in out and "GJENOPPRETTINGSNØKKEL" in out and db.password not in out
    assert _run(monkeypatch, "export", str(copy), "-o", str(after), "--user", ADMIN, "--passphrase-stdin",
                stdin=(COPY_PASSPHRASE,)) == 0
    assert _cases(after) == _cases(before) and len(_cases(before)) == 1


def test_the_whole_store_goes_into_one_copy(municipality: Made, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = municipality.db
    copy = tmp_path / "alt.barnearket"
    assert _run(monkeypatch, "backup", db.cluster.tcp_url(db.name, user=db.owner), str(copy), "--user", ADMIN,
                "--passphrase-stdin", stdin=(db.password, COPY_PASSPHRASE)) == 0
    assert "3 saker fra 2 enheter" in capsys.readouterr().out
    assert _run(monkeypatch, "cases", str(copy), "--json", "--user", ADMIN, "--passphrase-stdin",
                stdin=(COPY_PASSPHRASE,)) == 0
    lines = json.loads(capsys.readouterr().out)
    assert sorted(x["unit"] for x in lines) == ["Psykisk helse", "Psykisk helse", "Rustjenesten"]


def test_refusals_write_nothing(municipality: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    db = municipality.db
    owner_url = db.cluster.tcp_url(db.name, user=db.owner)
    copy = tmp_path / "kopi.barnearket"
    assert _run(monkeypatch, "backup", owner_url, str(copy), "--user", "kari", "--passphrase-stdin",
                stdin=(db.password, COPY_PASSPHRASE)) == 2
    assert "aktiv administrator" in capsys.readouterr().err
    assert _run(monkeypatch, "backup", owner_url, str(copy), "--unit", "Finnes ikke", "--user", ADMIN,
                "--passphrase-stdin", stdin=(db.password, COPY_PASSPHRASE)) == 1
    assert "Fant ingen enhet" in capsys.readouterr().err
    assert _run(monkeypatch, "backup", owner_url, str(copy), "--user", ADMIN, "--passphrase-stdin",
                stdin=("feil passord", COPY_PASSPHRASE)) == 2
    assert "Feil brukernavn eller passord for serveren" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_worker_numbers_a_case_past_another_units_cases(municipality: Made) -> None:
    location = StoreLocation.server(municipality.db.tcp_url)
    kari = open_store(location, login="kari", passphrase=PEOPLE["kari"][1])
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(kari.user.id, "kari", Role.SAKSBEHANDLER), SystemClock())
            unit_id = next(u.id for u in list_units(ctx) if u.name == "Rustjenesten")
            create_case(ctx, unit_id=unit_id, parent=Parent(name="Ingá Somby"))
    finally:
        kari.close()
