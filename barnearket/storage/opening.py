"""Creates and unlocks case files, telling a wrong passphrase apart from damaged or foreign files."""

from __future__ import annotations

import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from barnearket.storage import attempts, audit, kdf
from barnearket.storage.casefile import CaseFile, LoggedIn
from barnearket.storage.engine import classify, header_is_plain_sqlite, make_engine, read_salt
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import KeyFile, key_check, read_keyfile, write_keyfile
from barnearket.storage.lock import CaseFileLock
from barnearket.storage.orm.meta import get_meta, set_meta
from barnearket.storage.orm.users import User
from barnearket.storage.revisions import SchemaState, schema_state

UNSURE_RECOVERY = "Gjenopprettingsnøkkelen passer ikke til saksfilen, eller saksfilen er skadet."
LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
FOREIGN_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xd0\xcf\x11\xe0")
# JSON, XML, HTML. A case file's random salt starts like this 1 time in 128, but a case file
# is always whole 4096-byte pages.
TEXT_MAGIC = (b"{", b"<")


def check_login(login: str) -> str:
    """Logins are lowercase letters, digits, dot, dash or underscore (2–64 characters)."""
    if not LOGIN.match(login):
        raise CaseFileError(
            Problem.INVALID,
            "Brukernavnet må ha 2–64 tegn: små bokstaver a–z, tall, punktum, bindestrek eller _.",
        )
    return login


def create_case_file(path: Path, *, login: str, full_name: str, passphrase: str,
                     kdf_params: kdf.KdfParams | None = None) -> CaseFile:
    """Make a new encrypted file with its first user (role admin); the caller shows the key once."""
    check_login(login)
    if path.exists():
        raise CaseFileError(Problem.EXISTS)
    lock = CaseFileLock(path)
    lock.acquire()
    try:
        return _create(path, login, full_name, passphrase, kdf_params or kdf.calibrate(), lock)
    except BaseException:
        lock.release()
        raise


def _create(path: Path, login: str, full_name: str, passphrase: str,
            params: kdf.KdfParams, lock: CaseFileLock) -> CaseFile:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        from barnearket.storage.atomic import os_error_problem
        raise CaseFileError(os_error_problem(exc)) from exc
    file_key, file_id = os.urandom(32), uuid.uuid4().hex
    engine = make_engine(path, file_key)
    from barnearket.storage import migrate  # Alembic loads only to build or upgrade a schema

    with engine.begin() as conn:
        migrate.upgrade(conn)
    keyfile = KeyFile(file_id, read_salt(path), key_check(file_key, file_id), ())
    keyfile, _ = keyfile.with_slot(login, passphrase, file_key, params)
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        user = User(login=login, full_name=full_name, role="admin", active=True, created_at=now)
        session.add(user)
        session.flush()
        set_meta(session, "file_id", file_id)
        set_meta(session, "created_at", now.isoformat())
        set_meta(session, "keyfile", keyfile.to_bytes().decode())
        audit.record(session, actor_id=user.id, action=audit.AuditAction.CREATE_FILE)
        audit.record(session, actor_id=user.id, action=audit.AuditAction.USER_ADD,
                     object_type="user", object_id=user.id, fields=["login", "role"])
        logged_in = LoggedIn(user.id, user.login, user.full_name, user.role)
    write_keyfile(path, keyfile)
    return CaseFile(path, engine, keyfile, file_key, lock, logged_in)


def _precheck(path: Path) -> None:
    if not path.is_file():
        raise CaseFileError(Problem.MISSING)
    if path.stat().st_size < 16 or header_is_plain_sqlite(path):
        raise CaseFileError(Problem.NOT_A_CASE_FILE)


def _read_keys(path: Path, recovery: bool) -> KeyFile | None:
    try:
        return read_keyfile(path)
    except CaseFileError as exc:
        if exc.problem is Problem.KEY_DATA_MISSING:
            with path.open("rb") as handle:
                head = handle.read(4)
            whole_pages = path.stat().st_size % 4096 == 0
            if head.startswith(FOREIGN_MAGIC) or (head.startswith(TEXT_MAGIC) and not whole_pages):
                raise CaseFileError(Problem.NOT_A_CASE_FILE) from None
        if recovery and exc.problem in (Problem.KEY_DATA_MISSING, Problem.KEY_DATA_DAMAGED):
            return None
        raise


