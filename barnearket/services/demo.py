"""Creates the fictional demo file that `barnearket --demo` opens (login `demo`, passphrase `demo`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from barnearket.services.demodata import plan
from barnearket.services.demodata.writer import Progress, write_demo
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file

DEMO_LOGIN = "demo"
DEMO_PASSPHRASE = "demo"
DEMO_NAME = "Demo Bruker"


def create_demo_file(path: Path, *, cases: int = 60, seed: int = 1, today: date | None = None,
                     progress: Progress | None = None) -> None:
    """Make a new demo file whose only login is demo/demo, filled with synthetic cases.

    The data is "as of" `today` (default: a fixed day that follows from the seed), so the same seed
    and day always give the same cases; pass `date.today()` for a demo that looks current.
    """
    def fill(case_file: CaseFile) -> None:  # before the file gets its name: all of it or nothing
        _fill(case_file, cases=cases, seed=seed, today=today, progress=progress)

    create_case_file(path, login=DEMO_LOGIN, full_name=DEMO_NAME, passphrase=DEMO_PASSPHRASE,
                     kdf_params=kdf.calibrate(0.2), fill=fill).close()


def _fill(case_file: CaseFile, *, cases: int, seed: int, today: date | None = None,
          progress: Progress | None = None) -> None:
    """Write the synthetic municipality and its cases into the new file."""
    write_demo(case_file, plan(cases, seed, today), progress)
