"""When the plan for an unborn child is due: a set number of months before the due date."""

from __future__ import annotations

import calendar
from datetime import date


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when that day does not exist)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def plan_due(due_date: date | None, months: int) -> date | None:
    """The day the plan should be made by (None without a due date)."""
    return None if due_date is None else months_before(due_date, months)


def plan_late(due_date: date | None, plan_made_on: date | None, months: int, today: date) -> bool:
    """Whether the plan is missing after the day it was due."""
    due = plan_due(due_date, months)
    return due is not None and plan_made_on is None and today > due
