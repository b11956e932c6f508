"""Derives a wrapping key from a passphrase with Argon2id, with parameters stored per key slot.

The parameters themselves (`KdfParams`, their bounds) are a plain value in `barnearket/keycost.py`.
"""

from __future__ import annotations

import os
import time
import unicodedata

from argon2.low_level import Type, hash_secret_raw

from barnearket.keycost import (
    BOUNDS_MEMORY_KIB,
    BOUNDS_PARALLELISM,
    BOUNDS_TIME_COST,
    MAX_WORK_MIB_PASSES,
    MIN_MEMORY_KIB,
    SALT_BYTES,
    KdfParams,
)

__all__ = ["BOUNDS_MEMORY_KIB", "BOUNDS_PARALLELISM", "BOUNDS_TIME_COST", "KEY_BYTES", "MAX_TIME_COST",
           "MAX_WORK_MIB_PASSES", "MIN_MEMORY_KIB", "SALT_BYTES", "TARGET_UNLOCK_S", "UPGRADE_BELOW_S",
           "KdfParams", "calibrate", "derive", "fast_params_for_tests", "normalise_passphrase",
           "timed_derive"]
KEY_BYTES = 32
TARGET_UNLOCK_S = 0.5
MAX_TIME_COST = 16
UPGRADE_BELOW_S = 0.25


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
