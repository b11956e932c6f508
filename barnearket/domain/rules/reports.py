"""A report of concern can always be completed: the rules here only inform, they never block."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.language import n_
from barnearket.domain.model.concern import Concern
from barnearket.domain.model.consent import Consent
from barnearket.domain.model.enums import ReportRecipient, ReportSection, Step
from barnearket.domain.model.people import Child
from barnearket.domain.model.report import Report
from barnearket.domain.rules.consent import REFUSED_REPORT, referral_warnings, refusals
from barnearket.domain.rules.notes import Note, info
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings
from barnearket.domain.rules.steps import step_progress

_STEP_MESSAGES = {
    Step.CONCRETISE: n_("Ingen observasjoner er logget."),
    Step.SHARE: n_("Bekymringen er ikke registrert drøftet med noen."),
    Step.CONVERSATION: n_("Ingen samtale med foreldrene er registrert."),
    Step.DECISION: n_("Ingen beslutning er registrert."),
}


@dataclass(frozen=True)
class Readiness:
    """`can_complete` is always True (the duty to report is personal); `notes` only inform."""

    can_complete: bool
    notes: tuple[Note, ...]


def report_readiness(
    report: Report, concern: Concern, consents: Iterable[Consent], child: Child | None,
    today: date, rules: RuleSettings = DEFAULT_RULES,
) -> Readiness:
    """Informational notes for a report; nothing missing can ever stop it from being completed."""
    notes = [*_told_notes(report), *_section_notes(report), *_step_notes(concern)]
    pool = list(consents)
    notes += referral_warnings(report, pool, child, today, rules)
    if report.recipient is ReportRecipient.BARNEVERN:
        notes.append(info("consent_not_needed", "Melding til barnevernet krever ikke samtykke."))
    elif report.recipient is ReportRecipient.POLITI:
        notes.append(info("consent_not_needed", "Melding til politiet for å avverge alvorlig skade "
                                                "krever ikke samtykke."))
    elif report.recipient.about_pregnancy:
        notes.append(info("consent_not_needed", "Meldingen om en gravid kvinne og barnet hun venter "
                                                "krever ikke samtykke."))
    reporting = report.recipient in (ReportRecipient.BARNEVERN, ReportRecipient.POLITI)
    if reporting and refusals(pool, child, today):
        notes.append(info("consent_refused", REFUSED_REPORT))
    return Readiness(can_complete=True, notes=tuple(notes))


def require_editable(report: Report) -> None:
    """Raise for a sent version: corrections are made in a new version."""
    if report.locked:
        raise ValidationError("Meldingen er sendt og låst. Lag en ny versjon for å rette den.")


def _told_notes(report: Report) -> list[Note]:
    content, notes = report.content, list[Note]()
    if content.parents_told is None:
        notes.append(info("parents_told_unknown", "Det er ikke registrert om foreldrene er orientert."))
    elif not content.parents_told and not content.parents_not_told_why.strip():
        notes.append(info("parents_why_missing", "Skriv gjerne hvorfor foreldrene ikke er orientert."))
    if content.child_told is None:
        notes.append(info("child_told_unknown", "Det er ikke registrert om barnet er orientert."))
    elif not content.child_told and not content.child_not_told_why.strip():
        notes.append(info("child_why_missing", "Skriv gjerne hvorfor barnet ikke er orientert."))
    if content.interpreter_needed is None:
        notes.append(info("interpreter_unknown", "Behovet for tolk er ikke registrert."))
    return notes


def _section_notes(report: Report) -> list[Note]:
    if report.content.section(ReportSection.CONCERN).strip():
        return []
    return [info("section_empty", "Selve bekymringen er ikke beskrevet.", ReportSection.CONCERN)]


def _step_notes(concern: Concern) -> list[Note]:
    done = step_progress(concern).done
    return [info("step_missing", text, step.value)
            for step, text in _STEP_MESSAGES.items() if step not in done]
