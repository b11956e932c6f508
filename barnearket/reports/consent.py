"""The consent form to sign: purpose, recipients, validity and the right to withdraw."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from reportlab.platypus import Flowable

from barnearket.domain.forms import FormNotFoundError, ItemList
from barnearket.domain.forms.standard import SERVICES_ID
from barnearket.domain.model import Case, Child, Consent, ReportRecipient, label
from barnearket.reports.blocks import (
    checkbox,
    checkbox_columns,
    fields,
    heading,
    note,
    para,
    signature_lines,
    write_lines,
)
from barnearket.reports.context import DocumentContext
from barnearket.reports.names import DocumentKind
from barnearket.reports.page import build_pdf
from barnearket.reports.styles import STYLES
from barnearket.reports.text import fmt_date, or_dash

INTRO = (
    "Vi ber om samtykke til å dele opplysninger med tjenestene som er krysset av nedenfor, slik at vi "
    "kan samarbeide om hjelp til barna. Du bestemmer selv om du vil samtykke. Svaret får ingen "
    "betydning for tjenestene du får fra oss."
)
WITHDRAW = (
    "Du kan når som helst trekke samtykket tilbake, helt eller delvis, muntlig eller skriftlig, uten "
    "å begrunne det. Si fra til den som har innhentet samtykket. Opplysninger som allerede er delt, "
    "kan ikke hentes tilbake, men ingen nye opplysninger deles etter at du har trukket samtykket."
)
NOT_FOR_REPORTS = (
    "Samtykket gjelder ikke melding til barnevernet etter opplysningsplikten (barnevernsloven § 13-2, "
    "helsepersonelloven § 33). En slik melding krever ikke samtykke. Samtykket gis etter "
    "helsepersonelloven § 22."
)


def render_consent(case: Case, ctx: DocumentContext, stream: IO[bytes], *, consent: Consent | None = None,
                   child_ids: Sequence[int] = ()) -> None:
    """Write the consent form; a recorded `consent` fills it in, otherwise it is left to fill in."""
    build_pdf(stream, consent_story(case, ctx, consent=consent, child_ids=child_ids),
              ctx.meta(DocumentKind.CONSENT.short_title, case.number, "samtykke"))


def consent_story(case: Case, ctx: DocumentContext, *, consent: Consent | None = None,
                  child_ids: Sequence[int] = ()) -> list[Flowable]:
    """The flowables of the consent form."""
    children = _children(case, consent, child_ids)
    return [
        para(DocumentKind.CONSENT.heading, STYLES.title),
        para(f"Sak {case.number}  ·  {ctx.organisation.display_name}", STYLES.subtitle),
        para(INTRO), *_who(case, children),
        heading("Formål: hva opplysningene skal brukes til"),
        para(consent.purpose) if consent else write_lines(3),
        heading("Hvem opplysningene kan deles med"), *_recipients(ctx, consent),
        heading("Hvilke opplysninger"),
        para("Bare opplysninger som er nødvendige for formålet ovenfor, om barna og om din situasjon "
             "i den grad den har betydning for barna."),
        heading("Hvor lenge samtykket gjelder"), para(_validity(consent)),
        heading("Du kan trekke samtykket tilbake"), para(WITHDRAW),
        heading(f"Barn som har fylt {ctx.rules.own_consent_age} år"),
        para(f"Barn som har fylt {ctx.rules.own_consent_age} år, samtykker selv til at opplysninger om "
             "dem deles, og skriver under selv."),
        note(NOT_FOR_REPORTS), *_signatures(ctx),
    ]


def _children(case: Case, consent: Consent | None, child_ids: Sequence[int]) -> tuple[Child, ...]:
    if consent is not None and consent.child_id is not None:
        wanted = {consent.child_id}
    else:
        wanted = set(child_ids) or {c.id for c in case.children}
    return tuple(c for c in case.children if c.id in wanted)


def _who(case: Case, children: Sequence[Child]) -> list[Flowable]:
    p = case.parent
    pairs = [("Forelder", p.name), ("Fødselsnummer", or_dash(p.identity_number))]
    for child in children:
        born = (f"ufødt, termin {fmt_date(child.details.due_date)}" if child.unborn
                else f"født {fmt_date(child.birth_date)}")
        pairs.append(("Barn", f"{child.name} ({born})"))
    return [heading("Hvem samtykket gjelder"), fields(pairs)]


def _recipients(ctx: DocumentContext, consent: Consent | None) -> list[Flowable]:
    if consent is not None:
        return [checkbox(True, ctx.service(r)) for r in sorted(consent.recipients, key=ctx.service)]
    names = [*_service_choices(ctx), "Voksne pårørende: " + "_" * 22, "Annen: " + "_" * 30]
    return [checkbox_columns(names)]


def _service_choices(ctx: DocumentContext) -> list[str]:
    if ctx.forms is not None:
        try:
            catalog = ctx.forms.latest(SERVICES_ID)
        except FormNotFoundError:
            catalog = None
        if isinstance(catalog, ItemList):
            return [i.label for i in catalog.items if not i.id.startswith(ReportRecipient.BARNEVERN.value)]
    return [label(r) for r in ReportRecipient if r.needs_consent]


def _validity(consent: Consent | None) -> str:
    if consent is None:
        return "Samtykket gjelder fra ____________ til ____________."
    if consent.refused:
        return (f"Samtykke ble nektet {fmt_date(consent.given_on)} ({label(consent.form).lower()}). "
                "Opplysningene kan ikke deles med mottakerne over uten et nytt samtykke.")
    text = f"Samtykket gjelder fra {fmt_date(consent.given_on)}"
    text += f" til {fmt_date(consent.expires_on)}." if consent.expires_on else " til det trekkes tilbake."
    text += f" Det er registrert som {label(consent.form).lower()} samtykke."
    if consent.withdrawn_on:
        text += f" Det ble trukket tilbake {fmt_date(consent.withdrawn_on)}."
    return text


def _signatures(ctx: DocumentContext) -> list[Flowable]:
    role = f", {ctx.author.job_title}" if ctx.author.job_title.strip() else ""
    return [
        signature_lines(["Sted og dato", "", "Underskrift forelder", "Navn med blokkbokstaver",
                         "Underskrift forelder 2 (ved felles foreldreansvar)", "Navn med blokkbokstaver",
                         f"Underskrift barnet (har fylt {ctx.rules.own_consent_age} år)",
                         "Navn med blokkbokstaver"], "Underskrifter"),
        signature_lines(["Sted og dato", f"Samtykket er innhentet av {ctx.author.name}{role}"]),
    ]
