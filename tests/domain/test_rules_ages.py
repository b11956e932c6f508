"""Ages and the 18th birthday, including 29 February."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain.rules.ages import age_on, birthday_in, is_minor_on, turns_18_on

births = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))


@pytest.mark.parametrize(("born", "day", "age"), [
    (date(2010, 5, 17), date(2026, 5, 16), 15),
    (date(2010, 5, 17), date(2026, 5, 17), 16),
    (date(2008, 2, 29), date(2026, 2, 28), 17),
    (date(2008, 2, 29), date(2026, 3, 1), 18),
    (date(2008, 2, 29), date(2028, 2, 29), 20),
    (date(2026, 3, 2), date(2026, 3, 2), 0),
])
def test_age_on(born: date, day: date, age: int) -> None:
    assert age_on(born, day) == age


def test_age_before_birth_is_refused() -> None:
    with pytest.raises(ValueError, match="before"):
        age_on(date(2026, 3, 2), date(2026, 3, 1))


@pytest.mark.parametrize(("born", "adult"), [
    (date(2008, 2, 29), date(2026, 3, 1)),
    (date(2012, 2, 29), date(2030, 3, 1)),
    (date(2016, 2, 29), date(2034, 3, 1)),
    (date(2010, 5, 17), date(2028, 5, 17)),
])
def test_turns_18_on(born: date, adult: date) -> None:
    assert turns_18_on(born) == adult


def test_leap_day_birthday_in_leap_year_stays() -> None:
    assert birthday_in(date(2008, 2, 29), 2032) == date(2032, 2, 29)


@given(births, st.integers(min_value=0, max_value=40000))
def test_age_grows_by_one_exactly_on_birthdays(born: date, offset: int) -> None:
    day = born + timedelta(days=offset)
    if day + timedelta(days=1) > date.max - timedelta(days=1):
        return
    before, after = age_on(born, day), age_on(born, day + timedelta(days=1))
    assert after - before in (0, 1)
    if after == before + 1:
        assert day + timedelta(days=1) == birthday_in(born, (day + timedelta(days=1)).year)


@given(births)
def test_eighteenth_birthday_is_the_first_adult_day(born: date) -> None:
    adult = turns_18_on(born)
    assert age_on(born, adult) == 18
    assert age_on(born, adult - timedelta(days=1)) == 17
    assert is_minor_on(born, adult - timedelta(days=1))
    assert not is_minor_on(born, adult)
