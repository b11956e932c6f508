"""What a person typed that the server could not take yet, kept encrypted on this machine until stored.

One file per server and login in the person's own data folder, named by a hash (it names no one).
The content is AES-256-GCM under a key derived from the person's password with Argon2id (`kdf.py`);
the salt and the costs sit in the file's plaintext header, which is authenticated as associated data.
Nothing of what was typed is ever on disk in plain text: the whole journal is encrypted and replaced
atomically on every change, and removed when it is empty. An entry is one answer (or the quick
notes) of one draft sheet, newest value per question, so a replay sets a value and is idempotent:
storing it twice leaves the same text as storing it once.
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
from barnearket.paths import UNSAVED_FOLDER
from barnearket.storage import kdf
from barnearket.storage.atomic import atomic_write_bytes

log = logging.getLogger("barnearket.storage.localjournal")
FOLDER_NAME = UNSAVED_FOLDER
MAGIC = b"BNJOURN1"
HEADER = struct.Struct(">8s16sIII")  # magic, salt, time cost, memory KiB, lanes
NONCE_BYTES = 12
# Costs of the journal's key: like a key slot's floor (`kdf.MIN_MEMORY_KIB`), derived once per login.
JOURNAL_PARAMS = (2, kdf.MIN_MEMORY_KIB, 2)

Key = tuple[int, str, int | None]


@dataclass(frozen=True)
class Pending:
    """One typed value not yet stored: a question's answer (or the notes) of a draft sheet.

    Attributes:
        held: a replay was refused (the sheet was completed or changed meanwhile): kept for the person.
    """

    sheet_id: int
    question_id: str
    child_id: int | None
    value: JsonValue
    typed_at: str
    held: bool = False

    @property
    def key(self) -> Key:
        """Which answer this is (a newer value for the same key replaces it)."""
        return (self.sheet_id, self.question_id, self.child_id)


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
        entries = [Pending(**item) for item in json.loads(plain)]
        return cls(path, key, header, {entry.key: entry for entry in entries})

    def entries(self) -> list[Pending]:
        """Everything kept, oldest first."""
        return sorted(self._entries.values(), key=lambda e: e.typed_at)

    def __len__(self) -> int:
        return len(self._entries)

    def keep(self, sheet_id: int, values: dict[tuple[str, int | None], JsonValue]) -> None:
        """Keep the newest typed values of one sheet (a refused earlier replay of them is replaced)."""
        now = datetime.now(UTC).isoformat()
        changed = False
        for (question_id, child_id), value in values.items():
            entry = Pending(sheet_id, question_id, child_id, value, now)
            old = self._entries.get(entry.key)
            if old is None or old.value != value or old.held:
                self._entries[entry.key] = entry
                changed = True
        if changed:
            self._write()

    def stored(self, sheet_id: int, values: dict[tuple[str, int | None], JsonValue]) -> None:
        """These values are on the server now: forget them (unless something newer was kept since)."""
        gone = [key for (question_id, child_id), value in values.items()
                if (entry := self._entries.get(key := (sheet_id, question_id, child_id))) is not None
                and entry.value == value]
        for key in gone:
            del self._entries[key]
        if gone:
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
