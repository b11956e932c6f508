"""Tells faults of the surroundings (full disk, read-only media, no access, odd file types) apart
from damage, so that a healthy case file is never called damaged and no restore is ever suggested
for a disk that is merely full."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from barnearket.storage.errors import Problem

# Below this much free space a failed write is blamed on the disk, never on the file: a unit of work
# needs room for its WAL frames, the shared-memory index (32 KiB) and a key file written beside.
LOW_SPACE_BYTES = 2 * 1024 * 1024
SURROUNDINGS = frozenset({Problem.DISK_FULL, Problem.READ_ONLY, Problem.NO_ACCESS,
                          Problem.NOT_A_REGULAR_FILE, Problem.MISSING, Problem.IO_ERROR})
_ERRNO_PROBLEMS = {
    errno.ENOSPC: Problem.DISK_FULL, errno.EDQUOT: Problem.DISK_FULL, errno.EFBIG: Problem.DISK_FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.NO_ACCESS, errno.EPERM: Problem.NO_ACCESS,
    errno.ENOENT: Problem.MISSING,
    errno.EISDIR: Problem.NOT_A_REGULAR_FILE, errno.ENOTDIR: Problem.NOT_A_REGULAR_FILE,
    errno.ELOOP: Problem.NOT_A_REGULAR_FILE, errno.ENXIO: Problem.NOT_A_REGULAR_FILE,
    errno.EEXIST: Problem.EXISTS,
}


def os_error_problem(exc: OSError) -> Problem:
    """Name an operating-system error for what it is; anything unknown is an input/output error."""
    return _ERRNO_PROBLEMS.get(exc.errno or 0, Problem.IO_ERROR)


def free_bytes(folder: Path) -> int | None:
    """Bytes an ordinary user may still write in `folder`'s file system (None if unknown)."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return stat.f_bavail * stat.f_frsize


def is_read_only(folder: Path) -> bool:
    """Whether `folder`'s file system is mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def access_problem(path: Path) -> Problem | None:
    """What stops the program reading and writing `path` (which may not exist yet) in its folder."""
    folder = path.parent
    if not folder.is_dir():
        return Problem.MISSING
    if path.is_symlink() and not path.exists():
        return Problem.NOT_A_REGULAR_FILE
    if path.exists() and not path.is_file():
        return Problem.NOT_A_REGULAR_FILE
    if is_read_only(folder):
        return Problem.READ_ONLY
    if not os.access(folder, os.W_OK | os.X_OK):
        return Problem.NO_ACCESS
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return Problem.NO_ACCESS
    return None


def surroundings_problem(path: Path) -> Problem | None:
    """Everything outside the file's content that can make work on it fail, or None."""
    problem = access_problem(path)
    if problem is not None:
        return problem
    free = free_bytes(path.parent)
    if free is not None and free < LOW_SPACE_BYTES:
        return Problem.DISK_FULL
    return None


def blame(problem: Problem, path: Path) -> Problem:
    """Before a failure is blamed on the file (damaged, unreadable), rule out its surroundings."""
    if problem in (Problem.DAMAGED, Problem.IO_ERROR, Problem.NO_ACCESS, Problem.NOT_A_CASE_FILE):
        return surroundings_problem(path) or problem
    return problem
