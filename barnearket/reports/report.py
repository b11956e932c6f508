"""The report of concern to child welfare as PDF, its parts in the national portal's order."""

from __future__ import annotations

from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from barnearket.domain.language import speaking, t
from barnearket.domain.model import Report, ReportRecipient, ReportStatus, label
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.reports.blocks import fields, heading, note, para, signature_lines, space, text_block
from barnearket.reports.context import DocumentContext
from barnearket.reports.names import DocumentKind, report_heading
from barnearket.reports.page import build_pdf
from barnearket.reports.report_draft import ReportDraft
from barnearket.reports.report_parts import Part, part_groups
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date, fmt_datetime, or_dash

LEGAL = (
    "Meldingen gis etter opplysningsplikten til barnevernet, jf. barnevernsloven § 13-2 og "
    "helsepersonelloven § 33. Opplysningsplikten går foran taushetsplikten og krever ikke samtykke. "
    "Plikten er personlig, og offentlig ansatte kan ikke melde anonymt."
)

LEGAL_POLICE = (
    "Meldingen gis for å avverge alvorlig skade på et barn, jf. helsepersonelloven § 31 og "
    "avvergingsplikten i straffeloven § 196. Opplysningene kan gis uten samtykke og uten hinder av "
    "taushetsplikten. Barnevernet skal som regel også ha en egen melding. Ved akutt fare: ring 112."
)
LEGAL_PREGNANCY_SOCIAL = (
    "Meldingen gjelder en gravid kvinne og barnet hun venter. Helsepersonell skal uten hinder av "
    "taushetsplikten si fra til kommunen når det er grunn til å tro at en gravid kvinne bruker "
    "rusmidler slik at barnet sannsynligvis blir skadet, jf. helsepersonelloven § 32 og helse- og "
    "omsorgstjenesteloven § 10-3. Meldingen krever ikke samtykke."
)
LEGAL_PREGNANCY_SPECIALIST = (
    "Meldingen gjelder en gravid kvinne som bruker rusmidler, og barnet hun venter. Den sendes for at "
    "spesialisthelsetjenesten skal kunne gi hjelp tidlig i svangerskapet. Opplysningene gis for å "
    "hindre skade på barnet og krever ikke samtykke, jf. helsepersonelloven § 32."
)
LEGAL_REFERRAL = (
    "Opplysningene deles med samtykke. Under meldeterskelen til barnevernet skal samtykket være "
    "registrert i saken før meldingen eller henvisningen sendes."
)

_LABEL = 62 * mm


def legal_text(recipient: ReportRecipient) -> str:
    """The legal basis printed under the title."""
    if recipient is ReportRecipient.BARNEVERN:
        return t(LEGAL)
    if recipient is ReportRecipient.SOSIAL_SVANGERSKAP:
        return t(LEGAL_PREGNANCY_SOCIAL)
    if recipient is ReportRecipient.SPESIALIST_SVANGERSKAP:
        return t(LEGAL_PREGNANCY_SPECIALIST)
    return t(LEGAL_POLICE if recipient is ReportRecipient.POLITI else LEGAL_REFERRAL)


def render_report(draft: ReportDraft, ctx: DocumentContext, stream: IO[bytes]) -> None:
    """Write the report of concern as PDF to `stream`."""
    with speaking(ctx.language):
        short = (DocumentKind.REPORT.short_title if draft.recipient is ReportRecipient.BARNEVERN
                 else t("Melding til politiet") if draft.recipient is ReportRecipient.POLITI
                 else t("Melding"))
        build_pdf(stream, report_story(draft, ctx),
                  ctx.meta(short, draft.case_number, t("bekymringsmelding")))


def report_story(draft: ReportDraft, ctx: DocumentContext) -> list[Flowable]:
    """The flowables of the report."""
    story: list[Flowable] = [
        para(report_heading(draft.recipient), STYLES.title),
        para(t("Sak {number}", number=draft.case_number) + f"  ·  {ctx.organisation.display_name}",
             STYLES.subtitle),
        *_tracking(draft.tracking, ctx), space(2), note(legal_text(draft.recipient)),
    ]
    for number, part in enumerate(Part, start=1):
        story += _part(draft, part, number)
    who = ", ".join(p for p in (draft.reporter.name, draft.reporter.job_title.strip()) if p)
    story.append(signature_lines(["Sted og dato", t("Underskrift: {who}", who=who)], "Underskrift"))
    return story


def _part(draft: ReportDraft, part: Part, number: int) -> list[Flowable]:
    title = f"{number}. {part.heading}"
    if part.section is not None:
        return text_block(title, draft.text(part.section), level=1)
    out: list[Flowable] = [heading(title)]
    groups = part_groups(draft, part)
    if not groups:
        out.append(para(t("Ingen er valgt.")))
    for subtitle, pairs in groups:
        if subtitle:
            out.append(heading(subtitle, 3))
        out.append(fields(pairs, _LABEL))
    return out


def _tracking(report: Report | None, ctx: DocumentContext) -> list[Flowable]:
    if report is None:
        return [fields([("Status", t("Utkast, ikke sendt")), ("Laget", fmt_datetime(ctx.made_at))], _LABEL)]
    pairs = [("Versjon", f"{report.series}.{report.version}"), ("Status", label(report.status))]
    if report.status is ReportStatus.SENT and report.sent_on and not report.recipient.has_feedback_deadlines:
        channel = f" ({label(report.channel)})" if report.channel else ""
        pairs.append(("Sendt", fmt_date(report.sent_on) + channel))
    if report.status is ReportStatus.SENT and report.sent_on and report.recipient.has_feedback_deadlines:
        due = report_due_dates(report.sent_on, ctx.rules)
        channel = f" ({label(report.channel)})" if report.channel else ""
        pairs += [("Sendt", fmt_date(report.sent_on) + channel),
                  ("Portalens referanse", or_dash(report.portal_reference)),
                  ("Barnevernet vurderer innen", fmt_date(due.assessment_by)),
                  ("Tilbakemelding innen", fmt_date(due.feedback_by)),
                  ("Tilbakemelding mottatt", fmt_date(report.feedback_on))]
        if report.feedback_on is None:
            pairs.append(("Purres", t("Kontakt barnevernet hvis ikke svar innen {date}.",
                                      date=fmt_date(due.chase_on))))
    return [fields(pairs, _LABEL)]
