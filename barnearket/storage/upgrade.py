"""Migrates a file written by an older version, after an automatic encrypted backup."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from barnearket.storage import audit, migrate
from barnearket.storage.copying import copy_database
from barnearket.storage.keyfile import read_keyfile


def backup_path_for_upgrade(path: Path) -> Path:
    """Where the pre-migration copy goes: beside the file, stamped with the time (no names)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.for-oppgradering-{stamp}")


def upgrade_with_backup(path: Path, engine: Engine, file_key: bytes) -> Path:
    """Copy the file, then migrate it to the newest schema in one transaction."""
    dest = backup_path_for_upgrade(path)
    copy_database(path, file_key, read_keyfile(path), dest)
    with engine.begin() as conn:
        migrate.upgrade(conn)
    with Session(engine) as session, session.begin():
        audit.record(session, actor_id=None, action=audit.AuditAction.MIGRATE)
    return dest
