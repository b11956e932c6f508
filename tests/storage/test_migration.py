"""An older file is migrated after an automatic encrypted backup; the backup still opens as it was."""

from __future__ import annotations

import pytest
from alembic import command

from barnearket.storage import migrate
from barnearket.storage.casefile import CaseFile
from barnearket.storage.engine import PLAIN_SQLITE_HEADER
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

pytestmark = pytest.mark.file_only("a file's backup before its migration; the server's upgrade: tests/server")


def _revision(case_file: CaseFile) -> str | None:
    with case_file.engine.connect() as conn:
        return migrate.current_revision(conn)


def test_older_file_is_backed_up_then_migrated(case_file: CaseFile) -> None:
    with case_file.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0001")
    assert _revision(case_file) == "0001"
    path = case_file.path
    case_file.close()

    upgraded = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert _revision(upgraded) == migrate.head_revision()
        with upgraded.engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "cases" in tables
    finally:
        upgraded.close()

    copies = sorted(path.parent.glob(f"{path.name}.for-oppgradering-*"))
    copies = [c for c in copies if not c.name.endswith(".keys")]
    assert len(copies) == 1
    assert copies[0].read_bytes()[:16] != PLAIN_SQLITE_HEADER
    old = open_case_file(copies[0], login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE, migrate_older=False)
    try:
        assert _revision(old) == "0001"
    finally:
        old.close()
