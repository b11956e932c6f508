"""When a child in a case has turned 18: no longer a child of the routine, so out of the queues."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from barnearket.domain.model.people import Child
from barnearket.domain.rules.ages import age_on, turns_on
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings


def is_grown_up(child: Child, today: date, rules: RuleSettings = DEFAULT_RULES) -> bool:
    """True when the child is born, has a known birth date and has reached the adult age today."""
    born = child.birth_date
    return (not child.unborn and born is not None and born <= today
            and age_on(born, today) >= rules.adult_age)


def grown_up_since(child: Child, rules: RuleSettings = DEFAULT_RULES) -> date | None:
    """The day the child turned (or turns) adult; None without a birth date."""
    return None if child.birth_date is None else turns_on(child.birth_date, rules.adult_age)


def grown_up_children(children: Iterable[Child], today: date,
                      rules: RuleSettings = DEFAULT_RULES) -> tuple[Child, ...]:
    """The children of a case who have turned adult, in the order given."""
    return tuple(c for c in children if is_grown_up(c, today, rules))
