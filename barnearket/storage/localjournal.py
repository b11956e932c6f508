"""What a person typed that the server could not take yet, kept encrypted on this machine until stored.

One file per server and login in the person's own data folder, named by a hash (it names no one).
The content is AES-256-GCM under a key derived from the person's password with Argon2id (`kdf.py`);
the salt and the costs sit in the file's plaintext header, which is authenticated as associated data.
Nothing of what was typed is ever on disk in plain text: the whole journal is encrypted and replaced
atomically on every change, and removed when it is empty. An entry is one field of one record (an
answer or the notes of a draft sheet, a field of a concern), newest value per field, with the
version of the record the person saw when typing it: a replay is the same conditional write as the
save it stands in for, so a newer version stored meanwhile is refused and shown, never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from barnearket.domain.model import JsonValue
from barnearket.files.atomic import atomic_write_bytes
from barnearket.paths import UNSAVED_FOLDER
from barnearket.storage import kdf

log = logging.getLogger("barnearket.storage.localjournal")
FOLDER_NAME = UNSAVED_FOLDER
MAGIC = b"BNJOURN1"
HEADER = struct.Struct(">8s16sIII")  # magic, salt, time cost, memory KiB, lanes
NONCE_BYTES = 12
# Costs of the journal's key: like a key slot's floor (`kdf.MIN_MEMORY_KIB`), derived once per login.
JOURNAL_PARAMS = (2, kdf.MIN_MEMORY_KIB, 2)

Key = tuple[str, int, str, int | None]
SHEET, CONCERN = "sheet", "concern"
"""The kinds of record a journalled edit belongs to (each has its own replay, `ui/replaykinds.py`)."""
ENTRY, CORRECTION, REPORT = "entry", "correction", "report"
"""Kinds saved with «Lagre» in a form: a new step entry (field: `<step>:<token>`, value: the answers; an
append, no base), a correction of one (field: the step, value: answers and reason) and a report draft
(value: the content as typed and as it was shown)."""
CLOSE, REOPEN, CONSENT, WITHDRAW = "close", "reopen", "consent", "withdraw"
"""Kinds saved with their own button: closing a concern and reopening it (record: the concern; value:
the answers), a new consent answer (record: the case; field: `consent:<token>`; an append) and a
consent's withdrawal (record: the consent; value: the day and the note). None has a base: each is refused
by its own rule when it no longer fits (a closed concern cannot be closed again)."""


@dataclass(frozen=True)
class Pending:
    """One typed value not yet stored: a field of one record.

    Attributes:
        kind: which sort of record (`SHEET`: an answer or the notes; `CONCERN`: a step-1 field).
        record_id: the sheet's or the concern's id; field: the question (or field) id.
        child_id: the child an answer is about (None: the family).
        base: the version of the record (or answer) the person saw; None: written without a check
            (only entries from before versions were journalled).
        held: a replay was refused (the sheet was completed or changed meanwhile): kept for the person.
        case_number: the case's number as the window showed it ("" when not known), so the list of
            unsaved work can name the case while the server is away.
    """

    kind: str
    record_id: int
    field: str
    child_id: int | None
    value: JsonValue
    typed_at: str
    base: int | None = None
    held: bool = False
    case_number: str = ""

    @classmethod
    def typed(cls, kind: str, record_id: int, field: str, child_id: int | None, value: JsonValue,
              base: int | None) -> Pending:
        """A value typed now."""
        return cls(kind, record_id, field, child_id, value, datetime.now(UTC).isoformat(), base)

    @property
    def key(self) -> Key:
        """Which field this is (a newer value for the same key replaces it)."""
        return (self.kind, self.record_id, self.field, self.child_id)


def _entry(item: dict[str, object]) -> Pending:
    """One stored entry; a journal written before entries had kinds holds sheet answers only."""
    if "sheet_id" in item:
        item = {"kind": SHEET, "record_id": item.pop("sheet_id"), "field": item.pop("question_id"), **item}
    return Pending(**item)  # type: ignore[arg-type]


def journal_path(folder: Path, place: str, login: str) -> Path:
    """The journal of one login on one server (the name is a hash of both)."""
    digest = hashlib.sha256(f"{place}\0{login.casefold()}".encode()).hexdigest()[:32]
    return folder / f"{digest}.journal"


class LocalJournal:
    """The encrypted journal of one person on one server; every change is written at once."""

    def __init__(self, path: Path, key: bytes, header: bytes, entries: dict[Key, Pending]) -> None:
        self.path, self._key, self._header, self._entries = path, key, header, entries

    @classmethod
    def unlock(cls, folder: Path, place: str, login: str, password: str,
               params: tuple[int, int, int] = JOURNAL_PARAMS) -> LocalJournal:
        """Open (or begin) the journal; one that this password cannot open is moved aside, never lost."""
        path = journal_path(folder, place, login)
        if path.exists():
            data = path.read_bytes()
            try:
                return cls._opened(path, data, password)
            except (InvalidTag, ValueError, struct.error):
                aside = path.with_suffix(f".ulest-{datetime.now(UTC):%Y%m%dT%H%M%S}")
                os.replace(path, aside)
                log.warning("a local journal could not be opened and was kept aside")
        time_cost, memory, lanes = params
        salt = os.urandom(kdf.SALT_BYTES)
        header = HEADER.pack(MAGIC, salt, time_cost, memory, lanes)
        return cls(path, kdf.derive(password, kdf.KdfParams(time_cost, memory, lanes, salt)), header, {})

    @classmethod
    def _opened(cls, path: Path, data: bytes, password: str) -> LocalJournal:
        magic, salt, time_cost, memory, lanes = HEADER.unpack_from(data)
        params = kdf.KdfParams(time_cost, memory, lanes, salt)
        if magic != MAGIC or not params.in_bounds:
            raise ValueError("not a journal")
        header = data[:HEADER.size]
        key = kdf.derive(password, params)
        nonce = data[HEADER.size:HEADER.size + NONCE_BYTES]
        plain = AESGCM(key).decrypt(nonce, data[HEADER.size + NONCE_BYTES:], header)
        entries = [_entry(item) for item in json.loads(plain)]
        return cls(path, key, header, {entry.key: entry for entry in entries})

    def entries(self) -> list[Pending]:
        """Everything kept, oldest first."""
        return sorted(self._entries.values(), key=lambda e: e.typed_at)

    def __len__(self) -> int:
        return len(self._entries)

    def keep(self, entries: Iterable[Pending]) -> None:
        """Keep the newest typed values (a refused earlier replay of the same field is replaced)."""
        changed = False
        for entry in entries:
            old = self._entries.get(entry.key)
            if old is None or (old.value, old.base, old.held) != (entry.value, entry.base, False):
                self._entries[entry.key] = replace(entry, held=False)
                changed = True
        if changed:
            self._write()

    def stored(self, entries: Iterable[Pending]) -> None:
        """These values are on the server now: forget them (unless something newer was kept since)."""
        gone = [entry.key for entry in entries
                if (old := self._entries.get(entry.key)) is not None and old.value == entry.value]
        for key in gone:
            del self._entries[key]
        if gone:
            self._write()

    def get(self, key: Key) -> Pending | None:
        """The entry kept for this field, if any."""
        return self._entries.get(key)

    def rebase(self, kind: str, record_id: int, old: int | None, new: int) -> None:
        """A replay moved the record from version `old` to `new`: its other fields kept on `old` are
        the same person's edits of the same version, so they now stand on `new` (not a conflict)."""
        moved = {key: replace(e, base=new) for key, e in self._entries.items()
                 if (e.kind, e.record_id) == (kind, record_id) and old is not None and e.base == old}
        if moved:
            self._entries.update(moved)
            self._write()

    def hold(self, entries: Iterable[Pending]) -> None:
        """A replay of these was refused: keep them, marked for the person to see."""
        for entry in entries:
            self._entries[entry.key] = replace(entry, held=True)
        self._write()

    def _write(self) -> None:
        if not self._entries:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        plain = json.dumps([asdict(e) for e in self._entries.values()], ensure_ascii=False).encode()
        nonce = os.urandom(NONCE_BYTES)
        atomic_write_bytes(self.path, self._header + nonce + AESGCM(self._key).encrypt(nonce, plain,
                                                                                      self._header))
