"""Tests for the text cleaning rule: hostile characters, line breaks and length limits (F-6, F-7)."""

from __future__ import annotations

import sqlite3
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from barnearket.domain.text import (
    ADDRESS_LIMIT,
    CHANGE_MESSAGES,
    NAME_LIMIT,
    NOTE_LIMIT,
    RULE,
    SHORT_TEXT_LIMIT,
    SILENT_CHANGES,
    Change,
    CleanResult,
    clean_line,
    clean_name,
    clean_note,
    clean_text,
)

C = Change
FAMILY = "👨\u200d👩\u200d👧"  # man, ZWJ, woman, ZWJ, girl: one picture
PERSIAN = "می\u200cخواهم"  # ZWNJ is part of the spelling

# (input, expected clean_name text, expected changes)
NAME_CORPUS: list[tuple[str, str, frozenset[Change]]] = [
    # plain names pass untouched
    ("Kari Nordmann", "Kari Nordmann", frozenset()),
    ("Máret Čeavrris", "Máret Čeavrris", frozenset()),
    ("Ŋuolas Đuolbma-Šiellaš", "Ŋuolas Đuolbma-Šiellaš", frozenset()),
    ("Ǩiõllâs Ǯuõnn Ʒâäkk Ïlle", "Ǩiõllâs Ǯuõnn Ʒâäkk Ïlle", frozenset()),
    ("Zoë O'Brien", "Zoë O'Brien", frozenset()),
    (FAMILY, FAMILY, frozenset()),
    (PERSIAN, PERSIAN, frozenset()),
    ("नमस्\u200dते", "नमस्\u200dते", frozenset()),  # ZWJ between Devanagari letters
    # lone surrogates (Qt clipboard, bad decoders)
    ("Kari\ud801", "Kari", frozenset({C.SURROGATES_REMOVED})),
    ("\udc00Ola", "Ola", frozenset({C.SURROGATES_REMOVED})),
    ("Å\ud800\udbffse", "Åse", frozenset({C.SURROGATES_REMOVED})),
    ("\ude00\ud83d", "", frozenset({C.SURROGATES_REMOVED})),  # reversed pair is two lone halves
    ("Per \ud83d\ude00", "Per 😀", frozenset({C.NORMALIZED})),  # a well-formed pair is joined
    # NUL, C0, DEL, C1
    ("Kari\x00Nordmann", "KariNordmann", frozenset({C.CONTROLS_REMOVED})),
    ("\x00" * 50, "", frozenset({C.CONTROLS_REMOVED})),
    ("Ola\x07\x08\x1b[31m", "Ola[31m", frozenset({C.CONTROLS_REMOVED})),
    ("Ida\x7f", "Ida", frozenset({C.CONTROLS_REMOVED})),
    ("Liv\x80\x9f", "Liv", frozenset({C.CONTROLS_REMOVED})),
    ("Tor\x0bBjørn\x0c", "TorBjørn", frozenset({C.CONTROLS_REMOVED})),
    ("A\x1cB\x1dC\x1eD\x1f", "ABCD", frozenset({C.CONTROLS_REMOVED})),
    # line breaks and tabs in a single-line field
    ("Kari\nNordmann", "Kari Nordmann", frozenset({C.LINE_BREAKS_TO_SPACE})),
    (
        "Kari\r\nNordmann",
        "Kari Nordmann",
        frozenset({C.LINE_BREAKS_UNIFIED, C.LINE_BREAKS_TO_SPACE}),
    ),
    ("Kari\rNordmann", "Kari Nordmann", frozenset({C.LINE_BREAKS_UNIFIED, C.LINE_BREAKS_TO_SPACE})),
    ("Kari\tNordmann", "Kari Nordmann", frozenset({C.LINE_BREAKS_TO_SPACE})),
    (
        "Kari \n\t\n Nordmann",
        "Kari Nordmann",
        frozenset({C.LINE_BREAKS_TO_SPACE}),
    ),
    (
        "Kari\u2028Nordmann\u2029",
        "Kari Nordmann",
        frozenset({C.LINE_BREAKS_UNIFIED, C.LINE_BREAKS_TO_SPACE, C.WHITESPACE_TRIMMED}),
    ),
    (
        "Kari\x85Nordmann",
        "Kari Nordmann",
        frozenset({C.LINE_BREAKS_UNIFIED, C.LINE_BREAKS_TO_SPACE}),
    ),
    # whitespace
    ("  Kari Nordmann  ", "Kari Nordmann", frozenset({C.WHITESPACE_TRIMMED})),
    ("Kari   Nordmann", "Kari Nordmann", frozenset({C.WHITESPACE_COLLAPSED})),
    ("Kari\u00a0Nordmann", "Kari Nordmann", frozenset({C.WHITESPACE_COLLAPSED})),
    ("Kari\u2003\u3000Nordmann", "Kari Nordmann", frozenset({C.WHITESPACE_COLLAPSED})),
    ("   ", "", frozenset({C.WHITESPACE_TRIMMED})),
    # bidi embedding, override and isolate controls (Trojan Source)
    ("\u202eannamdroN iraK", "annamdroN iraK", frozenset({C.BIDI_CONTROLS_REMOVED})),
    ("Kari\u202a Nordmann\u202c", "Kari Nordmann", frozenset({C.BIDI_CONTROLS_REMOVED})),
    ("\u202b\u202d\u2066\u2067\u2068\u2069Ola", "Ola", frozenset({C.BIDI_CONTROLS_REMOVED})),
    ("Ola\u2069", "Ola", frozenset({C.BIDI_CONTROLS_REMOVED})),
    # zero-width and other invisible characters
    ("Ka\u200bri", "Kari", frozenset({C.INVISIBLE_REMOVED})),
    ("\ufeffKari", "Kari", frozenset({C.INVISIBLE_REMOVED})),
    ("Ka\u200cri", "Kari", frozenset({C.INVISIBLE_REMOVED})),  # ZWNJ between Latin letters
    ("Ka\u200dri", "Kari", frozenset({C.INVISIBLE_REMOVED})),  # ZWJ outside emoji
    ("Ka\u2060ri\u2063", "Kari", frozenset({C.INVISIBLE_REMOVED})),
    ("Kari\u00adanne", "Karianne", frozenset({C.INVISIBLE_REMOVED})),  # soft hyphen
    ("Ola\u200e\u200f\u061c", "Ola", frozenset({C.INVISIBLE_REMOVED})),  # LRM, RLM, ALM
    ("Ola\U000e0041\U000e007f", "Ola", frozenset({C.INVISIBLE_REMOVED})),  # tag characters
    ("\u180eOla\ufff9", "Ola", frozenset({C.INVISIBLE_REMOVED})),
    ("😀\u200d", "😀", frozenset({C.INVISIBLE_REMOVED})),  # ZWJ with nothing after it
    ("\u200d😀", "😀", frozenset({C.INVISIBLE_REMOVED})),
    # noncharacters
    ("Kari\ufffe\uffff", "Kari", frozenset({C.NONCHARACTERS_REMOVED})),
    ("\ufdd0Ola\ufdef", "Ola", frozenset({C.NONCHARACTERS_REMOVED})),
    ("Ola\U0001fffe\U0010ffff", "Ola", frozenset({C.NONCHARACTERS_REMOVED})),
    # Unicode forms
    ("A\u030asa", "Åsa", frozenset({C.NORMALIZED})),
    ("\u212bsa", "Åsa", frozenset({C.NORMALIZED})),  # ANGSTROM SIGN
    ("Bo\u0308hm", "Böhm", frozenset({C.NORMALIZED})),
    ("O\u0338degard", "O\u0338degard", frozenset()),  # looks like Ø but is O + overlay: kept
    ("C\u030ceavrris", "Čeavrris", frozenset({C.NORMALIZED})),
    ("Nguye\u0302\u0303n", "Nguyễn", frozenset({C.NORMALIZED})),
    # several at once
    (
        " \u202eKa\u200bri\x00\r\nNord\ud800mann\ufffe ",
        "Kari Nordmann",
        frozenset(
            {
                C.BIDI_CONTROLS_REMOVED,
                C.INVISIBLE_REMOVED,
                C.CONTROLS_REMOVED,
                C.LINE_BREAKS_UNIFIED,
                C.LINE_BREAKS_TO_SPACE,
                C.SURROGATES_REMOVED,
                C.NONCHARACTERS_REMOVED,
                C.WHITESPACE_TRIMMED,
            }
        ),
    ),
    ("\u200b \u200b", "", frozenset({C.INVISIBLE_REMOVED, C.WHITESPACE_TRIMMED})),
]


