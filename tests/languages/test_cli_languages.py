"""`barnearket --lang nn|en <command>`: the document and the command's messages in that language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports import pdfcheck
from tests.reports.built import Family

pytestmark = pytest.mark.usefixtures("back_to_bokmal")  # the tests switch language

OPEN = ["--user", ADMIN_LOGIN, "--passphrase-stdin"]


def _run(monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin + "\n"))
    return run_cli(list(args))


def test_pdf_in_nynorsk_says_so_in_nynorsk(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str], filled: Family,
                                          case_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "samtykke.pdf"
    assert _run(monkeypatch, ADMIN_PASSPHRASE, "--lang", "nn", "pdf", str(case_path), "--case",
                filled.number, "--kind", "consent", "-o", str(out), *OPEN) == 0
    assert "Fila er teiepliktig" in capsys.readouterr().out
    text = pdfcheck.flat(out.read_bytes())
    assert "Samtykke til å dele opplysningar" in text and "Kven samtykket gjeld" in text


def test_a_wrong_passphrase_is_told_in_english(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], filled: Family,
                                               case_path: Path) -> None:
    code = _run(monkeypatch, "feil passordfrase her", "--lang", "en", "cases", str(case_path), *OPEN)
    assert code == 2
    assert "Wrong user name or passphrase" in capsys.readouterr().err


def test_innsyn_and_leaflet_follow_lang(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                        filled: Family, case_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "innsyn.pdf"
    assert _run(monkeypatch, ADMIN_PASSPHRASE, "--lang", "en", "innsyn", str(case_path), "--case",
                filled.number, "-o", str(out), *OPEN) == 0
    assert "The file is confidential" in capsys.readouterr().out
    assert "Access to your records in Barnearket" in pdfcheck.flat(out.read_bytes())
    leaflet = tmp_path / "brosjyre.pdf"
    assert _run(monkeypatch, ADMIN_PASSPHRASE, "--lang", "nn", "pdf", str(case_path), "--kind", "leaflet",
                "-o", str(leaflet), *OPEN) == 0
    assert "brosjyren til foreldre, utan opplysningar" in capsys.readouterr().out
    assert "Kvifor spør vi om barna?" in pdfcheck.flat(leaflet.read_bytes())
