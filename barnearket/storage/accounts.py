"""Adds, removes and re-passphrases users.

Adding a user adds one key slot. Removing a user or changing a passphrase gives the file a new file
key (`rekey.rotate`), so no earlier key file with any earlier passphrase opens the file any more;
the new key is returned because it is also the new recovery key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.roles import Role
from barnearket.storage import audit, kdf, permissions, rekey
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import KeyFile, Opened, write_keyfile
from barnearket.storage.opening import check_login
from barnearket.storage.orm.meta import set_meta
from barnearket.storage.orm.users import User


@dataclass(frozen=True)
class UserInfo:
    """What the user list shows."""

    id: int
    login: str
    full_name: str
    role: Role
    active: bool
    has_slot: bool


def _require_admin(case_file: CaseFile, action: audit.AuditAction = audit.AuditAction.VIEW) -> None:
    permissions.require_admin(case_file, action, "user",
                              message="Bare en administrator kan se og endre brukerne.")


def _find(session: Session, login: str) -> User:
    user = session.scalars(select(User).where(User.login == login.casefold())).first()
    if user is None or not user.active:
        raise CaseFileError(Problem.USER_UNKNOWN)
    return user


def _mirror_keys(session: Session, keys: KeyFile) -> None:
    """Mirror inside the file in this transaction; the key file on disk follows after commit."""
    set_meta(session, "keyfile", keys.to_bytes().decode())


def _adopt_keys(case_file: CaseFile, keys: KeyFile) -> None:
    """After the commit: remember the new slots and write the key file beside the case file."""
    case_file.keyfile = keys
    write_keyfile(case_file.path, keys)


def list_users(case_file: CaseFile) -> list[UserInfo]:
    """Every user, active or removed, with whether they hold a key slot (administrators only)."""
    _require_admin(case_file)
    with case_file.read_session() as session:
        users = session.scalars(select(User).order_by(User.login)).all()
        return [UserInfo(u.id, u.login, u.full_name, Role(u.role), u.active,
                         case_file.keyfile.find(u.login) is not None) for u in users]


def add_user(case_file: CaseFile, login: str, full_name: str, role: Role, passphrase: str,
             params: kdf.KdfParams | None = None) -> int:
    """Create a user with a new slot; other slots are untouched."""
    _require_admin(case_file, audit.AuditAction.USER_ADD)
    login = check_login(login)
    with case_file.session() as session, session.begin():
        if session.scalars(select(User).where(User.login == login)).first() is not None:
            raise CaseFileError(Problem.EXISTS, "Det finnes allerede en bruker med det brukernavnet.")
        keys, _ = case_file.keyfile.with_slot(login, passphrase, case_file.file_key,
                                              params or _params_like(case_file))
        user = User(login=login, full_name=full_name, role=str(role), active=True,
                    created_at=datetime.now(UTC))
        session.add(user)
        session.flush()
        _mirror_keys(session, keys)
        audit.record(session, actor_id=case_file.actor_id, action=audit.AuditAction.USER_ADD,
                     object_type="user", object_id=user.id, fields=["login", "full_name", "role"])
        user_id = user.id
    _adopt_keys(case_file, keys)
    return user_id


def remove_user(case_file: CaseFile, login: str) -> bytes:
    """Deactivate the user, delete their slot and re-key the file; returns the new file (recovery) key."""
    _require_admin(case_file, audit.AuditAction.USER_REMOVE)
    with case_file.read_session() as session:
        user = _find(session, login)
        if case_file.user is not None and user.id == case_file.user.id:
            raise CaseFileError(Problem.NOT_ALLOWED, "Du kan ikke fjerne deg selv.")

    def change(session: Session, new_key: bytes, db_salt: bytes) -> KeyFile:
        user = _find(session, login)
        user.active, user.removed_at = False, datetime.now(UTC)
        keys, dropped = case_file.keyfile.without(user.login).rotated(new_key, db_salt)
        _record_rotation(session, case_file, keys, dropped)
        audit.record(session, actor_id=case_file.actor_id, action=audit.AuditAction.USER_REMOVE,
                     object_type="user", object_id=user.id, fields=["active"])
        return keys

    return rekey.rotate(case_file, change)


def change_passphrase(case_file: CaseFile, login: str, passphrase: str,
                      params: kdf.KdfParams | None = None) -> bytes:
    """Give one user a new key pair under a new passphrase and re-key the file; returns the new key.

    Admins may do it for anyone, everyone for themselves.
    """
    own = case_file.user is not None and case_file.user.login == login.casefold()
    if not own:
        _require_admin(case_file, audit.AuditAction.USER_PASSWD)
    with case_file.read_session() as session:
        _find(session, login)
    chosen = params or _params_like(case_file)
    opened: list[Opened] = []

    def change(session: Session, new_key: bytes, db_salt: bytes) -> KeyFile:
        user = _find(session, login)
        keys, dropped = case_file.keyfile.rotated(new_key, db_salt)
        keys, own_slot = keys.with_new_slot(user.login, passphrase, new_key, chosen)
        opened.append(own_slot)
        _record_rotation(session, case_file, keys, dropped)
        audit.record(session, actor_id=case_file.actor_id, action=audit.AuditAction.USER_PASSWD,
                     object_type="user", object_id=user.id, fields=["passphrase"])
        return keys

    new_key = rekey.rotate(case_file, change)
    if own and opened:
        case_file.personal_key = opened[0].personal_key
    return new_key


def _record_rotation(session: Session, case_file: CaseFile, keys: KeyFile, dropped: int) -> None:
    """Mirror the new slots inside the new copy and log the re-keying (and any slots left behind)."""
    _mirror_keys(session, keys)
    audit.record(session, actor_id=case_file.actor_id, action=audit.AuditAction.REKEY,
                 object_type="file", fields=["file_key"] + (["old_slots_dropped"] if dropped else []))


def _params_like(case_file: CaseFile) -> kdf.KdfParams:
    """New slots get the same cost as the file's first slot (calibrated when it was made)."""
    slots = case_file.keyfile.slots
    return slots[0].kdf if slots else kdf.calibrate()
