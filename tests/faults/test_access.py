"""Read-only media, folders and files, and odd lock files, each get a clear word (issue 11,
acceptance 2): a Norwegian message with its own exit code, no traceback, and the file untouched.

Permission checks do not apply to root, so when the tests run as root (as in CI) the read-only
folder and mode-0000 cases run the command through `setpriv` without the two capabilities that let
root ignore file modes; otherwise they run as the test's own user.
The read-only file system needs root to mount a tmpfs and is skipped with that reason otherwise; a
backup on read-only media can still be restored (it is copied beside the destination first).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from barnearket.storage.errors import MESSAGES, Problem, exit_code
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.lock import ODD_LOCK, lock_path
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.faults.disk import small_disk
from tests.faults.source import OPEN, Source, copy_source, count_cases, make_source, run

REPO = Path(__file__).resolve().parents[2]
NO_OVERRIDE = "-dac_override,-dac_read_search"


def _unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes cannot be tested")
    return [setpriv, f"--bounding-set={NO_OVERRIDE}", f"--inh-caps={NO_OVERRIDE}"]


def _run_unprivileged(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`python -m barnearket ARGS` without the power to ignore file modes."""
    env = {**os.environ, "HOME": str(home), "BARNEARKET_HOME": str(home / "hjem"),
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(REPO)}
    done = subprocess.run([*_unprivileged(), sys.executable, "-m", "barnearket", *args],
                          input=ADMIN_PASSPHRASE + "\n", capture_output=True, text=True, env=env,
                          timeout=90, check=False, cwd=home)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_a_read_only_folder_is_named(source: Source, shared: Path) -> None:
    folder = shared / "skrivebeskyttet"
    folder.mkdir()
    copied = copy_source(source, folder)
    outside = shared / "ut"
    outside.mkdir()
    before = _state(copied.file)
    folder.chmod(0o555)
    opened = _run_unprivileged("check", str(copied.file), *OPEN, home=shared)
    assert opened.returncode == exit_code(Problem.NO_ACCESS), opened.stderr
    assert MESSAGES[Problem.NO_ACCESS] in opened.stderr
    assert _state(copied.file) == before

    folder.chmod(0o755)
    outside.chmod(0o555)
    for args in (["backup", str(copied.file), str(outside / "kopi.barnearket")],
                 ["export", str(copied.file), "-o", str(outside / "ut.json")]):
        done = _run_unprivileged(*args, *OPEN, home=shared)
        assert done.returncode == exit_code(Problem.NO_ACCESS), done.stderr
        assert MESSAGES[Problem.NO_ACCESS] in done.stderr
        assert list(outside.iterdir()) == []


def test_a_case_file_with_mode_0000_is_named(source: Source, shared: Path) -> None:
    copied = copy_source(source, shared)
    copied.file.chmod(0)
    done = _run_unprivileged("check", str(copied.file), *OPEN, home=shared)
    assert done.returncode == exit_code(Problem.NO_ACCESS), done.stderr
    assert MESSAGES[Problem.NO_ACCESS] in done.stderr
    assert stat.S_IMODE(copied.file.stat().st_mode) == 0


@pytest.mark.timeout(120)
def test_a_read_only_file_system_is_named(source: Source, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(8) as disk:
        copied = copy_source(source, disk)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = _state(copied.file)
        read_only = exit_code(Problem.READ_ONLY)
        for args in (["check", str(copied.file), *OPEN], ["cases", str(copied.file), *OPEN],
                     ["init", str(disk / "ny.barnearket"), "--user", "ny.bruker", "--name", "Ny",
                      "--passphrase-stdin"]):
            assert run(monkeypatch, *args) == read_only, args
            assert MESSAGES[Problem.READ_ONLY] in capsys.readouterr().err
        assert _state(copied.file) == before
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        elsewhere = make_source(Path(tempfile.mkdtemp(prefix="barnearket-rw-")))
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for args in (["backup", str(elsewhere.file), str(disk / "kopi.barnearket")],
                     ["export", str(elsewhere.file), "-o", str(disk / "ut.json")],
                     ["restore", str(elsewhere.copy), str(disk / "tilbake.barnearket")],
                     ["pdf", str(elsewhere.file), "--case", elsewhere.number, "--kind", "summary",
                      "-o", str(disk / "ut.pdf")]):
            assert run(monkeypatch, *args, *OPEN) == read_only, args
            assert MESSAGES[Problem.READ_ONLY] in capsys.readouterr().err
        restored = elsewhere.file.parent / "fra-minnepinne.barnearket"
        code = run(monkeypatch, "restore", str(copied.copy), str(restored), *OPEN)
        assert code == 0, capsys.readouterr().err
        assert count_cases(restored) == 1
        assert sorted(p.name for p in restored.parent.iterdir() if p.name.startswith(".")) == []
        shutil.rmtree(elsewhere.file.parent)
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert count_cases(copied.file) == 1


@pytest.mark.parametrize("kind", ["folder", "symlink", "dangling symlink"])
def test_an_odd_lock_file_is_named_and_nothing_is_touched(kind: str, source: Source, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    copied = copy_source(source, tmp_path)
    lock = lock_path(copied.file)
    target = tmp_path / "annet" / "viktig.txt"
    target.parent.mkdir()
    target.write_text("ikke rør", encoding="utf-8")
    if kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(target if kind == "symlink" else tmp_path / "finnes-ikke")
    before = (_state(copied.file), _state(keyfile_path(copied.file)))
    for args in (["check", str(copied.file)], ["backup", str(copied.file), str(tmp_path / "kopi")]):
        assert run(monkeypatch, *args, *OPEN) == exit_code(Problem.NOT_A_REGULAR_FILE)
        assert ODD_LOCK in capsys.readouterr().err
    assert (_state(copied.file), _state(keyfile_path(copied.file))) == before
    assert target.read_text(encoding="utf-8") == "ikke rør"
    assert not (tmp_path / "finnes-ikke").exists()
    if kind == "folder":
        lock.rmdir()
    else:
        lock.unlink()
    assert count_cases(copied.file) == 1


def test_a_file_in_use_has_its_own_exit_code(source: Source, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    copied = copy_source(source, tmp_path)
    holder = open_case_file(copied.file, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert run(monkeypatch, "check", str(copied.file), *OPEN) == exit_code(Problem.IN_USE)
        assert MESSAGES[Problem.IN_USE] in capsys.readouterr().err
    finally:
        holder.close()
