"""One sober typographic scale for every document, so they look alike in the archive."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from barnearket.reports.fonts import BOLD, OBLIQUE, REGULAR

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 20 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8e8e8")
ACCENT = colors.HexColor("#1f3a5f")


def _style(name: str, font: str = REGULAR, size: float = 9.5, **kw: object) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.3)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=font, fontSize=size, **kw)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles documents use."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle


STYLES = Styles(
    title=_style("title", BOLD, 17, leading=21, spaceAfter=2, textColor=ACCENT),
    subtitle=_style("subtitle", REGULAR, 10, spaceAfter=8, textColor=MUTED),
    h1=_style("h1", BOLD, 12.5, leading=16, spaceBefore=12, spaceAfter=5, textColor=ACCENT, keepWithNext=1),
    h2=_style("h2", BOLD, 10.5, leading=13.5, spaceBefore=11, spaceAfter=3, keepWithNext=1),
    h3=_style("h3", BOLD, 9.5, leading=12, spaceBefore=6, spaceAfter=2, keepWithNext=1,
              textColor=MUTED),
    body=_style("body", spaceAfter=4),
    note=_style("note", OBLIQUE, 8.5, spaceAfter=4, textColor=MUTED),
    cell=_style("cell", REGULAR, 9, leading=11.5),
    cell_head=_style("cell_head", BOLD, 8.5, leading=11),
    label=_style("label", BOLD, 9, leading=11.5, textColor=MUTED),
)

GRID_STYLE = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]
"""A data table: shaded header row (repeated on every page), hairlines between rows."""

FIELDS_STYLE = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("LEFTPADDING", (0, 0), (0, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]
"""Label and value pairs: a muted label column, a hairline under each pair."""

PLAIN_STYLE = [("FONT", (0, 0), (-1, -1), REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("LEFTPADDING", (0, 0), (-1, -1), 0)]
"""Layout-only tables (signature lines, ruled lines): no Helvetica default, no padding at the left."""
