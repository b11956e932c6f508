"""Building blocks for documents; every text passes the glyph check before it becomes a flowable.

Headings, notes, field labels, column heads and signature captions are the program's own texts and
are translated here (`domain/language.py`); a paragraph is free text unless the caller translates it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from barnearket.domain.language import t
from barnearket.reports import styles as s
from barnearket.reports.fonts import require_glyphs
from barnearket.reports.styles import STYLES
from barnearket.reports.text import EMPTY, markup

Row = Sequence[str]


def para(text: str, style: ParagraphStyle = STYLES.body, *, blank: bool = False) -> Paragraph:
    """A paragraph of plain text (a dash when empty unless `blank`); MissingGlyphError before drawing."""
    shown = text if text.strip() else ("\u00a0" if blank else EMPTY)
    require_glyphs(shown, style.fontName)
    return Paragraph(markup(shown), style)


def heading(text: str, level: int = 1) -> Paragraph:
    """A section heading (level 1 to 3), kept with what follows it."""
    return para(t(text), {1: STYLES.h1, 2: STYLES.h2}.get(level, STYLES.h3))


def note(text: str) -> Paragraph:
    """A small italic remark, e.g. a legal reference or a hint."""
    return para(t(text), STYLES.note)


def space(height_mm: float = 3) -> Spacer:
    """Vertical space."""
    return Spacer(1, height_mm * mm)


def fields(pairs: Sequence[tuple[str, str]], label_width: float = 48 * mm) -> Table:
    """Label and value pairs as a two-column table that may break across pages."""
    data = [[para(t(label), STYLES.label), para(value, STYLES.cell)] for label, value in pairs]
    table = Table(data, colWidths=[label_width, s.WIDTH - label_width], splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(s.FIELDS_STYLE))
    return table


def grid(header: Row, rows: Sequence[Row], widths: Sequence[float]) -> Table:
    """A data table whose header row repeats on every page; `widths` are shares of the page width."""
    total = sum(widths)
    col_widths = [s.WIDTH * w / total for w in widths]
    data = [[para(t(h), STYLES.cell_head) for h in header]]
    data += [[para(cell, STYLES.cell, blank=True) for cell in row] for row in rows]
    table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(s.GRID_STYLE))
    return table


def grid_or_note(header: Row, rows: Sequence[Row], widths: Sequence[float], empty: str) -> Flowable:
    """A grid, or a short note when there are no rows."""
    return grid(header, rows, widths) if rows else para(t(empty))


def text_block(title: str, text: str, level: int = 2) -> list[Flowable]:
    """A heading followed by free text, one paragraph per blank-line-separated block."""
    blocks = [b for b in text.split("\n\n") if b.strip()] or [""]
    return [heading(title, level), *(para(b) for b in blocks)]


def checkbox(checked: bool | None, label: str) -> Paragraph:
    """A line with a ballot box (☒ when checked, ☐ otherwise) and its label."""
    return para(f"{'☒' if checked else '☐'}  {label}")


def checkbox_columns(labels: Sequence[str], columns: int = 2) -> Table:
    """Empty check boxes in columns, filled down each column first; a long list breaks across pages."""
    per_column = -(-len(labels) // columns)
    cells = [[checkbox(False, labels[c * per_column + r]) if c * per_column + r < len(labels) else ""
              for c in range(columns)] for r in range(per_column)]
    table = Table(cells, colWidths=[s.WIDTH / columns] * columns, splitByRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def signature_lines(labels: Sequence[str], title: str = "") -> KeepTogether:
    """Lines to sign on (two per row, caption below, "" leaves a gap), kept together with `title`."""
    rows: list[list[Flowable | str]] = []
    style: list[tuple[object, ...]] = list(s.PLAIN_STYLE)
    for start in range(0, len(labels), 2):
        pair = [*labels[start:start + 2], ""][:2]
        rows += [["", "", ""], [para(t(pair[0]), STYLES.note, blank=True), "",
                                para(t(pair[1]), STYLES.note, blank=True)]]
        style += [("LINEABOVE", (c, len(rows) - 1), (c, len(rows) - 1), 0.6, s.INK)
                  for c, text in ((0, pair[0]), (2, pair[1])) if text]
    heights = [14 * mm if i % 2 == 0 else None for i in range(len(rows))]
    widths = [s.WIDTH * 0.45, s.WIDTH * 0.1, s.WIDTH * 0.45]
    table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT", spaceAfter=4 * mm)
    table.setStyle(TableStyle(style))
    return KeepTogether([heading(title), table] if title else [table])


def write_lines(count: int = 3) -> Table:
    """Empty ruled lines to write on by hand."""
    table = Table([[""]] * count, colWidths=[s.WIDTH], rowHeights=[8 * mm] * count, hAlign="LEFT")
    table.setStyle(TableStyle([*s.PLAIN_STYLE, ("LINEBELOW", (0, 0), (-1, -1), 0.4, s.RULE)]))
    return table
