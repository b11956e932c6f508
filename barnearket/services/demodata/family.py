"""Invents the parent and the children of one demo case, in the proportions of seeds-analysis §5."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from barnearket.domain.rules.ages import age_on
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services.demodata import phrases
from barnearket.services.demodata.timeline import Timeline, iso

RESIDENCE = {"daily_care": 50, "samvaer": 25, "elsewhere": 25}
"""About half the children live with the parent, a quarter have samvær (seeds-analysis §5.2)."""
CHILD_COUNT = {1: 45, 2: 33, 3: 16, 4: 6}
UNBORN_SHARE = 0.04
RELATION = {"own": 88, "step": 9, "other": 3}
SERVICES_BY_AGE = (
    (0, 5, ("helsestasjon", "barnehage", "fastlege")),
    (6, 15, ("skole", "skolehelsetjenesten", "ppt", "bup", "fastlege")),
    (16, 17, ("skole", "skolehelsetjenesten", "bup", "nav", "fastlege")),
)

Doc = dict[str, Any]


@dataclass
class Child:
    """A child as the case generator needs it: the exchange record plus a few facts."""

    record: Doc
    age: int | None
    services: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ref(self) -> int:
        """The child's number within the case."""
        ref: int = self.record["ref"]
        return ref


def pick(timeline: Timeline, weights: dict[Any, int]) -> Any:
    """One key, drawn with the given weights."""
    return timeline.rng.choices(list(weights), list(weights.values()))[0]


def parent_record(people: SyntheticPeople, timeline: Timeline) -> Doc:
    """The parent's fields of the case record."""
    person = people.person(19, 58, today=timeline.today)
    language = timeline.rng.choice(phrases.LANGUAGES) if timeline.chance(0.08) else ""
    has_number = timeline.chance(0.9)
    return {
        "parent_name": person.full_name,
        "parent_identity": person.identity_number if has_number else None,
        "parent_birth_date": iso(person.birth_date),
        "parent_address": f"{timeline.rng.choice(phrases.STREETS)} {timeline.rng.randint(1, 140)}",
        "parent_language": language,
        "parent_interpreter": bool(language) and timeline.chance(0.6),
        "_surname": person.surname,
        "_age": age_on(person.birth_date, timeline.today),
    }


@dataclass(frozen=True)
class Household:
    """What the children of one case share: surname, the parent's age, and when the case opened."""

    surname: str
    parent_age: int
    opened: date


def children_for(people: SyntheticPeople, timeline: Timeline, home: Household, *,
                 siblings: bool) -> list[Child]:
    """The children (and siblings) registered on a case whose gate answer is yes."""
    count = pick(timeline, CHILD_COUNT)
    found = [_child(people, timeline, n, home) for n in range(1, count + 1)]
    if siblings:
        found.append(_child(people, timeline, len(found) + 1, home, relation="sibling"))
    return found


def _child(people: SyntheticPeople, timeline: Timeline, ref: int, home: Household,
           relation: str | None = None) -> Child:
    name = f"{people.given_names()} {home.surname if timeline.chance(0.7) else people.surname()}"
    relation = relation or pick(timeline, RELATION)
    recent = (timeline.today - home.opened).days < 270
    if relation != "sibling" and recent and timeline.chance(UNBORN_SHARE * 2):
        due = timeline.today + timedelta(days=timeline.rng.randint(10, 200))
        return Child({"ref": ref, "name": "Ufødt barn", "unborn": True, "due_date": iso(due),
                      "relation": "own", **_pregnancy(timeline, ref, due)}, None)
    born = _born(people, timeline, home)
    age = age_on(born, timeline.today)
    residence = pick(timeline, RESIDENCE)
    services = _services(timeline, age)
    record = {
        "ref": ref, "name": name, "birth_date": iso(born), "relation": relation,
        "identity_number": people.identity_number(born) if timeline.chance(0.8) else None,
        "parental_responsibility": relation == "own" and timeline.chance(0.85),
        "residence": residence,
        "daily_carer": "" if residence == "daily_care" else timeline.rng.choice(phrases.CARERS),
        "other_parent": people.full_name() if timeline.chance(0.7) else "",
        "school": _school(timeline, age), "services": sorted(services),
    }
    return Child(record, age, services)


def _born(people: SyntheticPeople, timeline: Timeline, home: Household) -> date:
    """Born before the case was opened; most are still under 18 today, a few have just turned 18."""
    years_open = age_on(home.opened, timeline.today)
    oldest = min(17, home.parent_age - 16, 17 if timeline.chance(0.1) else 17 - years_open)
    return people.birth_date(0, max(0, oldest), today=home.opened)


def _services(timeline: Timeline, age: int) -> tuple[str, ...]:
    choices = next(s for low, high, s in SERVICES_BY_AGE if low <= min(age, 17) <= high)
    found = set(timeline.rng.sample(choices, k=timeline.rng.randint(0, 2)))
    if timeline.chance(0.08):
        found.add("barnevern")
    return tuple(sorted(found))


def _school(timeline: Timeline, age: int) -> str:
    place = timeline.rng.choice(phrases.PLACES)
    if age < 1:
        return ""
    if age < 6:
        return f"{place} barnehage"
    return f"{place} skole" if age < 16 else f"{place} videregående skole"



def _pregnancy(timeline: Timeline, ref: int, due: date) -> dict[str, Any]:
    """Most demo pregnancies have a screening noted and a responsibility group (a stream of their
    own, so the rest of the demo stays the same for a given seed)."""
    rng = random.Random(f"svangerskap-{iso(due)}-{ref}")
    if rng.random() > 0.7:
        return {}
    screened = timeline.today - timedelta(days=rng.randint(5, 60))
    planned = rng.random() < 0.4
    return {
        "pregnancy": [{
            "screening_tool": rng.choice(("TWEAK", "AUDIT", "T-ACE")), "screened_on": iso(screened),
            "screening_result": rng.choice(("Lav skår. Snakket om å holde seg rusfri.",
                                            "Skår over grensen. Ønsker hjelp fra jordmor.")),
            "plan_made_on": iso(screened) if planned else None,
            "plan_text": "Avtalt oppfølging hos jordmor hver fjortende dag." if planned else "",
        }],
        "responsibility_group": [{"role": "Jordmor", "service": "Helsestasjonen", "name": ""},
                                 {"role": "Fastlege", "service": "Legekontoret", "name": ""}],
    }
