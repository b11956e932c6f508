"""A full disk is named for what it is (issue 11, acceptance 1).

Every command that writes a new file, and `check`, `cases`, `settings`, `audit` and `users` (which
write a row or two), runs on a small tmpfs filled to leave 50 levels of free space from 0 B to
1 MiB (12 for the latter).
At every level: no traceback (the command runs in this process, so an escaped exception fails the
test), the healthy file is never called damaged nor is a restore suggested, the command either
works or says "disk full" with its own exit code, and nothing is left at the destination but the
complete file. Once space is freed, the source file checks healthy with every record, and the
command works.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE
from barnearket.storage.errors import MESSAGES, Problem, exit_code
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.faults.disk import FILLER, fill_to, free_all, levels, small_disk
from tests.faults.source import OPEN, Source, copy_source, count_cases, fast_kdf, run

LEVELS = levels(50)
READING_LEVELS = levels(12)  # commands that write only a row or two: fewer levels suffice
DISK_FULL = exit_code(Problem.DISK_FULL)
NEW_LOGIN, NEW_PASSPHRASE = "ny.bruker", "en ny og lang passordfrase"


def _opens(login: str, passphrase: str) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        open_case_file(path, login=login, passphrase=passphrase).close()
    return check


def _json(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"))


def _pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


@dataclass(frozen=True)
class Command:
    """How to run one command against the copied source, and how to tell its output is whole."""

    args: Callable[[Source, Path], list[str]]
    stdin: str = ADMIN_PASSPHRASE + "\n"
    valid: Callable[[Path], None] | None = None


COMMANDS = {
    "init": Command(lambda s, d: ["init", str(d), "--user", NEW_LOGIN, "--name", "Ođđa Brukar",
                                  "--passphrase-stdin"], NEW_PASSPHRASE + "\n",
                    _opens(NEW_LOGIN, NEW_PASSPHRASE)),
    "demo": Command(lambda s, d: ["demo", str(d), "--cases", "1", "--seed", "4"], "",
                    _opens(DEMO_LOGIN, DEMO_PASSPHRASE)),
    "backup": Command(lambda s, d: ["backup", str(s.file), str(d), *OPEN],
                      valid=_opens(ADMIN_LOGIN, ADMIN_PASSPHRASE)),
    "restore": Command(lambda s, d: ["restore", str(s.copy), str(d), *OPEN],
                       valid=_opens(ADMIN_LOGIN, ADMIN_PASSPHRASE)),
    "export": Command(lambda s, d: ["export", str(s.file), "-o", str(d), *OPEN], valid=_json),
    "pdf": Command(lambda s, d: ["pdf", str(s.file), "--case", s.number, "--kind", "summary",
                                 "-o", str(d), *OPEN], valid=_pdf),
    "report-json": Command(lambda s, d: ["report-json", str(s.file), "--case", s.number,
                                         "-o", str(d), *OPEN], valid=_json),
    "check": Command(lambda s, d: ["check", str(s.file), *OPEN]),
    "cases": Command(lambda s, d: ["cases", str(s.file), *OPEN]),
    "settings": Command(lambda s, d: ["settings", str(s.file), "--phone", "77 00 00 00", *OPEN]),
    "audit": Command(lambda s, d: ["audit", str(s.file), "--verify", *OPEN]),
    "users": Command(lambda s, d: ["users", str(s.file), *OPEN, "list"]),
}


def _remove(dest: Path) -> None:
    for part in (dest, keyfile_path(dest), dest.with_name(dest.name + ".lock")):
        part.unlink(missing_ok=True)


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name != FILLER)


def _one_level(name: str, command: Command, copied: Source, dest: Path, free: int,
               monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> int:
    folder = dest.parent
    fill_to(folder, free)
    code = run(monkeypatch, *command.args(copied, dest), stdin=command.stdin)
    err = capsys.readouterr().err
    free_all(folder)
    where = f"{name} at {free} B free: exit {code}\n{err}"
    assert "er skadet" not in err and "kopi" not in err and "Filen kunne ikke leses" not in err, where
    assert code in (0, DISK_FULL), where
    if code == DISK_FULL:
        assert MESSAGES[Problem.DISK_FULL] in err, where
    assert _hidden(folder) == [], f"leftovers {_hidden(folder)}; {where}"
    if command.valid is not None:
        if code == 0:
            command.valid(dest)
        else:
            assert not dest.exists() and not keyfile_path(dest).exists(), f"a stub was left; {where}"
        _remove(dest)
    return code


@pytest.mark.slow
@pytest.mark.timeout(240)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_full_disk_is_never_damage(name: str, source: Source, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    fast_kdf(monkeypatch)
    command = COMMANDS[name]
    with small_disk(16) as disk:
        copied = copy_source(source, disk)
        dest = disk / ("ut.json" if name in ("export", "report-json") else "ut.pdf" if name == "pdf"
                       else "ny.barnearket")
        chosen = LEVELS if command.valid is not None else READING_LEVELS
        codes = [_one_level(name, command, copied, dest, free, monkeypatch, capsys) for free in chosen]
        assert codes[0] == DISK_FULL, "with no space at all the command cannot have worked"
        assert os.statvfs(disk).f_bavail > 0
        again = run(monkeypatch, *command.args(copied, dest), stdin=command.stdin)
        assert again == 0, capsys.readouterr().err
        if command.valid is not None:
            command.valid(dest)
        assert run(monkeypatch, "check", str(copied.file), *OPEN) == 0, capsys.readouterr().err
        assert count_cases(copied.file) == 1
