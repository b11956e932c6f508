"""Extracts every user-visible string into barnearket_<lang>.ts (bokmål is the source language).

Run from anywhere: `python resources/translations/update.py [LANG ...]` (default: nn and en).
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
LANGUAGES = ("nn", "en")  # bokmål is the source and needs no catalogue
TARGETS = {"nn": "nn_NO", "en": "en_GB"}


def sources() -> list[str]:
    """Every Python file of the desktop program, relative to the repository root."""
    files = [*(ROOT / "barnearket" / "ui").rglob("*.py"), ROOT / "barnearket" / "app.py"]
    return sorted(str(f.relative_to(ROOT)) for f in files)


def lupdate() -> str:
    """The pyside6-lupdate beside the running Python (the project's .venv)."""
    return str(Path(sys.executable).with_name("pyside6-lupdate"))


def update(lang: str) -> None:
    """Create or refresh barnearket_<lang>.ts, keeping existing translations and dropping obsolete ones.

    `_tr(...)` and module-level `tr(...)` helpers translate in the empty context, as lupdate files them.
    """
    target = HERE / f"barnearket_{lang}.ts"
    subprocess.run(
        [lupdate(), "-no-obsolete", "-tr-function-alias", "translate+=qtr,tr+=_tr", "-locations", "relative",
         "-source-language", "nb_NO", "-target-language", TARGETS[lang], *sources(),
         "-ts", str(target.relative_to(ROOT))],
        cwd=ROOT, check=True, capture_output=True,
    )


if __name__ == "__main__":
    for language in sys.argv[1:] or LANGUAGES:
        update(language)
