"""Invents one whole demo case as an exchange record: parent, gate, children, sheets, concerns."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from barnearket.domain.forms import FormLibrary, Sheet
from barnearket.domain.forms.standard import SHEET_ID
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services.demodata import municipality as mu
from barnearket.services.demodata.answers import Answerer, ChildFacts, SheetFacts
from barnearket.services.demodata.concerns import Concern, ConcernMaker
from barnearket.services.demodata.family import Child, Household, children_for, parent_record, pick
from barnearket.services.demodata.sheets import SheetMaker
from barnearket.services.demodata.timeline import Timeline, iso

Doc = dict[str, Any]
CATEGORIES = {
    mu.RUS: ("alkohol", "narkotika", "legemidler", "sproytebruk"),
    mu.PSYK: ("psykisk_sykdom", "selvmordsfare", "alkohol"),
    mu.SOMATIKK: ("somatisk_sykdom", "legemidler"),
    mu.TILDELING: ("alkohol", "psykisk_sykdom", "somatisk_sykdom", "narkotika"),
}
EXTRA_CATEGORIES = {"pengespill": 0.03, "vold_i_hjemmet": 0.05}
CONCERN_SHARE = {mu.RUS: 0.30, mu.PSYK: 0.25, mu.SOMATIKK: 0.12, mu.TILDELING: 0.15}
GATE = {"ja": 66, "nei": 24, "vil_ikke_svare": 4, "ukjent": 6}
PHASES = {"none": 25, "before": 15, "during": 40, "after": 20}
MAX_AGE_DAYS = 1100


def case_stream(seed: int, index: int) -> random.Random:
    """The random stream of one case: a case never depends on how many others are made."""
    return random.Random(f"barnearket-demo/{seed}/{index}")


def opened_at(rng: random.Random, today: date) -> datetime:
    """The first draws of a case's stream: when it was opened (recent days more often)."""
    day = today - timedelta(days=int(rng.betavariate(1.1, 2.2) * MAX_AGE_DAYS))
    return datetime.combine(day, time(), UTC) + timedelta(seconds=rng.randint(6 * 3600 + 1800, 14 * 3600))


@dataclass
class _Case:
    """The parts of a case being built."""

    record: Doc
    worker: str
    service: str
    opened: date
    children: list[Child]