def test_corpus_is_large_enough() -> None:
    assert len(NAME_CORPUS) >= 50


@pytest.mark.parametrize(("raw", "expected", "changes"), NAME_CORPUS)
def test_name_corpus(raw: str, expected: str, changes: frozenset[Change]) -> None:
    result = clean_name(raw)
    assert result.text == expected
    assert result.changes == changes
    assert_safe(result.text, multiline=False)


@pytest.mark.parametrize(
    ("raw", "expected", "changes"),
    [
        ("Linje 1\r\nLinje 2\rLinje 3", "Linje 1\nLinje 2\nLinje 3", {C.LINE_BREAKS_UNIFIED}),
        ("Punkt:\n\t- a\n\t- b\n", "Punkt:\n\t- a\n\t- b\n", set()),
        ("  innrykk  og  mellomrom  ", "  innrykk  og  mellomrom  ", set()),
        ("avsnitt\u2029neste", "avsnitt\nneste", {C.LINE_BREAKS_UNIFIED}),
        ("a\x00b\x0cc", "abc", {C.CONTROLS_REMOVED}),
        ("\u202eskjult\u202c tekst", "skjult tekst", {C.BIDI_CONTROLS_REMOVED}),
        ("no\u00a0break", "no\u00a0break", set()),
    ],
)
def test_note_keeps_layout(raw: str, expected: str, changes: set[Change]) -> None:
    result = clean_note(raw)
    assert result.text == expected
    assert result.changes == changes


