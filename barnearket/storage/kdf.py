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
# What a slot may ask for. Anything outside is refused before deriving (an edited key file must
# never hang or crash the unlock). 8 MiB / 1 pass is the floor only test files use; the slot's
# parameters are authenticated, so lowering them in a real file just makes the unlock fail.
BOUNDS_MEMORY_KIB = (8 * 1024, 512 * 1024)
BOUNDS_TIME_COST = (1, 32)
BOUNDS_PARALLELISM = (1, 16)
# Memory × passes, in MiB: 64 MiB × 16 passes. Keeps a derivation within a few seconds even on a
# slow, busy laptop, whatever an edited key file asks for.
MAX_WORK_MIB_PASSES = 1024
MAX_TIME_COST = 16
UPGRADE_BELOW_S = 0.25


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings and the slot's salt, stored beside the wrapped key."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    @property
    def in_bounds(self) -> bool:
        """Whether every cost lies within the documented bounds and the salt has its length."""
        return (BOUNDS_MEMORY_KIB[0] <= self.memory_kib <= BOUNDS_MEMORY_KIB[1]
                and BOUNDS_TIME_COST[0] <= self.time_cost <= BOUNDS_TIME_COST[1]
                and BOUNDS_PARALLELISM[0] <= self.parallelism <= BOUNDS_PARALLELISM[1]
                and self.memory_kib >= 8 * self.parallelism and len(self.salt) == SALT_BYTES
                and self.memory_kib // 1024 * self.time_cost <= MAX_WORK_MIB_PASSES)

    @property
    def test_grade(self) -> bool:
        """Below the real memory floor: only test files are made this way, and they are not upgraded."""
        return self.memory_kib < MIN_MEMORY_KIB

    def with_new_salt(self) -> KdfParams:
        """Same costs, fresh random salt (every slot gets its own)."""
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism, os.urandom(SALT_BYTES))


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so that the same passphrase typed on another keyboard still works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, params: KdfParams) -> bytes:
    """Run Argon2id and return a 256-bit key (the caller has checked `params.in_bounds`)."""
    if not params.in_bounds:
        raise ValueError("kdf parameters out of bounds")
    return hash_secret_raw(
        normalise_passphrase(passphrase), params.salt,
        time_cost=params.time_cost, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID,
    )


def calibrate(target_s: float = TARGET_UNLOCK_S, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Choose a time cost so one derivation takes about `target_s` on this machine.

    One pass is timed three times and the fastest run counts, so a machine that is busy for a
    moment at calibration does not leave the file with too few passes.
    """
    probe = KdfParams(1, memory_kib, 4, os.urandom(SALT_BYTES))
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        derive("kalibrering", probe)
        runs.append(time.perf_counter() - started)
    one_pass = max(min(runs), 1e-3)
    passes = target_s / one_pass
    # A fast machine gets more memory rather than more passes than the bounds allow.
    factor = 1
    while passes / factor > MAX_TIME_COST and memory_kib * factor * 2 <= BOUNDS_MEMORY_KIB[1]:
        factor *= 2
    memory = memory_kib * factor
    time_cost = max(2, min(MAX_TIME_COST, MAX_WORK_MIB_PASSES // (memory // 1024), round(passes / factor)))
    return KdfParams(time_cost, memory, 4, os.urandom(SALT_BYTES))


def timed_derive(passphrase: str, params: KdfParams) -> tuple[bytes, float]:
    """Derive and say how many seconds it took (to spot slots that have become too cheap)."""
    started = time.perf_counter()
    key = derive(passphrase, params)
    return key, time.perf_counter() - started


def fast_params_for_tests() -> KdfParams:
    """Cheap parameters for test files only; real files are always calibrated."""
    return KdfParams(1, 8 * 1024, 1, os.urandom(SALT_BYTES))
