"""Tests for fødselsnummer, D-, H- and synthetic numbers under the classic and the 2032 rule (F-1-F-3)."""

from __future__ import annotations

import datetime
import random
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import barnearket
from barnearket.domain import identity
from barnearket.domain.identity import (
    REASON_MESSAGES,
    IdentityKind,
    IdentityNumber,
    InvalidIdentityNumber,
    InvalidReason,
    compute_check_digits,
    format_identity_number,
    individual_ranges,
    is_valid,
    parse_identity_number,
)
from barnearket.domain.synthetic import number_for_validator_tests

# Every hard-coded number below was computed for this file from an 1800s or 1900 birth date
# (nobody alive) or is synthetic (month + 80); none is copied from a real person.

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
D = datetime.date


def oracle_checks_ok(number: str) -> bool:
    """Independent reading of §5.1: (S1 + k1) mod 11 in {0..3} and (S2 + k2) mod 11 == 0."""
    digits = [int(c) for c in number]
    s1 = sum(w * x for w, x in zip(K1_WEIGHTS, digits, strict=False)) + digits[9]
    s2 = sum(w * x for w, x in zip(K2_WEIGHTS, digits, strict=False)) + digits[10]
    return s1 % 11 in {0, 1, 2, 3} and s2 % 11 == 0


def oracle_complete(first_nine: str, remainder: int = 0) -> str | None:
    """Append the k1 giving ``remainder`` (0-10) and the matching k2, or None if impossible."""
    s1 = sum(w * int(c) for w, c in zip(K1_WEIGHTS, first_nine, strict=True))
    k1s = [k for k in range(10) if (s1 + k) % 11 == remainder]
    if not k1s:
        return None
    ten = first_nine + str(k1s[0])
    s2 = sum(w * int(c) for w, c in zip(K2_WEIGHTS, ten, strict=True))
    k2s = [k for k in range(10) if (s2 + k) % 11 == 0]
    return ten + str(k2s[0]) if k2s else None


def completed(first_six: str, individuals: range = range(0, 500)) -> str:
    """The first valid (classic) number for a date part, trying individual numbers in order."""
    for individual in individuals:
        number = oracle_complete(f"{first_six}{individual:03d}")
        if number is not None:
            return number
    raise AssertionError("no valid number")


def reason_of(text: str, **kwargs: object) -> InvalidReason:
    with pytest.raises(InvalidIdentityNumber) as info:
        parse_identity_number(text, **kwargs)  # type: ignore[arg-type]
    return info.value.reason


# --- known-good and known-bad vectors ---------------------------------------------------------

GOOD = [
    # number, kind, birth date, note
    ("12037150051", IdentityKind.FNR, D(1871, 3, 12), "plain, classic k1"),
    ("29029650037", IdentityKind.FNR, D(1896, 2, 29), "29 Feb in a leap year of the 1800s"),
    ("05068850950", IdentityKind.FNR, D(1888, 6, 5), "k2 computes to 11 -> 0"),
    ("05068850608", IdentityKind.FNR, D(1888, 6, 5), "k1 computes to 11 -> 0"),
    ("01030000281", IdentityKind.FNR, D(1900, 3, 1), "individual 000-499, 1900"),
    ("52037150045", IdentityKind.DNR, D(1871, 3, 12), "D-number, day + 40"),
    ("12437150034", IdentityKind.HNR, D(1871, 3, 12), "H-number, month + 40"),
    ("12037150140", IdentityKind.FNR, D(1871, 3, 12), "2032 rule, k1 remainder 1, old birth date"),
    ("12037150078", IdentityKind.FNR, D(1871, 3, 12), "2032 rule, k1 remainder 2"),
    ("12037150086", IdentityKind.FNR, D(1871, 3, 12), "2032 rule, k1 remainder 3"),
    ("52037150053", IdentityKind.DNR, D(1871, 3, 12), "D-number under the 2032 rule"),
]
GOOD_SYNTHETIC = [
    ("29820050043", D(2000, 2, 29), "29 Feb 2000, month + 80"),
    ("45821050077", D(2010, 2, 5), "synthetic D-number: day + 40 and month + 80"),
    ("17858500087", D(1985, 5, 17), "synthetic under the 2032 rule, remainder 2"),
]
BAD = [
    ("12037150052", InvalidReason.BAD_CHECK_DIGIT, "k2 wrong"),
    ("12037150041", InvalidReason.BAD_CHECK_DIGIT, "k1 wrong"),
    ("12037150015", InvalidReason.BAD_CHECK_DIGIT, "k1 and k2 transposed"),
    ("29020000064", InvalidReason.BAD_DATE, "29 Feb 1900 is not a date"),
    ("29820050043", InvalidReason.SYNTHETIC_NOT_ALLOWED, "synthetic without allow_synthetic"),
    ("1203715005", InvalidReason.WRONG_LENGTH, "ten digits"),
    ("120371500511", InvalidReason.WRONG_LENGTH, "twelve digits"),
    ("", InvalidReason.WRONG_LENGTH, "empty"),
    ("12037I50051", InvalidReason.NOT_DIGITS, "letter I for digit 1"),
    ("12037150O51", InvalidReason.NOT_DIGITS, "letter O for digit 0"),
]


