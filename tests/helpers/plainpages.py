"""Decrypts every page of a SQLCipher 4 file and its write-ahead log with the raw file key, free pages
and stale log frames included, so a canary search can look at the content as well as the raw bytes."""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    """One page in plain text (page 1 starts after its 16-byte salt)."""
    start = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def plain_database(path: Path, key: bytes) -> bytes:
    """Every page of the database file, decrypted; checks that page 1 decrypts to a SQLite header."""
    data = path.read_bytes()
    pages = [data[i:i + PAGE] for i in range(0, len(data) - len(data) % PAGE, PAGE)]
    plain = [decrypt_page(p, key, n == 0) for n, p in enumerate(pages)]
    if plain and struct.unpack(">H", plain[0][:2])[0] != PAGE:
        raise AssertionError("page 1 did not decrypt: wrong key or page layout")
    return b"".join(plain)


def plain_wal(path: Path, key: bytes) -> bytes:
    """Every frame of a write-ahead log (current or stale), decrypted; empty if there is no log."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    out: list[bytes] = []
    at = WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(data):
        number = struct.unpack(">I", data[at:at + 4])[0]
        out.append(decrypt_page(data[at + FRAME_HEADER:at + FRAME_HEADER + PAGE], key, number == 1))
        at += FRAME_HEADER + PAGE
    return b"".join(out)
