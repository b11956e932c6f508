"""Writes whole files so that the target is either the old file or the complete new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import os_error_problem

__all__ = ["atomic_write_bytes", "fsync_dir"]


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` survive a power cut."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename it over the target.

    A full disk, a read-only folder or a target that is a folder leaves the old file (or nothing)
    and raises the matching `CaseFileError`; a stub is never left behind.
    """
    directory = path.parent
    if path.is_dir() or (path.is_symlink() and not path.exists()):
        raise CaseFileError(Problem.NOT_A_REGULAR_FILE)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    except OSError as exc:
        raise CaseFileError(os_error_problem(exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_dir(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise CaseFileError(os_error_problem(exc)) from exc