@pytest.mark.parametrize(("number", "kind", "birth_date", "note"), GOOD)
def test_known_good_vectors(number: str, kind: IdentityKind, birth_date: datetime.date, note: str) -> None:
    parsed = parse_identity_number(number)
    assert (parsed.digits, parsed.kind, parsed.birth_date) == (number, kind, birth_date), note
    assert oracle_checks_ok(number)
    assert is_valid(number)


@pytest.mark.parametrize(("number", "birth_date", "note"), GOOD_SYNTHETIC)
def test_known_good_synthetic_vectors(number: str, birth_date: datetime.date, note: str) -> None:
    parsed = parse_identity_number(number, allow_synthetic=True)
    assert (parsed.kind, parsed.birth_date) == (IdentityKind.SYNTHETIC, birth_date), note
    assert not is_valid(number)
    assert is_valid(number, allow_synthetic=True)


@pytest.mark.parametrize(("number", "reason", "note"), BAD)
def test_known_bad_vectors(number: str, reason: InvalidReason, note: str) -> None:
    assert reason_of(number) is reason, note
    assert not is_valid(number)


def test_classic_rule_vectors_with_remainder_four_or_more_are_rejected() -> None:
    for remainder in range(4, 11):
        number = oracle_complete("120371501", remainder)
        if number is not None:
            assert reason_of(number) is InvalidReason.BAD_CHECK_DIGIT, remainder


def test_no_digit_accepted_when_k2_computes_to_ten() -> None:
    # For 120371500 with k1 = 6 (remainder 1) the second check digit would have to be 10.
    assert compute_check_digits("120371500", k1_remainder=1) is None
    for k2 in range(10):
        assert reason_of(f"1203715006{k2}") is InvalidReason.BAD_CHECK_DIGIT


def test_classic_k1_of_ten_leaves_only_2032_numbers() -> None:
    # For 120371503 the classic k1 is 10; k1 = 0 then gives remainder 1, valid only since 2032.
    assert compute_check_digits("120371503") is None
    number = oracle_complete("120371503", remainder=1)
    assert number is not None
    assert number[9] == "0"
    assert parse_identity_number(number).birth_date == D(1871, 3, 12)


# --- generated numbers (hypothesis) -----------------------------------------------------------

KINDS = (IdentityKind.FNR, IdentityKind.DNR, IdentityKind.HNR, IdentityKind.SYNTHETIC)


@st.composite
def date_and_individual(draw: st.DrawFn) -> tuple[datetime.date, int]:
    birth_date = draw(st.dates(D(1854, 1, 1), D(2039, 12, 31)))
    ranges = individual_ranges(birth_date.year)
    chosen = draw(st.sampled_from(ranges))
    return birth_date, draw(st.integers(chosen.start, chosen.stop - 1))


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, IdentityKind, datetime.date]:
    birth_date, individual = draw(date_and_individual())
    kind = draw(st.sampled_from(KINDS))
    remainder = draw(st.integers(0, 3))
    number = number_for_validator_tests(birth_date, individual, kind=kind, k1_remainder=remainder)
    if number is None:  # no check digits exist for this prefix; try the classic k1 instead
        number = number_for_validator_tests(birth_date, individual, kind=kind)
    assume(number is not None)
    assert number is not None
    return number, kind, birth_date


@given(valid_numbers())
@settings(max_examples=500)
def test_every_valid_generated_number_is_accepted(
    case: tuple[str, IdentityKind, datetime.date],
) -> None:
    number, kind, birth_date = case
    assert oracle_checks_ok(number)
    parsed = parse_identity_number(number, allow_synthetic=True)
    assert (parsed.digits, parsed.kind, parsed.birth_date) == (number, kind, birth_date)
    assert is_valid(number) is (kind is not IdentityKind.SYNTHETIC)


