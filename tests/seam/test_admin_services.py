"""The administrator's services behind the windows (issue 15: the UI reaches storage only through them):
people's logins, the clean-up after a purge, and a case file's own backup and restore, on both stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from barnearket.domain.roles import Role
from barnearket.files.recoverykey import format_recovery_key
from barnearket.services import backups, logins
from barnearket.services.purge import Scrubbed, clean_up
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.journal import wal_path
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, OpenStore

NEW, NEW_NAME = "ante.ovre", "Ánte Øvre-Ŋuolas"
FIRST, SECOND = "Ántes første lange frase æøå", "Ántes andre lange frase æøå"


def _logs_in(store: OpenStore, login: str, passphrase: str) -> bool:
    """Whether `login` gets in now (Kari steps out meanwhile: a case file opens for one at a time)."""
    store.store.close()
    try:
        open_store(store.location, login=login, passphrase=passphrase).close()
    except CaseFileError as exc:
        # a removed server login has no role left, which the server refuses as it refuses a stranger
        assert exc.problem in (Problem.WRONG_PASSPHRASE, Problem.INVALID), exc.problem
        return False
    finally:
        store.relogin()
    return True


def test_a_person_is_added_given_a_new_passphrase_and_removed(store: OpenStore) -> None:
    with pytest.raises(CaseFileError) as bad:
        logins.check_login("Ánte Øvre")
    assert bad.value.problem is Problem.INVALID and "Brukernavnet" in bad.value.message
    assert logins.check_login(NEW) == NEW
    with store.as_admin() as admin:
        user_id = logins.add_login(admin, NEW, NEW_NAME, Role.SAKSBEHANDLER, FIRST, store.unit_id)
        assert isinstance(user_id, int)
    assert _logs_in(store, NEW, FIRST)
    with store.as_admin() as admin:
        key = logins.new_passphrase(admin, NEW, SECOND)
    if store.kind == "file":  # the file is re-keyed, so there is a new recovery key to show
        assert isinstance(key, bytes) and len(format_recovery_key(key)) == 79
    else:
        assert key is None
    assert not _logs_in(store, NEW, FIRST) and _logs_in(store, NEW, SECOND)
    with store.as_admin() as admin:
        removed = logins.remove_login(admin, NEW)
    assert (removed is not None) == (store.kind == "file")
    assert not _logs_in(store, NEW, SECOND)
    assert _logs_in(store, WORKER, WORKER_PASSPHRASE), "the others still log in"


def test_clean_up_says_how_far_it_got(store: OpenStore) -> None:
    done = clean_up(store.store)
    if store.kind == "file":
        assert done is Scrubbed.CLEARED
        assert store.location.path is not None and wal_path(store.location.path).stat().st_size == 0
    else:  # Kari's login does not own the tables, so the server's autovacuum (or IT) does it
        assert done is Scrubbed.SERVER_LATER


def test_a_server_has_no_backup_of_its_own_here(store: OpenStore, tmp_path: Path) -> None:
    dest = tmp_path / "kopi.barnearket"
    if store.kind == "server":
        with pytest.raises(CaseFileError) as refused:
            backups.take_backup(store.store, dest)
        assert refused.value.problem is Problem.INVALID and "saksfiler" in refused.value.message
        assert not dest.exists()
        return
    with pytest.raises(CaseFileError) as refused:  # Kari is no administrator
        backups.take_backup(store.store, dest)
    assert not dest.exists()
    with store.as_admin() as admin:
        backups.take_backup(admin, dest)
    assert dest.is_file() and backups.key_file_beside(dest).is_file()


@pytest.mark.file_only("a case file's own backup and restore")
def test_a_backup_is_checked_then_restored_as_a_new_file(store: OpenStore, tmp_path: Path) -> None:
    copy, restored, refused = (tmp_path / name for name in ("kopi.barnearket", "tilbake.barnearket",
                                                             "skadet.barnearket"))
    with store.as_admin() as admin:
        backups.take_backup(admin, copy)
    backups.restore_backup(copy, restored, backups.unlock_with(ADMIN_LOGIN, ADMIN_PASSPHRASE))
    open_store(StoreLocation.file(restored), login=WORKER, passphrase=WORKER_PASSPHRASE).close()

    def tampered(path: Path) -> CaseFile:
        opened = backups.unlock_with(ADMIN_LOGIN, ADMIN_PASSPHRASE)(path)
        with opened.engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET fields = 'endret' WHERE seq = 1"))
        return opened

    with pytest.raises(backups.DamagedBackupError) as damaged:
        backups.restore_backup(copy, refused, tampered)
    assert damaged.value.problem is Problem.DAMAGED and damaged.value.findings
    assert "skadet" in damaged.value.message
    assert not refused.exists() and not backups.key_file_beside(refused).exists()
