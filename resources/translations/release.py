"""Compiles every catalogue here (*.ts) into the .qm files the program loads; the .qm files are committed.

Run `python resources/translations/release.py` after editing a .ts (a test fails while a .qm is stale).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> str:
    """The pyside6-lrelease beside the running Python (the project's .venv)."""
    return str(Path(sys.executable).with_name("pyside6-lrelease"))


def release(source: Path, target: Path) -> None:
    """Compile one .ts into `target` (unfinished messages are left out: they show in bokmål)."""
    subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)


def main() -> None:
    """Compile each .ts beside its source."""
    for source in sorted(HERE.glob("*.ts")):
        release(source, source.with_suffix(".qm"))


if __name__ == "__main__":
    main()
