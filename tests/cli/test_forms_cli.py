"""Issue 15: `barnearket forms check DIR` validates a municipality's form folder and says what it checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from barnearket.domain.forms import shipped_forms_dir


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "kommunens_skjema"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _shipped(name: str) -> str:
    return (shipped_forms_dir() / name).read_text(encoding="utf-8")


def test_a_good_folder_passes_and_lists_its_own_files_and_the_checks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _shipped("frister.v1.toml").replace("value = 14", "value = 10", 1)
    folder = _folder(tmp_path, "frister.v1.toml", text)
    assert run_cli(["forms", "check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Egne filer i mappen: 1\n  frister versjon 1 (frister.v1.toml)" in out
    assert "OK    spørsmålet 'observed_on' i steget 'concretise': date" in out
    assert "OK    frist 'decision_days' i 'frister'" in out
    assert "OK    spørsmålet 'held' i steget 'conversation': yes_no" in out
    assert "MERK" not in out
    assert "FEIL" not in out
    assert "Resultat: mappen kan brukes" in out


def test_a_folder_whose_step_question_would_be_lost_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _shipped("bekymring.v1.toml").replace('id = "responsible"', 'id = "responsible_person"', 1)
    folder = _folder(tmp_path, "bekymring.v1.toml", text)
    assert run_cli(["forms", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "FEIL  spørsmålet 'responsible' i steget 'follow_up' mangler (programmet leser det)" in out
    assert "FEIL  spørsmålet 'responsible_person' i steget 'follow_up' har ikke noe sted å lagres" in out
    assert "Resultat: mappen kan ikke brukes (2 feil)." in out


def test_a_file_that_cannot_be_read_names_the_file_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _shipped("frister.v1.toml").replace("value = 14", "value = ", 1)
    folder = _folder(tmp_path, "frister.v1.toml", text)
    assert run_cli(["forms", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"FEIL  {folder / 'frister.v1.toml'}:" in out
    assert "Resultat: mappen kan ikke brukes." in out


def test_a_missing_folder_is_a_norwegian_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["forms", "check", str(tmp_path / "finnes_ikke")]) == 1
    assert "mappen med skjemadefinisjoner finnes ikke" in capsys.readouterr().out
