"""`import URL FILE.json`: a case file's export goes onto the server through Kari's own login, losslessly."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage.location import StoreLocation
from barnearket.storage.server.setup import add_person
from barnearket.storage.store import open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports.built import build_family, set_up_sender
from tests.seam.stores import UNIT, WORKER, WORKER_NAME, WORKER_PASSPHRASE, _file_store
from tests.server.helpers import ADMIN, PASSWORD, Made

KARI = ("--user", WORKER, "--passphrase-stdin")


def _run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(WORKER_PASSPHRASE + "\n"))
    return run_cli(list(args))


def _cases(path: Path) -> list[dict[str, Any]]:
    return sorted(json.loads(path.read_text(encoding="utf-8"))["cases"], key=lambda c: c["number"])


def test_a_files_export_is_imported_onto_the_server_unchanged(pg_made: Made, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source, unit = _file_store(tmp_path)
    file_admin = open_store(source, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert file_admin.user is not None
        with file_admin.session() as session, session.begin():
            set_up_sender(ServiceContext(session, Actor(file_admin.user.id, ADMIN_LOGIN, Role.ADMIN),
                                         SystemClock()), file_admin.user.id)
    finally:
        file_admin.close()
    kari = open_store(source, login=WORKER, passphrase=WORKER_PASSPHRASE)
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            me = Actor(kari.user.id, WORKER, Role.SAKSBEHANDLER)
            build_family(ServiceContext(session, me, SystemClock()), unit, kids=2, worries=1)
    finally:
        kari.close()
    server = StoreLocation.server(pg_made.db.tcp_url)
    admin = open_store(server, login=ADMIN, passphrase=PASSWORD)
    try:
        assert admin.user is not None
        me = Actor(admin.user.id, ADMIN, Role.ADMIN)
        with admin.session() as session, session.begin():
            add_unit(ServiceContext(session, me, SystemClock()), name=UNIT, service="rus")
        with admin.session() as session, session.begin():
            add_person(session, WORKER, WORKER_NAME, Role.SAKSBEHANDLER, [UNIT], WORKER_PASSPHRASE)
        with admin.session() as session, session.begin():
            set_up_sender(ServiceContext(session, me, SystemClock()), admin.user.id)
    finally:
        admin.close()

    before, after = tmp_path / "fra-fil.json", tmp_path / "fra-server.json"
    assert _run(monkeypatch, "export", str(source.path), "-o", str(before), *KARI) == 0
    assert _run(monkeypatch, "import", str(server.url), str(before), *KARI) == 0
    assert _run(monkeypatch, "export", str(server.url), "-o", str(after), *KARI) == 0
    assert _cases(after) == _cases(before) and len(_cases(after)) == 1
