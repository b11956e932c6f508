"""The journal summary of a case for the parent's record; child details can be left out."""

from __future__ import annotations

from typing import IO

from reportlab.platypus import Flowable

from barnearket.domain.language import speaking, t
from barnearket.domain.model import Case, Child, Consent, label
from barnearket.domain.rules.minor import user_age, user_is_minor
from barnearket.reports.blocks import fields, grid_or_note, heading, note, para
from barnearket.reports.concerns import concern_part, no_concerns
from barnearket.reports.context import DocumentContext
from barnearket.reports.names import DocumentKind
from barnearket.reports.page import build_pdf
from barnearket.reports.redact import consent_purpose, without_free_text
from barnearket.reports.sheets import ChildName, sheet_part
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date, fmt_datetime, joined, or_dash


def render_summary(case: Case, ctx: DocumentContext, stream: IO[bytes], *,
                   with_children: bool = True) -> None:
    """Write the journal summary of `case` as PDF to `stream`."""
    with speaking(ctx.language):
        build_pdf(stream, summary_story(case, ctx, with_children=with_children),
                  ctx.meta(DocumentKind.SUMMARY.short_title, case.number, t("journalsammendrag")))


def summary_story(case: Case, ctx: DocumentContext, *, with_children: bool = True) -> list[Flowable]:
    """The flowables of the summary (also used by the benchmarks)."""
    index = {c.id: n for n, c in enumerate(case.children, start=1)}

    def name(child: Child) -> str:
        return child.name if with_children else t("Barn {n}", n=index[child.id])

    story: list[Flowable] = [
        para(DocumentKind.SUMMARY.heading, STYLES.title),
        para(t("Sak {number}", number=case.number) + f"  ·  {ctx.organisation.display_name}",
             STYLES.subtitle),
        *_parent(case, ctx), *_children(case, ctx, with_children),
        *sheet_part(case, ctx, name, with_children), heading("Bekymringer"),
    ]
    for number, concern in enumerate(case.concerns, start=1):
        child = case.child(concern.child_id)
        shown = concern if with_children else without_free_text(concern)
        story += concern_part(shown, number, name(child) if child else t("Ukjent barn"), ctx)
    if not case.concerns:
        story.append(no_concerns())
    elif not with_children:
        story.append(note("Det som er skrevet fritt om bekymringene, er utelatt fordi det gjelder barna."))
    story += [*_consents(case, ctx, name, with_children), *_closing(ctx, with_children)]
    return story


def _parent(case: Case, ctx: DocumentContext) -> list[Flowable]:
    p = case.parent
    interpreter = t("Ja") if p.interpreter_needed else t("Nei")
    return [heading("Brukeren"), fields([
        ("Navn", p.name), ("Fødselsnummer", or_dash(p.identity_number)),
        ("Fødselsdato", fmt_date(p.birth_date)), ("Adresse", or_dash(p.address)),
        ("Telefon", or_dash(p.phone)),
        ("Språk og tolk", or_dash(p.language) + " " + t("(behov for tolk: {answer})", answer=interpreter)),
        ("Behandlingsfase", label(case.treatment_phase)),
        ("Kategorier", joined(sorted(ctx.category(c) for c in case.categories))),
        ("Saken", t("{status}, opprettet {date}", status=label(case.status),
                    date=fmt_date(case.created_at.date()))),
        *_minor(case, ctx),
    ])]


def _minor(case: Case, ctx: DocumentContext) -> list[tuple[str, str]]:
    """A line saying the user is under 18, when she is (the duty to report covers her too)."""
    today = ctx.made_at.date()
    if not user_is_minor(case, today, ctx.rules):
        return []
    return [("Under 18 år", t("Ja, {age} år. Meldeplikten gjelder også for brukeren selv.",
                               age=user_age(case, today)))]


