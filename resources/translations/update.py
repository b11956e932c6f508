"""Extracts every user-visible string into barnearket_<lang>.ts (bokmål is the source language).

Run from anywhere: `python resources/translations/update.py [LANG ...]` (default: nn, nynorsk).
Translators edit the .ts files in Qt Linguist; `pyside6-lrelease` makes the .qm the program loads.
Strings are found in `self.tr(...)`, `QCoreApplication.translate(...)`, `QT_TRANSLATE_NOOP(...)`
and the shell's `qtr(context, text)` helper.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def sources() -> list[str]:
    """Every Python file of the desktop program, relative to the repository root."""
    files = [*(ROOT / "barnearket" / "ui").rglob("*.py"), ROOT / "barnearket" / "app.py"]
    return sorted(str(f.relative_to(ROOT)) for f in files)


def update(lang: str) -> None:
    """Create or refresh barnearket_<lang>.ts, keeping existing translations."""
    target = HERE / f"barnearket_{lang}.ts"
    subprocess.run(
        ["pyside6-lupdate", "-tr-function-alias", "translate+=qtr", "-locations", "relative",
         "-source-language", "nb_NO", "-target-language", f"{lang}_NO", *sources(),
         "-ts", str(target.relative_to(ROOT))],
        cwd=ROOT, check=True,
    )


if __name__ == "__main__":
    for language in sys.argv[1:] or ["nn"]:
        update(language)
