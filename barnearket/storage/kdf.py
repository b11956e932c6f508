"""Derives a wrapping key from a passphrase with Argon2id, with parameters stored per key slot."""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16
TARGET_UNLOCK_S = 0.5
MIN_MEMORY_KIB = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings and the slot's salt, stored beside the wrapped key."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def with_new_salt(self) -> KdfParams:
        """Same costs, fresh random salt (every slot gets its own)."""
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism, os.urandom(SALT_BYTES))


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so that the same passphrase typed on another keyboard still works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, params: KdfParams) -> bytes:
    """Run Argon2id and return a 256-bit key."""
    return hash_secret_raw(
        normalise_passphrase(passphrase), params.salt,
        time_cost=params.time_cost, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID,
    )


def calibrate(target_s: float = TARGET_UNLOCK_S, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Choose a time cost so one derivation takes about `target_s` on this machine."""
    probe = KdfParams(1, memory_kib, 4, os.urandom(SALT_BYTES))
    started = time.perf_counter()
    derive("kalibrering", probe)
    one_pass = max(time.perf_counter() - started, 1e-3)
    time_cost = max(2, min(40, round(target_s / one_pass)))
    return KdfParams(time_cost, memory_kib, 4, os.urandom(SALT_BYTES))


def fast_params_for_tests() -> KdfParams:
    """Cheap parameters for test files only; real files are always calibrated."""
    return KdfParams(1, 8 * 1024, 1, os.urandom(SALT_BYTES))
