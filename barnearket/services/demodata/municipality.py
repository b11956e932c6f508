"""The invented municipality of the demo file: its units and the people who work there."""

from __future__ import annotations

from dataclasses import dataclass

from barnearket.domain.roles import Role
from barnearket.domain.synthetic import SyntheticPeople

RUS, PSYK, SOMATIKK, TILDELING = "rus", "psykisk_helse", "somatikk", "tildeling"

UNITS: tuple[tuple[str, str, int], ...] = (
    ("Rustjenesten sentrum", RUS, 2),
    ("Rustjenesten nord", RUS, 2),
    ("Bo- og oppfølgingstjenesten rus", RUS, 1),
    ("Psykisk helsetjeneste voksne", PSYK, 2),
    ("Psykisk helse unge voksne", PSYK, 1),
    ("Ambulant team psykisk helse", PSYK, 1),
    ("Hjemmesykepleien øst", SOMATIKK, 1),
    ("Hjemmesykepleien vest", SOMATIKK, 1),
    ("Tildelingskontoret", TILDELING, 3),
)
"""Name, service and number of case workers (barneansvarlige) of each unit."""

UNIT_WEIGHTS = {RUS: 30, PSYK: 35, SOMATIKK: 15, TILDELING: 20}
"""Share of the cases each kind of service holds."""

JOB_TITLES = {RUS: "Ruskonsulent", PSYK: "Psykiatrisk sykepleier", SOMATIKK: "Sykepleier",
              TILDELING: "Saksbehandler"}


@dataclass(frozen=True)
class DemoUnit:
    """A unit and its key in the demo document."""

    key: str
    name: str
    service: str


@dataclass(frozen=True)
class Worker:
    """A person who works in the municipality (no one but `demo` can log in)."""

    login: str
    full_name: str
    role: Role
    unit: str | None
    job_title: str


@dataclass(frozen=True)
class Municipality:
    """Units and workers, with the workers of each unit at hand."""

    units: tuple[DemoUnit, ...]
    workers: tuple[Worker, ...]

    def workers_in(self, unit_key: str) -> tuple[Worker, ...]:
        """The case workers of a unit."""
        return tuple(w for w in self.workers if w.unit == unit_key)

    def units_for(self, service: str) -> tuple[DemoUnit, ...]:
        """The units that provide a service."""
        return tuple(u for u in self.units if u.service == service)

    @property
    def coordinator(self) -> Worker:
        """The municipality's child coordinator."""
        return next(w for w in self.workers if w.role is Role.KOORDINATOR)


def build_municipality(seed: int) -> Municipality:
    """The same units every time; the workers' names follow the seed."""
    people = SyntheticPeople(seed * 7919 + 1)
    units = tuple(DemoUnit(f"enhet-{n}", name, service) for n, (name, service, _) in enumerate(UNITS, 1))
    workers: list[Worker] = []
    for unit, (_, service, count) in zip(units, UNITS, strict=True):
        for _ in range(count):
            login = f"saksbehandler{len(workers) + 1:02d}"
            title = JOB_TITLES[service]
            workers.append(Worker(login, people.full_name(), Role.SAKSBEHANDLER, unit.key, title))
    workers.append(Worker("koordinator", people.full_name(), Role.KOORDINATOR, None, "Barnekoordinator"))
    return Municipality(units, tuple(workers))
