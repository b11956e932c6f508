"""Writes audit rows in the caller's transaction and verifies the hash chain that links them."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from barnearket.storage.orm.audit import AuditEntry, AuditHead

GENESIS = "0" * 64
# On PostgreSQL a row is written with a temporary negative number; at commit a deferred trigger
# (server/roles.py) takes this transaction-scoped advisory lock, gives the row the next number, links
# and hashes it as `_link_values` does, and advances the head. No person may UPDATE the audit tables.
CHAIN_LOCK = 0x62617264  # "bard"
_NAME = re.compile(r"^[a-z][a-z0-9_.]{0,59}$")


class AuditAction(StrEnum):
    """Everything the log records. Values are stable identifiers stored in the file."""

    CREATE_FILE = "create_file"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    SEARCH = "search"
    EXPORT = "export"
    IMPORT = "import"
    PRINT = "print"
    PDF = "pdf"
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"
    USER_ADD = "user_add"
    USER_REMOVE = "user_remove"
    USER_PASSWD = "user_passwd"
    SETTINGS = "settings"
    CHECK = "check"
    PURGE = "purge"
    REKEY = "rekey"
    AUDIT_ALARM = "audit_alarm"
    KDF_UPGRADE = "kdf_upgrade"
    CHECKOUT = "checkout"
    CHECKIN = "checkin"
    CHECKOUT_RELEASE = "checkout_release"


class Outcome(StrEnum):
    """How the recorded action ended."""

    OK = "ok"
    FAILED = "failed"
    DENIED = "denied"


def _check_name(value: str, what: str) -> str:
    if not _NAME.match(value):
        raise ValueError(f"audit {what} must be an identifier, got {len(value)} characters")
    return value


def _link(entry: AuditEntry) -> str:
    """Hash of the row's content together with the previous link."""
    return _link_values(entry.seq, entry.at, entry.actor_id, entry.action, entry.object_type,
                        entry.object_id, entry.fields, entry.outcome, entry.prev_hash)


def _link_values(seq: int, at_time: datetime, actor_id: int | None, action: str, object_type: str | None,
                 object_id: int | None, fields: str, outcome: str, prev_hash: str) -> str:
    at = at_time.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    payload = [seq, at, actor_id, action, object_type, object_id, fields, outcome, prev_hash]
    data = json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode()
    return hashlib.sha256(data).hexdigest()


