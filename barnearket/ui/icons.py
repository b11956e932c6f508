"""Finds the shipped resources (icons, translations) in a checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resources_dir() -> Path:
    """The `resources/` folder shipped with the application."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    """Where the compiled translations (*.qm) live."""
    return resources_dir() / "translations"


@cache
def app_icon() -> QIcon:
    """The application icon in every rendered size (empty if the files are missing)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon  # not before the unlock window shows: it builds QIcon's enums

    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        png = folder / f"barnearket-{size}.png"
        if png.is_file():  # with its size given, Qt reads the file only when that size is drawn
            icon.addFile(str(png), QSize(size, size))
    return icon


def logo() -> QPixmap:
    """The largest icon but one, for a label that scales it smoothly (a null pixmap if missing).

    The unlock window's header uses it in place of `app_icon()`, which costs more before the first paint.
    """
    return QPixmap(str(resources_dir() / "icons" / f"barnearket-{ICON_SIZES[-2]}.png"))
