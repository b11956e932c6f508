"""What a passphrase's key derivation costs, as a plain value the composition root and windows can pass on.

The derivation itself (Argon2id, calibration) stays in `storage/kdf.py`; this module holds only the
parameters and their bounds, so the unlock window's start-up path can name them without loading it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

SALT_BYTES = 16
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
