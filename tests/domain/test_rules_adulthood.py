"""A child who turns 18 is no longer a child of the routine: the day it happens, 29 February, unborn."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from barnearket.domain.rules.adulthood import grown_up_children, grown_up_since, is_grown_up
from barnearket.domain.rules.settings import DEFAULT_RULES
from tests.domain.test_model_builders import child


def test_a_child_is_grown_up_from_the_eighteenth_birthday() -> None:
    kid = child(date(2008, 6, 1))
    assert not is_grown_up(kid, date(2026, 5, 31))
    assert is_grown_up(kid, date(2026, 6, 1))
    assert grown_up_since(kid) == date(2026, 6, 1)


def test_born_on_29_february_grows_up_on_1_march_in_a_common_year() -> None:
    kid = child(date(2008, 2, 29))
    assert grown_up_since(kid) == date(2026, 3, 1)
    assert not is_grown_up(kid, date(2026, 2, 28)) and is_grown_up(kid, date(2026, 3, 1))


def test_unknown_or_unborn_children_never_count_as_grown_up_and_the_age_is_a_setting() -> None:
    unknown = child(None, child_id=2)
    assert not is_grown_up(unknown, date(2090, 1, 1)) and grown_up_since(unknown) is None
    older = child(date(2000, 1, 1), child_id=3)
    younger = child(date(2015, 1, 1), child_id=4)
    assert grown_up_children([older, unknown, younger], date(2026, 1, 1)) == (older,)
    later = replace(DEFAULT_RULES, adult_age=30)
    assert grown_up_children([older], date(2026, 1, 1), later) == ()
