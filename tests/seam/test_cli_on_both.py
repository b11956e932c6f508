"""`cases --json`, `export`, `pdf` and `report-json` give the same results on a case file and on the server.

Runs the command line in process (`run_cli`) as Kari, with her passphrase (or server password) on
standard input, against the `store` fixture's file or server address.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.reports.test_portal import assert_valid
from tests.seam.stores import UNIT, WORKER, WORKER_PASSPHRASE, OpenStore

KARI = ("--user", WORKER, "--passphrase-stdin")


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(WORKER_PASSPHRASE + "\n"))
    code = run_cli(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and WORKER_PASSPHRASE not in captured.err + captured.out
    return code, captured.out


def test_cases_json_names_number_and_unit(store: OpenStore, family: Family, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(monkeypatch, capsys, "cases", store.where, "--json", *KARI)
    assert code == 0
    lines = json.loads(out)
    assert [(x["number"], x["unit"]) for x in lines] == [(family.number, UNIT)]
    assert lines[0]["children"] == 3 and lines[0]["open_concerns"] == 2
    assert not any(c in out for c in family.canaries)


def test_export_carries_the_whole_case(store: OpenStore, family: Family, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    out = tmp_path / "ut.json"
    code, _ = run(monkeypatch, capsys, "export", store.where, "-o", str(out), *KARI)
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    (case,) = document["cases"]
    assert case["number"] == family.number and len(case["children"]) == 3
    assert len(case["concerns"]) == 2


@pytest.mark.parametrize("kind", ["summary", "report"])
def test_pdf_on_either_store(store: OpenStore, family: Family, tmp_path: Path, kind: str,
                             monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ut.pdf"
    code, _ = run(monkeypatch, capsys, "pdf", store.where, "--case", family.number, "--kind", kind,
                  "-o", str(out), *KARI)
    assert code == 0
    pdfcheck.check_structure(out.read_bytes())
    assert "Čeavrris" in pdfcheck.flat(out.read_bytes())


def test_report_json_validates_on_either_store(store: OpenStore, family: Family, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "melding.json"
    code, _ = run(monkeypatch, capsys, "report-json", store.where, "--case", family.number, "-o", str(out),
                  *KARI)
    assert code == 0, capsys.readouterr().err
    assert_valid(json.loads(out.read_text(encoding="utf-8")))


def test_audit_as_a_saksbehandler(store: OpenStore, family: Family, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Her own rows on both stores; on the server she cannot see the others' rows, so she is told that
    only an administrator or coordinator can check the whole chain (never a false alarm)."""
    code, out = run(monkeypatch, capsys, "audit", store.where, *KARI)
    rows = [line for line in out.splitlines() if re.match(r"\s*\d+\s+\d\d\.", line)]  # one per audit row
    assert code == 0 and len(rows) > 10 and all(f"({WORKER})" in row for row in rows)
    monkeypatch.setattr("sys.stdin", io.StringIO(WORKER_PASSPHRASE + "\n"))
    code = run_cli(["audit", store.where, "--verify", *KARI])
    said = capsys.readouterr()
    if store.kind == "file":
        assert code == 0 and "kjeden er ubrutt" in said.out
    else:
        assert code == 2 and "bare kontrolleres av en administrator eller koordinator" in said.err