def first_nine_of(birth_date: datetime.date, individual: int, kind: IdentityKind) -> str:
    """Independent encoding of the date part: D adds 40 to the day, H 40 and synthetic 80 to
    the month."""
    day = birth_date.day + (40 if kind is IdentityKind.DNR else 0)
    month = birth_date.month + {IdentityKind.HNR: 40, IdentityKind.SYNTHETIC: 80}.get(kind, 0)
    return f"{day:02d}{month:02d}{birth_date.year % 100:02d}{individual:03d}"


@given(date_and_individual(), st.sampled_from(KINDS))
@settings(max_examples=200)
def test_accepted_check_digits_are_exactly_the_oracles(
    pair: tuple[datetime.date, int], kind: IdentityKind
) -> None:
    first_nine = first_nine_of(*pair, kind)
    for suffix in range(100):
        number = f"{first_nine}{suffix:02d}"
        assert is_valid(number, allow_synthetic=True) is oracle_checks_ok(number), number


@given(valid_numbers())
def test_generator_agrees_with_the_independent_encoding(
    case: tuple[str, IdentityKind, datetime.date],
) -> None:
    number, kind, birth_date = case
    assert number[:6] == first_nine_of(birth_date, 0, kind)[:6]


@given(date_and_individual(), st.integers(1, 3))
@settings(max_examples=300)
def test_2032_remainders_accepted_for_any_birth_date(pair: tuple[datetime.date, int], remainder: int) -> None:
    birth_date, individual = pair
    number = number_for_validator_tests(birth_date, individual, k1_remainder=remainder)
    assume(number is not None)
    assert number is not None
    parsed = parse_identity_number(number)
    assert parsed.birth_date == birth_date
    assert parsed.kind is IdentityKind.FNR


@given(date_and_individual(), st.integers(4, 10))
@settings(max_examples=300)
def test_k1_remainders_above_three_rejected(pair: tuple[datetime.date, int], remainder: int) -> None:
    birth_date, individual = pair
    first_nine = f"{birth_date:%d%m}{birth_date.year % 100:02d}{individual:03d}"
    number = oracle_complete(first_nine, remainder)
    assume(number is not None)
    assert number is not None
    assert reason_of(number) is InvalidReason.BAD_CHECK_DIGIT


def mutants(number: str) -> list[str]:
    """Every single-digit substitution and every adjacent transposition that changes the text."""
    out = [
        number[:i] + digit + number[i + 1 :]
        for i in range(len(number))
        for digit in "0123456789"
        if digit != number[i]
    ]
    out += [
        number[:i] + number[i + 1] + number[i] + number[i + 2 :]
        for i in range(len(number) - 1)
        if number[i] != number[i + 1]
    ]
    return out


def assert_all_mutants_rejected(number: str) -> None:
    for mutant in mutants(number):
        with pytest.raises(InvalidIdentityNumber) as info:
            parse_identity_number(mutant, allow_synthetic=True)
        assert info.value.reason is InvalidReason.BAD_CHECK_DIGIT, mutant


@given(valid_numbers())
@settings(max_examples=300)
def test_substitutions_and_transpositions_rejected(
    case: tuple[str, IdentityKind, datetime.date],
) -> None:
    assert_all_mutants_rejected(case[0])


def sweep_pairs(count: int, seed: int) -> list[tuple[datetime.date, int]]:
    rng = random.Random(seed)
    first, last = D(1854, 1, 1).toordinal(), D(2039, 12, 31).toordinal()
    pairs = []
    for _ in range(count):
        birth_date = D.fromordinal(rng.randint(first, last))
        chosen = rng.choice(individual_ranges(birth_date.year))
        pairs.append((birth_date, rng.randrange(chosen.start, chosen.stop)))
    return pairs


