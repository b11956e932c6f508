"""Renders the application icon (barnearket.svg) to PNG files in the sizes desktops ask for."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent


def render(svg: Path, size: int, out: Path) -> None:
    """Draw the SVG into a transparent square image and save it as PNG."""
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    """Write barnearket-<size>.png beside the SVG."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = HERE / "barnearket.svg"
    for size in SIZES:
        render(svg, size, HERE / f"barnearket-{size}.png")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
