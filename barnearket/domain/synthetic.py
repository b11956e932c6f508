"""Deterministic synthetic people for tests and demo data, so no real person is ever a fixture."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from barnearket.domain.identity import IdentityKind, compute_check_digits, individual_ranges

# fmt: off
FIRST_NAMES = (
    # Norwegian, some with æøå
    "Kari", "Ola", "Ingrid", "Per", "Sigrid", "Håkon", "Åse", "Bjørn", "Solveig", "Øystein",
    "Ærlend", "Mari", "Tore", "Astrid", "Jørgen", "Liv", "Åsmund", "Ragnhild", "Søren", "Eldrid",
    "Nora", "Emil", "Jonas", "Ida", "Linnea", "Mathias", "Frøydis", "Kåre", "Tiril", "Ståle",
    # Northern Sami
    "Máret", "Ánte", "Sárá", "Ásllat", "Biret", "Niillas", "Iŋgá", "Áilu", "Elle", "Jovnna",
    "Heaika", "Risten", "Ovllá", "Máhtte", "Sunná", "Nilsá", "Gáddjá", "Čuoma", "Áslat", "Ŋeavvu",
    # Southern, Lule and Skolt Sami letters
    "Ïlle", "Jåvva", "Sáhkko", "Ǩeärjj", "Ǯuõnn", "Ǧiõrǧǧ", "Ʒâäkk", "Öövle", "Äjlin",
    # Names of families who moved here
    "Łucja", "Mindaugas", "Jūratė", "Oleksandr", "Amina", "Hodan", "Selam", "Zoë", "Thảo",
)
SURNAMES = (
    # Norwegian, many with æøå
    "Ærlig", "Ødegård", "Åsheim", "Bjørnstad", "Løkken", "Sæther", "Hågensen", "Strømme",
    "Nordmann", "Haugen", "Berg", "Dahl", "Kvåle", "Grønli", "Østby", "Ås", "Brænd", "Fjærli",
    "Lyngstad", "Tveitå", "Myrvold", "Ødegaard", "Aasen", "Vågen", "Solbakken", "Rønning",
    # Invented Sami surnames covering á č đ ŋ š ŧ ž
    "Čeavrris", "Ŋuolas", "Đuolbma", "Šiellaš", "Ŧoavdda", "Žiehtávárri", "Gáddeguoŋŋa",
    "Áilošvuopmi", "Vuožžán", "Biekkaš", "Johttáččat", "Vuođđoš", "Duottarŧuolbma", "Čáhcegeađgi",
    # Invented Southern and Skolt Sami surnames covering ï â ä õ ö ǯ ǧ ǥ ǩ ʒ
    "Jïjnjevaerie", "Ǩiõllâs", "Ǯeärrjäuʹrr", "Ǧuõlǧǥ", "Ʒâävvsuâl", "Vöölkie", "Âkkesen",
    "Muõrǯǯ", "Mieʒǩǩ",
    # Other caseload names
    "Wiśniewska", "Žukauskienė", "Kovalenko", "Hassan", "Tesfay", "Trần",
)
# fmt: on
MIDDLE_NAME_SHARE = 0.2
HYPHEN_SHARE = 0.1
_D_DAY_OFFSET = 40
_MONTH_OFFSETS = {IdentityKind.HNR: 40, IdentityKind.SYNTHETIC: 80}


@dataclass(frozen=True, slots=True)
class SyntheticPerson:
    """An invented person; the identity number is synthetic (month + 80) and belongs to nobody."""

    first_name: str
    surname: str
    birth_date: datetime.date
    identity_number: str

    @property
    def full_name(self) -> str:
        """First name(s) and surname separated by a space."""
        return f"{self.first_name} {self.surname}"


class SyntheticPeople:
    """Generates invented people; the same seed and the same calls give the same output."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def first_name(self) -> str:
        """One first name, sometimes hyphenated (Anne-Máret style)."""
        name = self._rng.choice(FIRST_NAMES)
        if self._rng.random() < HYPHEN_SHARE:
            name = f"{name}-{self._rng.choice(FIRST_NAMES)}"
        return name

    def surname(self) -> str:
        """One surname, sometimes a double surname joined by a hyphen."""
        name = self._rng.choice(SURNAMES)
        if self._rng.random() < HYPHEN_SHARE:
            name = f"{name}-{self._rng.choice(SURNAMES)}"
        return name

    def given_names(self) -> str:
        """One first name, sometimes followed by a middle name."""
        names = self.first_name()
        if self._rng.random() < MIDDLE_NAME_SHARE:
            names = f"{names} {self.first_name()}"
        return names

    def full_name(self) -> str:
        """Given names and surname, e.g. "Máret Ødegård"."""
        return f"{self.given_names()} {self.surname()}"

    def birth_date(self, min_age: int, max_age: int, *, today: datetime.date) -> datetime.date:
        """A birth date for someone aged min_age..max_age whole years on ``today``."""
        if not 0 <= min_age <= max_age:
            raise ValueError("need 0 <= min_age <= max_age")
        latest = _years_before(today, min_age)
        earliest = _years_before(today, max_age + 1) + datetime.timedelta(days=1)
        span = (latest - earliest).days
        return earliest + datetime.timedelta(days=self._rng.randint(0, span))

    def identity_number(self, birth_date: datetime.date, *, d_number: bool = False) -> str:
        """A synthetic identity number (month + 80, Test Norge / Tenor) for ``birth_date``.

        Valid with ``allow_synthetic=True`` and refused without; never issued to a real person.
        """
        day_offset = _D_DAY_OFFSET if d_number else 0
        candidates = [n for r in individual_ranges(birth_date.year) for n in r]
        start = self._rng.randrange(len(candidates))
        for individual in candidates[start:] + candidates[:start]:
            number = _assemble(birth_date, individual, IdentityKind.SYNTHETIC, day_offset, 0)
            if number is not None:
                return number
        raise AssertionError("unreachable: about 5 in 6 individual numbers have check digits")

    def person(self, min_age: int, max_age: int, *, today: datetime.date) -> SyntheticPerson:
        """A whole invented person aged min_age..max_age on ``today``."""
        given, surname = self.given_names(), self.surname()
        birth_date = self.birth_date(min_age, max_age, today=today)
        return SyntheticPerson(given, surname, birth_date, self.identity_number(birth_date))


