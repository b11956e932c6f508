"""Every command takes a case file or a server URL; what only makes sense on a file says so (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.process import run

SERVER = "postgresql://db.kommune.invalid:5432/barnearket"


@pytest.mark.parametrize("command", [
    ("restore", SERVER, "ut.barnearket"),
])
def test_file_only_commands_refuse_a_server_before_asking_anything(command: tuple[str, ...],
                                                                   tmp_path: Path) -> None:
    args = [a if a != "ut.barnearket" else str(tmp_path / a) for a in command]
    login = () if "--user" in args else ("--user", "admin", "--passphrase-stdin")
    done = run(*args, *login, stdin="")
    assert done.returncode == 2, done.stderr
    assert "bare saksfiler" in done.stderr and "Mangler" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_recovery_key_is_for_files_only() -> None:
    done = run("cases", SERVER, "--recovery-key-stdin", stdin="0" * 64 + "\n")
    assert done.returncode == 2
    assert "Gjenopprettingsnøkkelen gjelder bare saksfiler" in done.stderr


def test_a_password_written_into_the_url_is_refused_and_not_repeated() -> None:
    done = run("cases", "postgresql://kari:Sol-og-måne-7@db.kommune.invalid/barnearket",
               "--user", "kari", "--passphrase-stdin", stdin="x\n")
    assert done.returncode == 2
    assert "passordet" in done.stderr and "Sol-og-måne-7" not in done.stderr + done.stdout


def test_a_server_command_needs_a_login() -> None:
    done = run("cases", SERVER, stdin="")
    assert done.returncode == 2 and "--user" in done.stderr
