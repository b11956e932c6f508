"""The command line says no to what it does not know (issue 11, point 4): an unknown command word or
option is a Norwegian usage error (exit 2) naming the nearest command, and never starts the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from barnearket.cli.main import is_cli, run_cli


@pytest.mark.parametrize("argv", [
    [], ["saker.barnearket"], ["mappe/saker"], ["--demo"], ["--home", "/tmp/hjem"], ["--home=/tmp/hjem"],
    ["--smoke-test", "--demo"], ["-platform", "offscreen", "saker.barnearket"], ["-reverse"],
])
def test_the_window_starts_only_for_its_own_arguments(argv: list[str]) -> None:
    assert not is_cli(argv)


@pytest.mark.parametrize("argv", [
    ["frms", "check", "forms"], ["chek"], ["sjekk", "fil.barnearket"], ["--usr", "admin"],
    ["saker.barnearket", "ekstra.barnearket"], ["saker.barnearket", "--ukjent"], ["check", "f"],
])
def test_anything_else_is_for_the_command_line(argv: list[str]) -> None:
    assert is_cli(argv)


def test_an_existing_file_without_extension_opens_in_the_window(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "saker").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert not is_cli(["saker"])


@pytest.mark.parametrize(("argv", "said"), [
    (["chek", "fil"], "ukjent kommando «chek». Mente du «check»?"),
    (["bakup", "fil", "ut"], "Mente du «backup»?"),
    (["check", "fil", "--usr", "admin"], "ukjent argument «--usr admin». Mente du «--user»?"),
    (["users", "fil", "--user", "a", "slett"],
     "ukjent valg «slett». Velg en av: add, function, list, passwd, profile, recovery-key, remove."),
    (["users", "fil", "--user", "a", "lsit"], "ukjent valg «lsit». Mente du «list»?"),
    (["qqqqq"], "ukjent kommando «qqqqq». Velg en av: "),
    (["--usr"], "ukjent valg «--usr». Mente du «--user»?"),
    (["--dmeo"], "ukjent valg «--dmeo». Mente du «--demo»?"),
    (["check"], "mangler file."),
])
def test_usage_errors_are_norwegian_and_name_the_nearest(argv: list[str], said: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert said in err, err
    assert "invalid choice" not in err and "unrecognized" not in err and "required" not in err


def test_a_mistyped_command_never_starts_the_window() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "barnearket", "frms", "check", "forms"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2, done.stderr
    assert "ukjent kommando «frms»" in done.stderr
    assert "Traceback" not in done.stderr
