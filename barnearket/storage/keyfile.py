"""The key file beside each case file: one key slot per user, each wrapping the file key.

A slot holds the 256-bit file key encrypted with AES-256-GCM under a key derived from the
user's passphrase with Argon2id. The Argon2id parameters sit in the slot and are bound to it as
associated data, so they cannot be changed without the unwrap failing. A SHA-256 checksum over
the whole document tells a damaged key file apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from barnearket.storage import kdf
from barnearket.storage.atomic import atomic_write_bytes
from barnearket.storage.errors import CaseFileError, Problem

FORMAT = "barnearket-keys"
FORMAT_VERSION = 1
SUFFIX = ".keys"


def key_check(file_key: bytes, file_id: str) -> str:
    """A value that confirms a file key without revealing it (HMAC-SHA256 of the file id)."""
    return hmac.new(file_key, f"barnearket-key-check:{file_id}".encode(), "sha256").hexdigest()


def keyfile_path(case_path: Path) -> Path:
    """The key file lives next to the case file with `.keys` appended to its name."""
    return case_path.with_name(case_path.name + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Slot:
    """One user's wrapped copy of the file key."""

    id: str
    login_hash: str
    kdf: kdf.KdfParams
    nonce: bytes
    wrapped: bytes

    def header(self, file_id: str) -> dict[str, Any]:
        """The slot's public fields, authenticated as associated data when wrapping."""
        p = self.kdf
        return {
            "file_id": file_id, "id": self.id, "login_hash": self.login_hash,
            "kdf": {"alg": "argon2id", "time_cost": p.time_cost, "memory_kib": p.memory_kib,
                    "parallelism": p.parallelism, "salt": _b64(p.salt)},
        }

    def to_json(self, file_id: str) -> dict[str, Any]:
        """The slot as stored in the key file."""
        data = self.header(file_id)
        del data["file_id"]
        return {**data, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @staticmethod
    def from_json(data: dict[str, Any]) -> Slot:
        """Read a slot; any malformed field raises KeyError/ValueError/TypeError."""
        k = data["kdf"]
        if k["alg"] != "argon2id":
            raise ValueError("unknown kdf")
        params = kdf.KdfParams(int(k["time_cost"]), int(k["memory_kib"]), int(k["parallelism"]),
                               _unb64(k["salt"]))
        return Slot(str(data["id"]), str(data["login_hash"]), params,
                    _unb64(data["nonce"]), _unb64(data["wrapped"]))


@dataclass(frozen=True)
class KeyFile:
    """All slots of one case file, plus what ties the key file to that file."""

    file_id: str
    db_salt: bytes
    key_check: str
    slots: tuple[Slot, ...]

    def verifies(self, file_key: bytes) -> bool:
        """Whether a candidate file key (e.g. a typed recovery key) is this file's key."""
        return hmac.compare_digest(key_check(file_key, self.file_id), self.key_check)

    def login_hash(self, login: str) -> str:
        """Logins are stored hashed with the file id so the key file names no one."""
        return hashlib.sha256(f"{self.file_id}:{login.casefold()}".encode()).hexdigest()

    def find(self, login: str) -> Slot | None:
        """The slot for a login, if there is one."""
        wanted = self.login_hash(login)
        return next((s for s in self.slots if s.login_hash == wanted), None)

    def with_slot(self, login: str, passphrase: str, file_key: bytes,
                  params: kdf.KdfParams) -> tuple[KeyFile, Slot]:
        """Add (or replace) the login's slot; the other slots are left as they are."""
        slot = Slot(uuid.uuid4().hex, self.login_hash(login), params.with_new_salt(), b"", b"")
        nonce = os.urandom(12)
        aad = _canonical(slot.header(self.file_id))
        wrapped = AESGCM(kdf.derive(passphrase, slot.kdf)).encrypt(nonce, file_key, aad)
        slot = replace(slot, nonce=nonce, wrapped=wrapped)
        others = tuple(s for s in self.slots if s.login_hash != slot.login_hash)
        return replace(self, slots=(*others, slot)), slot

    def without(self, login: str) -> KeyFile:
        """Remove the login's slot."""
        gone = self.login_hash(login)
        return replace(self, slots=tuple(s for s in self.slots if s.login_hash != gone))

    def unwrap(self, login: str, passphrase: str) -> bytes:
        """Return the file key, or raise WRONG_PASSPHRASE (same message for unknown logins)."""
        slot = self.find(login)
        if slot is None:
            kdf.derive(passphrase, kdf.fast_params_for_tests())  # keep the timing less telling
            raise CaseFileError(Problem.WRONG_PASSPHRASE)
        aad = _canonical(slot.header(self.file_id))
        try:
            return AESGCM(kdf.derive(passphrase, slot.kdf)).decrypt(slot.nonce, slot.wrapped, aad)
        except InvalidTag:
            raise CaseFileError(Problem.WRONG_PASSPHRASE) from None

    def to_bytes(self) -> bytes:
        """Serialise with a checksum over the canonical content."""
        body = {"format": FORMAT, "version": FORMAT_VERSION, "file_id": self.file_id,
                "db_salt": self.db_salt.hex(), "key_check": self.key_check, "cipher": {"compatibility": 4},
                "slots": [s.to_json(self.file_id) for s in self.slots]}
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode() + b"\n"

    @staticmethod
    def from_bytes(data: bytes) -> KeyFile:
        """Parse and verify; raises KEY_DATA_DAMAGED or NEWER_VERSION."""
        try:
            body = json.loads(data.decode("utf-8"))
            checksum = body.pop("checksum")
            if body.get("format") != FORMAT:
                raise ValueError("format")
            if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
                raise ValueError("checksum")
            if int(body["version"]) > FORMAT_VERSION:
                raise CaseFileError(Problem.NEWER_VERSION)
            slots = tuple(Slot.from_json(s) for s in body["slots"])
            return KeyFile(str(body["file_id"]), bytes.fromhex(body["db_salt"]),
                           str(body["key_check"]), slots)
        except CaseFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise CaseFileError(Problem.KEY_DATA_DAMAGED) from None


def read_keyfile(case_path: Path) -> KeyFile:
    """Read the key file beside a case file, classifying what is wrong with it."""
    path = keyfile_path(case_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CaseFileError(Problem.KEY_DATA_MISSING) from None
    except PermissionError:
        raise CaseFileError(Problem.NO_ACCESS) from None
    return KeyFile.from_bytes(data)


def write_keyfile(case_path: Path, keyfile: KeyFile) -> None:
    """Replace the key file atomically, readable by the owner only."""
    atomic_write_bytes(keyfile_path(case_path), keyfile.to_bytes())
