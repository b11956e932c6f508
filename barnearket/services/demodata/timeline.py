"""Dates and times for invented events: working hours, and never later than the demo's today."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta


@dataclass(frozen=True)
class Timeline:
    """Draws days and moments for one case from its own random stream."""

    rng: random.Random
    today: date

    def after(self, start: date, low: int, high: int) -> date:
        """A day `low`..`high` days after `start`, but not after today."""
        return min(self.today, start + timedelta(days=self.rng.randint(low, high)))

    def back(self, low: int, high: int, *, not_before: date) -> date:
        """A day `low`..`high` days before today, but not before `not_before`."""
        return max(not_before, self.today - timedelta(days=self.rng.randint(low, high)))

    def moment(self, day: date, *, after: datetime | None = None) -> datetime:
        """A time on `day` within working hours; later than `after` when that is the same day."""
        seconds = self.rng.randint(6 * 3600 + 1800, 14 * 3600)
        stamp = datetime.combine(day, time(), UTC) + timedelta(seconds=seconds)
        if after is not None and stamp <= after:
            stamp = after + timedelta(seconds=self.rng.randint(20, 360))
        return stamp

    def chance(self, share: float) -> bool:
        """True with probability `share`."""
        return self.rng.random() < share


def iso(value: date | datetime) -> str:
    """The exchange format's text for a date or a UTC time."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value.isoformat()
