"""The key file beside each case file: one key slot per user, each opening the file key.

A slot (format 2) holds the person's X25519 private key encrypted with AES-256-GCM under a key
derived from their passphrase with Argon2id, their public key, and the 256-bit file key sealed to
that public key (ephemeral X25519 + HKDF + AES-GCM). Sealing to public keys lets an administrator
give a new file key to every remaining person without knowing their passphrases, which is what
rotating the key after a removal needs. Format-1 slots (the file key wrapped directly) are still
read and are upgraded at that person's next unlock. The Argon2id parameters sit in the slot, are
bounds-checked before any derivation and are bound to it as associated data. A SHA-256 checksum
over the whole document tells a damaged key file apart from a wrong passphrase.
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
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from barnearket.files.atomic import atomic_write_bytes
from barnearket.storage import kdf
from barnearket.storage.errors import CaseFileError, Problem

FORMAT = "barnearket-keys"
FORMAT_VERSION = 2
_RAW = serialization.Encoding.Raw
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


def _strict_int(value: Any) -> int:
    """A JSON integer and nothing else (no bool, float or string), so an edit is never rounded away."""
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _seal_key(shared: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, info).derive(shared)


def personal_key(private_raw: bytes) -> bytes:
    """A key only the slot's owner can compute (used to seal what they witnessed of the log)."""
    return hmac.new(private_raw, b"barnearket-personal-key", "sha256").digest()


@dataclass(frozen=True)
class Envelope:
    """The file key sealed to one slot's public key."""

    ephemeral: bytes
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, str]:
        """As stored in the slot."""
        return {"ephemeral": _b64(self.ephemeral), "nonce": _b64(self.nonce), "sealed": _b64(self.sealed)}


@dataclass(frozen=True)
class Slot:
    """One user's way into the file key (format 2: key pair; format 1: the key wrapped directly)."""

    id: str
    login_hash: str
    kdf: kdf.KdfParams
    nonce: bytes
    wrapped: bytes  # format 2: the private key; format 1: the file key
    public_key: bytes = b""
    envelope: Envelope | None = None

    @property
    def legacy(self) -> bool:
        """A format-1 slot: it cannot be given a new file key without its passphrase."""
        return not self.public_key

    def header(self, file_id: str) -> dict[str, Any]:
        """The slot's public fields, authenticated as associated data when wrapping."""
        p = self.kdf
        data: dict[str, Any] = {
            "file_id": file_id, "id": self.id, "login_hash": self.login_hash,
            "kdf": {"alg": "argon2id", "time_cost": p.time_cost, "memory_kib": p.memory_kib,
                    "parallelism": p.parallelism, "salt": _b64(p.salt)},
        }
        if self.public_key:
            data["public_key"] = _b64(self.public_key)
        return data

    def envelope_aad(self, file_id: str, check: str) -> bytes:
        """What the sealed file key is bound to: this slot, this file and the key's check value."""
        return _canonical({"file_id": file_id, "slot": self.id, "public_key": _b64(self.public_key),
                           "key_check": check})

    def sealed_for(self, file_key: bytes, file_id: str, check: str) -> Slot:
        """This slot with the file key sealed to its public key (a new ephemeral key every time)."""
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_key))
        nonce = os.urandom(12)
        info = b"barnearket-envelope:" + self.id.encode()
        sealed = AESGCM(_seal_key(shared, info)).encrypt(nonce, file_key, self.envelope_aad(file_id, check))
        return replace(self, envelope=Envelope(_raw_public(ephemeral.public_key()), nonce, sealed))

    def to_json(self, file_id: str) -> dict[str, Any]:
        """The slot as stored in the key file."""
        data = self.header(file_id)
        del data["file_id"]
        data.update(nonce=_b64(self.nonce), wrapped=_b64(self.wrapped))
        if self.envelope is not None:
            data["envelope"] = self.envelope.to_json()
        return data

    @staticmethod
    def from_json(data: dict[str, Any]) -> Slot:
        """Read a slot; any malformed field or out-of-bounds cost raises KeyError/ValueError/TypeError."""
        k = data["kdf"]
        if k["alg"] != "argon2id":
            raise ValueError("unknown kdf")
        params = kdf.KdfParams(_strict_int(k["time_cost"]), _strict_int(k["memory_kib"]),
                               _strict_int(k["parallelism"]), _unb64(k["salt"]))
        if not params.in_bounds:
            raise ValueError("kdf parameters out of bounds")
        envelope = None
        if "envelope" in data:
            e = data["envelope"]
            envelope = Envelope(_unb64(e["ephemeral"]), _unb64(e["nonce"]), _unb64(e["sealed"]))
        public = _unb64(data["public_key"]) if "public_key" in data else b""
        if bool(public) != (envelope is not None) or (public and len(public) != 32):
            raise ValueError("incomplete slot")
        return Slot(str(data["id"]), str(data["login_hash"]), params,
                    _unb64(data["nonce"]), _unb64(data["wrapped"]), public, envelope)


