"""Creates the fictional demo file that `barnearket --demo` opens (login `demo`, passphrase `demo`)."""

from __future__ import annotations

from pathlib import Path

from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file

DEMO_LOGIN = "demo"
DEMO_PASSPHRASE = "demo"
DEMO_NAME = "Demo Bruker"


def create_demo_file(path: Path, *, cases: int = 60, seed: int = 1) -> None:
    """Make a new demo file whose only login is demo/demo, filled with synthetic cases."""
    case_file = create_case_file(path, login=DEMO_LOGIN, full_name=DEMO_NAME,
                                 passphrase=DEMO_PASSPHRASE, kdf_params=kdf.calibrate(0.2))
    try:
        _fill(case_file, cases=cases, seed=seed)
    finally:
        case_file.close()


def _fill(case_file: object, *, cases: int, seed: int) -> None:
    """Filled in by the demo generator once the domain services exist."""
