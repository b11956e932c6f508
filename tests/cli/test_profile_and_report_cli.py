"""`users profile`, profile options on `users add`, and the `report` command's refusals (in process)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.reports.starting_files import filled
from tests.reports.test_cli import OPEN

__all__ = ["filled"]


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: tuple[str, ...] = (ADMIN_PASSPHRASE,)) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in stdin)))
    return run_cli(list(args))


def test_profile_on_add_and_on_its_own(case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    f = str(case_path)
    assert run(monkeypatch, "users", f, *OPEN, "add", "kari", "--name", "Kari Ødegård", "--role",
               "saksbehandler", "--title", "Sykepleier", "--phone", "400 00 000", "--email", "kari@x.no",
               "--unit", "Rustjenesten", stdin=(ADMIN_PASSPHRASE, "karis lange frase")) == 0
    capsys.readouterr()
    assert run(monkeypatch, "users", f, *OPEN, "profile", "kari") == 0
    shown = capsys.readouterr().out
    assert "Sykepleier" in shown and "400 00 000" in shown and "kari@x.no" in shown
    assert run(monkeypatch, "users", f, *OPEN, "profile", "kari", "--email", "ikke-adresse") == 2
    assert "E-postadressen" in capsys.readouterr().err
    assert run(monkeypatch, "users", f, *OPEN, "profile", "kari", "--unit", "Finnes ikke") == 2


def test_report_json_names_the_command_that_fills_in_the_profile(
        case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    f, out = str(case_path), tmp_path / "m.json"
    assert run(monkeypatch, "users", f, *OPEN, "profile", ADMIN_LOGIN, "--email", "") == 0
    assert run(monkeypatch, "report-json", f, "--case", filled.number, "-o", str(out), *OPEN) == 2
    err = capsys.readouterr().err
    assert f"barnearket users {f} --user {ADMIN_LOGIN} profile {ADMIN_LOGIN} --email E-POST" in err
    assert not out.exists()
    assert run(monkeypatch, "users", f, *OPEN, "profile", ADMIN_LOGIN, "--email", "leder@x.no") == 0
    assert run(monkeypatch, "report-json", f, "--case", filled.number, "-o", str(out), *OPEN) == 0


def test_police_report_prints_but_has_no_portal_file(case_path: Path, filled: Family, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    f = str(case_path)
    report = ["report", f, *OPEN, "--case", filled.number]
    assert run(monkeypatch, *report, "new", "--recipient", "politi") == 0
    assert run(monkeypatch, *report, "json", "-o", str(tmp_path / "m.json")) == 2
    assert "portalen gjelder bare" in capsys.readouterr().err
    assert run(monkeypatch, *report, "pdf", "-o", str(tmp_path / "m.pdf")) == 0
    assert "Melding til politiet" in pdfcheck.flat((tmp_path / "m.pdf").read_bytes())
    assert run(monkeypatch, *report, "--report", "99999", "complete") == 2
    assert "Fant ikke meldingen" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        run(monkeypatch, *report, "sent", "--channel", "brevdue")
    assert usage.value.code == 2
