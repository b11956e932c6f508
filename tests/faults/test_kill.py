"""Kill -9 of `init`, `demo`, `backup` and `restore` at 50 random moments each (issue 11,
acceptance 3): afterwards the name is either free or holds a file that opens, never a stub.

The command runs in a forked copy of this process (every import already done, so a kill costs a fork,
not a Python start-up), which is killed with SIGKILL after a random delay within the time a whole run
takes. Hidden leftovers of an interrupted build never block the name, and the next run clears them.
"""

from __future__ import annotations

import io
import os
import random
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE
from barnearket.storage.check import check_file
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.newfile import refuse_taken
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.faults.source import OPEN, Source, copy_source, count_cases, fast_kdf

KILLS = 50
NEW_LOGIN, NEW_PASSPHRASE = "ny.bruker", "en ny og lang passordfrase"
Args = Callable[[Source, Path], list[str]]
COMMANDS: dict[str, tuple[Args, str, tuple[str, str]]] = {
    "init": (lambda s, d: ["init", str(d), "--user", NEW_LOGIN, "--name", "Ođđa Brukar",
                           "--passphrase-stdin"], NEW_PASSPHRASE, (NEW_LOGIN, NEW_PASSPHRASE)),
    "demo": (lambda s, d: ["demo", str(d), "--cases", "1", "--seed", "2"], "", (DEMO_LOGIN, DEMO_PASSPHRASE)),
    "backup": (lambda s, d: ["backup", str(s.file), str(d), *OPEN], ADMIN_PASSPHRASE,
               (ADMIN_LOGIN, ADMIN_PASSPHRASE)),
    "restore": (lambda s, d: ["restore", str(s.copy), str(d), *OPEN], ADMIN_PASSPHRASE,
                (ADMIN_LOGIN, ADMIN_PASSPHRASE)),
}


def _child(argv: list[str], stdin: str) -> None:
    code = 70
    try:
        quiet = os.open(os.devnull, os.O_RDWR)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        sys.stdin = io.StringIO(stdin + "\n")
        code = run_cli(argv)
    finally:
        os._exit(code)


def _run(argv: list[str], stdin: str, kill_after: float | None) -> int:
    """Run the command in a fork; kill it after `kill_after` seconds. Returns the wait status."""
    pid = os.fork()
    if pid == 0:
        _child(argv, stdin)
    if kill_after is not None:
        time.sleep(kill_after)  # the kill's moment is what the test varies, not a wait for anything
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return status


def _clear(dest: Path) -> None:
    for suffix in ("", ".keys", ".lock", ".attempts"):
        dest.with_name(dest.name + suffix).unlink(missing_ok=True)


def _after_kill(dest: Path, login: str, passphrase: str) -> bool:
    """The name is free, or the file there opens and checks healthy. True if a file was there."""
    if not dest.exists():
        assert not keyfile_path(dest).exists(), "a key file without its case file blocks the name"
        refuse_taken(dest)
        return False
    case_file = open_case_file(dest, login=login, passphrase=passphrase)
    try:
        assert check_file(case_file).ok
    finally:
        case_file.close()
    _clear(dest)
    return True


@pytest.mark.slow
@pytest.mark.timeout(240)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_kill_never_leaves_a_stub(name: str, source: Source, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)
    args, stdin, (login, passphrase) = COMMANDS[name]
    copied = copy_source(source, tmp_path)
    dest = tmp_path / "ny.barnearket"
    argv = args(copied, dest)
    started = time.monotonic()
    assert _run(argv, stdin, None) == 0
    whole = time.monotonic() - started
    assert _after_kill(dest, login, passphrase)
    moments = random.Random(f"kill-{name}").sample(range(1000), KILLS)
    outcomes, mid_build = [], 0
    for moment in moments:
        status = _run(argv, stdin, whole * 1.1 * moment / 1000)
        assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0, status
        mid_build += any(tmp_path.glob(f".{dest.name}.partial-*"))
        outcomes.append(_after_kill(dest, login, passphrase))
    print(f"{name}: {outcomes.count(True)} whole files, {mid_build} kills during the build")
    assert mid_build > 0, "no kill landed while the file was being built"
    assert _run(argv, stdin, None) == 0  # the name is free, and leftovers do not get in the way
    assert _after_kill(dest, login, passphrase)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(f".{dest.name}")) == []
    assert count_cases(copied.file) == 1