def test_sweep_of_100000_generated_pairs() -> None:
    """F-1: every valid number accepted; where k2 would be 10, no k2 digit is accepted."""
    accepted = no_k1 = no_k2 = 0
    for birth_date, individual in sweep_pairs(100_000, seed=20320101):
        remainder = individual % 4
        number = number_for_validator_tests(birth_date, individual, k1_remainder=remainder)
        first_nine = first_nine_of(birth_date, individual, IdentityKind.FNR)
        assert number == oracle_complete(first_nine, remainder)
        if number is not None:
            assert is_valid(number), number
            accepted += 1
            continue
        s1 = sum(w * int(c) for w, c in zip(K1_WEIGHTS, first_nine, strict=True))
        k1s = [k for k in range(10) if (s1 + k) % 11 == remainder]
        if not k1s:  # k1 would be 10: no number with this remainder exists
            no_k1 += 1
            continue
        no_k2 += 1
        for k2 in range(10):
            assert not is_valid(f"{first_nine}{k1s[0]}{k2}")
    assert accepted > 80_000
    assert no_k1 > 5_000
    assert no_k2 > 5_000


def test_mutants_of_2000_generated_numbers_rejected() -> None:
    rng = random.Random(11)
    checked = 0
    for birth_date, individual in sweep_pairs(2_400, seed=42):
        kind = rng.choice(KINDS)
        number = number_for_validator_tests(birth_date, individual, kind=kind, k1_remainder=rng.randint(0, 3))
        if number is not None:
            assert_all_mutants_rejected(number)
            checked += 1
    assert checked >= 1_800


# --- dates, kinds and centuries ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("yy", "individual", "year"),
    [
        ("71", 0, 1971),
        ("71", 499, 1971),
        ("00", 0, 1900),
        ("39", 499, 1939),
        ("54", 500, 1854),
        ("99", 749, 1899),
        ("71", 900, 1971),
        ("40", 999, 1940),
        ("00", 500, 2000),
        ("39", 999, 2039),
        ("20", 750, 2020),
        ("53", 500, None),  # 500-749 with year 40-53: no century
        ("45", 750, None),  # 750-899 with year >= 40: no century
    ],
)
def test_century_from_individual_number(yy: str, individual: int, year: int | None) -> None:
    number = oracle_complete(f"0101{yy}{individual:03d}") or oracle_complete(f"0101{yy}{individual:03d}", 1)
    assert number is not None
    if year is None:
        assert reason_of(number) is InvalidReason.BAD_DATE
    else:
        assert parse_identity_number(number).birth_date == D(year, 1, 1)


@pytest.mark.parametrize(
    ("first_six", "note"),
    [
        ("000171", "day 00"),
        ("010071", "month 00"),
        ("011371", "month 13"),
        ("310471", "31 April"),
        ("300271", "30 February"),
        ("290271", "29 February 1971"),
        ("290200", "29 February 1900"),
        ("400171", "day 40"),
        ("720171", "D-number with day 32"),
        ("015371", "H-number with month 13"),
        ("012071", "month 20"),
        ("019371", "synthetic month 13"),
        ("524171", "D and H offsets together"),
    ],
)
def test_bad_dates_rejected(first_six: str, note: str) -> None:
    number = completed(first_six)
    assert reason_of(number, allow_synthetic=True) is InvalidReason.BAD_DATE, note


@pytest.mark.parametrize(
    ("first_six", "individuals", "kind", "birth_date"),
    [
        ("290200", range(500, 1000), IdentityKind.FNR, D(2000, 2, 29)),
        ("690200", range(500, 1000), IdentityKind.DNR, D(2000, 2, 29)),
        ("294200", range(500, 1000), IdentityKind.HNR, D(2000, 2, 29)),
        ("711271", range(0, 500), IdentityKind.DNR, D(1971, 12, 31)),
        ("315271", range(0, 500), IdentityKind.HNR, D(1971, 12, 31)),
        ("419271", range(0, 500), IdentityKind.SYNTHETIC, D(1971, 12, 1)),
        ("718171", range(0, 500), IdentityKind.SYNTHETIC, D(1971, 1, 31)),
    ],
)
def test_kind_and_date_offsets(
    first_six: str, individuals: range, kind: IdentityKind, birth_date: datetime.date
) -> None:
    parsed = parse_identity_number(completed(first_six, individuals), allow_synthetic=True)
    assert (parsed.kind, parsed.birth_date) == (kind, birth_date)


@pytest.mark.parametrize("first_digit", ["8", "9"])
def test_fh_numbers_refused(first_digit: str) -> None:
    number = completed(f"{first_digit}12345")
    assert reason_of(number) is InvalidReason.FH_NUMBER
    assert reason_of(number, allow_synthetic=True) is InvalidReason.FH_NUMBER