# --- properties over arbitrary and hostile text ----------------------------------------------

HOSTILE = (
    [chr(c) for c in range(0x00, 0x20)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]
    + ["\ufffe", "\uffff", "\ufdd0", "\U0001ffff", "\U000e0041"]
    + ["\u0301", "\u0308", "\u030a", "\u212b", "\ufe0f", "\U0001f3fd", "\U0001f1f3"]
    + ["😀", "👩", "💻", "ب", "क", "्", " ", "\u00a0", "\u3000", "\u2028", "\u2029", "\u0085"]
    + list("aåøæÅØÆčŋđ ")
)
hostile_text = st.text(alphabet=st.one_of(st.sampled_from(HOSTILE), st.characters(codec=None)), max_size=300)

FORBIDDEN_ALWAYS = (
    {chr(c) for c in range(0xD800, 0xE000)}
    | {chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
    | {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
    | {"\u200b", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c", "\r"}
    | {chr(c) for c in range(0xFDD0, 0xFDF0)}
    | {chr(p * 0x10000 + low) for p in range(17) for low in (0xFFFE, 0xFFFF)}
    | {chr(c) for c in range(0xE0000, 0xE0080)}
    | {"\u0085", "\u2028", "\u2029"}
)


def assert_safe(text: str, *, multiline: bool) -> None:
    assert not set(text) & FORBIDDEN_ALWAYS
    assert unicodedata.is_normalized("NFC", text)
    text.encode("utf-8")  # raises on any surrogate
    if not multiline:
        assert "\n" not in text
        assert "\t" not in text
        assert text == text.strip()
        assert "  " not in text
    for joiner in ("\u200c", "\u200d"):
        assert not text.startswith(joiner)
        assert not text.endswith(joiner)


@given(hostile_text, st.booleans(), st.integers(1, 400))
@settings(max_examples=1_000)
def test_cleaned_text_is_safe_bounded_and_stable(raw: str, multiline: bool, limit: int) -> None:
    result = clean_text(raw, multiline=multiline, limit=limit)
    assert_safe(result.text, multiline=multiline)
    assert len(result.text) <= limit
    assert (result.text == raw) is (not result.changes)
    again = clean_text(result.text, multiline=multiline, limit=limit)
    assert again.text == result.text
    assert again.changes == frozenset()


@given(hostile_text)
@settings(max_examples=300)
def test_cleaned_text_survives_sqlite_and_xml(raw: str) -> None:
    text = clean_note(raw).text
    with sqlite3.connect(":memory:") as db:
        db.execute("create table t (v text)")
        db.execute("insert into t values (?)", (text,))
        assert db.execute("select v from t").fetchone()[0] == text
    for ch in text:  # XML 1.0 Char production
        code = ord(ch)
        assert (
            code in (0x9, 0xA, 0xD)
            or 0x20 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF
        )
    db.close()


ORDINARY = st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Cn"))


@given(st.text(alphabet=ORDINARY))
def test_ordinary_multiline_text_in_nfc_passes_unchanged(raw: str) -> None:
    raw = unicodedata.normalize("NFC", raw)
    result = clean_note(raw)
    assert result.text == raw
    assert result.changes == frozenset()


# --- length limits (F-7) ----------------------------------------------------------------------


def test_limits_are_the_documented_ones() -> None:
    assert (NAME_LIMIT, ADDRESS_LIMIT, SHORT_TEXT_LIMIT, NOTE_LIMIT) == (200, 500, 2_000, 100_000)
    for number in ("200", "500", "2,000", "100,000"):
        assert number in RULE


def test_ten_megabyte_paste_into_a_note_is_truncated_quickly() -> None:
    paste = ("Dette er en lang tekst med æøå og Čč. " * 300_000)[:10_000_000]
    started = time.perf_counter()
    result = clean_note(paste)
    elapsed = time.perf_counter() - started
    assert len(result.text) == NOTE_LIMIT
    assert result.text == paste[:NOTE_LIMIT]
    assert result.changes == {C.TRUNCATED}
    assert result.needs_notice
    assert result.messages() == ("Teksten var for lang og ble kortet ned til 100\u00a0000 tegn.",)
    assert elapsed < 1.0


def test_ten_megabytes_of_invisible_characters_do_not_hang() -> None:
    started = time.perf_counter()
    result = clean_note("\u200b\x00\u202e" * 3_500_000)
    assert time.perf_counter() - started < 1.0
    assert result.text == ""
    assert C.TRUNCATED in result.changes


def test_long_name_is_truncated_to_the_limit() -> None:
    result = clean_name("Ø" * 10_000)
    assert result.text == "Ø" * NAME_LIMIT
    assert result.changes == {C.TRUNCATED}
    assert result.messages() == ("Teksten var for lang og ble kortet ned til 200 tegn.",)


def test_address_limit_via_clean_line() -> None:
    result = clean_line("Storgata 1 " * 100, limit=ADDRESS_LIMIT)
    assert len(result.text) <= ADDRESS_LIMIT
    assert not result.text.endswith(" ")
    assert {C.TRUNCATED, C.WHITESPACE_TRIMMED} <= result.changes


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("n\u0308xyz", ""),  # n + combining diaeresis has no precomposed form
        (FAMILY + "xyz", ""),  # an emoji ZWJ sequence is not cut in the middle
        ("\U0001f1f3\U0001f1f4xyz", ""),  # the Norwegian flag is two regional indicators
        ("😀\ufe0fxyz", ""),
        ("ب\u200cبxyz", ""),  # not right after a ZWNJ
    ],
)
def test_truncation_does_not_split_a_cluster(tail: str, kept: str) -> None:
    prefix = "a" * (NAME_LIMIT - 1)
    result = clean_name(prefix + tail)
    assert result.text == prefix + kept
    assert C.TRUNCATED in result.changes


def test_truncation_keeps_a_whole_cluster_that_fits() -> None:
    prefix = "a" * (NAME_LIMIT - 2)
    result = clean_name(prefix + "\U0001f1f3\U0001f1f4xyz")
    assert result.text == prefix + "\U0001f1f3\U0001f1f4"


def test_an_absurdly_long_cluster_is_cut_anyway_and_stays_stable() -> None:
    raw = "a" * 100 + "e" + "\u0301\u0302" * 100
    result = clean_name(raw)
    assert result.text == unicodedata.normalize("NFC", raw)[:NAME_LIMIT]
    assert clean_name(result.text).changes == frozenset()


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        clean_text("x", multiline=True, limit=0)


# --- messages ---------------------------------------------------------------------------------


def test_every_change_has_a_norwegian_message() -> None:
    assert set(CHANGE_MESSAGES) == set(Change)
    for change, message in CHANGE_MESSAGES.items():
        assert message.endswith("."), change
        assert ("{limit}" in message) is (change is C.TRUNCATED)


def test_bidi_controls_in_a_name_are_flagged_and_explained() -> None:
    result = clean_name("Kari\u202e Nordmann")
    assert result.bidi_flagged
    assert result.needs_notice
    assert any("skriveretningen" in message for message in result.messages())


def test_silent_changes_need_no_notice() -> None:
    result = clean_note("A\u030asa\r\n")
    assert result.changes == {C.NORMALIZED, C.LINE_BREAKS_UNIFIED}
    assert result.changes <= SILENT_CHANGES
    assert not result.needs_notice
    assert result.messages() == ()


def test_result_is_a_frozen_value() -> None:
    result = clean_name("Kari")
    assert result == CleanResult(text="Kari", changes=frozenset(), limit=NAME_LIMIT)
    with pytest.raises(AttributeError):
        result.text = "Ola"  # type: ignore[misc]
