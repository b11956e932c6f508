"""The case file: encrypted at rest, wrong passphrase vs damage, users and their key slots."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.domain.roles import Role
from barnearket.storage import accounts, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.engine import PLAIN_SQLITE_HEADER
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path, read_keyfile
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

pytestmark = pytest.mark.file_only("the file's header, key slots, lock and recovery key")


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_header_is_not_plain_sqlite_and_cipher_is_sqlcipher4(case_file: CaseFile) -> None:
    assert case_file.path.read_bytes()[:16] != PLAIN_SQLITE_HEADER
    with case_file.engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar_one()
        assert str(version).startswith("4.")
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2


def test_new_files_are_owner_only(case_file: CaseFile) -> None:
    for path in (case_file.path, keyfile_path(case_file.path)):
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_wrong_passphrase_ten_times_leaves_file_untouched(case_file: CaseFile) -> None:
    path = case_file.path
    case_file.close()
    before = _fingerprint(path)
    messages = set()
    for attempt in range(10):
        with pytest.raises(CaseFileError) as err:
            open_case_file(path, login=ADMIN_LOGIN, passphrase=f"feil {attempt}")
        assert err.value.problem is Problem.WRONG_PASSPHRASE
        messages.add(err.value.message)
    assert len(messages) == 1
    assert _fingerprint(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    reopened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert len(reopened.failed_attempts) == 10
        with reopened.read_session() as session:
            failed = session.scalars(select(AuditEntry).where(AuditEntry.action == "unlock_failed")).all()
        assert len(failed) == 10 and all(e.actor_id == reopened.actor_id for e in failed)
    finally:
        reopened.close()
    again = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert again.failed_attempts == []
    again.close()


def test_unknown_login_gets_the_same_message_as_a_wrong_passphrase(case_file: CaseFile) -> None:
    case_file.close()
    with pytest.raises(CaseFileError) as err:
        open_case_file(case_file.path, login="finnesikke", passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.WRONG_PASSPHRASE


def test_second_instance_is_refused(case_file: CaseFile) -> None:
    with pytest.raises(CaseFileError) as err:
        open_case_file(case_file.path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.IN_USE
    assert "allerede åpen" in err.value.message


def test_users_have_independent_slots(case_file: CaseFile) -> None:
    fast = kdf.fast_params_for_tests()
    accounts.add_user(case_file, "kari", "Kari Čeavrris", Role.SAKSBEHANDLER, "karis frase", fast)
    admin_slot = case_file.keyfile.find(ADMIN_LOGIN)
    accounts.add_user(case_file, "ola", "Ola Ŋuolas", Role.KOORDINATOR, "olas frase", fast)
    accounts.change_passphrase(case_file, "kari", "karis nye frase", fast)
    # The admin's passphrase-protected part stays; only the sealed file key is new.
    after = case_file.keyfile.find(ADMIN_LOGIN)
    assert after is not None and admin_slot is not None
    assert (after.id, after.public_key, after.wrapped) == (admin_slot.id, admin_slot.public_key,
                                                           admin_slot.wrapped)
    assert after.envelope != admin_slot.envelope
    accounts.remove_user(case_file, "ola")
    path = case_file.path
    case_file.close()
    with pytest.raises(CaseFileError):
        open_case_file(path, login="ola", passphrase="olas frase")
    with pytest.raises(CaseFileError):
        open_case_file(path, login="kari", passphrase="karis frase")
    kari = open_case_file(path, login="kari", passphrase="karis nye frase")
    assert kari.user is not None and kari.user.role == "saksbehandler"
    with pytest.raises(CaseFileError) as err:
        accounts.add_user(kari, "per", "Per Åsheim", Role.ADMIN, "pers frase", fast)
    assert err.value.problem is Problem.NOT_ALLOWED
    kari.close()


def test_removed_user_cannot_use_an_old_copy_of_the_key_file(case_file: CaseFile) -> None:
    fast = kdf.fast_params_for_tests()
    accounts.add_user(case_file, "ola", "Ola Ŋuolas", Role.SAKSBEHANDLER, "olas frase", fast)
    old_keys = keyfile_path(case_file.path).read_bytes()
    new_key = accounts.remove_user(case_file, "ola")
    path = case_file.path
    case_file.close()
    keyfile_path(path).write_bytes(old_keys)
    with pytest.raises(CaseFileError) as err:
        open_case_file(path, login="ola", passphrase="olas frase")
    # The file was re-keyed: the old key file belongs to a database that no longer exists.
    assert err.value.problem is Problem.KEY_DATA_MISMATCH
    # The new recovery key (returned by the removal) opens the file and rewrites its key file.
    open_case_file(path, recovery_key=new_key).close()
    assert read_keyfile(path).find("ola") is None
    assert read_keyfile(path).find(ADMIN_LOGIN) is not None


def test_recovery_key_opens_and_rebuilds_a_lost_key_file(case_file: CaseFile) -> None:
    key, path = case_file.file_key, case_file.path
    case_file.close()
    keyfile_path(path).unlink()
    with pytest.raises(CaseFileError) as err:
        open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.KEY_DATA_MISSING
    with pytest.raises(CaseFileError) as err:
        open_case_file(path, recovery_key=os.urandom(32))
    assert err.value.problem is Problem.WRONG_RECOVERY_KEY
    recovered = open_case_file(path, recovery_key=key)
    assert recovered.user is None
    recovered.close()
    assert keyfile_path(path).exists()
    open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()


def test_wrong_recovery_key_is_named_when_the_key_file_is_there(case_file: CaseFile) -> None:
    case_file.close()
    with pytest.raises(CaseFileError) as err:
        open_case_file(case_file.path, recovery_key=os.urandom(32))
    assert err.value.problem is Problem.WRONG_RECOVERY_KEY


def test_damaged_key_file_is_not_called_a_wrong_passphrase(case_file: CaseFile) -> None:
    case_file.close()
    path = keyfile_path(case_file.path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(CaseFileError) as err:
        open_case_file(case_file.path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.KEY_DATA_DAMAGED


def test_newer_file_is_refused(case_file: CaseFile) -> None:
    with case_file.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_fremtid'")
    case_file.close()
    with pytest.raises(CaseFileError) as err:
        open_case_file(case_file.path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.NEWER_VERSION
    assert "nyere versjon" in err.value.message


def test_plain_sqlite_file_is_not_a_case_file(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "vanlig.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(CaseFileError) as err:
        open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.NOT_A_CASE_FILE
