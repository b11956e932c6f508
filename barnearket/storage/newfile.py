"""Builds every new case file (init, demo, backup, restore) beside its destination and renames it
into place, so that an interruption or a full disk leaves either nothing or the whole file with its
key file, never a stub that cannot be opened or that blocks the name.

Order of publishing: the finished key file is renamed to `<name>.keys.new`, the database is linked
to `<name>` (never over an existing file), then `.keys.new` becomes `<name>.keys`. A crash between
the last two steps is finished at the next unlock (`finish_pending_keys`); a crash before leaves
only hidden leftovers that the next build for the same name removes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from barnearket.files.atomic import fsync_dir
from barnearket.storage.engine import DRIVER_ERRORS, diagnose
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import access_problem, os_error_problem, surroundings_problem
from barnearket.storage.keyfile import KeyFile, keyfile_path

PARTIAL = ".partial-"
PENDING_KEYS = ".keys.new"
SIDE_FILES = ("", "-wal", "-shm", "-journal", ".keys", ".lock", ".attempts")


def pending_keys_path(dest: Path) -> Path:
    """Where a finished key file waits while its database is renamed into place."""
    return dest.with_name(dest.name + PENDING_KEYS)


def refuse_taken(dest: Path) -> None:
    """Raise EXISTS if the name is in use, or the problem that stops a file being written there."""
    if dest.exists() or dest.is_symlink() or keyfile_path(dest).exists():
        raise CaseFileError(Problem.EXISTS)
    problem = access_problem(dest)
    if problem is not None:
        raise CaseFileError(problem)


def clear_leftovers(dest: Path) -> None:
    """Remove what an interrupted build for this name left behind (never a finished file)."""
    for partial in dest.parent.glob(f".{dest.name}{PARTIAL}*"):
        with contextlib.suppress(OSError):
            partial.unlink()
    pending = pending_keys_path(dest)
    if not dest.exists():
        with contextlib.suppress(OSError):
            pending.unlink()


def _remove_partial(partial: Path) -> None:
    for suffix in SIDE_FILES:
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + suffix).unlink()


@contextmanager
def staged(dest: Path) -> Iterator[Path]:
    """Yield a hidden path beside `dest` to build the file (and its key file) in, then publish it.

    The builder must close every connection before leaving the block; a leftover WAL means the
    last transactions are not in the main file, so that is refused (and blamed on the disk).
    """
    refuse_taken(dest)
    clear_leftovers(dest)
    partial = dest.with_name(f".{dest.name}{PARTIAL}{secrets.token_hex(4)}")
    try:
        yield partial
        if partial.with_name(partial.name + "-wal").exists():
            raise CaseFileError(surroundings_problem(dest) or Problem.IO_ERROR)
        _publish(partial, dest)
    except OSError as exc:
        raise CaseFileError(os_error_problem(exc)) from exc
    except DRIVER_ERRORS as exc:
        problem = diagnose(exc, dest)
        raise CaseFileError(Problem.IO_ERROR if problem is Problem.DAMAGED else problem) from exc
    finally:
        _remove_partial(partial)


def _publish(partial: Path, dest: Path) -> None:
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    pending = pending_keys_path(dest)
    os.replace(keyfile_path(partial), pending)
    try:
        _link_no_clobber(partial, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            pending.unlink()
        raise
    os.replace(pending, keyfile_path(dest))
    fsync_dir(dest.parent)


def _link_no_clobber(partial: Path, dest: Path) -> None:
    try:
        os.link(partial, dest)
    except FileExistsError:
        raise CaseFileError(Problem.EXISTS) from None
    except OSError:  # a file system without hard links: the name was checked just before
        if dest.exists():
            raise CaseFileError(Problem.EXISTS) from None
        os.replace(partial, dest)


def finish_pending_keys(path: Path, db_salt: bytes) -> None:
    """Finish a publish that stopped after the database was in place but before its key file."""
    pending = pending_keys_path(path)
    if keyfile_path(path).exists() or not pending.is_file():
        return
    try:
        keys = KeyFile.from_bytes(pending.read_bytes())
    except (CaseFileError, OSError):
        return
    if keys.db_salt == db_salt:
        with contextlib.suppress(OSError):
            os.replace(pending, keyfile_path(path))
