"""Where the shipped form definitions live, in a source checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def shipped_forms_dir() -> Path:
    """The `forms/` folder shipped with the application."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "forms"
    return Path(__file__).resolve().parents[3] / "forms"
