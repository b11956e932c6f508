"""The demo generator: a synthetic municipality with cases in realistic proportions (seeds §5)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from barnearket.domain.forms import load_standard_library
from barnearket.services.demodata.case import CaseMaker, case_stream, opened_at
from barnearket.services.demodata.municipality import Municipality, build_municipality
from barnearket.services.exchange import FORMAT_NAME, FORMAT_VERSION

Doc = dict[str, Any]
BATCH = 200
"""Cases per transaction when a demo file is filled."""
ANCHOR = date(2025, 1, 6)


def seed_today(seed: int) -> date:
    """The demo's "today" when none is given: a fixed day that follows from the seed."""
    return ANCHOR + timedelta(days=seed % 365)


@dataclass(frozen=True)
class DemoPlan:
    """Everything the demo needs up front: the town, and which case index gets which number."""

    seed: int
    today: date
    town: Municipality
    numbers: tuple[tuple[int, str], ...]

    def header(self) -> Doc:
        """The document's header: format, units and users (without cases)."""
        return {
            "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "units": [{"key": u.key, "name": u.name, "service": u.service, "active": True}
                      for u in self.town.units],
            "users": [{"login": w.login, "full_name": w.full_name, "role": w.role.value,
                       "job_title": w.job_title, "phone": "", "email": ""} for w in self.town.workers],
            "cases": [],
        }

    def batches(self, size: int = BATCH) -> Iterator[list[Doc]]:
        """The case records in number order, `size` at a time."""
        maker = CaseMaker(self.seed, self.today, self.town, load_standard_library())
        for start in range(0, len(self.numbers), size):
            yield [maker.make(i, n) for i, n in self.numbers[start:start + size]]


def plan(cases: int, seed: int, today: date | None = None) -> DemoPlan:
    """Number the cases by when they were opened: "<year>-<serial>", as the services would."""
    day = seed_today(seed) if today is None else today
    opened = sorted((opened_at(case_stream(seed, i), day), i) for i in range(cases))
    serials: dict[int, int] = {}
    numbers = []
    for at, index in opened:
        serials[at.year] = serials.get(at.year, 0) + 1
        numbers.append((index, f"{at.year}-{serials[at.year]:04d}"))
    return DemoPlan(seed, day, build_municipality(seed), tuple(numbers))
