"""Registers the shipped DejaVu Sans so every Norwegian and Sami letter is embedded, and checks coverage."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}
_IGNORED = frozenset("\n\t")
_lock = threading.Lock()


class MissingGlyphError(ValueError):
    """Text holds characters the embedded font cannot draw; the message lists code points only."""

    def __init__(self, font: str, missing: Iterable[str]) -> None:
        self.font = font
        self.missing = tuple(sorted(set(missing)))
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in self.missing)
        super().__init__(
            f"Dokumentet kan ikke lages: skriften mangler tegn ({codes}). "
            "Skriv teksten med andre tegn, for eksempel latinske bokstaver, og prøv igjen."
        )


def fonts_dir() -> Path:
    """The `resources/fonts/` folder, in a source checkout and in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    """Register the three faces and their family once per process (safe to call again)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        folder = fonts_dir()
        for name, file_name in _FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(f"Skriftfilen mangler: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, OBLIQUE), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)


@cache
def _cmap(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """The characters of `text` that `font` has no glyph for (line breaks and tabs are fine)."""
    cmap = _cmap(font)
    return {ch for ch in set(text) - _IGNORED if ord(ch) not in cmap}


def require_glyphs(text: str, font: str = REGULAR) -> str:
    """Return `text` unchanged, or raise MissingGlyphError before anything is drawn."""
    missing = missing_glyphs(text, font)
    if missing:
        raise MissingGlyphError(font, missing)
    return text
