"""Checks Norwegian identity numbers (fnr, D, H), accepting classic and 2032-rule check digits."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import Enum

from stdnum.no import fodselsnummer as _stdnum

from barnearket.domain.language import t

# What python-stdnum 2.2 gives us and what it lacks (checked against its source):
# - calc_check_digit1/calc_check_digit2 are correct for the classic rule and are used below;
#   k2 is unchanged by the 2032 rule.
# - get_birth_date handles D-numbers (day + 40), H-numbers (month + 40) and the century table
#   and is used below, after the synthetic month offset (+ 80) has been taken off.
# - validate() demands the classic k1 only (rejects valid numbers issued from 2032), rejects
#   dates after date.today() (hidden clock) and does not know synthetic numbers, so it is not used.

LENGTH = 11
K1_REMAINDERS = frozenset({0, 1, 2, 3})
"""Accepted values of (weighted sum of digits 1-9 + k1) mod 11: 0 is the classic rule, 1-3 were
added for numbers issued from 1 January 2032. Both are accepted in parallel, for any birth date."""

_SEPARATORS = frozenset(" -.\t\u00a0\u2007\u2009\u202f")
"""What people type between the digits (spaces of every width, hyphens, dots); left out when stored."""
_D_DAY_OFFSET = 40
_H_MONTH_OFFSET = 40
_SYNTHETIC_MONTH_OFFSET = 80
_FIRST_YEAR = 1854
_LAST_YEAR = 2039


class IdentityKind(Enum):
    """What sort of identity number it is, read from the offsets in the date part."""

    FNR = "fnr"
    """Ordinary fødselsnummer."""
    DNR = "dnr"
    """D-number: day + 40."""
    HNR = "hnr"
    """H-number (help number): month + 40."""
    SYNTHETIC = "synthetic"
    """Test Norge / Tenor synthetic number: month + 80, day may carry the D offset; nobody real."""


class InvalidReason(Enum):
    """Why a text is not an acceptable identity number."""

    WRONG_LENGTH = "wrong_length"
    NOT_DIGITS = "not_digits"
    BAD_CHECK_DIGIT = "bad_check_digit"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    FH_NUMBER = "fh_number"
    SYNTHETIC_NOT_ALLOWED = "synthetic_not_allowed"


REASON_MESSAGES: dict[InvalidReason, str] = {
    InvalidReason.WRONG_LENGTH: "Fødselsnummer og D-nummer skal ha elleve siffer.",
    InvalidReason.NOT_DIGITS: "Nummeret kan bare inneholde siffer, mellomrom og punktum.",
    InvalidReason.BAD_CHECK_DIGIT: ("Kontrollsifrene stemmer ikke. Sjekk at nummeret er skrevet av riktig."),
    InvalidReason.BAD_DATE: "De seks første sifrene er ikke en gyldig fødselsdato.",
    InvalidReason.FUTURE_DATE: "Fødselsdatoen i nummeret ligger fram i tid.",
    InvalidReason.FH_NUMBER: "Felles hjelpenummer (FH-nummer) kan ikke brukes her.",
    InvalidReason.SYNTHETIC_NOT_ALLOWED: (
        "Nummeret er et syntetisk testnummer og kan ikke brukes for en virkelig person."
    ),
}
"""One fixed Norwegian sentence per reason. They never contain the number, so they may be logged."""


class InvalidIdentityNumber(ValueError):  # noqa: N818 - the name the callers were promised
    """The text is not an acceptable identity number; carries a reason and a loggable message."""

    def __init__(self, reason: InvalidReason) -> None:
        self.reason = reason
        self.message = t(REASON_MESSAGES[reason])
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    """A validated identity number. repr() hides the digits and the date so logs stay clean."""

    digits: str = field(repr=False)
    kind: IdentityKind
    birth_date: datetime.date = field(repr=False)
    """The date encoded in the number. For numbers issued from 2032 the register's own birth-date
    field is authoritative; this is the best reading of the number itself."""


def parse_identity_number(
    text: str,
    *,
    allow_synthetic: bool = False,
    today: datetime.date | None = None,
) -> IdentityNumber:
    """Validate ``text`` ("DDMMYYIIIKK", spaces allowed) or raise InvalidIdentityNumber.

    Synthetic (month + 80) numbers are refused unless ``allow_synthetic``; FH-numbers are refused.
    When ``today`` is given, an encoded date after it is refused.
    """
    digits = _compact(text)
    _check_check_digits(digits)
    kind = _kind(digits)
    birth_date = _birth_date(digits, kind)
    if kind is IdentityKind.SYNTHETIC and not allow_synthetic:
        raise InvalidIdentityNumber(InvalidReason.SYNTHETIC_NOT_ALLOWED)
    if today is not None and birth_date > today:
        raise InvalidIdentityNumber(InvalidReason.FUTURE_DATE)
    return IdentityNumber(digits=digits, kind=kind, birth_date=birth_date)


def is_valid(text: str, *, allow_synthetic: bool = False, today: datetime.date | None = None) -> bool:
    """Return whether ``text`` would be accepted by parse_identity_number."""
    try:
        parse_identity_number(text, allow_synthetic=allow_synthetic, today=today)
    except InvalidIdentityNumber:
        return False
    return True


def format_identity_number(digits: str) -> str:
    """Format eleven digits (separators allowed) as "DDMMYY IIIKK".

    Check digits are not checked; raises InvalidIdentityNumber unless there are eleven digits.
    """
    compact = _compact(digits)
    return f"{compact[:6]} {compact[6:]}"


def compute_check_digits(first_nine: str, *, k1_remainder: int = 0) -> str | None:
    """Return k1 and k2 for nine digits, or None when either would have to be 10.

    ``k1_remainder`` 0 gives the classic k1; 1, 2 or 3 give the alternatives valid from 2032.
    """
    if len(first_nine) != 9 or not _is_ascii_digits(first_nine):
        raise ValueError("first_nine must be nine ASCII digits")
    if k1_remainder not in K1_REMAINDERS:
        raise ValueError("k1_remainder must be 0, 1, 2 or 3")
    k1 = (int(_stdnum.calc_check_digit1(first_nine)) + k1_remainder) % 11
    if k1 == 10:
        return None
    k2 = _stdnum.calc_check_digit2(first_nine + str(k1))
    return None if k2 == "10" else f"{k1}{k2}"


def individual_ranges(year: int) -> tuple[range, ...]:
    """Return the individual-number ranges that encode a birth in ``year`` (1854-2039)."""
    if year < _FIRST_YEAR or year > _LAST_YEAR:
        raise ValueError("identity numbers encode birth years 1854-2039 only")
    if year < 1900:
        return (range(500, 750),)
    if year < 1940:
        return (range(0, 500),)
    if year < 2000:
        return (range(0, 500), range(900, 1000))
    return (range(500, 1000),)


def _compact(text: str) -> str:
    if len(text) > 4 * LENGTH:
        raise InvalidIdentityNumber(InvalidReason.WRONG_LENGTH)
    compact = "".join(ch for ch in text if ch not in _SEPARATORS)
    if len(compact) != LENGTH:
        raise InvalidIdentityNumber(InvalidReason.WRONG_LENGTH)
    if not _is_ascii_digits(compact):
        raise InvalidIdentityNumber(InvalidReason.NOT_DIGITS)
    return compact


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _check_check_digits(digits: str) -> None:
    classic_k1 = int(_stdnum.calc_check_digit1(digits[:9]))
    k1_ok = (int(digits[9]) - classic_k1) % 11 in K1_REMAINDERS
    k2_ok = _stdnum.calc_check_digit2(digits[:10]) == digits[10]
    if not (k1_ok and k2_ok):
        raise InvalidIdentityNumber(InvalidReason.BAD_CHECK_DIGIT)


def _kind(digits: str) -> IdentityKind:
    day, month = int(digits[0:2]), int(digits[2:4])
    if digits[0] in "89":
        raise InvalidIdentityNumber(InvalidReason.FH_NUMBER)
    if month > _SYNTHETIC_MONTH_OFFSET:
        return IdentityKind.SYNTHETIC
    if day > _D_DAY_OFFSET and month > _H_MONTH_OFFSET:
        raise InvalidIdentityNumber(InvalidReason.BAD_DATE)
    if day > _D_DAY_OFFSET:
        return IdentityKind.DNR
    if month > _H_MONTH_OFFSET:
        return IdentityKind.HNR
    return IdentityKind.FNR


def _birth_date(digits: str, kind: IdentityKind) -> datetime.date:
    if kind is IdentityKind.SYNTHETIC:
        month = int(digits[2:4]) - _SYNTHETIC_MONTH_OFFSET
        digits = f"{digits[:2]}{month:02d}{digits[4:]}"
    try:
        birth_date = _stdnum.get_birth_date(digits)
    except ValueError:  # stdnum's ValidationError derives from ValueError
        raise InvalidIdentityNumber(InvalidReason.BAD_DATE) from None
    return birth_date