class CaseMaker:
    """Builds case records for one municipality, form and day."""

    def __init__(self, seed: int, today: date, town: mu.Municipality, library: FormLibrary) -> None:
        self.seed, self.today, self.town, self.library = seed, today, town, library
        self.form = library.latest_as(SHEET_ID, Sheet)

    def make(self, index: int, number: str) -> Doc:
        """Case number `number`, drawn from the stream of case `index`."""
        rng = case_stream(self.seed, index)
        opened = opened_at(rng, self.today)
        t = Timeline(rng, self.today)
        people = SyntheticPeople(rng.getrandbits(62))
        case = self._base(t, people, number, opened)
        self._children(t, people, case)
        self._sheets(t, case)
        concerns = self._concerns(t, case)
        case.record["consents"] = _consents(t, case, concerns)
        self._close(t, case, concerns)
        case.record["updated_at"] = _latest(case.record)
        return case.record

    def _base(self, t: Timeline, people: SyntheticPeople, number: str, opened: datetime) -> _Case:
        service = pick(t, mu.UNIT_WEIGHTS)
        unit = t.rng.choice(self.town.units_for(service))
        worker = t.rng.choice(self.town.workers_in(unit.key)).login
        parent = parent_record(people, t)
        record: Doc = {
            "number": number, "unit": unit.key, "responsible": worker, "status": "open",
            "treatment_phase": pick(t, PHASES), **parent, "created_at": iso(opened),
            "created_by": worker, "categories": _categories(t, service),
        }
        self._gate(t, record, opened.date(), worker)
        return _Case(record, worker, service, opened.date(), [])

    def _gate(self, t: Timeline, record: Doc, opened: date, worker: str) -> None:
        recent = (self.today - opened).days < 30
        if t.chance(0.4 if recent else 0.03):
            return
        record.update(gate_answer=pick(t, GATE), gate_on=iso(t.after(opened, 0, 14)), gate_by=worker)
        if record["_age"] < 26 or t.chance(0.2):
            record["gate_siblings"] = "ja" if record["_age"] < 26 and t.chance(0.4) else "nei"

    def _children(self, t: Timeline, people: SyntheticPeople, case: _Case) -> None:
        record = case.record
        surname, age = record.pop("_surname"), record.pop("_age")
        answer = record.get("gate_answer")
        if answer == "ja" or (answer is None and t.chance(0.2)):
            case.children = children_for(people, t, Household(surname, age, case.opened),
                                         siblings=record.get("gate_siblings") == "ja")
        record["children"] = [c.record for c in case.children]

    def _sheets(self, t: Timeline, case: _Case) -> None:
        record = case.record
        if record.get("gate_answer") != "ja" or not case.children:
            record["sheets"] = []
            return
        facts = SheetFacts(
            held_on=case.opened, gate=record["gate_answer"], siblings=record.get("gate_siblings"),
            worker=self.town_name(case.worker), participants="Brukeren og barneansvarlig",
            interpreter=record["parent_interpreter"],
            children=[ChildFacts(c.ref, c.record.get("residence"), c.record.get("daily_carer", ""),
                                 c.record.get("school", ""), c.services) for c in case.children],
        )
        maker = SheetMaker(t, Answerer(self.library, self.form, t.rng), case.worker)
        record["sheets"] = maker.make(facts, date.fromisoformat(record["gate_on"]))

    def town_name(self, login: str) -> str:
        """A worker's full name."""
        return next(w.full_name for w in self.town.workers if w.login == login)

    def _concerns(self, t: Timeline, case: _Case) -> list[Concern]:
        maker = ConcernMaker(t, case.worker, self.town.coordinator.full_name, case.record["categories"])
        found = [maker.make(c.ref, case.opened) for c in case.children
                 if t.chance(CONCERN_SHARE[case.service] * (0.5 if c.age is None else 1))]
        case.record["concerns"] = [c.record for c in found]
        return found

    def _close(self, t: Timeline, case: _Case, concerns: list[Concern]) -> None:
        if (self.today - case.opened).days < 120 or any(c.record["status"] == "open" for c in concerns):
            return
        if t.chance(0.12):
            last = max([case.opened, *(c.last_day for c in concerns)])
            case.record.update(status="closed", closed_on=iso(t.after(last, 1, 60)), closed_by=case.worker)


def _categories(t: Timeline, service: str) -> list[str]:
    found = set(t.rng.sample(CATEGORIES[service], k=t.rng.randint(1, 2)))
    found.update(c for c, share in EXTRA_CATEGORIES.items() if t.chance(share))
    return sorted(found)


def _consents(t: Timeline, case: _Case, concerns: list[Concern]) -> list[Doc]:
    found = [c.consent for c in concerns if c.consent is not None]
    if case.children and t.chance(0.08):
        found.append((["skole", "fastlege"], t.after(case.opened, 0, 60)))
    return [_consent(t, case, recipients, day) for recipients, day in found]


def _consent(t: Timeline, case: _Case, recipients: list[str], day: date) -> Doc:
    expires = day + timedelta(days=t.rng.choice([180, 365]))
    withdrawn = t.after(day, 10, 120) if t.chance(0.05) and day < t.today else None
    return {
        "child": None, "given_by": "parent", "purpose": t.rng.choice(_PURPOSES),
        "form": pick(t, _FORMS), "given_on": iso(day), "expires_on": iso(expires),
        "withdrawn_on": iso(withdrawn) if withdrawn else None, "note": "",
        "created_at": iso(t.moment(day)), "created_by": case.worker, "recipients": sorted(recipients),
    }


_PURPOSES = ("samarbeid_barnehage_skole", "ansvarsgruppe", "fastlege", "samarbeid_helsestasjon")
"""Purposes from the catalogue (`samtykkeformal`), stored by id as the window stores them."""
_FORMS = {"written": 7, "oral": 3}


def _latest(record: Doc) -> str:
    """The newest time anything was recorded on the case (answers do not touch the case)."""
    stamps: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if key == "answers":
            return
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key in ("created_at", "completed_at", "at") and isinstance(value, str):
            stamps.append(value)

    walk(record)
    return max(stamps)

