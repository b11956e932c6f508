"""Whether a consent is valid for a recipient on a day, where it stands, and warnings for sharing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from barnearket.domain.errors import ValidationError
from barnearket.domain.language import n_
from barnearket.domain.model.consent import Consent
from barnearket.domain.model.enums import ConsentGiver, DecisionOutcome
from barnearket.domain.model.people import Child
from barnearket.domain.model.report import Report
from barnearket.domain.model.steps import Decision
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.notes import Note, warning
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings

NO_CONSENT = n_("Det finnes ikke noe gyldig samtykke til å dele opplysninger med denne mottakeren.")
REFUSED = n_("Samtykke til å dele med denne mottakeren er nektet. Del ikke uten et nytt samtykke "
              "(en melding til barnevernet krever aldri samtykke).")
REFUSED_REPORT = n_("Samtykke er nektet. En bekymringsmelding til barnevernet eller politiet krever ikke "
                     "samtykke, og meldeplikten gjelder uansett.")


class ConsentState(StrEnum):
    """Where a consent stands on a given day."""

    IN_FORCE = "in_force"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NOT_YET = "not_yet"


STATE_LABELS = {
    ConsentState.IN_FORCE: "Gjelder", ConsentState.REFUSED: "Nektet",
    ConsentState.WITHDRAWN: "Trukket tilbake", ConsentState.EXPIRED: "Utløpt",
    ConsentState.NOT_YET: "Gjelder fra senere dato",
}


def consent_state(consent: Consent, on: date) -> ConsentState:
    """The state of the consent on `on`: refused, withdrawn, expired, not yet given, or in force."""
    if consent.refused:
        return ConsentState.REFUSED
    if consent.withdrawn_on is not None and on >= consent.withdrawn_on:
        return ConsentState.WITHDRAWN
    if consent.expires_on is not None and on > consent.expires_on:
        return ConsentState.EXPIRED
    if on < consent.given_on:
        return ConsentState.NOT_YET
    return ConsentState.IN_FORCE


def giver_entitled(consent: Consent, child: Child | None, rules: RuleSettings = DEFAULT_RULES) -> bool:
    """A parent may always consent; a child only for itself and only from the configured age."""
    if consent.given_by is ConsentGiver.PARENT:
        return True
    if child is None or consent.child_id != child.id or child.birth_date is None:
        return False
    if consent.given_on < child.birth_date:
        return False
    return age_on(child.birth_date, consent.given_on) >= rules.own_consent_age


def in_force(consent: Consent, on: date) -> bool:
    """Given (not refused) on or before `on`, not expired and not withdrawn by then."""
    if consent.refused or on < consent.given_on:
        return False
    if consent.expires_on is not None and on > consent.expires_on:
        return False
    return consent.withdrawn_on is None or on < consent.withdrawn_on


def is_consent_valid(
    consent: Consent, recipient: str, child: Child | None, on: date,
    rules: RuleSettings = DEFAULT_RULES,
) -> bool:
    """True when the consent lets information about `child` go to `recipient` on `on`."""
    covers_child = consent.child_id is None or (child is not None and consent.child_id == child.id)
    return (
        recipient in consent.recipients
        and covers_child
        and in_force(consent, on)
        and giver_entitled(consent, child, rules)
    )


def sharing_warnings(
    recipients: Iterable[str], consents: Iterable[Consent], child: Child | None, on: date,
    rules: RuleSettings = DEFAULT_RULES,
) -> list[Note]:
    """One warning (never an error) per recipient that no valid consent covers on that day.

    When the latest answer about the recipient was a refusal, the warning says so.
    """
    pool = list(consents)
    return [
        _missing(recipient, pool, child, on)
        for recipient in sorted(set(recipients))
        if not any(is_consent_valid(c, recipient, child, on, rules) for c in pool)
    ]


def refusals(consents: Iterable[Consent], child: Child | None, on: date) -> list[Consent]:
    """The refused consents about `child` (or every child) answered on or before `on`."""
    return [c for c in consents if c.refused and c.given_on <= on
            and (c.child_id is None or child is None or c.child_id == child.id)]


def _missing(recipient: str, pool: list[Consent], child: Child | None, on: date) -> Note:
    refused = [c for c in refusals(pool, child, on) if recipient in c.recipients]
    if refused:
        return warning("consent_refused", REFUSED, ref=recipient)
    return warning("no_consent", NO_CONSENT, ref=recipient)


def decision_warnings(
    decision: Decision, consents: Iterable[Consent], child: Child | None,
    rules: RuleSettings = DEFAULT_RULES,
) -> list[Note]:
    """Consent warnings for a decision to cooperate with other services (level 2)."""
    if decision.outcome is not DecisionOutcome.COOPERATE:
        return []
    return sharing_warnings(decision.recipients, consents, child, decision.decided_on, rules)


def referral_warnings(
    report: Report, consents: Iterable[Consent], child: Child | None, on: date,
    rules: RuleSettings = DEFAULT_RULES,
) -> list[Note]:
    """Consent warnings for a referral; a report to child welfare never needs consent."""
    if not report.recipient.needs_consent:
        return []
    return sharing_warnings([report.recipient.value], consents, child, report.sent_on or on, rules)


def check_consent(consent: Consent, child: Child | None, today: date,
                  rules: RuleSettings = DEFAULT_RULES) -> None:
    """Raise when a consent cannot be recorded (dates, recipients, a child too young).

    A refused consent is recorded with the day of the answer and never has an expiry date.
    """
    if not consent.recipients:
        raise ValidationError("Samtykket må gjelde minst én mottaker.", field="recipients")
    if not consent.purpose.strip():
        raise ValidationError("Skriv hva samtykket gjelder.", field="purpose")
    if consent.given_on > today:
        raise ValidationError("Svaret på samtykket kan ikke ligge fram i tid.", field="given_on")
    if consent.refused and consent.expires_on is not None:
        raise ValidationError("Et nektet samtykke har ingen utløpsdato.", field="expires_on")
    if consent.expires_on is not None and consent.expires_on < consent.given_on:
        raise ValidationError("Utløpsdatoen kan ikke ligge før samtykket ble gitt.", field="expires_on")
    if consent.given_by is ConsentGiver.CHILD:
        _check_child_giver(consent, child, rules)


def _check_child_giver(consent: Consent, child: Child | None, rules: RuleSettings) -> None:
    if child is None or consent.child_id != child.id:
        raise ValidationError("Velg barnet som gir samtykket.", field="child_id")
    if child.birth_date is not None and (
        consent.given_on < child.birth_date
        or age_on(child.birth_date, consent.given_on) < rules.own_consent_age
    ):
        raise ValidationError(
            "Barnet må ha fylt {age} år for å samtykke selv.", field="given_by", age=rules.own_consent_age
        )
