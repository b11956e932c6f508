"""The one-page leaflet for a parent: why we ask about the children, what the talk is, what stays
confidential. It holds no case data, so it carries no confidentiality marking or case number."""

from __future__ import annotations

from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from barnearket.domain.language import active, t
from barnearket.domain.model.organisation import Organisation
from barnearket.reports import styles as s
from barnearket.reports.blocks import para, space
from barnearket.reports.fonts import BOLD, REGULAR, register_fonts, require_glyphs
from barnearket.reports.page import CREATOR, PDF_LANG
from barnearket.reports.styles import STYLES

TITLE = "Når vi spør om barna"
_BODY = ParagraphStyle("leaflet_body", parent=STYLES.body, fontSize=11, leading=15, spaceAfter=4)
_HEAD = ParagraphStyle("leaflet_head", parent=STYLES.h1, fontName=BOLD, fontSize=13.5, leading=17,
                       spaceBefore=11, spaceAfter=3)
_TITLE = ParagraphStyle("leaflet_title", parent=STYLES.title, fontSize=22, leading=27, spaceAfter=4)
_SUB = ParagraphStyle("leaflet_sub", parent=STYLES.subtitle, fontSize=11.5, leading=15, spaceAfter=4)
_LABEL = ParagraphStyle("leaflet_label", parent=STYLES.label, fontSize=10, leading=14)
_CELL = ParagraphStyle("leaflet_cell", parent=STYLES.body, fontSize=10.5, leading=14, spaceAfter=0)
SECTIONS = (
    ("Hvorfor spør vi om barna?",
     "Vi spør alle foreldre vi hjelper om barna deres. Barn merker det når mor eller far er syk, har "
     "det vondt eller sliter med rus, og de lurer ofte på mer enn de spør om. Loven sier at vi som "
     "helsepersonell skal bidra til at barna får informasjon og den hjelpen de trenger "
     "(helsepersonelloven § 10 a). At vi spør, betyr ikke at vi tror at noe er galt."),
    ("Hva er samtalen?",
     "Samtalen heter Barnearket. Vi snakker sammen om hvem barna er, hvordan hverdagen deres er, hva "
     "de vet om situasjonen din, og om de trenger noe mer. Du kjenner barna dine best, og du bestemmer"
     " selv hvor mye du vil fortelle. Til slutt skriver vi ned det vi har snakket om og det vi er "
     "enige om. Hvis du vil, hjelper vi deg med å snakke med barna om det som skjer."),
    ("Hva skjer med det du forteller?",
     "Vi har taushetsplikt. Det du forteller, skrives i journalen din, og bare de som arbeider med "
     "deg, kan lese det. Vi snakker ikke med skolen, barnehagen, helsestasjonen eller andre om "
     "familien din uten at du har sagt ja til det. Et slikt samtykke er frivillig, og du kan trekke "
     "det tilbake når du vil."),
    ("Når loven sier noe annet",
     "Hvis vi får grunn til å tro at et barn blir mishandlet eller ikke får den omsorgen det må ha, "
     "skal vi si fra til barnevernet. Det gjelder uansett taushetsplikt, og vi trenger ikke samtykke. "
     "Vi vil som regel fortelle deg det først, og hvorfor. Barnevernet skal hjelpe barn og familier, "
     "og mange får råd og støtte hjemme."),
    ("Hvis du lurer på noe",
     "Spør den som hjelper deg, når som helst. Du kan også ta kontakt med oss her:"),
)


def render_leaflet(organisation: Organisation, stream: IO[bytes]) -> None:
    """Write the leaflet (A4, one page) for this organisation."""
    register_fonts()
    sender = organisation.display_name or t("Kommunen")
    require_glyphs(sender, REGULAR)
    doc = SimpleDocTemplate(stream, pagesize=s.PAGE, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title=t(TITLE),
                            author=sender, subject=t("Informasjon til foreldre"), creator=CREATOR,
                            keywords=["Barnearket", t("brosjyre")], lang=PDF_LANG.get(active(), "nb-NO"))
    doc.build(leaflet_story(organisation),
              onFirstPage=lambda canvas, _doc: _footer(canvas, sender))


def leaflet_story(organisation: Organisation) -> list[Flowable]:
    """The flowables of the leaflet."""
    story: list[Flowable] = [
        para(t(TITLE), _TITLE),
        para(t("Til deg som får hjelp fra {sender}", sender=organisation.display_name or t("oss")), _SUB),
    ]
    for title, text in SECTIONS:
        story += [para(t(title), _HEAD), para(t(text), _BODY)]
    story += [space(2), _contact(organisation)]
    return story


def _contact(organisation: Organisation) -> Table:
    blank = "_" * 34
    rows = [
        [para(t("Tjeneste"), _LABEL), para(organisation.unit.strip() or blank, _CELL)],
        [para(t("Kommune"), _LABEL), para(organisation.municipality or blank, _CELL)],
        [para(t("Adresse"), _LABEL), para(organisation.address.strip() or blank, _CELL)],
        [para(t("Telefon"), _LABEL), para(organisation.phone.strip() or blank, _CELL)],
        [para(t("Min kontakt"), _LABEL), para(blank, _CELL)],
    ]
    table = Table(rows, colWidths=[32 * mm, None])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, s.ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), s.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _footer(canvas: Canvas, sender: str) -> None:
    width, _height = s.PAGE
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(s.MUTED)
    canvas.drawString(24 * mm, 12 * mm, sender)
    canvas.drawRightString(width - 24 * mm, 12 * mm, t("Informasjon til foreldre · Barnearket"))
    canvas.restoreState()
