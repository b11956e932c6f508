"""How long a closed case transferred to the patient record may stay, read from the municipality's
`oppbevaring` rules in the form library, and the coordinator's queue «Klar for sletting»."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select

from barnearket.domain.forms import FormError, FormLibrary, FormNotFoundError, RuleSet, load_standard_library
from barnearket.domain.forms.standard import RETENTION_ID
from barnearket.domain.model import CaseStatus
from barnearket.paths import resolve_paths
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.cases import CaseRow


@dataclass(frozen=True)
class Retention:
    """The municipality's rules: months a transferred case may stay, and whether coordinators purge."""

    months_after_transfer: int = 3
    coordinator_may_purge: bool = True


@dataclass(frozen=True)
class ReadyCase:
    """A case in the queue: number, when it was transferred, where to, and the day it became due."""

    case_id: int
    number: str
    transferred_on: date
    reference: str
    due_on: date


def retention_rules(forms: FormLibrary | None) -> Retention:
    """The newest `oppbevaring` rules in the library, or the defaults when there are none."""
    if forms is None:
        return Retention()
    try:
        rules = forms.latest_as(RETENTION_ID, RuleSet)
    except (FormNotFoundError, KeyError, TypeError):
        return Retention()
    default = Retention()
    months = _value(rules, "months_after_transfer", default.months_after_transfer)
    return Retention(months, bool(_value(rules, "coordinator_may_purge", int(default.coordinator_may_purge))))


def _value(rules: RuleSet, rule_id: str, default: int) -> int:
    try:
        return rules.value(rule_id)
    except KeyError:
        return default


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def ready_for_purge(ctx: ServiceContext, rules: Retention, *,
                    include_waiting: bool = False) -> list[ReadyCase]:
    """Closed, transferred cases whose time is up (or all transferred ones), oldest first.

    Nothing is deleted here: a person decides for each case.
    """
    rows = ctx.session.execute(
        select(CaseRow.id, CaseRow.number, CaseRow.transferred_on, CaseRow.transfer_reference)
        .where(CaseRow.status == CaseStatus.CLOSED.value, CaseRow.transferred_on.is_not(None))
        .order_by(CaseRow.transferred_on, CaseRow.number)).all()
    today = ctx.clock.today()
    found = [ReadyCase(r.id, r.number, r.transferred_on, r.transfer_reference or "",
                       add_months(r.transferred_on, rules.months_after_transfer)) for r in rows]
    return [c for c in found if include_waiting or c.due_on <= today]


@cache
def standard_retention() -> Retention:
    """The rules as the app reads them (shipped forms and the municipality's own folder), for the CLI."""
    local = resolve_paths().local_forms
    try:
        return retention_rules(load_standard_library([local] if local.is_dir() else []))
    except FormError:
        return Retention()
