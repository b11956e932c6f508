"""The page frame every document shares: confidentiality marking, case number, page x of y, metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from barnearket import __version__
from barnearket.domain.language import active, t
from barnearket.reports import styles as s
from barnearket.reports.fonts import BOLD, REGULAR, register_fonts, require_glyphs
from barnearket.reports.text import fmt_datetime

MARKING = "Taushetsbelagt – unntatt offentlighet, jf. offentleglova § 13"
PDF_LANG = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
CREATOR = f"Barnearket {__version__}"


@dataclass(frozen=True)
class DocMeta:
    """What the page frame and the PDF metadata show; metadata never holds a person's name."""

    kind_title: str
    case_number: str
    organisation: str
    made_by: str
    made_at: datetime
    keywords: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The document title, e.g. «Bekymringsmelding, sak 2026-0042»."""
        return t("{title}, sak {number}", title=self.kind_title, number=self.case_number)

    @property
    def reference(self) -> str:
        """What the frame names at the top right: «Sak 2026-0042»."""
        return t("Sak {number}", number=self.case_number)

    @property
    def footer(self) -> str:
        """«Laget av <worker> <dd.mm.åååå hh:mm>»."""
        return t("Laget av {name} {time}", name=self.made_by, time=fmt_datetime(self.made_at))

    def check_glyphs(self) -> None:
        """Fail before rendering if the frame's texts need characters the fonts lack."""
        require_glyphs(f"{t(MARKING)}{self.case_number}{self.kind_title}", BOLD)
        require_glyphs(f"{self.organisation}{self.footer}", REGULAR)


def _draw_frame(canvas: Canvas, meta: DocMeta, page: int, total: int) -> None:
    width, height = s.PAGE
    left, right = s.MARGIN_X, width - s.MARGIN_X
    top = height - 12 * mm
    canvas.saveState()
    canvas.setFillColor(s.INK)
    canvas.setFont(BOLD, 8)
    canvas.drawString(left, top, t(MARKING))
    canvas.drawRightString(right, top, t("{reference}  ·  Side {page} av {total}", reference=meta.reference,
                                         page=page, total=total))
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(s.MUTED)
    canvas.drawString(left, top - 11, meta.organisation)
    canvas.drawRightString(right, top - 11, meta.kind_title)
    canvas.setStrokeColor(s.RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 16, right, top - 16)
    bottom = s.MARGIN_BOTTOM - 14
    canvas.line(left, bottom + 9, right, bottom + 9)
    canvas.drawString(left, bottom, meta.footer)
    canvas.drawRightString(right, bottom, CREATOR)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end so each header can say «Side x av y»."""

    def __init__(self, *args: Any, meta: DocMeta, **kwargs: Any) -> None:
        kwargs.update(initialFontName=REGULAR, initialFontSize=9.5, initialLeading=12)
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_frame(self, self._meta, number, total)
            super().showPage()
        super().save()


def build_pdf(stream: IO[bytes], story: Sequence[Flowable], meta: DocMeta) -> None:
    """Lay out `story` on A4 pages with the shared frame and write the PDF to `stream`."""
    register_fonts()
    meta.check_glyphs()
    doc = BaseDocTemplate(
        stream, pagesize=s.PAGE, leftMargin=s.MARGIN_X, rightMargin=s.MARGIN_X,
        topMargin=s.MARGIN_TOP, bottomMargin=s.MARGIN_BOTTOM, title=meta.title,
        author=meta.organisation or "Barnearket", subject=t(MARKING), creator=CREATOR,
        keywords=["Barnearket", *meta.keywords, t("taushetsbelagt")],
        lang=PDF_LANG.get(active(), "nb-NO"),
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=partial(_NumberedCanvas, meta=meta))
