"""Renders the year's figures as a one-page PDF with the documents' marking, fonts and table style."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, PageTemplate, Table, TableStyle

from barnearket.reports import styles as s
from barnearket.reports.blocks import note, para, space
from barnearket.reports.fonts import BOLD, REGULAR, register_fonts
from barnearket.reports.page import CREATOR, MARKING
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date, fmt_datetime
from barnearket.services.overview.figures import YearFigures
from barnearket.services.overview.labels import DEFINITIONS, LABELS, MONTHS, number_text

TITLE = "Årstall: barn som pårørende"
SMALL = STYLES.cell.clone("figure_cell", fontSize=7.5, leading=9)
NUMBER = SMALL.clone("figure_number", alignment=TA_RIGHT)
TOTAL = NUMBER.clone("figure_total", fontName=BOLD)
SMALL_HEAD = STYLES.cell_head.clone("figure_head", fontSize=7, leading=8.5)
NUMBER_HEAD = SMALL_HEAD.clone("figure_number_head", alignment=TA_RIGHT)


@dataclass(frozen=True)
class PdfInfo:
    """Who made the document, for whom and when (never a child's or parent's name)."""

    organisation: str
    made_by: str
    made_at: datetime


def figures_pdf(figures: YearFigures, info: PdfInfo) -> bytes:
    """The figures on one A4 page: period and unit, a table by month, and what each figure counts."""
    register_fonts()
    stream = io.BytesIO()
    doc = BaseDocTemplate(stream, pagesize=s.PAGE, leftMargin=s.MARGIN_X, rightMargin=s.MARGIN_X,
                          topMargin=s.MARGIN_TOP, bottomMargin=s.MARGIN_BOTTOM, title=TITLE,
                          author=info.organisation or "Barnearket", subject=MARKING, creator=CREATOR,
                          lang="nb-NO")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=lambda c, _d: _frame(c, info))])
    doc.build([KeepInFrame(doc.width, doc.height, _story(figures), mode="shrink")])
    return stream.getvalue()


def _story(figures: YearFigures) -> list[Flowable]:
    unit = figures.unit_name or "Alle enheter"
    period = f"{fmt_date(figures.start)}–{fmt_date(figures.end)}"
    story: list[Flowable] = [para(TITLE, STYLES.title), para(f"Periode {period} · {unit}", STYLES.subtitle),
                             _table(figures), space(4), para("Slik telles tallene", STYLES.h2)]
    story += [note(f"{LABELS[f]}: {DEFINITIONS[f]}") for f in LABELS]
    story.append(note("Ingen personopplysninger: tabellen viser bare antall og medianer."))
    return story


def _table(figures: YearFigures) -> Table:
    months = figures.months if len(figures.months) <= 12 else ()
    header = ["Tall", "Hele perioden", *(MONTHS[int(m[5:]) - 1] for m in months)]
    label_width, total_width = 52 * mm, 17 * mm
    rest = (s.WIDTH - label_width - total_width) / max(1, len(months))
    data = [[para(header[0], SMALL_HEAD), *(para(h, NUMBER_HEAD) for h in header[1:])]]
    data += [[para(LABELS[f.id], SMALL), para(number_text(f.total), TOTAL),
              *(para(number_text(f.months[i]), NUMBER) for i in range(len(months)))] for f in figures.figures]
    table = Table(data, colWidths=[label_width, total_width, *([rest] * len(months))], hAlign="LEFT")
    style: list[Any] = [*s.GRID_STYLE, ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    table.setStyle(TableStyle(style))
    return table


def _frame(canvas: Canvas, info: PdfInfo) -> None:
    width, height = s.PAGE
    left, right, top = s.MARGIN_X, width - s.MARGIN_X, height - 12 * mm
    canvas.saveState()
    canvas.setFont(BOLD, 8)
    canvas.drawString(left, top, MARKING)
    canvas.drawRightString(right, top, "Side 1 av 1")
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(s.MUTED)
    canvas.drawString(left, top - 11, info.organisation)
    canvas.setStrokeColor(s.RULE)
    canvas.line(left, top - 16, right, top - 16)
    bottom = s.MARGIN_BOTTOM - 14
    canvas.line(left, bottom + 9, right, bottom + 9)
    canvas.drawString(left, bottom, f"Laget av {info.made_by} {fmt_datetime(info.made_at)}")
    canvas.drawRightString(right, bottom, CREATOR)
    canvas.restoreState()
