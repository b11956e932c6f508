"""A clock seam so that rules about deadlines and ages can be tested on fixed dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """Gives the current time; the composition root passes the real one, tests a fixed one."""

    def now(self) -> datetime:
        """Return the current time as an aware UTC datetime."""
        ...

    def today(self) -> date:
        """Return today's local date."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """Return the current time in UTC."""
        return datetime.now(UTC)

    def today(self) -> date:
        """Return today's local date."""
        return date.today()


@dataclass
class FixedClock:
    """A clock standing still at `at` (for tests and reproducible demo data)."""

    at: datetime

    def now(self) -> datetime:
        """Return the fixed time."""
        return self.at

    def today(self) -> date:
        """Return the fixed date."""
        return self.at.date()
