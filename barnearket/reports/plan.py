"""The action plan for a responsibility group: participants, goals, measures, who is responsible, dates."""

from __future__ import annotations

from typing import IO

from reportlab.platypus import Flowable

from barnearket.domain.language import speaking, t
from barnearket.domain.model import label
from barnearket.reports.blocks import (
    grid,
    grid_or_note,
    heading,
    note,
    para,
    signature_lines,
    write_lines,
)
from barnearket.reports.context import DocumentContext
from barnearket.reports.names import DocumentKind
from barnearket.reports.page import build_pdf
from barnearket.reports.plan_draft import PlanDraft
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date, or_dash


def render_plan(draft: PlanDraft, ctx: DocumentContext, stream: IO[bytes]) -> None:
    """Write the action plan as PDF to `stream`."""
    with speaking(ctx.language):
        build_pdf(stream, plan_story(draft, ctx),
                  ctx.meta(DocumentKind.PLAN.short_title, draft.case_number, t("tiltaksplan")))


def plan_story(draft: PlanDraft, ctx: DocumentContext) -> list[Flowable]:
    """The flowables of the plan."""
    return [
        para(DocumentKind.PLAN.heading, STYLES.title),
        para(t("Sak {number}", number=draft.case_number) + f"  ·  {ctx.organisation.display_name}",
             STYLES.subtitle),
        *_children(draft), *_group(draft),
        heading("Mål for samarbeidet"),
        para(draft.goals) if draft.goals.strip() else write_lines(3),
        *_actions(draft, ctx), *_consents(draft),
        heading("Neste møte"),
        para(t("Neste evaluering eller frist: {date}. Dato for neste møte: ____________",
               date=fmt_date(draft.next_meeting))),
        signature_lines(["Sted og dato", "Underskrift forelder", "Underskrift koordinator"],
                        "Planen er gjennomgått"),
    ]


def _children(draft: PlanDraft) -> list[Flowable]:
    rows = [[c.name, t("Ufødt, termin {date}", date=fmt_date(c.details.due_date)) if c.unborn
             else fmt_date(c.birth_date)] for c in draft.children]
    return [heading("Barnet eller barna"),
            grid_or_note(["Navn", "Født / termin"], rows, [3, 2], "Ingen barn er valgt.")]


def _group(draft: PlanDraft) -> list[Flowable]:
    rows = [[or_dash(p.name), p.role, or_dash(p.contact)] for p in draft.participants]
    rows += [["", "", ""]] * 2
    return [heading("Ansvarsgruppen"), grid(["Navn", "Rolle eller tjeneste", "Kontakt"], rows, [4, 4, 3])]


def _actions(draft: PlanDraft, ctx: DocumentContext) -> list[Flowable]:
    rows = [[a.measure, or_dash(a.responsible), fmt_date(a.deadline), fmt_date(a.evaluate_on),
             label(a.status)] for a in draft.actions]
    rows += [["", "", "", "", ""]] * 2
    evals = [[a.measure, fmt_date(e.evaluated_on), e.text, ctx.worker(e.by)]
             for a in draft.actions for e in a.evaluations]
    out: list[Flowable] = [heading("Tiltak"), grid(["Tiltak", "Ansvarlig", "Frist", "Evalueres", "Status"],
                                                   rows, [6, 3.2, 2, 2, 1.8])]
    if evals:
        out += [heading("Evalueringer", 2), grid(["Tiltak", "Dato", "Hva evalueringen viste", "Av"],
                                                 evals, [4, 2, 6, 3])]
    return out


def _consents(draft: PlanDraft) -> list[Flowable]:
    out: list[Flowable] = [heading("Samtykke til samarbeid")]
    out += [para(line) for line in draft.consents] or [para(t("Ingen gyldige samtykker er registrert."))]
    if draft.missing_consent:
        out.append(note(t("Det finnes ikke gyldig samtykke til å dele opplysninger med: {services}. Innhent "
                          "samtykke før opplysninger deles.", services=", ".join(draft.missing_consent))))
    return out
