"""Makes sure only one running Barnearket uses a case file at a time.

The lock is an operating-system file lock on `<file>.lock`: the system frees it when the process
ends, however it ends, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import os_error_problem

SUFFIX = ".lock"
ODD_LOCK = (
    "Låsefilen ved siden av saksfilen (samme navn med .lock til slutt) er en mappe eller en "
    "snarvei, ikke en vanlig fil. Be IT fjerne den; saksfilen selv er ikke rørt."
)


def lock_path(case_path: Path) -> Path:
    """The lock file sits beside the case file."""
    return case_path.with_name(case_path.name + SUFFIX)


class CaseFileLock:
    """Holds the exclusive lock on one case file until released."""

    def __init__(self, case_path: Path) -> None:
        self._path = lock_path(case_path)
        self._lock = FileLock(str(lock_path(case_path)), timeout=0, mode=0o600, thread_local=False)

    def acquire(self) -> None:
        """Take the lock or raise IN_USE at once (or say why the lock file cannot be used)."""
        if self._path.is_symlink() or (self._path.exists() and not self._path.is_file()):
            raise CaseFileError(Problem.NOT_A_REGULAR_FILE, ODD_LOCK)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise CaseFileError(Problem.IN_USE) from None
        except OSError as exc:
            problem = os_error_problem(exc)
            if problem is Problem.NOT_A_REGULAR_FILE:
                raise CaseFileError(problem, ODD_LOCK) from None
            raise CaseFileError(problem) from None

    def release(self) -> None:
        """Give the lock back."""
        self._lock.release(force=True)
