"""Gives a case file a new file key, so that no earlier key file and passphrase can open it again.

The encrypted content is exported into a new file under the new key (`sqlcipher_export`), the
change that caused the rotation is committed there, the new key file is written as `<file>.keys.next`,
and then the new database is renamed over the old one. That rename is the commit point: before it,
the old file and the old key file are untouched; after it, `finish_interrupted` (run at every open)
renames `<file>.keys.next` into place. A crash at any moment leaves either the old or the new state.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from barnearket.files.atomic import atomic_write_bytes
from barnearket.storage.casefile import CaseFile
from barnearket.storage.engine import connect_raw, make_engine, read_salt
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import os_error_problem
from barnearket.storage.keyfile import KeyFile, keyfile_path

NEXT_KEYS_SUFFIX = ".next"
TMP_SUFFIX = ".rekey"
SIDE_FILES = ("-wal", "-shm", "-journal")

# Applies the change to the new copy (in the given session) and returns its key file.
Change = Callable[[Session, bytes, bytes], KeyFile]


def next_keys_path(case_path: Path) -> Path:
    """Where the new key file waits until the new database is in place."""
    return Path(str(keyfile_path(case_path)) + NEXT_KEYS_SUFFIX)


def tmp_path(case_path: Path) -> Path:
    """Where the new database is built."""
    return case_path.with_name(case_path.name + TMP_SUFFIX)


def _unlink_all(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{s}") for s in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def finish_interrupted(case_path: Path) -> None:
    """Complete or undo a rotation a crash interrupted (the caller holds the file's lock)."""
    pending = next_keys_path(case_path)
    if pending.exists():
        try:
            fits = KeyFile.from_bytes(pending.read_bytes()).db_salt == read_salt(case_path)
        except CaseFileError:
            fits = False
        if fits:  # the new database is in place: its key file goes with it
            os.replace(pending, keyfile_path(case_path))
            _fsync_dir(case_path.parent)
        else:
            pending.unlink()
    _unlink_all(tmp_path(case_path))


def _export(case_file: CaseFile, new_key: bytes, target: Path) -> None:
    con = connect_raw(case_file.path, case_file.file_key)
    try:
        con.execute(f"ATTACH DATABASE ? AS rekey KEY \"x'{new_key.hex()}'\"", (str(target),))
        try:
            # The copy is a scratch file until it is complete and synced, so no journal and no
            # syncs while it is written; a crash here only leaves a scratch file to delete.
            con.execute("PRAGMA rekey.journal_mode = OFF").fetchall()
            con.execute("PRAGMA rekey.synchronous = OFF").fetchall()
            con.execute("SELECT sqlcipher_export('rekey')").fetchall()
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA rekey.user_version = {int(version or 0)}")
        finally:
            con.execute("DETACH DATABASE rekey")
    finally:
        con.close()


def _apply(target: Path, new_key: bytes, change: Change) -> KeyFile:
    engine = make_engine(target, new_key)
    try:
        with Session(engine.execution_options(immediate=True)) as session, session.begin():
            keys = change(session, new_key, read_salt(target))
    finally:
        engine.dispose()  # checkpoints and removes the copy's -wal
    if any(Path(f"{target}{s}").exists() for s in ("-wal", "-journal")):
        raise CaseFileError(Problem.IN_USE)
    with target.open("rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(target, 0o600)
    return keys


def _swap_in(case_file: CaseFile, target: Path, keys: KeyFile) -> None:
    path = case_file.path
    atomic_write_bytes(next_keys_path(path), keys.to_bytes())
    case_file.engine.dispose()  # the old file's -wal is checkpointed and removed
    if Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists():
        raise CaseFileError(Problem.IN_USE)
    with contextlib.suppress(FileNotFoundError):
        Path(f"{path}-shm").unlink()
    os.replace(target, path)  # the commit point
    _fsync_dir(path.parent)
    os.replace(next_keys_path(path), keyfile_path(path))
    _fsync_dir(path.parent)


def rotate(case_file: CaseFile, change: Change) -> bytes:
    """Re-key the open file with a fresh key, applying `change` in the same step; returns the new key."""
    new_key = os.urandom(32)
    target = tmp_path(case_file.path)
    _unlink_all(target)
    try:
        _export(case_file, new_key, target)
        if read_salt(target) == read_salt(case_file.path):  # the commit point is told by the salt
            raise RuntimeError("the re-keyed copy has the old database's salt")
        keys = _apply(target, new_key, change)
        _swap_in(case_file, target, keys)
    except BaseException as exc:
        if read_salt(case_file.path) == case_file.keyfile.db_salt:  # before the commit point
            _abandon(target, case_file.path)
            if isinstance(exc, OSError):
                raise CaseFileError(os_error_problem(exc)) from exc
            raise
        # Past the commit point the new state stands; `<file>.keys.next` is moved at the next open.
        _adopt(case_file, new_key, keys)
        if not isinstance(exc, Exception):
            raise
        return new_key
    _adopt(case_file, new_key, keys)
    return new_key


def _adopt(case_file: CaseFile, new_key: bytes, keys: KeyFile) -> None:
    case_file.engine = make_engine(case_file.path, new_key)
    case_file.file_key, case_file.keyfile = new_key, keys


def _abandon(target: Path, case_path: Path) -> None:
    """Before the commit point nothing of the new state may remain."""
    _unlink_all(target)
    with contextlib.suppress(FileNotFoundError):
        next_keys_path(case_path).unlink()
