"""Issue 17: `forms check --lang nn|en` and the window's start-up form errors speak the chosen language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from barnearket.domain import language
from barnearket.domain.forms import shipped_forms_dir
from barnearket.formsource import load_forms
from barnearket.paths import resolve_paths

pytestmark = pytest.mark.usefixtures("back_to_bokmal")


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "kommunens_skjema"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _deadlines(old: str, new: str) -> str:
    text = (shipped_forms_dir() / "frister.v1.toml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("lang", "expected"), [
    ("nb", "'value' skal være et helt tall"),
    ("nn", "'value' skal vere eit heilt tal"),
    ("en", "'value' must be a whole number"),
])
def test_a_schema_error_comes_in_the_chosen_language_with_file_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, expected: str) -> None:
    folder = _folder(tmp_path, "frister.v1.toml", _deadlines("value = 14", 'value = "fjorten"'))
    assert run_cli(["--lang", lang, "forms", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    error = next(line for line in out.splitlines() if str(folder / "frister.v1.toml") in line)
    assert re.search(r"frister\.v1\.toml:\d+: ", error), "the file and its line come first"
    assert error.endswith(expected), error


@pytest.mark.parametrize(("lang", "expected", "other"), [
    ("nn", "ukjend nøkkel 'verdi' (tillate her:", "ukjent"),
    ("en", "unknown key 'verdi' (allowed here:", "ukjent"),
])
def test_an_unknown_key_is_named_in_nynorsk_and_english(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, expected: str, other: str) -> None:
    folder = _folder(tmp_path, "frister.v1.toml", _deadlines("value = 14", "verdi = 14"))
    assert run_cli(["--lang", lang, "forms", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert expected in out
    assert other not in out


@pytest.mark.parametrize(("lang", "checked", "note"), [
    ("nn", "OK    frist 'decision_days' i 'frister'", "spørsmålet 'observed_on' i steget 'concretise': date"),
    ("en", "OK    deadline 'decision_days' in 'frister'",
     "the question 'observed_on' in the step 'concretise': date"),
])
def test_the_contract_lines_come_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, checked: str, note: str) -> None:
    folder = _folder(tmp_path, "frister.v1.toml", _deadlines("value = 14", "value = 10"))
    assert run_cli(["--lang", lang, "forms", "check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert checked in out
    assert note in out
    assert "versjon" not in out or lang == "nn"
    assert "lagres" not in out and "mangler" not in out


@pytest.mark.parametrize(("lang", "expected"), [
    ("nn", "Kommunen sine eigne skjemadefinisjonar vart ikkje brukte"),
    ("en", "The municipality's own form definitions were not used"),
])
def test_a_broken_local_form_at_start_up_is_told_in_the_window_language(
        tmp_path: Path, lang: str, expected: str) -> None:
    paths = resolve_paths(str(tmp_path / "home")).ensure()
    paths.local_forms.mkdir(parents=True, exist_ok=True)
    broken = _deadlines("value = 14", "value = -")
    (paths.local_forms / "frister.v1.toml").write_text(broken, encoding="utf-8")
    language.use(lang)
    forms, message = load_forms(paths)
    assert forms is not None  # the shipped forms carry on
    assert message.startswith(expected)
    assert "frister.v1.toml:" in message
    assert "ugyldig" not in message if lang == "en" else "ugyldig TOML" in message
