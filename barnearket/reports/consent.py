"""The consent form to sign: purpose, recipients, validity and the right to withdraw."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from reportlab.platypus import Flowable

from barnearket.domain.forms import FormNotFoundError, ItemList
from barnearket.domain.forms.standard import SERVICES_ID
from barnearket.domain.language import speaking, t
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
    with speaking(ctx.language):
        build_pdf(stream, consent_story(case, ctx, consent=consent, child_ids=child_ids),
                  ctx.meta(DocumentKind.CONSENT.short_title, case.number, t("samtykke")))


def consent_story(case: Case, ctx: DocumentContext, *, consent: Consent | None = None,
                  child_ids: Sequence[int] = ()) -> list[Flowable]:
    """The flowables of the consent form."""
    children = _children(case, consent, child_ids)
    return [
        para(DocumentKind.CONSENT.heading, STYLES.title),
        para(t("Sak {number}", number=case.number) + f"  ·  {ctx.organisation.display_name}",
             STYLES.subtitle),
        para(t(INTRO)), *_who(case, children),
        heading("Formål: hva opplysningene skal brukes til"),
        para(ctx.purpose(consent.purpose)) if consent else write_lines(3),
        heading("Hvem opplysningene kan deles med"), *_recipients(ctx, consent),
        heading("Hvilke opplysninger"),
        para(t("Bare opplysninger som er nødvendige for formålet ovenfor, om barna og om din situasjon "
               "i den grad den har betydning for barna.")),
        heading("Hvor lenge samtykket gjelder"), para(_validity(consent)),
        heading("Du kan trekke samtykket tilbake"), para(t(WITHDRAW)),
        heading(t("Barn som har fylt {age} år", age=ctx.rules.own_consent_age)),
        para(t("Barn som har fylt {age} år, samtykker selv til at opplysninger om dem deles, og skriver "
               "under selv.", age=ctx.rules.own_consent_age)),
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
        born = (t("ufødt, termin {date}", date=fmt_date(child.details.due_date)) if child.unborn
                else t("født {date}", date=fmt_date(child.birth_date)))
        pairs.append(("Barn", f"{child.name} ({born})"))
    return [heading("Hvem samtykket gjelder"), fields(pairs)]


def _recipients(ctx: DocumentContext, consent: Consent | None) -> list[Flowable]:
    if consent is not None:
        return [checkbox(True, ctx.service(r)) for r in sorted(consent.recipients, key=ctx.service)]
    names = [*_service_choices(ctx), t("Voksne pårørende:") + " " + "_" * 22, t("Annen:") + " " + "_" * 30]
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
        return t("Samtykket gjelder fra ____________ til ____________.")
    if consent.refused:
        return t("Samtykke ble nektet {date} ({form}). Opplysningene kan ikke deles med mottakerne over "
                 "uten et nytt samtykke.", date=fmt_date(consent.given_on), form=label(consent.form).lower())
    given = fmt_date(consent.given_on)
    if consent.expires_on:
        text = t("Samtykket gjelder fra {start} til {end}.", start=given, end=fmt_date(consent.expires_on))
    else:
        text = t("Samtykket gjelder fra {start} til det trekkes tilbake.", start=given)
    text += " " + t("Det er registrert som {form} samtykke.", form=label(consent.form).lower())
    if consent.withdrawn_on:
        text += " " + t("Det ble trukket tilbake {date}.", date=fmt_date(consent.withdrawn_on))
    return text


def _signatures(ctx: DocumentContext) -> list[Flowable]:
    role = f", {ctx.author.job_title}" if ctx.author.job_title.strip() else ""
    return [
        signature_lines(["Sted og dato", "", "Underskrift forelder", "Navn med blokkbokstaver",
                         "Underskrift forelder 2 (ved felles foreldreansvar)", "Navn med blokkbokstaver",
                         t("Underskrift barnet (har fylt {age} år)", age=ctx.rules.own_consent_age),
                         "Navn med blokkbokstaver"], "Underskrifter"),
        signature_lines(["Sted og dato", t("Samtykket er innhentet av {name}", name=ctx.author.name) + role]),
    ]