def record(
    session: Session,
    *,
    actor_id: int | None,
    action: AuditAction,
    object_type: str | None = None,
    object_id: int | None = None,
    fields: Iterable[str] = (),
    outcome: Outcome = Outcome.OK,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one row to the log inside the caller's transaction (committed with the change)."""
    names = sorted({_check_name(f, "field") for f in fields})
    if object_type is not None:
        _check_name(object_type, "object type")
    if session.get_bind().dialect.name == "postgresql":
        return _record_on_server(session, AuditEntry(
            seq=0, at=at or datetime.now(UTC), actor_id=actor_id, action=str(action), object_type=object_type,
            object_id=object_id, fields=",".join(names), outcome=str(outcome), prev_hash="", hash=""))
    head = session.get(AuditHead, 1)
    seq, prev = _file_head(session, head)
    entry = AuditEntry(
        seq=seq, at=at or datetime.now(UTC), actor_id=actor_id, action=str(action),
        object_type=object_type, object_id=object_id, fields=",".join(names),
        outcome=str(outcome), prev_hash=prev, hash="",
    )
    entry.hash = _link(entry)
    session.add(entry)
    if head is None:
        session.add(AuditHead(id=1, seq=seq, hash=entry.hash))
    else:
        head.seq, head.hash = seq, entry.hash
    session.flush()
    return entry


def record_each(session: Session, *, actor_id: int | None, action: AuditAction, object_type: str,
                object_ids: Sequence[int], fields: Sequence[Iterable[str]] | None = None,
                at: datetime | None = None) -> None:
    """One row per object, as `record` would append them one by one; on the server in one statement
    (an import or a move logs every case it wrote: a round trip and a flush each was a fifth of the
    move's time in Python)."""
    if session.get_bind().dialect.name != "postgresql":
        for n, object_id in enumerate(object_ids):
            record(session, actor_id=actor_id, action=action, object_type=object_type, object_id=object_id,
                   fields=fields[n] if fields else (), at=at)
        return
    _check_name(object_type, "object type")
    when = at or datetime.now(UTC)
    rows = [{"at": when, "actor_id": actor_id, "action": str(action), "object_type": object_type,
             "object_id": object_id, "outcome": str(Outcome.OK), "prev_hash": "", "hash": "",
             "fields": ",".join(sorted({_check_name(f, "field") for f in (fields[n] if fields else ())}))}
            for n, object_id in enumerate(object_ids)]
    if rows:
        session.execute(_SERVER_INSERT, rows)


def _file_head(session: Session, head: AuditHead | None) -> tuple[int, str]:
    seq, prev = (head.seq + 1, head.hash) if head else (1, GENESIS)
    # Rows past the head exist only if someone tampered with the log: append after them, so the
    # file still opens and verify() reports the tampering instead of the insert failing.
    return max(seq, (session.scalar(select(func.max(AuditEntry.seq))) or 0) + 1), prev


_PENDING = func.nextval("barnearket_audit_pending")
_SERVER_INSERT = insert(cast(Table, AuditEntry.__table__)).values(seq=-_PENDING)
"""Numbered in the INSERT itself; a Core insert, since the ORM's flush of a row nobody reloads (its
number changes at commit) was a third of a save's CPU in Python."""


def _record_on_server(session: Session, entry: AuditEntry) -> AuditEntry:
    """Insert with a temporary number; the server numbers, links and hashes it at commit. The pending
    changes are flushed first (the session's autoflush), as before."""
    session.execute(_SERVER_INSERT, {
        "at": entry.at, "actor_id": entry.actor_id, "action": entry.action, "object_type": entry.object_type,
        "object_id": entry.object_id, "fields": entry.fields, "outcome": entry.outcome, "prev_hash": "",
        "hash": ""})
    return entry


@dataclass
class ChainReport:
    """The result of verifying the chain: rows read and the sequence numbers that broke it."""

    rows: int = 0
    broken: list[int] = field(default_factory=list)
    head_mismatch: bool = False

    @property
    def ok(self) -> bool:
        """True when every link holds and the head matches the last row."""
        return not self.broken and not self.head_mismatch


def iter_entries(session: Session, batch: int = 2000) -> Iterator[AuditEntry]:
    """Stream the log in sequence order without loading it all at once."""
    stmt = select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=batch)
    yield from session.scalars(stmt)


def _at_text(raw: object) -> str:
    """The stored time as `_link_values` formats it, read straight from SQLite's text."""
    if isinstance(raw, str) and len(raw) == 26 and raw[10] == " ":  # SQLAlchemy's own format
        return f"{raw[:10]}T{raw[11:]}"
    stamp = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return stamp.replace(tzinfo=None).isoformat(timespec="microseconds")


_WALK = ("SELECT seq, at, actor_id, action, object_type, object_id, fields, outcome, prev_hash, hash "
         "FROM audit_log {where}ORDER BY seq")
# On the server, rows this transaction wrote keep their temporary negative number until commit links
# them: they are not in the chain yet, so the walk leaves them out (a file never has such rows).
_LINKED_ONLY = "WHERE seq > 0 "


def verify(session: Session) -> ChainReport:
    """Walk the log and report every row whose link, position or content does not fit.

    Every unlock walks the whole log, so this reads the driver's plain rows (no ORM objects, no
    type conversion); the time is hashed from its stored text exactly as `_link_values` formats it.
    """
    report = ChainReport()
    prev_hash, prev_seq = GENESIS, 0
    dumps, sha256 = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode, hashlib.sha256
    connection = session.connection()
    walk = _WALK.format(where=_LINKED_ONLY if connection.dialect.name == "postgresql" else "")
    for seq, at, actor_id, action, object_type, object_id, fields, outcome, prev, digest in \
            connection.exec_driver_sql(walk):
        report.rows += 1
        try:
            payload = [seq, _at_text(at), actor_id, action, object_type, object_id, fields, outcome, prev]
            link = sha256(dumps(payload).encode()).hexdigest()
        except (ValueError, TypeError):
            link = ""
        if seq != prev_seq + 1 or prev != prev_hash or link != digest:
            report.broken.append(seq)
        prev_hash, prev_seq = digest, seq
    head = session.get(AuditHead, 1, populate_existing=True)
    if (head is None) != (report.rows == 0) or (head and (head.seq, head.hash) != (prev_seq, prev_hash)):
        report.head_mismatch = True
    return report
