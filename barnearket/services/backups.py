"""A case file's own backup and its restore, the same for the window and the command line.

The copy is `storage/backup.py`; this is the use case around it: the store must be a case file, a
restore opens the backup with a login that was valid when it was taken, checks it end to end and
writes it out as a new file, and a backup on media that may only be read is copied first. A server's
backup is `services/serverbackup.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from barnearket.storage import backup
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.store import Store, file_only

Unlock = Callable[[Path], CaseFile]
"""Opens the backup at the path given with someone's login (the window's fields, the CLI's prompt)."""
DAMAGED = "Sikkerhetskopien er skadet; ingenting er gjort."


class DamagedBackupError(CaseFileError):
    """The backup failed its check, so nothing was restored; `findings` say what was wrong."""

    def __init__(self, findings: list[str]) -> None:
        super().__init__(Problem.DAMAGED, DAMAGED)
        self.findings = findings


def key_file_beside(case_path: Path) -> Path:
    """Where the key file of the case file at `case_path` lies (a backup has one too)."""
    return keyfile_path(case_path)


def take_backup(store: Store, dest: Path) -> None:
    """Write an encrypted copy of the open case file to `dest`, logged in it (administrators only)."""
    backup.backup(file_only(store), dest)


def unlock_with(login: str, passphrase: str) -> Unlock:
    """An `Unlock` for a login and passphrase typed into a window."""
    from barnearket.storage.opening import open_case_file

    return lambda path: open_case_file(path, login=login, passphrase=passphrase)


def restore_backup(backup_path: Path, dest: Path, unlock: Unlock) -> None:
    """Open the backup, check it, and write it out as a new case file at `dest`; a damaged backup
    raises `DamagedBackupError` and leaves nothing at `dest`."""
    with backup.restorable(backup_path, dest) as readable:
        source = unlock(readable)
        try:
            result = check_file(source)
            if not result.ok:
                raise DamagedBackupError(result.findings)
            backup.restore(source, dest)
        finally:
            source.close()
