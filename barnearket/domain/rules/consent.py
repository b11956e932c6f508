"""Whether a consent is valid for a recipient on a day, and warnings for sharing without one."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model.consent import Consent
from barnearket.domain.model.enums import ConsentGiver, DecisionOutcome
from barnearket.domain.model.people import Child
from barnearket.domain.model.report import Report
from barnearket.domain.model.steps import Decision
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.notes import Note, warning
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings

NO_CONSENT = "Det finnes ikke noe gyldig samtykke til å dele opplysninger med denne mottakeren."


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
    """Given on or before `on`, not expired and not withdrawn by then."""
    if on < consent.given_on:
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
    """One warning (never an error) per recipient that no valid consent covers on that day."""
    pool = list(consents)
    return [
        warning("no_consent", NO_CONSENT, ref=recipient)
        for recipient in sorted(set(recipients))
        if not any(is_consent_valid(c, recipient, child, on, rules) for c in pool)
    ]


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
    """Raise when a consent cannot be recorded as given (dates, recipients, a child too young)."""
    if not consent.recipients:
        raise ValidationError("Samtykket må gjelde minst én mottaker.", field="recipients")
    if not consent.purpose.strip():
        raise ValidationError("Skriv hva samtykket gjelder.", field="purpose")
    if consent.given_on > today:
        raise ValidationError("Samtykket kan ikke være gitt fram i tid.", field="given_on")
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
            f"Barnet må ha fylt {rules.own_consent_age} år for å samtykke selv.", field="given_by"
        )
