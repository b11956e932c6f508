"""Encrypted, consistent copies of a case file through SQLite's backup API, and restoring them.

A copy is never a raw file copy of a live database: the backup API reads a consistent snapshot
and writes it into a new database keyed with the same file key, so every login still works.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from barnearket.storage import audit, permissions
from barnearket.storage.atomic import os_error_problem
from barnearket.storage.casefile import CaseFile
from barnearket.storage.engine import connect_raw, read_salt
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import KeyFile, keyfile_path, write_keyfile
from barnearket.storage.orm.meta import set_meta


def copy_database(source: Path, file_key: bytes, keyfile: KeyFile, dest: Path) -> None:
    """Copy `source` into a new encrypted file `dest` (atomically) with a matching key file."""
    if dest.exists() or keyfile_path(dest).exists():
        raise CaseFileError(Problem.EXISTS)
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _backup_into(source, file_key, tmp)
        copy_keys = replace(keyfile, db_salt=read_salt(tmp))
        _store_mirror(tmp, file_key, copy_keys)
        write_keyfile(dest, copy_keys)
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
    except OSError as exc:
        raise CaseFileError(os_error_problem(exc)) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _backup_into(source: Path, file_key: bytes, target: Path) -> None:
    src = connect_raw(source, file_key)
    try:
        dst = connect_raw(target, file_key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            dst.close()
    finally:
        src.close()


def _store_mirror(target: Path, file_key: bytes, keys: KeyFile) -> None:
    """The copy's key-file mirror must name the copy's own salt."""
    con = connect_raw(target, file_key)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE meta SET value = ? WHERE key = 'keyfile'", (keys.to_bytes().decode(),))
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def backup(case_file: CaseFile, dest: Path) -> None:
    """Log the backup, then write the copy (the copy carries its own log row). Administrators only."""
    permissions.require_admin(case_file, audit.AuditAction.BACKUP, "file")
    with case_file.session() as session, session.begin():
        audit.record(session, actor_id=case_file.actor_id, action=audit.AuditAction.BACKUP)
    copy_database(case_file.path, case_file.file_key, case_file.keyfile, dest)


def restore(backup_file: CaseFile, dest: Path) -> None:
    """Write an opened backup out as a new case file at `dest` and log the restore there (admins only)."""
    permissions.require_admin(backup_file, audit.AuditAction.RESTORE, "file")
    copy_database(backup_file.path, backup_file.file_key, backup_file.keyfile, dest)
    from barnearket.storage.opening import open_case_file
    restored = open_case_file(dest, recovery_key=backup_file.file_key)
    try:
        with restored.session() as session, session.begin():
            audit.record(session, actor_id=backup_file.actor_id, action=audit.AuditAction.RESTORE)
            set_meta(session, "restored_from_backup", "yes")
    finally:
        restored.close()
