"""Ages from birth dates, including people born on 29 February."""

from __future__ import annotations

import calendar
from datetime import date


def age_on(birth_date: date, day: date) -> int:
    """Whole years completed on `day`; someone born 29 February ages on 1 March in common years.

    Raises ValueError when `day` is before the birth date.
    """
    if day < birth_date:
        raise ValueError("the day is before the birth date")
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def birthday_in(birth_date: date, year: int) -> date:
    """The day the person has a birthday in `year` (1 March for 29 February in a common year)."""
    if (birth_date.month, birth_date.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth_date.replace(year=year)


def turns_on(birth_date: date, years: int) -> date:
    """The first day on which the person is `years` old."""
    return birthday_in(birth_date, birth_date.year + years)


def turns_18_on(birth_date: date) -> date:
    """The first day on which the person is an adult (18 years old)."""
    return turns_on(birth_date, 18)


def is_minor_on(birth_date: date, day: date) -> bool:
    """True when the person is under 18 on `day` (and already born)."""
    return birth_date <= day < turns_18_on(birth_date)
