"""Search keys and Norwegian/Sami sort order, because SQLite's LIKE and sorting only know ASCII."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from barnearket.domain.text import clean_line

LIKE_ESCAPE = "\\"
"""The escape character like_pattern uses; SQL must say ``col LIKE :pattern ESCAPE '\\'``."""

ALPHABET = "aáâbcčʒǯdđefgǧǥhiïjkǩlmnŋoõpqrsštŧuvwxyzžæøå"
"""Primary letter order: Norwegian a-z, æ, ø, å with each Sami letter right after its base
letter as in the Northern Sami alphabet (a á b c č d đ ... n ŋ ... s š t ŧ ... z ž); Southern Sami
ï after i; Skolt â after a, ʒ ǯ after č, ǧ ǥ after g, ǩ after k, õ after o (Skolt order)."""

_ALIASES = {"ä": "æ", "ö": "ø", "ő": "ø", "œ": "ø", "ü": "y", "ű": "y", "ł": "l", "ð": "d"}
"""Letters sorted as another letter at the first level, as in Norwegian sorting (ä with æ,
ö with ø, ü with y) or for letters without a decomposition (ł with l, ð with d)."""

_INDEX = {letter: i for i, letter in enumerate(ALPHABET)}
_SPACE, _PUNCTUATION, _SYMBOL, _DIGIT, _LETTER, _OTHER = range(1, 7)
_BAND_SHIFT = 21  # above the largest code point, so bands never overlap
_IGNORABLE = -1

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


def search_key(text: str) -> str:
    """Return the stored search form of ``text``: canonical caseless (NFC of casefolded NFD).

    Letters stay distinct (ø ≠ o, å ≠ a, đ ≠ d); only case and Unicode form are folded, so
    "Ødegård", "ØDEGÅRD" and a decomposed "ødegård" give the same key. Expects cleaned text.
    """
    folded = unicodedata.normalize("NFD", text).casefold()
    return unicodedata.normalize("NFC", folded)


def like_pattern(query: str) -> str:
    """Return a LIKE pattern for substring search of ``query`` in a search_key column.

    The query is cleaned as a single line and folded with search_key; ``%``, ``_`` and the escape
    character are escaped with LIKE_ESCAPE, so the SQL must use ``ESCAPE '\\'``.
    """
    key = search_key(clean_line(query).text)
    escaped = (
        key.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def matches(query: str, text: str) -> bool:
    """In-memory twin of the LIKE search: whether ``query`` occurs in ``text`` caselessly."""
    return search_key(clean_line(query).text) in search_key(text)


def sort_key(text: str) -> SortKey:
    """Return a key for Norwegian alphabetical order (a-z, æ, ø, å; Sami letters after their base).

    Levels: letters (case-insensitive, accents ignored unless the letter is in ALPHABET), then
    accents, then case (lower first), then the NFC text itself, so the order is total and
    deterministic and only canonically equal texts get equal keys.
    """
    nfc = unicodedata.normalize("NFC", text)
    weights = [_char_weights(ch) for ch in search_key(nfc)]
    primary = tuple(p for p, _ in weights if p != _IGNORABLE)
    secondary = tuple(s for _, s in weights)
    tertiary = tuple(int(ch.isupper()) for ch in nfc)
    return primary, secondary, tertiary, nfc


@lru_cache(maxsize=4096)
def _char_weights(ch: str) -> tuple[int, int]:
    """Return (primary, secondary) for one casefolded NFC character."""
    letter = _alphabet_letter(ch)
    if letter is not None:
        return _band(_LETTER, _INDEX[letter]), 0 if letter == ch else ord(ch)
    category = unicodedata.category(ch)
    if category.startswith("M"):
        return _IGNORABLE, ord(ch)
    return _other_weight(ch, category), 0


def _alphabet_letter(ch: str) -> str | None:
    """The ALPHABET letter ``ch`` sorts as: itself, an alias, or its base without accents."""
    decomposed = unicodedata.normalize("NFD", ch)
    for end in range(len(decomposed), 0, -1):
        candidate = unicodedata.normalize("NFC", decomposed[:end])
        candidate = _ALIASES.get(candidate, candidate)
        if candidate in _INDEX:
            return candidate
    return None


def _other_weight(ch: str, category: str) -> int:
    """Space < punctuation < symbols < digits (by value) < ALPHABET < anything else."""
    digit = unicodedata.digit(ch, None)
    if ch.isspace():
        return _band(_SPACE, ord(ch))
    if category.startswith("P"):
        return _band(_PUNCTUATION, ord(ch))
    if category.startswith("S"):
        return _band(_SYMBOL, ord(ch))
    if digit is not None:
        return _band(_DIGIT, digit)
    return _band(_OTHER, ord(ch))


def _band(band: int, value: int) -> int:
    return band << _BAND_SHIFT | value
