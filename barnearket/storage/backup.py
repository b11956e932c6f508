"""Encrypted, consistent copies of a case file through SQLite's backup API, and restoring them.

The copy itself is `storage/copying.py`, which the pre-migration copy (`upgrade.py`) uses too.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from barnearket.storage import audit, permissions
from barnearket.storage.casefile import CaseFile
from barnearket.storage.copying import copy_database, copy_into
from barnearket.storage.engine import make_engine
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import access_problem, os_error_problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.newfile import refuse_taken, staged
from barnearket.storage.orm.meta import set_meta


def backup(case_file: CaseFile, dest: Path) -> None:
    """Log the backup, then write the copy (the copy carries its own log row). Administrators only."""
    permissions.require_admin(case_file, audit.AuditAction.BACKUP, "file")
    with case_file.session() as session, session.begin():
        audit.record(session, actor_id=case_file.actor_id, action=audit.AuditAction.BACKUP)
    copy_database(case_file.path, case_file.file_key, case_file.keyfile, dest)


@contextmanager
def restorable(backup_path: Path, dest: Path) -> Iterator[Path]:
    """The backup itself, or, when it sits on read-only media (a locked USB stick, a DVD, a share
    one may only read), a copy beside `dest`: unlocking writes a log row, which the media refuse."""
    only_readable = access_problem(backup_path) in (Problem.READ_ONLY, Problem.NO_ACCESS)
    if not only_readable or not os.access(backup_path, os.R_OK):
        yield backup_path
        return
    refuse_taken(dest)
    copy = dest.with_name(f".{dest.name}.kilde-{secrets.token_hex(4)}")
    try:
        shutil.copyfile(backup_path, copy)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(keyfile_path(backup_path), keyfile_path(copy))
        yield copy
    except OSError as exc:
        raise CaseFileError(os_error_problem(exc)) from exc
    finally:
        for suffix in ("", "-wal", "-shm", ".keys", ".lock", ".attempts"):
            with contextlib.suppress(OSError):
                copy.with_name(copy.name + suffix).unlink()


def restore(backup_file: CaseFile, dest: Path) -> None:
    """Write an opened backup out as a new case file at `dest`, with the restore logged inside.

    The copy is marked and logged before it is renamed into place, so an interruption leaves
    either nothing at `dest` or the complete, marked file.
    """
    permissions.require_admin(backup_file, audit.AuditAction.RESTORE, "file")
    with staged(dest) as partial:
        copy_into(backup_file.path, backup_file.file_key, backup_file.keyfile, partial)
        engine = make_engine(partial, backup_file.file_key)
        try:
            with Session(engine.execution_options(immediate=True)) as session, session.begin():
                audit.record(session, actor_id=backup_file.actor_id, action=audit.AuditAction.RESTORE)
                set_meta(session, "restored_from_backup", "yes")
        finally:
            engine.dispose()