def _children(case: Case, ctx: DocumentContext, with_children: bool) -> list[Flowable]:
    out: list[Flowable] = [heading("Barn og søsken under 18 år")]
    gate = case.gate
    if gate is None:
        out.append(para(t("Spørsmålet om barn er ikke registrert besvart.")))
    else:
        siblings = label(gate.siblings) if gate.siblings else t("Ikke spurt")
        out.append(fields([("Har barn under 18 år", label(gate.answer)),
                           ("Har søsken under 18 år", siblings),
                           ("Spurt", t("{date} av {name}", date=fmt_date(gate.asked_on),
                                       name=ctx.worker(gate.asked_by)))]))
    if with_children:
        rows = [_child_row(c, ctx) for c in case.children]
        header = ["Navn", "Fødselsnummer", "Født / termin", "Relasjon", "Bor", "Tjenester"]
        out.append(grid_or_note(header, rows, [3.2, 2.9, 2.2, 1.8, 3, 2.6], "Ingen barn er registrert."))
    else:
        rows = [[t("Barn {n}", n=n), _born(c), label(c.details.relation)]
                for n, c in enumerate(case.children, start=1)]
        out += [grid_or_note(["Barn", "Født / termin", "Relasjon"], rows, [2, 3, 3],
                             "Ingen barn er registrert."),
                note("Navn og andre opplysninger om barna er utelatt fra dette sammendraget.")]
    return out


def _born(child: Child) -> str:
    d = child.details
    return t("Ufødt, termin {date}", date=fmt_date(d.due_date)) if d.unborn else fmt_date(d.birth_date)


def _child_row(child: Child, ctx: DocumentContext) -> list[str]:
    d = child.details
    lives = label(d.residence) if d.residence else t("Ikke registrert")
    if d.daily_carer.strip():
        lives += " " + t("(omsorg: {carer})", carer=d.daily_carer)
    return [d.name, or_dash(d.identity_number), _born(child), label(d.relation), lives,
            joined(sorted(ctx.service(s) for s in d.services))]


def _consents(case: Case, ctx: DocumentContext, name: ChildName, with_children: bool) -> list[Flowable]:
    rows = [_consent_row(c, case, ctx, name, with_children) for c in case.consents]
    header = ["Svart av", "Gjelder", "Formål", "Mottakere", "Svar og gyldighet"]
    return [heading("Samtykker"), grid_or_note(header, rows, [2.4, 2.2, 4, 3.4, 3.2],
                                               "Ingen samtykker er registrert.")]


def _consent_row(consent: Consent, case: Case, ctx: DocumentContext, name: ChildName,
                 with_children: bool) -> list[str]:
    child = case.child(consent.child_id) if consent.child_id is not None else None
    about = name(child) if child else t("Alle barna")
    given = f"{label(consent.given_by)} ({label(consent.form).lower()})"
    valid = (t("Gitt {date}", date=fmt_date(consent.given_on)) + "\n"
             + t("Til {date}", date=fmt_date(consent.expires_on)))
    if consent.refused:
        valid = t("Nektet {date}", date=fmt_date(consent.given_on))
    elif consent.withdrawn_on:
        valid += "\n" + t("Trukket {date}", date=fmt_date(consent.withdrawn_on))
    purpose = ctx.purpose(consent.purpose) if with_children else consent_purpose(consent, ctx)
    return [given, about, purpose, joined(sorted(ctx.service(r) for r in consent.recipients)),
            valid]


def _closing(ctx: DocumentContext, with_children: bool) -> list[Flowable]:
    role = f" ({ctx.author.job_title})" if ctx.author.job_title.strip() else ""
    scope = "" if with_children else " " + t("Opplysninger om barna er utelatt.")
    return [heading("Om sammendraget"), para(
        t("Sammendraget er laget av {name}", name=ctx.author.name) + role + " " + fmt_datetime(ctx.made_at)
        + ". " + t("Det viser det som var registrert i saken da.") + scope)]