def test_synthetic_refused_unless_allowed() -> None:
    number = completed("018571")
    assert reason_of(number) is InvalidReason.SYNTHETIC_NOT_ALLOWED
    assert parse_identity_number(number, allow_synthetic=True).kind is IdentityKind.SYNTHETIC


def test_future_birth_date_refused_only_when_today_given() -> None:
    number = completed("010139", range(500, 1000))  # 1 January 2039
    assert parse_identity_number(number).birth_date == D(2039, 1, 1)
    assert reason_of(number, today=D(2038, 12, 31)) is InvalidReason.FUTURE_DATE
    assert parse_identity_number(number, today=D(2039, 1, 1)).birth_date == D(2039, 1, 1)


# --- input forms, formatting, helpers ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "120371 50051",
        " 12037150051 ",
        "120371-50051",
        "120371\u00a050051",
        "12 03 71 500 51",
        "\t120371 50051\t",
    ],
)
def test_separators_accepted(text: str) -> None:
    assert parse_identity_number(text).digits == "12037150051"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("１２０３７１５００５１", InvalidReason.NOT_DIGITS),  # fullwidth digits
        ("١٢٠٣٧١٥٠٠٥١", InvalidReason.NOT_DIGITS),  # Arabic-Indic digits
        ("12037150051²", InvalidReason.WRONG_LENGTH),
        ("1203715005²", InvalidReason.NOT_DIGITS),
        ("120371/50051", InvalidReason.WRONG_LENGTH),
        ("1" * 10_000_000, InvalidReason.WRONG_LENGTH),
        ("+4712037150", InvalidReason.NOT_DIGITS),
    ],
)
def test_odd_input_rejected_with_reason(text: str, reason: InvalidReason) -> None:
    assert reason_of(text) is reason


def test_format_identity_number() -> None:
    assert format_identity_number("12037150051") == "120371 50051"
    assert format_identity_number(" 120371-50051 ") == "120371 50051"
    with pytest.raises(InvalidIdentityNumber):
        format_identity_number("1234")


def test_compute_check_digits_and_ranges_refuse_bad_arguments() -> None:
    with pytest.raises(ValueError, match="nine"):
        compute_check_digits("12345678")
    with pytest.raises(ValueError, match="k1_remainder"):
        compute_check_digits("120371500", k1_remainder=4)
    with pytest.raises(ValueError, match="1854"):
        individual_ranges(1853)
    with pytest.raises(ValueError, match="1854"):
        individual_ranges(2040)
    assert compute_check_digits("120371500") == "51"


# --- privacy: messages, repr, no gender -------------------------------------------------------

DIGIT = re.compile(r"\d")


def test_every_reason_has_a_norwegian_message_without_digits() -> None:
    assert set(REASON_MESSAGES) == set(InvalidReason)
    for reason, message in REASON_MESSAGES.items():
        assert message.endswith("."), reason
        assert not DIGIT.search(message), reason
        error = InvalidIdentityNumber(reason)
        assert str(error) == error.message == message


@given(st.text(alphabet="0123456789 -x\u00a0", max_size=16), st.booleans())
@settings(max_examples=500)
def test_messages_never_contain_digits(text: str, allow_synthetic: bool) -> None:
    try:
        parse_identity_number(text, allow_synthetic=allow_synthetic)
    except InvalidIdentityNumber as error:
        for shown in (str(error), repr(error), error.message, *map(str, error.args)):
            assert not DIGIT.search(shown)
        assert error.__cause__ is None
        assert error.__suppress_context__ or error.__context__ is None


def test_repr_of_parsed_number_hides_digits_and_date() -> None:
    parsed = parse_identity_number("12037150051")
    assert not DIGIT.search(repr(parsed))
    assert not DIGIT.search(str(parsed))
    assert isinstance(parsed, IdentityNumber)


def test_no_gender_is_read_from_the_number() -> None:
    """F-2: the numbers are gender-neutral from 2032; nothing may read it (grep + test)."""
    package = Path(barnearket.__file__).parent
    own = [package / "domain" / name for name in ("identity.py", "synthetic.py")]
    for path in own:
        source = path.read_text(encoding="utf-8").casefold()
        for word in ("gender", "kjønn", "kjonn", "sex"):
            assert word not in source, f"{path.name} mentions {word}"
    for path in package.rglob("*.py"):
        assert "get_gender" not in path.read_text(encoding="utf-8"), path
    assert not any("gender" in name or "kjønn" in name for name in dir(identity))
