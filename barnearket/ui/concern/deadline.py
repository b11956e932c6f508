"""The decision deadline as a person reads it: days left, due today, how long ago it ran out, or, at the
highest level, that the report must be sent now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from barnearket.domain.model import Concern
from barnearket.domain.rules.agenda import needs_report_now
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings
from barnearket.ui.formwidgets.dates import format_date
from barnearket.ui.widgets import qtr


@dataclass(frozen=True)
class DeadlineText:
    """What to show, and whether it should stand out as overdue."""

    text: str
    overdue: bool = False


def decision_deadline(concern: Concern, today: date, rules: RuleSettings = DEFAULT_RULES) -> DeadlineText:
    """The countdown to the decision (or what has happened instead); at the highest level without a
    sent report there is nothing to count down: the report goes now."""
    if not concern.is_open:
        return DeadlineText(qtr("ConcernDeadline", "Bekymringen er avsluttet"))
    if needs_report_now(concern, rules):
        return DeadlineText(qtr("ConcernDeadline", "Meld til barnevernet nå · akutt fare: ring 112"),
                            overdue=True)
    decision = concern.decision
    if decision is not None:
        text = qtr("ConcernDeadline", "Beslutning tatt %1").replace("%1", format_date(decision.decided_on))
        return DeadlineText(text)
    days = (concern.decision_due - today).days
    if days > 0:
        return DeadlineText(qtr("ConcernDeadline", "Beslutning innen %n dager", "", days))
    if days == 0:
        return DeadlineText(qtr("ConcernDeadline", "Beslutningsfristen er i dag"), overdue=True)
    return DeadlineText(
        qtr("ConcernDeadline", "Beslutningsfristen gikk ut for %n dager siden", "", -days), overdue=True
    )
