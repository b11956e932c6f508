"""The innsyn document: everything Barnearket stores about one person in a case, what was withheld
and why, and the case's access log (who, by name and role, did what and when)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from reportlab.platypus import Flowable

from barnearket.domain.language import t
from barnearket.domain.model import Case, Child, Report, label
from barnearket.domain.rules.innsyn import InnsynView
from barnearket.reports.blocks import fields, grid, grid_or_note, heading, note, para
from barnearket.reports.concerns import concern_part, no_concerns
from barnearket.reports.context import DocumentContext
from barnearket.reports.page import build_pdf
from barnearket.reports.sheets import every_sheet_part
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date, fmt_datetime, joined, or_dash, yes_no

TITLE = "Innsyn i Barnearket"
_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")


@dataclass(frozen=True)
class AccessLine:
    """One row of the access log as the person is shown it."""

    at: datetime
    who: str
    role: str
    what: str


def innsyn_file_name(case_number: str) -> str:
    """«innsyn-2026-0042.pdf»: the case number only, never a name."""
    return f"innsyn-{_UNSAFE.sub('-', case_number).strip('-') or 'sak'}.pdf"


def render_innsyn(view: InnsynView, log: list[AccessLine], ctx: DocumentContext, stream: IO[bytes]) -> None:
    """Write the innsyn document as PDF to `stream` (metadata: title and case number only)."""
    build_pdf(stream, innsyn_story(view, log, ctx), ctx.meta(t(TITLE), view.case.number, t("innsyn")))


def innsyn_story(view: InnsynView, log: list[AccessLine], ctx: DocumentContext) -> list[Flowable]:
    """The flowables of the document."""
    case = view.case

    def name(child: Child) -> str:
        return child.name

    story: list[Flowable] = [
        para(t(TITLE), STYLES.title),
        para(t("Sak {number}  ·  {organisation}", number=case.number,
               organisation=ctx.organisation.display_name), STYLES.subtitle),
        para(t("{subject}. Dokumentet viser alt som er lagret om deg i Barnearket i denne saken, "
               "hva som er holdt tilbake og hvorfor, og hvem som har åpnet eller endret saken.",
               subject=view.subject)),
        *_case(case, ctx), *_parent(case), *_children(case, ctx),
        heading("Samtaler med Barnearket"),
        *(every_sheet_part(case, ctx, name) or [para(t("Ingen samtaler."))]),
        heading("Bekymringer"),
    ]
    for number, concern in enumerate(case.concerns, start=1):
        child = case.child(concern.child_id)
        story += concern_part(concern, number, child.name if child else t("Ukjent barn"), ctx)
        story += _report_texts(concern.reports)
    if not case.concerns:
        story.append(no_concerns())
    story += [*_consents(case, ctx), *_withheld(view), *_log(log), *_closing(ctx)]
    return story


def _case(case: Case, ctx: DocumentContext) -> list[Flowable]:
    gate = case.gate
    transferred = (t("{date}, referanse {reference}", date=fmt_date(case.transferred_on),
                     reference=case.transfer_reference) if case.transferred_on else t("Nei"))
    return [heading("Saken"), fields([
        ("Status", label(case.status)), ("Opprettet", fmt_date(case.created_at.date())),
        ("Ansvarlig", ctx.worker(case.responsible_id)),
        ("Avsluttet", fmt_date(case.closed_on) if case.closed_on else t("Nei")),
        ("Overført til journal", transferred),
        ("Behandlingsfase", label(case.treatment_phase)),
        ("Kategorier", joined(sorted(ctx.category(c) for c in case.categories))),
        ("Har barn under 18 år", label(gate.answer) if gate else t("Ikke spurt")),
        ("Har søsken under 18 år", label(gate.siblings) if gate and gate.siblings else t("Ikke spurt")),
        ("Spurt om barn", t("{date} av {name}", date=fmt_date(gate.asked_on), name=ctx.worker(gate.asked_by))
                          if gate else "–"),
    ])]


def _parent(case: Case) -> list[Flowable]:
    p = case.parent
    return [heading("Forelderen"), fields([
        ("Navn", p.name), ("Fødselsnummer", or_dash(p.identity_number)),
        ("Fødselsdato", fmt_date(p.birth_date)), ("Adresse", or_dash(p.address)),
        ("Telefon", or_dash(p.phone)), ("Språk", or_dash(p.language)),
        ("Behov for tolk", yes_no(p.interpreter_needed)),
    ])]


def _children(case: Case, ctx: DocumentContext) -> list[Flowable]:
    out: list[Flowable] = [heading("Barn")]
    for child in case.children:
        d = child.details
        born = t("Ufødt, termin {date}", date=fmt_date(d.due_date)) if d.unborn else fmt_date(d.birth_date)
        out += [heading(d.name, 2), fields([
            ("Fødselsnummer", or_dash(d.identity_number)), ("Født / termin", born),
            ("Relasjon", label(d.relation)), ("Foreldreansvar", yes_no(d.parental_responsibility)),
            ("Bor", label(d.residence) if d.residence else t("Ikke registrert")),
            ("Daglig omsorg", or_dash(d.daily_carer)), ("Den andre forelderen", or_dash(d.other_parent)),
            ("Barnehage eller skole", or_dash(d.school)),
            ("Tjenester", joined(sorted(ctx.service(s) for s in d.services))),
        ])]
    return out if case.children else [*out, para(t("Ingen barn er vist."))]


def _report_texts(reports: tuple[Report, ...]) -> list[Flowable]:
    out: list[Flowable] = []
    for report in sorted(reports, key=lambda r: (r.series, r.version)):
        c = report.content
        texts = [(label(k), v) for k, v in c.sections.items() if v.strip()]
        texts += [("Foreldrene er informert", yes_no(c.parents_told)),
                  ("Hvorfor ikke (foreldrene)", or_dash(c.parents_not_told_why)),
                  ("Barnet er informert", yes_no(c.child_told)),
                  ("Hvorfor ikke (barnet)", or_dash(c.child_not_told_why)),
                  ("Tolk", yes_no(c.interpreter_needed) + (f", {c.interpreter_language}"
                                                           if c.interpreter_language else ""))]
        if texts:
            title = t("Melding {number} til {recipient}", number=f"{report.series}.{report.version}",
                      recipient=label(report.recipient).lower())
            out += [heading(title, 3), fields(texts)]
    if out:
        out.append(note("Meldinger fra offentlig ansatte kan ikke sendes anonymt, så den som meldte, står "
                        "i meldingen."))
    return out


def _consents(case: Case, ctx: DocumentContext) -> list[Flowable]:
    rows = []
    for c in case.consents:
        child = case.child(c.child_id) if c.child_id is not None else None
        answer = t("Nektet {date}", date=fmt_date(c.given_on)) if c.refused else (
            t("Gitt {given}, til {expires}", given=fmt_date(c.given_on), expires=fmt_date(c.expires_on))
            + (t(", trukket {date}", date=fmt_date(c.withdrawn_on)) if c.withdrawn_on else ""))
        whom = child.name if child else t("Alle barna")
        rows.append([f"{label(c.given_by)} ({label(c.form).lower()})", whom,
                     joined([ctx.purpose(c.purpose), c.note], "\n"),
                     joined(sorted(ctx.service(r) for r in c.recipients)),
                     answer])
    return [heading("Samtykker"), grid_or_note(["Svart av", "Gjelder", "Formål", "Mottakere", "Svar"], rows,
                                               [2.4, 2.2, 4, 3.4, 3.2], "Ingen samtykker er registrert.")]


def _withheld(view: InnsynView) -> list[Flowable]:
    out: list[Flowable] = [heading("Dette er holdt tilbake")]
    if not view.withheld:
        return [*out, para(t("Ingenting er holdt tilbake."))]
    return [*out, grid(["Hva", "Hvorfor"], [[w.what, w.why] for w in view.withheld], [6, 9])]


def _log(log: list[AccessLine]) -> list[Flowable]:
    rows = [[fmt_datetime(x.at), x.who, x.role, x.what] for x in log]
    return [heading("Hvem har åpnet og endret saken"),
            para(t("Listen er hentet fra Barnearkets logg. Den viser alle som har åpnet, endret, skrevet ut "
                   "eller lagret noe fra saken, med navn og rolle.")),
            grid_or_note(["Tidspunkt", "Hvem", "Rolle", "Hva"], rows, [2.6, 3.6, 3.2, 5.6],
                         "Loggen har ingen oppføringer for saken.")]


def _closing(ctx: DocumentContext) -> list[Flowable]:
    role = f" ({ctx.author.job_title})" if ctx.author.job_title.strip() else ""
    return [heading("Om dokumentet"), para(t(
        "Laget av {name}{role} {time}. Mener du at noe er feil, kan du be om at det rettes. Det som stod "
        "før, blir stående som rettet, med hvem som rettet, når og hvorfor.",
        name=ctx.author.name, role=role, time=fmt_datetime(ctx.made_at)))]
