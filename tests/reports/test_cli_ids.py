"""`cases` shows the gate answer and, with --case, the ids of the children and consents; a document
command refuses an id that is not in the case (exit 2, a Norwegian message naming the command to list
them) instead of writing a blank document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reports.built import Family
from tests.reports.test_cli import OPEN, run


def test_cases_has_a_gate_column(case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, "cases", str(case_path), *OPEN) == 0
    table = capsys.readouterr().out
    assert "Barn u/18" in table.splitlines()[0]
    assert f"{filled.number:<11}" in table and " Ja " in table
    assert run(monkeypatch, "cases", str(case_path), "--json", *OPEN) == 0
    assert [r["gate"] for r in json.loads(capsys.readouterr().out)] == ["ja"]


def test_cases_for_one_case_lists_children_and_consents_with_ids(
    case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, "cases", str(case_path), "--case", filled.number, "--json", *OPEN) == 0
    found = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in found["children"]] == list(filled.child_ids)
    assert found["children"][-1]["unborn"] is True and found["children"][-1]["due_month"]
    (consent,) = found["consents"]
    assert consent["answer"] == "given" and consent["state"] == "Gjelder"
    assert consent["recipients"] == ["helsestasjon", "skole"] and found["gate"] == "ja"
    assert found["user_minor"] is False
    assert run(monkeypatch, "cases", str(case_path), "--case", filled.number, *OPEN) == 0
    text = capsys.readouterr().out
    assert f"id {filled.child_ids[0]}" in text and f"id {consent['id']}" in text
    for output in (json.dumps(found, ensure_ascii=False), text):
        assert not [c for c in filled.canaries if c in output]


@pytest.mark.parametrize("option", ["--child", "--consent"])
def test_an_unknown_id_is_refused_with_exit_2(
    case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    tmp_path: Path, option: str,
) -> None:
    out = tmp_path / "samtykke.pdf"
    code = run(monkeypatch, "pdf", str(case_path), "--case", filled.number, "--kind", "consent",
               option, "987654", "-o", str(out), *OPEN)
    error = capsys.readouterr().err
    assert code == 2 and not out.exists()
    what = "barn" if option == "--child" else "samtykke"
    assert f"har ikke noe {what} med id 987654" in error and f"cases FIL --case {filled.number}" in error
    assert run(monkeypatch, "report-json", str(case_path), "--case", filled.number, "--child", "987654",
               "-o", str(tmp_path / "m.json"), *OPEN) == 2
    assert run(monkeypatch, "pdf", str(case_path), "--case", filled.number, "--kind", "consent",
               "--child", str(filled.child_ids[0]), "-o", str(out), *OPEN) == 0
    assert out.exists()
