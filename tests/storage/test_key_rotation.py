"""Removing a person or changing a passphrase re-keys the file (issue 12, point 1).

Random sequences of add/remove/passwd keep every key file the sequence ever had and every
passphrase ever used; after the last re-key none of those copies, with any of those passphrases,
yields a key that opens the current file: not through the program, and not through an independent
SQLCipher 4 reader (SQLite3 Multiple Ciphers). A re-key killed with SIGKILL at 50 points leaves a
file that opens with either the old or the new passphrase (never both, never neither) and passes
`check`.
"""

from __future__ import annotations

import linecache
import os
import random
import shutil
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import apsw
import pytest
from sqlalchemy import select

from barnearket.domain.roles import Role
from barnearket.storage import accounts, kdf, rekey, witness
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.engine import read_salt
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import KeyFile, keyfile_path
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.storage.orm.users import User
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.storage.test_interop import sqlite3mc_open

pytestmark = pytest.mark.file_only("re-keying the encrypted file")

NAMES = ("Kari Čeavrris", "Ola Ŋuolas", "Åse Ođđasa", "Siri Æsheim", "Per Øvre", "Máret Sárá")


def _opens_current(path: Path, key: bytes) -> bool:
    """Whether an independent SQLCipher 4 reader opens the file with this raw key."""
    con = sqlite3mc_open(path, key.hex())
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except (apsw.NotADBError, apsw.CantOpenError):
        return False
    finally:
        con.close()


def _run_sequence(case_file: CaseFile, rng: random.Random
                  ) -> tuple[list[bytes], set[tuple[str, str]], set[tuple[str, str]]]:
    """Random add/remove/passwd ending with a re-key.

    Returns the key files as they were before each step, every login/passphrase pair ever valid,
    and the pairs valid now.
    """
    fast = kdf.fast_params_for_tests()
    active: dict[str, str] = {ADMIN_LOGIN: ADMIN_PASSPHRASE}
    ever = {(ADMIN_LOGIN, ADMIN_PASSPHRASE)}
    copies: list[bytes] = []
    steps = rng.randint(3, 6)
    for step in range(steps):
        copies.append(keyfile_path(case_file.path).read_bytes())
        others = sorted(login for login in active if login != ADMIN_LOGIN)
        choice = rng.choice(["passwd", "remove"] if step == steps - 1 else ["add", "add", "passwd", "remove"])
        if choice == "remove" and not others:
            choice = "passwd"
        if choice == "add":
            login = f"p{len(ever)}x{rng.randrange(1000)}"
            active[login] = f"frase {rng.randrange(10**9)} æøå"
            accounts.add_user(case_file, login, rng.choice(NAMES), Role.SAKSBEHANDLER, active[login], fast)
        elif choice == "remove":
            gone = rng.choice(others)
            del active[gone]
            accounts.remove_user(case_file, gone)
        else:
            login = rng.choice(sorted(active))
            active[login] = f"ny frase {rng.randrange(10**9)} ŋđ"
            accounts.change_passphrase(case_file, login, active[login], fast)
        ever |= set(active.items())
    return copies, ever, set(active.items())


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_no_earlier_key_file_with_any_passphrase_opens_the_file_after_twenty_sequences(
        tmp_path: Path) -> None:
    rng = random.Random(12)
    for run in range(20):
        path = tmp_path / f"s{run}" / "saker.barnearket"
        path.parent.mkdir()
        case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                                     passphrase=ADMIN_PASSPHRASE, kdf_params=kdf.fast_params_for_tests())
        first_salt = read_salt(path)
        copies, ever, still_valid = _run_sequence(case_file, rng)
        assert read_salt(path) != first_salt
        current_key = case_file.file_key
        current_keys = keyfile_path(path).read_bytes()
        case_file.close()
        assert _opens_current(path, current_key)
        for copy in copies:
            old = KeyFile.from_bytes(copy)
            for login, phrase in sorted(ever):
                try:
                    key = old.unwrap(login, phrase)
                except CaseFileError:
                    continue
                assert key != current_key
                assert not _opens_current(path, key), (run, login)
            keyfile_path(path).write_bytes(copy)  # the program refuses the stale copy outright
            login, phrase = rng.choice(sorted(ever))
            with pytest.raises(CaseFileError) as err:
                open_case_file(path, login=login, passphrase=phrase).close()
            assert err.value.problem in (Problem.KEY_DATA_MISMATCH, Problem.WRONG_PASSPHRASE)
        keyfile_path(path).write_bytes(current_keys)
        current = KeyFile.from_bytes(current_keys)
        for login, phrase in sorted(ever - still_valid):  # earlier passphrases with today's key file
            with pytest.raises(CaseFileError):
                current.unwrap(login, phrase)



TRACED = ("rekey.py", "accounts.py", "keyfile.py", "atomic.py")


