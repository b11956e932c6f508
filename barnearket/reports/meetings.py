"""The resource group's meeting notes as PDF: one section per meeting, cases by number only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from reportlab.platypus import Flowable, PageBreak

from barnearket.domain.language import t
from barnearket.domain.model.meeting import Meeting
from barnearket.reports.blocks import fields, grid_or_note, heading, note, para, space, text_block
from barnearket.reports.context import DocumentContext
from barnearket.reports.page import DocMeta, build_pdf
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date

TITLE = "Referat fra ressursgruppen"
PRIVACY = ("Referatet nevner saker bare med saksnummer eller som anonyme. Skriv ikke navn på "
           "brukere, barn eller andre som kan kjennes igjen.")
ANONYMOUS = "Anonym drøfting"


@dataclass(frozen=True)
class MeetingMeta(DocMeta):
    """The page frame for meeting notes: they belong to no case, so the frame names the meeting."""

    @property
    def title(self) -> str:
        """«Referat fra ressursgruppen, 12.03.2026»."""
        return f"{self.kind_title}, {self.case_number}"

    @property
    def reference(self) -> str:
        """«Møte 12.03.2026», or «Møter 07.10.2026–12.03.2026» for several."""
        several = "–" in self.case_number
        return t("Møter {dates}" if several else "Møte {dates}", dates=self.case_number)


def file_name(meetings: Sequence[Meeting]) -> str:
    """«ressursgruppe-2026-03-12.pdf»: the dates only."""
    days = sorted(m.held_on.isoformat() for m in meetings)
    span = days[0] if days[0] == days[-1] else f"{days[0]}_{days[-1]}"
    return f"ressursgruppe-{span}.pdf"


def render_meetings(meetings: Sequence[Meeting], ctx: DocumentContext, stream: IO[bytes]) -> None:
    """Write the notes of the meetings (oldest first), each starting on a new page."""
    ordered = sorted(meetings, key=lambda m: (m.held_on, m.id))
    first, last = fmt_date(ordered[0].held_on), fmt_date(ordered[-1].held_on)
    label = first if first == last else f"{first}–{last}"
    meta = MeetingMeta(kind_title=t(TITLE), case_number=label, organisation=ctx.organisation.display_name,
                       made_by=ctx.author.name, made_at=ctx.made_at, keywords=(t("ressursgruppe"),))
    story: list[Flowable] = []
    for index, meeting in enumerate(ordered):
        if index:
            story.append(PageBreak())
        story += _meeting(meeting, ctx)
    build_pdf(stream, story, meta)


def _meeting(meeting: Meeting, ctx: DocumentContext) -> list[Flowable]:
    rows = [(case.case_number or t(ANONYMOUS), case.summary) for case in meeting.cases]
    return [
        para(t(TITLE), STYLES.title),
        para(f"{ctx.organisation.display_name}  ·  {fmt_date(meeting.held_on)}", STYLES.subtitle),
        note(PRIVACY), space(2),
        fields([("Dato", fmt_date(meeting.held_on)), ("Til stede (rolle)", ", ".join(meeting.participants))]),
        heading("Saker som ble drøftet"),
        grid_or_note(("Sak", "Hva som ble drøftet"), rows, (1, 4), "Ingen enkeltsaker ble drøftet."),
        *text_block("Råd som ble gitt", meeting.advice, 1),
        *text_block("Rutiner som ble avtalt", meeting.procedures, 1),
    ]
