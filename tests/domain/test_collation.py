"""Tests for caseless search keys, LIKE patterns and Norwegian/Sami sort order (F-5)."""

from __future__ import annotations

import random
import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain.collation import (
    ALPHABET,
    LIKE_ESCAPE,
    like_pattern,
    matches,
    search_key,
    sort_key,
)

SAMI_LETTERS = "ÁáČčĐđŊŋŠšŦŧŽžÏïÄäÖöÂâǮǯǦǧǨǩƷʒǤǥÕõ"
SAMI_PAIRS = [SAMI_LETTERS[i : i + 2] for i in range(0, len(SAMI_LETTERS), 2)]
NORWEGIAN_PAIRS = ["Ææ", "Øø", "Åå"]


@pytest.mark.parametrize("pair", SAMI_PAIRS + NORWEGIAN_PAIRS)
def test_upper_and_lower_give_the_same_key(pair: str) -> None:
    upper, lower = pair[0], pair[1]
    assert search_key(upper) == search_key(lower) == lower


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Ødegård", "ødegård"),
        ("ØDEGÅRD", "Ødegård"),
        ("Čeavrris", "čeavrris"),
        ("ČEAVRRIS", "Čeav"),
        ("Ŋuolas", "ŋuolas"),
        ("Đuolbma", "đuolbma"),
        ("Máret Ánte", "ÁNTE"),
        ("Ŧoavdda", "ŧoa"),
        ("Žiehtávárri", "ŽIEHTÁ"),
        ("Ǩiõllâs", "ǩiõllâs"),
        ("Ʒâäkk", "ʒÂÄ"),
        ("Strauß", "STRAUSS"),
    ],
)
def test_search_matches_across_case(stored: str, query: str) -> None:
    assert matches(query, stored)


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Odegard", "ødegård"),
        ("Ødegård", "odegard"),
        ("Asheim", "åsheim"),
        ("Duolbma", "đuolbma"),
        ("Nuolas", "ŋuolas"),
        ("Ceavrris", "čeavrris"),
        ("Arlig", "ærlig"),
    ],
)
def test_letters_with_diacritics_stay_distinct(stored: str, query: str) -> None:
    assert not matches(query, stored)


@pytest.mark.parametrize(
    "forms",
    [
        ("Åsa", "A\u030asa", "\u212bsa", "å\u0073a".upper()),
        ("Čeavrris", "C\u030ceavrris", "c\u030cEAVRRIS"),
        ("Nguyễn", "Nguye\u0302\u0303n", "NGUYỄN"),
        ("Ǯuõnn", "Ʒ\u030cuo\u0303nn"),
    ],
)
def test_canonically_equal_forms_give_the_same_key(forms: tuple[str, ...]) -> None:
    assert len({search_key(form) for form in forms}) == 1


@given(st.text())
def test_nfc_and_nfd_give_the_same_key(text: str) -> None:
    key = search_key(text)
    assert search_key(unicodedata.normalize("NFD", text)) == key
    assert search_key(unicodedata.normalize("NFC", text)) == key
    assert search_key(key) == key
    assert unicodedata.is_normalized("NFC", key)


@given(st.text(alphabet=ALPHABET + ALPHABET.upper() + "-'"))
def test_upper_and_lower_case_forms_match(text: str) -> None:
    assert matches(text.upper(), text.lower())
    assert matches(text.lower(), text.upper())
    assert search_key(text.upper()) == search_key(text.lower())


# --- LIKE patterns against a real SQLite ------------------------------------------------------


def find(con: sqlite3.Connection, query: str) -> set[str]:
    rows = con.execute(
        f"select name from person where name_key like ? escape '{LIKE_ESCAPE}'",
        (like_pattern(query),),
    )
    return {name for (name,) in rows}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ødegård", {"Ødegård"}),
        ("ØDEGÅRD", {"Ødegård"}),
        ("odegard", {"Odegard"}),
        ("čeav", {"Čeavrris"}),
        ("ŊUO", {"Ŋuolas"}),
        ("ĐUOLBMA", {"Đuolbma"}),
        ("ærlig", {"Ærlig", "ÆRLIG-Åsheim"}),
        ("50%", {"50% Hansen"}),
        ("%", {"50% Hansen"}),
        ("per_", {"Per_Olsen"}),
        ("_", {"Per_Olsen"}),
        ("\\", {"Back\\slash"}),
        ("k\\s", {"Back\\slash"}),
        ("  Per  Olsen ", {"Per Olsen"}),
        ("åsheim", {"ÆRLIG-Åsheim"}),
    ],
)
def test_like_pattern_in_sqlite(names_db: sqlite3.Connection, query: str, expected: set[str]) -> None:
    assert find(names_db, query) == expected
    all_names = {name for (name,) in names_db.execute("select name from person")}
    assert {name for name in all_names if matches(query, name)} == expected


