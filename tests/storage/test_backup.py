"""Backup -> restore round trip (reliability plan C-9, I-1).

The backup is an encrypted copy made through the SQLite backup API that opens with the same logins;
restoring it gives the same rows in every table. The only differences allowed are the audit rows
that opening, backing up and restoring add after the copied log, the audit head that follows them,
the key-file mirror's database salt (each copy has its own), and the "restored" marker.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from barnearket.domain.roles import Role
from barnearket.storage import accounts, backup, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.engine import PLAIN_SQLITE_HEADER, read_salt
from barnearket.storage.keyfile import KeyFile, keyfile_path
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers.canary import find_canaries

pytestmark = pytest.mark.file_only("the file's own backup; the server's: tests/seam/test_server_backup.py")

CANARIES = ["Ŋuolas Čeavrris-Ødegård", "Máret Đuolbma", "13856512345"]
Dump = dict[str, list[tuple[Any, ...]]]


def dump(case_file: CaseFile) -> Dump:
    """Every row of every table, in a stable order."""
    with case_file.engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).scalars().all()
        result = {}
        for table in tables:
            rows = conn.exec_driver_sql(f'SELECT * FROM "{table}"').fetchall()
            result[table] = sorted((tuple(r) for r in rows), key=repr)
        conn.rollback()
    return result


def audit_rows(case_file: CaseFile) -> list[tuple[Any, ...]]:
    """The audit log in sequence order (the action is column 3)."""
    with case_file.engine.connect() as conn:
        rows = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT seq, at, actor_id, action, object_type, object_id, fields, outcome, prev_hash, hash "
            "FROM audit_log ORDER BY seq")]
        conn.rollback()
    return rows


def actions_after(copy: list[tuple[Any, ...]], original: list[tuple[Any, ...]]) -> list[str]:
    """The copy's log must start with the whole original log; returns the actions added after it."""
    assert copy[: len(original)] == original, "the copied audit log differs from the original"
    return [str(row[3]) for row in copy[len(original):]]


def comparable(data: Dump) -> Dump:
    """What must be identical between original and copy."""
    skip = {"audit_log", "audit_head"}
    out = {t: rows for t, rows in data.items() if t not in skip}
    out["meta"] = [r for r in data.get("meta", []) if r[0] not in ("keyfile", "restored_from_backup")]
    return out


def mirror(data: Dump) -> dict[str, Any]:
    """The key-file mirror stored inside the file, without its salt and checksum."""
    (value,) = [r[1] for r in data["meta"] if r[0] == "keyfile"]
    body = json.loads(value)
    return {k: v for k, v in body.items() if k not in ("db_salt", "checksum")}


def test_backup_restore_round_trip_gives_identical_data(case_file: CaseFile, tmp_path: Path) -> None:
    fast = kdf.fast_params_for_tests()
    accounts.add_user(case_file, "kari", "Kari Čeavrris", Role.SAKSBEHANDLER, "karis frase", fast)
    accounts.add_user(case_file, "ola", "Ola Đuolbma", Role.KOORDINATOR, "olas frase", fast)
    accounts.remove_user(case_file, "ola")
    with case_file.session() as session, session.begin():
        session.execute(text("CREATE TABLE prove_sak (id INTEGER PRIMARY KEY, navn TEXT, fnr TEXT, "
                             "data BLOB)"))
        for i in range(200):
            session.execute(text("INSERT INTO prove_sak (navn, fnr, data) VALUES (:n, :f, :d)"),
                            {"n": CANARIES[i % 2], "f": CANARIES[2], "d": bytes([i % 256]) * (i * 37)})
        session.execute(text("DELETE FROM prove_sak WHERE id % 7 = 0"))
    copy_path, restored_path = tmp_path / "kopi.barnearket", tmp_path / "tilbake.barnearket"
    backup.backup(case_file, copy_path)
    original, original_log = dump(case_file), audit_rows(case_file)
    assert original_log[-1][3] == "backup"
    case_file.close()

    for copy in (copy_path, keyfile_path(copy_path)):
        assert find_canaries([copy], CANARIES) == [], copy.name
    assert copy_path.read_bytes()[:16] != PLAIN_SQLITE_HEADER
    assert copy_path.stat().st_mode & 0o077 == 0 and keyfile_path(copy_path).stat().st_mode & 0o077 == 0
    assert read_salt(copy_path) != read_salt(case_file.path), "each copy has its own salt"

    opened = open_case_file(copy_path, login="kari", passphrase="karis frase")
    try:
        assert check_file(opened).ok
        copied = dump(opened)
        assert comparable(copied) == comparable(original)
        assert mirror(copied) == mirror(original)
        assert actions_after(audit_rows(opened), original_log) == ["unlock"]
    finally:
        opened.close()

    source = open_case_file(copy_path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        backup.restore(source, restored_path)
    finally:
        source.close()

    restored = open_case_file(restored_path, login="kari", passphrase="karis frase")
    try:
        assert check_file(restored).ok
        back = dump(restored)
        assert comparable(back) == comparable(original)
        assert mirror(back) == mirror(original)
        assert ("restored_from_backup", "yes") in back["meta"]
        added = actions_after(audit_rows(restored), original_log)
        assert added.count("restore") == 1 and set(added) == {"unlock", "restore"}, added
        keys = KeyFile.from_bytes(keyfile_path(restored_path).read_bytes())
        assert keys.db_salt == read_salt(restored_path)
        assert keys.verifies(restored.file_key)
    finally:
        restored.close()
    for login, passphrase in ((ADMIN_LOGIN, ADMIN_PASSPHRASE), ("kari", "karis frase")):
        open_case_file(restored_path, login=login, passphrase=passphrase).close()
    assert find_canaries([restored_path, keyfile_path(restored_path)], CANARIES) == []


def test_dump_comparison_notices_a_changed_row(case_file: CaseFile, tmp_path: Path) -> None:
    """The comparison is not vacuous: one changed value in the copy is a difference."""
    copy_path = tmp_path / "kopi.barnearket"
    backup.backup(case_file, copy_path)
    original = dump(case_file)
    copy = open_case_file(copy_path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert comparable(dump(copy)) == comparable(original)
        with copy.session() as session, session.begin():
            session.execute(text("UPDATE users SET full_name = 'Endret' WHERE login = 'admin'"))
        assert comparable(dump(copy)) != comparable(original)
    finally:
        copy.close()
