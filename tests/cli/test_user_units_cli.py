"""A person belongs to several units in a case file too: `users add --unit U --unit V`, `list --json`."""

from __future__ import annotations

import io
import json

import pytest

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.services.units import add_unit
from barnearket.storage.casefile import CaseFile
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

OPEN = ("--user", ADMIN_LOGIN, "--passphrase-stdin")


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: tuple[str, ...] = (ADMIN_PASSPHRASE,)) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in stdin)))
    return run_cli(list(args))


def test_several_units_on_add_and_in_the_json_list(case_file: CaseFile, ctx_factory: None,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = str(case_file.path)
    case_file.close()
    assert run(monkeypatch, "users", path, *OPEN, "add", "kari", "--name", "Kari Ødegård", "--role",
               "saksbehandler", "--unit", "Rustjenesten", "--unit", "Psykisk helse Čáhcegáddi",
               stdin=(ADMIN_PASSPHRASE, "karis lange frase om bålet")) == 0
    capsys.readouterr()
    assert run(monkeypatch, "users", path, *OPEN, "list", "--json") == 0
    people = {p["login"]: p for p in json.loads(capsys.readouterr().out)}
    assert people["kari"] == {"login": "kari", "full_name": "Kari Ødegård", "role": "saksbehandler",
                              "units": ["Psykisk helse Čáhcegáddi", "Rustjenesten"], "active": True}
    assert people[ADMIN_LOGIN]["units"] == [] and people[ADMIN_LOGIN]["role"] == "admin"
    assert run(monkeypatch, "users", path, *OPEN, "add", "ola", "--name", "Ola", "--role", "saksbehandler",
               "--unit", "Finnes ikke", stdin=(ADMIN_PASSPHRASE, "olas lange frase om fjellet")) == 2


@pytest.fixture
def ctx_factory(case_file: CaseFile) -> None:
    """Two units in the file."""
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor, ServiceContext

    assert case_file.user is not None
    actor = Actor(case_file.user.id, case_file.user.login, Role.ADMIN)
    with case_file.session() as session, session.begin():
        ctx = ServiceContext(session, actor, SystemClock())
        add_unit(ctx, name="Rustjenesten", service="rus")
        add_unit(ctx, name="Psykisk helse Čáhcegáddi", service="psykisk_helse")
