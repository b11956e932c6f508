"""Encrypted, consistent copies of a database through SQLite's backup API: the one copy primitive.

A copy is never a raw file copy of a live database: the backup API reads a consistent snapshot and
writes it into a new database keyed with the same file key, so every login still works. Backups
(`backup.py`), restores and the copy before a migration (`upgrade.py`) all go through here; it
imports neither of them, so the opening, upgrade and backup modules form no cycle.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from barnearket.storage.engine import connect_raw, read_salt
from barnearket.storage.keyfile import KeyFile, write_keyfile
from barnearket.storage.newfile import staged


def copy_database(source: Path, file_key: bytes, keyfile: KeyFile, dest: Path) -> None:
    """Copy `source` into a new encrypted file `dest` (atomically) with a matching key file."""
    with staged(dest) as partial:
        copy_into(source, file_key, keyfile, partial)


def copy_into(source: Path, file_key: bytes, keyfile: KeyFile, target: Path) -> None:
    """Copy `source` into the new, not yet visible file `target` with its key file beside it."""
    _backup_into(source, file_key, target)
    copy_keys = replace(keyfile, db_salt=read_salt(target))
    _store_mirror(target, file_key, copy_keys)
    write_keyfile(target, copy_keys)
    os.chmod(target, 0o600)


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
