"""Creates and unlocks case files, telling a wrong passphrase apart from damaged or foreign files."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from barnearket.storage import attempts, audit, journal, kdf, rekey, witness
from barnearket.storage.casefile import CaseFile, LoggedIn
from barnearket.storage.engine import classify, diagnose, header_is_plain_sqlite, make_engine, read_salt
from barnearket.storage.errors import CaseFileError, JournalDamagedError, Problem
from barnearket.storage.faults import access_problem
from barnearket.storage.keyfile import KeyFile, Opened, key_check, read_keyfile, write_keyfile
from barnearket.storage.lock import CaseFileLock
from barnearket.storage.newfile import finish_pending_keys, refuse_taken, staged
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
                     kdf_params: kdf.KdfParams | None = None,
                     fill: Callable[[CaseFile], None] | None = None) -> CaseFile:
    """Make a new encrypted file with its first user (role admin); the caller shows the key once.

    The file is built (and filled by `fill`, e.g. with demo cases) under a hidden name beside
    `path` and renamed into place only when complete, so an interruption leaves no stub.
    """
    check_login(login)
    refuse_taken(path)
    lock = CaseFileLock(path)
    lock.acquire()
    try:
        params = kdf_params or kdf.calibrate()
        with staged(path) as partial:
            built = _create(partial, login, full_name, passphrase, params, lock)
            try:
                if fill is not None:
                    fill(built)
            finally:
                built.engine.dispose()
        return replace(built, path=path, engine=make_engine(path, built.file_key))
    except BaseException:
        lock.release()
        raise


def _create(path: Path, login: str, full_name: str, passphrase: str,
            params: kdf.KdfParams, lock: CaseFileLock) -> CaseFile:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    file_key, file_id = os.urandom(32), uuid.uuid4().hex
    engine = make_engine(path, file_key)
    try:
        return _first_content(path, engine, file_key, file_id, login, full_name, passphrase, params, lock)
    except BaseException:
        engine.dispose()
        raise


def _first_content(path: Path, engine: Engine, file_key: bytes, file_id: str, login: str,
                   full_name: str, passphrase: str, params: kdf.KdfParams,
                   lock: CaseFileLock) -> CaseFile:
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
    if not path.exists() and not path.is_symlink():
        raise CaseFileError(Problem.MISSING)
    problem = access_problem(path)  # checked before anything is blamed on the file
    if problem is not None:
        raise CaseFileError(problem)
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
              recovery_key: bytes | None) -> tuple[bytes, Opened | None]:
    if recovery_key is not None:
        if keyfile is not None and not keyfile.verifies(recovery_key):
            raise CaseFileError(Problem.WRONG_RECOVERY_KEY)
        return recovery_key, None
    assert keyfile is not None and login is not None and passphrase is not None
    try:
        opened = keyfile.open(login, passphrase)
    except CaseFileError as exc:
        if exc.problem is Problem.WRONG_PASSPHRASE:
            attempts.note_failure(path, keyfile.login_hash(login))
        raise
    return opened.file_key, opened


def open_case_file(path: Path, *, login: str | None = None, passphrase: str | None = None,
                   recovery_key: bytes | None = None, migrate_older: bool = True,
                   accept_journal_loss: bool = False,
                   readable: Callable[[CaseFile], object] | None = None) -> CaseFile:
    """Unlock a file with a login and passphrase, or with the recovery key.

    A write-ahead log that would drop committed transactions is copied aside first and refused
    (JournalDamagedError) unless `accept_journal_loss`: then the file opens without them.

    `readable`, if given, is called on this thread with the CaseFile (the very object returned
    later) as soon as a current file can be read, before the integrity check over every page: the
    workspace can read its lists meanwhile (SQLCipher checks each page it reads anyway), while the
    file gives no writing session until the check has passed, and none if it failed (`refuse`).
    """
    _precheck(path)
    lock = CaseFileLock(path)
    lock.acquire()
    handed_out: list[CaseFile] = []

    def hand_out(case_file: CaseFile) -> None:
        handed_out.append(case_file)
        if readable is not None:
            readable(case_file)

    try:
        rekey.finish_interrupted(path)
        finish_pending_keys(path, read_salt(path))
        keyfile = _read_keys(path, recovery_key is not None)
        if keyfile is not None and keyfile.db_salt != read_salt(path):
            if recovery_key is None:
                raise CaseFileError(Problem.KEY_DATA_MISMATCH)
            keyfile = None  # another file's keys: the recovery key opens it and rebuilds them
        file_key, opened = _file_key(path, keyfile, login, passphrase, recovery_key)
        lost = _check_journal(path, accept_journal_loss)
        engine = make_engine(path, file_key)
        try:
            case_file = _finish_open(path, engine, keyfile, file_key, lock, login, migrate_older, lost,
                                     hand_out if readable is not None else None)
            if opened is not None and passphrase is not None:
                try:
                    _after_login(case_file, opened, passphrase)
                except DBAPIError as exc:
                    raise CaseFileError(classify(exc)) from None
            return case_file
        except CaseFileError as exc:
            engine.dispose()
            if keyfile is None and exc.problem is Problem.DAMAGED:
                raise CaseFileError(Problem.WRONG_RECOVERY_KEY, UNSURE_RECOVERY) from None
            raise
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        for case_file in handed_out:
            case_file.refuse()
        lock.release()
        raise


def _check_journal(path: Path, accept_loss: bool) -> bool:
    """Before SQLite replays a hot log: copy it aside and refuse if it would drop committed work."""
    report = journal.inspect(path)
    if not report.loses_data:
        return False
    from barnearket.storage.quarantine import quarantine
    folder = quarantine(path)
    if not accept_loss:
        raise JournalDamagedError(report.dropped_commits, folder, at_least=report.cut_short)
    return True


def _finish_open(path: Path, engine: Engine, keyfile: KeyFile | None, file_key: bytes,
                 lock: CaseFileLock, login: str | None, migrate_older: bool,
                 journal_lost: bool = False,
                 readable: Callable[[CaseFile], object] | None = None) -> CaseFile:
    early: list[CaseFile] = []
    try:
        with engine.connect() as conn:
            if journal_lost:
                # The unreadable frames go now, so a later crash cannot make them look current again.
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            state = schema_state(conn)
            if readable is not None and keyfile is not None and state is SchemaState.CURRENT:
                early += _readable_early(engine, keyfile, file_key, lock, path, login)
                for case_file in early:
                    readable(case_file)
            # Every page's HMAC is checked before anything is written, so a damaged file stays untouched.
            if conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall():
                raise CaseFileError(Problem.DAMAGED)
    except DBAPIError as exc:
        raise CaseFileError(diagnose(exc, path)) from None
    for case_file in early:
        case_file.verified()  # every page checked: the writes below (and the workspace's) may begin
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
                         fields=([] if user else ["recovery_key"])
                         + (["journal_dropped"] if journal_lost else []))
    except DBAPIError as exc:
        raise CaseFileError(diagnose(exc, path)) from None
    attempts.clear_failures(path)
    if not early:
        return CaseFile(path, engine, keyfile, file_key, lock, user, failures)
    early[0].keyfile, early[0].user, early[0].failed_attempts = keyfile, user, failures
    return early[0]


def _readable_early(engine: Engine, keyfile: KeyFile, file_key: bytes, lock: CaseFileLock, path: Path,
                    login: str | None) -> list[CaseFile]:
    """The file for reading only, with the person who logged in (none: open the ordinary way)."""
    with Session(engine) as session:
        user = _login_user(session, keyfile, login)
    if user is None:
        return []
    early = CaseFile(path, engine, keyfile, file_key, lock, user)
    early.awaiting_check()
    return [early]


def _after_login(case_file: CaseFile, opened: Opened, passphrase: str) -> None:
    """Check the person's witness, upgrade a cheap or old slot, and remember the head they saw."""
    user = case_file.user
    assert user is not None
    folder = witness.folder_for(case_file.path, case_file.keyfile.db_salt)
    case_file.personal_key = opened.personal_key
    with case_file.session() as session, session.begin():
        seen = witness.recall(folder, case_file.keyfile, user.login, opened.personal_key)
        findings = witness.findings_for(session, seen, audit.verify(session))
        if findings:
            audit.record(session, actor_id=user.id, action=audit.AuditAction.AUDIT_ALARM,
                         object_type="audit_log", object_id=seen.head.seq if seen else None,
                         outcome=audit.Outcome.FAILED)
        keys = _upgraded_slot(session, case_file, opened, passphrase)
        head = witness.current_head(session)
    case_file.audit_findings = findings
    if keys is not None:
        case_file.keyfile = keys
        write_keyfile(case_file.path, keys)
    if head is not None:
        witness.remember(folder, case_file.keyfile, user.login, case_file.personal_key, head)


def _upgraded_slot(session: Session, case_file: CaseFile, opened: Opened,
                   passphrase: str) -> KeyFile | None:
    """A format-1 slot, or one that derives in under 250 ms, gets a new key pair and fresh costs.

    Logged as `kdf_upgrade`. Test-grade slots (below 64 MiB) only ever come from test code.
    """
    slot, user = opened.slot, case_file.user
    assert user is not None
    # Demo files (marked "demo", passphrase "demo") are made cheap on purpose and are not upgraded.
    too_cheap = (not slot.kdf.test_grade and opened.derive_s < kdf.UPGRADE_BELOW_S
                 and get_meta(session, "demo") != "yes")
    if not (slot.legacy or too_cheap):
        return None
    params = kdf.calibrate() if too_cheap or not slot.kdf.test_grade else slot.kdf
    keys, fresh = case_file.keyfile.with_new_slot(user.login, passphrase, case_file.file_key, params)
    set_meta(session, "keyfile", keys.to_bytes().decode())
    audit.record(session, actor_id=user.id, action=audit.AuditAction.KDF_UPGRADE,
                 object_type="user", object_id=user.id, fields=["key_slot"])
    case_file.personal_key = fresh.personal_key
    return keys


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
