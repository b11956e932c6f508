"""The `pdf`, `report-json` and `settings` commands on a real case file, as an administrator runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.cli.main import run_cli
from barnearket.storage.orm.audit import AuditEntry
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.reports.test_portal import assert_valid

OPEN = ["--user", ADMIN_LOGIN, "--passphrase-stdin"]


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    """Run the command with the passphrase on standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSPHRASE + "\n"))
    return run_cli(list(args))


def actions(case_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The audit log's actions, oldest first (read through a fresh unlock)."""
    from barnearket.storage.opening import open_case_file

    case_file = open_case_file(case_path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with case_file.read_session() as session:
            return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    finally:
        case_file.close()


@pytest.mark.parametrize("kind", ["summary", "report", "consent", "plan"])
def test_pdf_writes_the_document_and_logs_it(case_path: Path, filled: Family, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    out = tmp_path / "ut.pdf"
    assert run(monkeypatch, "pdf", str(case_path), "--case", filled.number, "--kind", kind, "-o", str(out),
               *OPEN) == 0
    pdfcheck.check_structure(out.read_bytes())
    assert "Čeavrris" in pdfcheck.flat(out.read_bytes())
    assert actions(case_path, monkeypatch)[-4:-1] == ["unlock", "pdf", "export"]


def test_pdf_default_name_has_no_personal_data(case_path: Path, filled: Family, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(monkeypatch, "pdf", str(case_path), "--case", filled.number, "--kind", "report", *OPEN) == 0
    assert (tmp_path / f"bekymringsmelding-{filled.number}.pdf").is_file()


def test_report_json_validates(case_path: Path, filled: Family, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "melding.json"
    args = ["report-json", str(case_path), "--case", filled.number, "-o", str(out), *OPEN]
    for child in map(str, filled.child_ids[:2]):
        args[4:4] = ["--child", child]
    assert run(monkeypatch, *args) == 0
    message = json.loads(out.read_text())
    assert_valid(message)
    assert len(message["offentligBarn"]) == 2
    assert "export" in actions(case_path, monkeypatch)[-3:]


def test_settings_show_and_change(case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, "settings", str(case_path), *OPEN) == 0
    assert "Kommunenummer:        5022" in capsys.readouterr().out
    assert run(monkeypatch, "settings", str(case_path), "--district", "Sentrum", "--district-number", "01",
               *OPEN) == 0
    shown = capsys.readouterr().out
    assert "Lagret: Bydelsnummer, Bydel." in shown and "Bydel:                Sentrum" in shown
    assert run(monkeypatch, "settings", str(case_path), "--municipality-number", "12", *OPEN) == 2
    assert "fire sifre" in capsys.readouterr().err
    assert "settings" in actions(case_path, monkeypatch)


def test_unknown_case_is_a_clear_error(case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, "pdf", str(case_path), "--case", "1999-0001", "--kind", "summary", *OPEN) == 2
    assert "Fant ingen sak" in capsys.readouterr().err
