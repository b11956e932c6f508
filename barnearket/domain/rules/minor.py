"""A user of the service who is herself under 18: the case must say so, and the duty to report covers her."""

from __future__ import annotations

from datetime import date

from barnearket.domain.model.case import Case
from barnearket.domain.model.enums import Relation
from barnearket.domain.model.people import Child
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings

MINOR_NOTE = ("Meldeplikten gjelder også for brukeren selv: er du bekymret for brukeren, følger du opp "
              "og melder på samme måte som for et barn.")


def user_age(case: Case, today: date) -> int | None:
    """The user's age in whole years today (None when no birth date is recorded)."""
    born = case.parent.birth_date
    if born is None or born > today:
        return None
    return age_on(born, today)


def user_is_minor(case: Case, today: date, rules: RuleSettings = DEFAULT_RULES) -> bool:
    """True when the user's birth date (or identity number) says she is under the adult age."""
    age = user_age(case, today)
    return age is not None and age < rules.adult_age


def user_as_child(case: Case) -> Child | None:
    """The case's entry for the user herself (relation «self»), if one was made."""
    return next((c for c in case.children if c.details.relation is Relation.SELF), None)