def _count_lines(stop_at: int) -> Any:
    """A tracer that counts lines run in the re-key code and SIGKILLs the process at `stop_at`."""
    seen = [0]
    trail: list[str] = []

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            seen[0] += 1
            trail.append(linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip())
            if seen[0] == stop_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.endswith(TRACED) else None

    return tracer, trail


def _passwd_in_child(path: Path, stop_at: int, count_file: Path | None) -> None:
    """In a forked child: change the admin's passphrase, killed at line `stop_at` of the re-key."""
    try:
        case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        tracer, trail = _count_lines(stop_at)
        sys.settrace(tracer)
        accounts.change_passphrase(case_file, ADMIN_LOGIN, "ny frase etter krasj",
                                   kdf.fast_params_for_tests())
        sys.settrace(None)
        case_file.close()
        if count_file is not None:
            count_file.write_text("\n".join(trail))
        os._exit(0)
    except BaseException:
        os._exit(3)


def _fork(path: Path, stop_at: int, count_file: Path | None = None) -> int:
    # Every trial starts from a copy of the same file: to the witness that is an older copy put
    # back (which it rightly reports), so each trial starts with no witness.
    shutil.rmtree(witness.default_folder(), ignore_errors=True)
    pid = os.fork()
    if pid == 0:
        _passwd_in_child(path, stop_at, count_file)
    _, status = os.waitpid(pid, 0)
    return status


def _which_opens(path: Path) -> list[str]:
    opened = []
    for phrase in (ADMIN_PASSPHRASE, "ny frase etter krasj"):
        try:
            case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=phrase)
        except CaseFileError as exc:
            assert exc.problem is Problem.WRONG_PASSPHRASE, exc.problem
            continue
        try:
            result = check_file(case_file)
            assert result.ok, result.findings
            assert not case_file.audit_findings, case_file.audit_findings
        finally:
            case_file.close()
        opened.append(phrase)
    return opened


@pytest.mark.slow
@pytest.mark.timeout(240)
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_rekey_killed_at_fifty_points_leaves_the_old_or_the_new_state(tmp_path: Path) -> None:
    pristine = tmp_path / "ren" / "saker.barnearket"
    pristine.parent.mkdir()
    case_file = create_case_file(pristine, login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                                 passphrase=ADMIN_PASSPHRASE, kdf_params=kdf.fast_params_for_tests())
    accounts.add_user(case_file, "kari", NAMES[0], Role.SAKSBEHANDLER, "karis frase æøå",
                      kdf.fast_params_for_tests())
    case_file.close()
    trial = tmp_path / "telling" / "saker.barnearket"
    _copy(pristine, trial)
    count_file = tmp_path / "linjer.txt"
    assert _fork(trial, 10**9, count_file) == 0
    trail = count_file.read_text().splitlines()
    total = len(trail)
    assert total > 100, total
    # Every line around the commit point (the rename of the new database), the rest spread evenly.
    commit = trail.index("os.replace(target, path)  # the commit point") + 1
    around = set(range(commit - 3, commit + 5))
    spread = [1 + (total - 1) * i // 41 for i in range(42)]
    points = sorted(around | set(spread))
    assert 46 <= len(points) <= 50, len(points)
    outcomes = {"old": 0, "new": 0}
    for n, point in enumerate(points):
        path = tmp_path / f"k{n}" / "saker.barnearket"
        _copy(pristine, path)
        status = _fork(path, point)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (point, status)
        opened = _which_opens(path)
        assert len(opened) == 1, (point, opened)
        outcomes["old" if opened[0] == ADMIN_PASSPHRASE else "new"] += 1
        assert not rekey.tmp_path(path).exists() and not rekey.next_keys_path(path).exists()
    assert outcomes["old"] > 0 and outcomes["new"] > 0, outcomes


def _copy(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, dest)
    shutil.copy2(keyfile_path(source), keyfile_path(dest))


def test_a_failure_after_the_commit_point_keeps_the_new_state(case_file: CaseFile,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """If moving the new key file into place fails, the re-key still stands and the next open ends it."""
    real_replace = os.replace

    def failing_replace(src: Any, dst: Any) -> None:
        if str(src).endswith(rekey.NEXT_KEYS_SUFFIX):
            raise PermissionError(13, "refused for the test")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    new_key = accounts.change_passphrase(case_file, ADMIN_LOGIN, "ny frase etter feil ŋ",
                                         kdf.fast_params_for_tests())
    monkeypatch.undo()
    assert case_file.file_key == new_key and rekey.next_keys_path(case_file.path).exists()
    with case_file.read_session() as session:  # the open file works under the new key
        assert session.scalars(select(User.login)).all() == [ADMIN_LOGIN]
    path = case_file.path
    case_file.close()
    reopened = open_case_file(path, login=ADMIN_LOGIN, passphrase="ny frase etter feil ŋ")
    try:
        assert not rekey.next_keys_path(path).exists() and check_file(reopened).ok
    finally:
        reopened.close()
