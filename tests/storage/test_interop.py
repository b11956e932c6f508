"""An independent SQLCipher 4 implementation opens the file with the recovery key alone.

SQLite3 Multiple Ciphers (PyPI `apsw-sqlite3mc`) in its SQLCipher 4 mode reads the database
with the raw key written down from the recovery key; nothing of Barnearket's own code is used on
that side. Plain SQLite (which silently ignores a key) cannot read it, and neither can a wrong key.
The recovery key as printed by `barnearket init` (and opening with it through
`--recovery-key-stdin` and through sqlite3mc) is checked in tests/cli/test_admin_cli.py, which
already pays for one `init`.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import apsw
import pytest

from barnearket.files.recoverykey import format_recovery_key, parse_recovery_key
from barnearket.storage.casefile import CaseFile
from barnearket.storage.keyfile import keyfile_path

pytestmark = pytest.mark.file_only("SQLCipher clients reading the file")

RECOVERY_KEY = re.compile(r"^(?:[0-9A-F]{4}-){15}[0-9A-F]{4}$")


def sqlite3mc_open(path: Path, raw_key_hex: str | None) -> apsw.Connection:
    """Open read-only in SQLCipher 4 mode; `raw_key_hex` is given as a raw key (no KDF)."""
    con = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    if raw_key_hex is not None:
        con.execute("PRAGMA cipher = 'sqlcipher'")
        con.execute("PRAGMA legacy = 4")
        con.execute(f"PRAGMA key = \"x'{raw_key_hex}'\"")  # x'..' = raw key, no key derivation
    return con


def _closed_copy(case_file: CaseFile, dest: Path) -> Path:
    """Close the file cleanly and copy it (and its key file) where nothing else holds it."""
    case_file.close()
    dest.mkdir()
    target = dest / case_file.path.name
    shutil.copy2(case_file.path, target)
    shutil.copy2(keyfile_path(case_file.path), keyfile_path(target))
    return target


def test_sqlite3mc_reads_sqlite_master_with_the_recovery_key(case_file: CaseFile, tmp_path: Path) -> None:
    written_down = format_recovery_key(case_file.file_key)
    assert RECOVERY_KEY.match(written_down), written_down
    raw = parse_recovery_key(written_down.lower().replace("-", " "))
    assert raw == case_file.file_key
    path = _closed_copy(case_file, tmp_path / "kopi")

    con = sqlite3mc_open(path, raw.hex())
    try:
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"meta", "users", "audit_log", "audit_head", "alembic_version"} <= tables
        (cipher,) = next(iter(con.execute("PRAGMA cipher")))
        assert cipher == "sqlcipher"
        logins = [login for (login,) in con.execute("SELECT login FROM users")]
        assert logins == ["admin"]
        assert [r for r in con.execute("PRAGMA quick_check")] == [("ok",)]
    finally:
        con.close()


def test_plain_sqlite_and_a_wrong_key_cannot_read_it(case_file: CaseFile, tmp_path: Path) -> None:
    path = _closed_copy(case_file, tmp_path / "kopi")
    for key in (None, os.urandom(32).hex()):
        con = sqlite3mc_open(path, key)
        try:
            with pytest.raises(apsw.NotADBError):
                list(con.execute("SELECT name FROM sqlite_master"))
        finally:
            con.close()