@dataclass(frozen=True)
class Opened:
    """What a correct passphrase yields: the file key, the owner's personal key and the slot."""

    file_key: bytes
    personal_key: bytes
    slot: Slot
    derive_s: float


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
        """Add (or replace) the login's slot with a new key pair; the other slots are left as they are."""
        keys, opened = self.with_new_slot(login, passphrase, file_key, params)
        return keys, opened.slot

    def with_new_slot(self, login: str, passphrase: str, file_key: bytes,
                      params: kdf.KdfParams) -> tuple[KeyFile, Opened]:
        """Like `with_slot`, also returning the new owner's personal key."""
        private = X25519PrivateKey.generate()
        slot = Slot(uuid.uuid4().hex, self.login_hash(login), params.with_new_salt(), b"", b"",
                    _raw_public(private.public_key()))
        nonce = os.urandom(12)
        aad = _canonical(slot.header(self.file_id))
        wrapping, took = kdf.timed_derive(passphrase, slot.kdf)
        wrapped = AESGCM(wrapping).encrypt(nonce, _raw_private(private), aad)
        slot = replace(slot, nonce=nonce, wrapped=wrapped).sealed_for(file_key, self.file_id, self.key_check)
        others = tuple(s for s in self.slots if s.login_hash != slot.login_hash)
        return (replace(self, slots=(*others, slot)),
                Opened(file_key, personal_key(_raw_private(private)), slot, took))

    def without(self, login: str) -> KeyFile:
        """Remove the login's slot."""
        gone = self.login_hash(login)
        return replace(self, slots=tuple(s for s in self.slots if s.login_hash != gone))

    def rotated(self, file_key: bytes, db_salt: bytes) -> tuple[KeyFile, int]:
        """The same people, sealed a new file key; format-1 slots cannot be and are dropped (counted)."""
        check = key_check(file_key, self.file_id)
        kept = tuple(s.sealed_for(file_key, self.file_id, check) for s in self.slots if not s.legacy)
        return KeyFile(self.file_id, db_salt, check, kept), len(self.slots) - len(kept)

    def unwrap(self, login: str, passphrase: str) -> bytes:
        """Return the file key, or raise WRONG_PASSPHRASE (same message for unknown logins)."""
        return self.open(login, passphrase).file_key

    def open(self, login: str, passphrase: str) -> Opened:
        """Open the login's slot, or raise WRONG_PASSPHRASE (same message for unknown logins)."""
        slot = self.find(login)
        if slot is None:
            kdf.derive(passphrase, kdf.fast_params_for_tests())  # keep the timing less telling
            raise CaseFileError(Problem.WRONG_PASSPHRASE)
        aad = _canonical(slot.header(self.file_id))
        wrapping, took = kdf.timed_derive(passphrase, slot.kdf)
        try:
            inner = AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped, aad)
        except InvalidTag:
            raise CaseFileError(Problem.WRONG_PASSPHRASE) from None
        if slot.legacy:
            return Opened(inner, personal_key(wrapping), slot, took)
        return Opened(self._open_envelope(slot, inner), personal_key(inner), slot, took)

    def _open_envelope(self, slot: Slot, private_raw: bytes) -> bytes:
        assert slot.envelope is not None
        env = slot.envelope
        try:
            shared = X25519PrivateKey.from_private_bytes(private_raw).exchange(
                X25519PublicKey.from_public_bytes(env.ephemeral))
            info = b"barnearket-envelope:" + slot.id.encode()
            return AESGCM(_seal_key(shared, info)).decrypt(
                env.nonce, env.sealed, slot.envelope_aad(self.file_id, self.key_check))
        except (InvalidTag, ValueError):
            raise CaseFileError(Problem.KEY_DATA_DAMAGED) from None

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