def test_like_pattern_escapes_and_wraps() -> None:
    assert LIKE_ESCAPE == "\\"
    assert like_pattern("Ø") == "%ø%"
    assert like_pattern("a%b_c\\d") == "%a\\%b\\_c\\\\d%"


def test_plain_sqlite_like_would_fail_which_is_why_the_key_exists() -> None:
    with sqlite3.connect(":memory:") as con:
        found = con.execute("select 'Ødegård' like '%ødegård%'").fetchone()[0]
    con.close()
    assert found == 0


# --- sort order -------------------------------------------------------------------------------


def test_alphabet_order() -> None:
    expected = "aáâbcčʒǯdđefgǧǥhiïjkǩlmnŋoõpqrsštŧuvwxyzžæøå"
    letters = list(expected)
    random.Random(3).shuffle(letters)
    assert "".join(sorted(letters, key=sort_key)) == expected == ALPHABET


def test_northern_sami_alphabet_order() -> None:
    expected = list("aábcčdđefghijklmnŋoprsštŧuvzžæøå")
    shuffled = expected[::-1]
    assert sorted(shuffled, key=sort_key) == expected
    upper = [letter.upper() for letter in expected]
    assert sorted(upper[::-1], key=sort_key) == upper


SORTED_NAMES = [
    "Aas",
    "Andersen",
    "Anne Lise",
    "anne-lise",
    "Anne-Lise",
    "Annelise",
    "Ánte",
    "Bäck",  # ä sorts with æ, as in Norwegian
    "Bæk",
    "Bøe",
    "Böhm",  # ö sorts with ø
    "Carlsen",
    "Čeavrris",
    "Dahl",
    "Đuolbma",
    "Eriksen",
    "Éva",
    "Evensen",
    "Łukasz",
    "Lund",
    "Myhre",
    "Müller",  # ü sorts as y
    "Nilsen",
    "Ŋuolas",
    "Olsen",
    "Sárá",
    "Svendsen",
    "Šiellaš",
    "Tveit",
    "Ŧoavdda",
    "Zahl",
    "Žiehtá",
    "Ærlig",
    "ødegård",
    "Ødegård",
    "ØDEGÅRD",
    "Åsa",
    "Åsheim",
]


def test_name_sort_order() -> None:
    for seed in range(5):
        shuffled = SORTED_NAMES[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled, key=sort_key) == SORTED_NAMES


def test_case_only_differences_sort_together_lower_first() -> None:
    names = ["ØDEGÅRD", "Odegaard", "ødegård", "Ødegård", "Zahl", "odegaard"]
    assert sorted(names, key=sort_key) == [
        "odegaard",
        "Odegaard",
        "Zahl",
        "ødegård",
        "Ødegård",
        "ØDEGÅRD",
    ]


def test_digits_and_punctuation_before_letters() -> None:
    assert sorted(["b", "2", "a", "10", "-x", " y"], key=sort_key) == [
        " y",
        "-x",
        "10",
        "2",
        "a",
        "b",
    ]


@given(st.text(), st.text())
def test_sort_key_is_total_and_only_equal_for_canonically_equal_texts(a: str, b: str) -> None:
    equal_keys = sort_key(a) == sort_key(b)
    assert equal_keys is (unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))
    assert sort_key(unicodedata.normalize("NFD", a)) == sort_key(a)


@given(st.lists(st.text(max_size=8), max_size=20))
def test_sorting_is_deterministic_under_permutation(texts: list[str]) -> None:
    def nfc(items: list[str]) -> list[str]:
        return [unicodedata.normalize("NFC", item) for item in items]

    reference = nfc(sorted(texts, key=sort_key))
    assert nfc(sorted(reversed(texts), key=sort_key)) == reference
