"""A child who turns 18 in an open case: the worker closes what concerned the child, or carries on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import Case, CaseStatus, Child, Concern
from barnearket.domain.rules.adulthood import grown_up_children, grown_up_since, is_grown_up
from barnearket.services import common
from barnearket.services.concerns import close_concern
from barnearket.services.context import ServiceContext
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.meta import get_meta, set_meta

CARRY_ON = "voksen_fortsetter.{child_id}"
"""Meta key holding the day the worker chose to carry on after this child turned 18."""
CLOSE_REASON = "Barnet har fylt 18 år og er ikke lenger barn i saken."


@dataclass(frozen=True)
class GrownUp:
    """A child of the case who has turned 18, with the open concerns about them."""

    child: Child
    since: date
    open_concerns: tuple[Concern, ...]


def grown_up_to_decide(ctx: ServiceContext, case: Case) -> list[GrownUp]:
    """Children of an open case who have turned 18 and for whom nobody has chosen to carry on."""
    if case.status is CaseStatus.CLOSED:
        return []
    rules = load_rules(ctx.session, ctx.forms)
    found = []
    for child in grown_up_children(case.children, ctx.clock.today(), rules):
        since = grown_up_since(child, rules)
        if since is None or get_meta(ctx.session, CARRY_ON.format(child_id=child.id)) is not None:
            continue
        concerns = tuple(c for c in case.concerns if c.child_id == child.id and c.is_open)
        found.append(GrownUp(child, since, concerns))
    return found


def carry_on(ctx: ServiceContext, case_id: int, child_id: int) -> None:
    """Record that the case carries on although the child has turned 18 (the notice goes away)."""
    _grown_up_child(ctx, case_id, child_id)
    set_meta(ctx.session, CARRY_ON.format(child_id=child_id), ctx.clock.today().isoformat())
    common.log(ctx, AuditAction.UPDATE, "child", child_id, ["carry_on_adult"])


def close_for_grown_up(ctx: ServiceContext, case_id: int, child_id: int) -> int:
    """Close the open concerns about a child who has turned 18; returns how many other concerns of
    the case are still open (the case itself can be closed when none are)."""
    _grown_up_child(ctx, case_id, child_id)
    case = load_case(ctx.session, case_id)
    for concern in case.concerns:
        if concern.child_id == child_id and concern.is_open:
            close_concern(ctx, concern.id, CLOSE_REASON)
    set_meta(ctx.session, CARRY_ON.format(child_id=child_id), ctx.clock.today().isoformat())
    return sum(1 for c in load_case(ctx.session, case_id).concerns if c.is_open)


def _grown_up_child(ctx: ServiceContext, case_id: int, child_id: int) -> Child:
    common.case_row(ctx, case_id)
    child = load_case(ctx.session, case_id).child(child_id)
    if child is None:
        raise ValidationError("Barnet hører ikke til denne saken.", field="child_id")
    if not is_grown_up(child, ctx.clock.today(), load_rules(ctx.session, ctx.forms)):
        raise ValidationError("Barnet har ikke fylt 18 år.", field="child_id")
    return child
