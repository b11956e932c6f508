"""`barnearket case close|reopen`: finishing and reopening a case from a script, with the window's rules."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from barnearket.cli.main import is_cli, run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import CaseStatus, ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.storage.orm.users import Unit
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE


def _file(path: Path, *, open_concern_too: bool = False) -> str:
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            unit = Unit(name="Rustjenesten", service="rus")
            session.add(unit)
            session.flush()
            case_id = create_case(ctx, unit_id=unit.id, parent=Parent(name="Ánde Đuommá"))
            answer_gate(ctx, case_id, GateAnswer.JA)
            if open_concern_too:
                child = add_child(ctx, case_id, ChildDetails(name="Máret Đuommá"))
                open_concern(ctx, case_id, child, level=2)
            return view_case(ctx, case_id, log_view=False).number
    finally:
        case_file.close()


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSPHRASE + "\n"))
    code = run_cli([*args, "--user", ADMIN_LOGIN, "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out + out.err


def _status(path: Path) -> CaseStatus:
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            return view_case(ctx, 1, log_view=False).status
    finally:
        case_file.close()


def test_close_and_reopen_by_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "saker.barnearket"
    number = _file(path)
    assert is_cli(["case", "close"])
    code, out = _run(monkeypatch, capsys, "case", "close", str(path), "--case", number, "--on", "01.01.2026")
    assert code == 0 and f"Sak {number} er avsluttet." in out
    assert _status(path) is CaseStatus.CLOSED
    code, out = _run(monkeypatch, capsys, "case", "close", str(path), "--case", number)
    assert code == 2 and "allerede avsluttet" in out
    code, out = _run(monkeypatch, capsys, "case", "reopen", str(path), "--case", number)
    assert code == 0 and "gjenåpnet" in out
    assert _status(path) is CaseStatus.OPEN


def test_a_case_with_an_open_concern_is_not_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "saker.barnearket"
    number = _file(path, open_concern_too=True)
    code, out = _run(monkeypatch, capsys, "case", "close", str(path), "--case", number)
    assert code == 2 and "bekymringer som ikke er avsluttet" in out and "Ánde" not in out
    code, out = _run(monkeypatch, capsys, "case", "close", str(path), "--case", "1999-0001")
    assert code == 2 and "Fant ingen sak" in out
    assert _status(path) is CaseStatus.OPEN
