"""Benchmarks of the encrypted case file: unlocking (KDF + open) and checking a large file."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file, open_case_file
from benchmarks.common import figure, median_ms

PASSPHRASE = "en lang nok passordfrase"


def _unlock_ms(folder: Path) -> float:
    path = folder / "maaling.barnearket"
    create_case_file(path, login="maaler", full_name="Måler", passphrase=PASSPHRASE,
                     kdf_params=kdf.calibrate()).close()
    return median_ms(lambda: open_case_file(path, login="maaler", passphrase=PASSPHRASE).close())


def run() -> list[dict[str, Any]]:
    """store.unlock_ms: calibrated Argon2id + SQLCipher open, median of 5."""
    with tempfile.TemporaryDirectory() as folder:
        return [figure("store.unlock_ms", _unlock_ms(Path(folder)), "ms")]