def _file_key(path: Path, keyfile: KeyFile | None, login: str | None, passphrase: str | None,
              recovery_key: bytes | None) -> bytes:
    if recovery_key is not None:
        if keyfile is not None and not keyfile.verifies(recovery_key):
            raise CaseFileError(Problem.WRONG_RECOVERY_KEY)
        return recovery_key
    assert keyfile is not None and login is not None and passphrase is not None
    try:
        return keyfile.unwrap(login, passphrase)
    except CaseFileError:
        attempts.note_failure(path, keyfile.login_hash(login))
        raise


def open_case_file(path: Path, *, login: str | None = None, passphrase: str | None = None,
                   recovery_key: bytes | None = None, migrate_older: bool = True) -> CaseFile:
    """Unlock a file with a login and passphrase, or with the recovery key."""
    _precheck(path)
    lock = CaseFileLock(path)
    lock.acquire()
    try:
        keyfile = _read_keys(path, recovery_key is not None)
        if keyfile is not None and keyfile.db_salt != read_salt(path):
            if recovery_key is None:
                raise CaseFileError(Problem.KEY_DATA_MISMATCH)
            keyfile = None  # another file's keys: the recovery key opens it and rebuilds them
        file_key = _file_key(path, keyfile, login, passphrase, recovery_key)
        engine = make_engine(path, file_key)
        try:
            return _finish_open(path, engine, keyfile, file_key, lock, login, migrate_older)
        except CaseFileError as exc:
            engine.dispose()
            if keyfile is None and exc.problem is Problem.DAMAGED:
                raise CaseFileError(Problem.WRONG_RECOVERY_KEY, UNSURE_RECOVERY) from None
            raise
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise


def _finish_open(path: Path, engine: Engine, keyfile: KeyFile | None, file_key: bytes,
                 lock: CaseFileLock, login: str | None, migrate_older: bool) -> CaseFile:
    try:
        with engine.connect() as conn:
            state = schema_state(conn)
            # Every page's HMAC is checked before anything is written, so a damaged file stays untouched.
            if conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall():
                raise CaseFileError(Problem.DAMAGED)
    except DBAPIError as exc:
        raise CaseFileError(classify(exc)) from None
    if state is SchemaState.NEWER:
        raise CaseFileError(Problem.NEWER_VERSION)
    if state is SchemaState.EMPTY:
        raise CaseFileError(Problem.NOT_A_CASE_FILE)
    if state is SchemaState.OLDER and migrate_older:
        from barnearket.storage.upgrade import upgrade_with_backup  # loads Alembic

        upgrade_with_backup(path, engine, file_key)
    try:
        with Session(engine.execution_options(immediate=True)) as session, session.begin():
            keyfile = _reconcile_keys(path, session, keyfile, file_key)
            user = _login_user(session, keyfile, login)
            failures = _report_failures(path, session, keyfile)
            audit.record(session, actor_id=user.id if user else None,
                         action=audit.AuditAction.UNLOCK,
                         fields=[] if user else ["recovery_key"])
    except DBAPIError as exc:
        raise CaseFileError(classify(exc)) from None
    attempts.clear_failures(path)
    return CaseFile(path, engine, keyfile, file_key, lock, user, failures)


def _reconcile_keys(path: Path, session: Session, on_disk: KeyFile | None,
                    file_key: bytes) -> KeyFile:
    """The copy inside the encrypted file wins; a missing or stale key file is rewritten from it."""
    mirror_text = get_meta(session, "keyfile")
    if mirror_text is None:
        raise CaseFileError(Problem.NOT_A_CASE_FILE)
    mirror = KeyFile.from_bytes(mirror_text.encode())
    if not mirror.verifies(file_key):
        raise CaseFileError(Problem.KEY_DATA_MISMATCH)
    if on_disk is None or on_disk.to_bytes() != mirror.to_bytes():
        write_keyfile(path, mirror)
    return mirror


def _login_user(session: Session, keyfile: KeyFile, login: str | None) -> LoggedIn | None:
    if login is None:
        return None
    user = session.scalars(select(User).where(User.login == login.casefold())).first()
    if user is None or not user.active:
        raise CaseFileError(Problem.WRONG_PASSPHRASE)
    return LoggedIn(user.id, user.login, user.full_name, user.role)


def _report_failures(path: Path, session: Session, keyfile: KeyFile) -> list[datetime]:
    failures = attempts.read_failures(path)
    if not failures:
        return []
    ids = {keyfile.login_hash(u.login): u.id for u in session.scalars(select(User))}
    for at, login_hash in failures:
        audit.record(session, actor_id=ids.get(login_hash), action=audit.AuditAction.UNLOCK_FAILED,
                     outcome=audit.Outcome.FAILED, at=at)
    return [at for at, _ in failures]
