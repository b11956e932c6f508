"""Writes whole files so that the target is either the old file or the complete new one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from barnearket.storage.errors import CaseFileError, Problem


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_problem(exc: OSError) -> Problem:
    """Classify an OS error into a known problem with a user-facing message."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Problem.DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem.NO_ACCESS
    if exc.errno == errno.ENOENT:
        return Problem.MISSING
    raise exc


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename it over the target."""
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        _fsync_dir(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise CaseFileError(os_error_problem(exc)) from exc
