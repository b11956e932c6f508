"""Remembers, outside the case file, the audit-log head each person saw, so a rewritten log is noticed.

Anyone with the file key can rewrite the hash chain inside the file consistently. What they cannot
do is change what a person saw: after every unlock the head (sequence number and hash) is written
to a small file in that person's own data folder, sealed with an HMAC under a key only their
passphrase yields. At the next unlock the log must still hold that row with that hash, and the
chain must be whole from the start through the head.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.language import t
from barnearket.files.atomic import atomic_write_bytes
from barnearket.paths import resolve_paths
from barnearket.storage import audit
from barnearket.storage.keyfile import KeyFile
from barnearket.storage.orm.audit import AuditEntry, AuditHead

FOLDER_NAME = "vitner"
FORMAT = "barnearket-witness"


@dataclass(frozen=True)
class Head:
    """One link of the chain: its sequence number and hash."""

    seq: int
    hash: str

    def text(self) -> str:
        """The form `audit --head` prints and `--head` reads: SEQ:HASH."""
        return f"{self.seq}:{self.hash}"

    @staticmethod
    def parse(text: str) -> Head:
        """Read SEQ:HASH; raises ValueError if it is not that."""
        seq, _, digest = text.strip().partition(":")
        digest = digest.lower()
        if not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError("not SEQ:HASH")
        return Head(int(seq), digest)


@dataclass(frozen=True)
class Witnessed:
    """What a person last saw: the head, when, and whether the seal could be confirmed."""

    head: Head
    seen_at: datetime
    login: str
    sealed_ok: bool


def default_folder() -> Path:
    """The person's own data folder (see `barnearket.paths`)."""
    return resolve_paths().data / FOLDER_NAME


def folder_for(case_path: Path, db_salt: bytes) -> Path:
    """The witnesses of one case file in its place: a backup or a copy elsewhere (same file id, its
    own log from then on) is witnessed on its own and never raises a false alarm for the original."""
    place = hashlib.sha256(str(case_path.resolve()).encode() + db_salt).hexdigest()[:16]
    return default_folder() / place


def witness_path(folder: Path, keyfile: KeyFile, login: str) -> Path:
    """One file per case file and person; the name carries no login, only hashes."""
    return folder / f"{keyfile.file_id}-{keyfile.login_hash(login)[:32]}.json"


def current_head(session: Session) -> Head | None:
    """The head the file itself claims."""
    head = session.get(AuditHead, 1)
    return Head(head.seq, head.hash) if head else None


def _body(keyfile: KeyFile, login: str, slot_id: str, head: Head, seen_at: datetime) -> dict[str, Any]:
    return {"format": FORMAT, "file_id": keyfile.file_id, "login_hash": keyfile.login_hash(login),
            "login": login, "slot": slot_id, "seq": head.seq, "hash": head.hash,
            "seen_at": seen_at.astimezone(UTC).isoformat(timespec="seconds")}


def _mac(personal_key: bytes, body: dict[str, Any]) -> str:
    data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(personal_key, data, hashlib.sha256).hexdigest()


def remember(folder: Path, keyfile: KeyFile, login: str, personal_key: bytes, head: Head) -> None:
    """Write what this person saw, sealed with their personal key."""
    slot = keyfile.find(login)
    if slot is None or not personal_key:
        return
    body = _body(keyfile, login, slot.id, head, datetime.now(UTC))
    body["mac"] = _mac(personal_key, body)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(witness_path(folder, keyfile, login), json.dumps(body, indent=1).encode())


def recall(folder: Path, keyfile: KeyFile, login: str, personal_key: bytes) -> Witnessed | None:
    """What this person saw last time, or None if they never unlocked this file here."""
    path = witness_path(folder, keyfile, login)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        mac = str(body.pop("mac"))
        head = Head(int(body["seq"]), str(body["hash"]))
        seen_at = datetime.fromisoformat(str(body["seen_at"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        return Witnessed(Head(0, ""), datetime.now(UTC), login, sealed_ok=False)
    slot = keyfile.find(login)
    same_slot = slot is not None and body.get("slot") == slot.id
    sealed_ok = hmac.compare_digest(mac, _mac(personal_key, body)) if same_slot else True
    return Witnessed(head, seen_at, login, sealed_ok)


def compare(session: Session, seen: Head) -> bool:
    """True when the log still holds `seen` and the file's head is that row or grows from it."""
    row = session.scalars(select(AuditEntry).where(AuditEntry.seq == seen.seq)).first()
    head = current_head(session)
    return row is not None and row.hash == seen.hash and head is not None and head.seq >= seen.seq


def findings_for(session: Session, seen: Witnessed | None, chain: audit.ChainReport) -> list[str]:
    """Norwegian findings for a person's witness and the chain (empty when all holds)."""
    findings = chain_findings(chain)
    if seen is None:
        return findings
    if not seen.sealed_ok:
        findings.append(t("Vitnefilen til {login} for denne saksfilen er endret av noen uten "
                          "passordfrasen, eller er skadet.", login=seen.login))
    elif not compare(session, seen.head):
        findings.append(missing_head_text(seen.login, seen.head, seen.seen_at))
    return findings


def missing_head_text(who: str, head: Head, seen_at: datetime | None) -> str:
    """The finding when a remembered head is gone from the log."""
    stamp = seen_at.astimezone(UTC) if seen_at else None
    when = t(" den {day} kl. {time} UTC", day=f"{stamp:%d.%m.%Y}", time=f"{stamp:%H:%M}") if stamp else ""
    return t("Hendelsesloggen er skrevet om: {who} så rad {seq} (kontrollsum {hash}…){when}, men loggen "
             "inneholder ikke lenger den raden slik den var.", who=who, seq=head.seq, hash=head.hash[:12],
             when=when)


def chain_findings(chain: audit.ChainReport) -> list[str]:
    """Findings from the plain chain walk."""
    findings = []
    if chain.broken:
        shown = ", ".join(str(n) for n in chain.broken[:10])
        findings.append(t("Hendelsesloggen er endret: {count} rader passer ikke i kjeden (løpenummer "
                          "{shown}).", count=len(chain.broken), shown=shown))
    if chain.head_mismatch:
        findings.append(t("Hendelsesloggen er endret: de siste radene mangler eller er byttet."))
    return findings


def earlier_alarms(session: Session, names: dict[int, str]) -> list[str]:
    """Alarms written at earlier unlocks (they stay in the log; removing them breaks the chain)."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.action == str(audit.AuditAction.AUDIT_ALARM))
                           .order_by(AuditEntry.seq)).all()
    return [t("Ved innlogging {at} UTC fant {who} at hendelsesloggen var endret (sist sett: rad {seq}).",
              at=f"{r.at.astimezone(UTC):%d.%m.%Y %H:%M}", who=names.get(r.actor_id or 0) or t("en bruker"),
              seq=r.object_id) for r in rows]