def number_for_validator_tests(
    birth_date: datetime.date,
    individual: int,
    *,
    kind: IdentityKind = IdentityKind.FNR,
    k1_remainder: int = 0,
) -> str | None:
    """Build a real-format (FNR, DNR, HNR or SYNTHETIC) number; None if no check digits exist.

    FOR VALIDATOR TESTS ONLY. A non-synthetic number built here may belong to a real, living
    person: never store it, print it, or use it as the identity of a person in demo data or
    fixtures; use SyntheticPeople.identity_number for that.
    """
    if not any(individual in r for r in individual_ranges(birth_date.year)):
        raise ValueError("the individual number does not encode this birth year")
    day_offset = _D_DAY_OFFSET if kind is IdentityKind.DNR else 0
    return _assemble(birth_date, individual, kind, day_offset, k1_remainder)


def _assemble(
    birth_date: datetime.date, individual: int, kind: IdentityKind, day_offset: int, k1_r: int
) -> str | None:
    month_offset = _MONTH_OFFSETS.get(kind, 0)
    first_nine = (
        f"{birth_date.day + day_offset:02d}{birth_date.month + month_offset:02d}"
        f"{birth_date.year % 100:02d}{individual:03d}"
    )
    check = compute_check_digits(first_nine, k1_remainder=k1_r)
    return None if check is None else first_nine + check


def _years_before(day: datetime.date, years: int) -> datetime.date:
    """The same calendar day ``years`` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
