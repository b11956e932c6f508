"""Issue 20, point 7: `barnearket pdf FILE --kind leaflet` writes one page with the municipality's name
and contact, no case data, and the parent-facing text read back from the PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from barnearket.cli.main import run_cli
from tests.conftest import ADMIN_PASSPHRASE
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.reports.starting_files import filled
from tests.reports.test_cli import OPEN

__all__ = ["filled"]


def _run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ADMIN_PASSPHRASE}\n"))
    return run_cli(list(args))


def test_the_leaflet_is_one_page_with_the_municipality_and_no_case_data(
        case_path: Path, filled: Family, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    f, out = str(case_path), tmp_path / "brosjyre.pdf"
    assert _run(monkeypatch, "settings", f, *OPEN, "--phone", "78 46 80 00") == 0
    assert _run(monkeypatch, "pdf", f, "--kind", "leaflet", "-o", str(out), *OPEN) == 0
    assert "uten opplysninger om saker" in capsys.readouterr().out
    data = out.read_bytes()
    pdfcheck.check_structure(data)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = pdfcheck.flat(data)
    for words in ("Når vi spør om barna", "Hvorfor spør vi om barna?", "Hva er samtalen?",
                  "taushetsplikt", "barnevernet", "78 46 80 00"):
        assert words in text, words
    settings = _run(monkeypatch, "settings", f, *OPEN)
    shown = capsys.readouterr().out
    assert settings == 0
    municipality = next(line.split(":", 1)[1].strip() for line in shown.splitlines()
                        if line.startswith("Kommunenavn:"))
    assert municipality in text
    assert filled.number not in text, "a leaflet names no case"
    pdfcheck.assert_no_canary([text, pdfcheck.metadata_text(data)], filled.canaries)
    assert "Taushetsbelagt" not in text


def test_other_documents_still_need_a_case(case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(monkeypatch, "pdf", str(case_path), "--kind", "consent", *OPEN) == 2
    assert "--case NR trengs" in capsys.readouterr().err
