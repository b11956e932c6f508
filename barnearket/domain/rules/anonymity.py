"""Finds what could identify a family in the text of an anonymous consultation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from barnearket.domain.errors import ValidationError
from barnearket.domain.language import n_

_WORD = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d[\d ]*\d")
_CASE_NUMBER = re.compile(r"\b\d{4}-\d{3,}\b")
_MIN_NAME_PART = 3
_MIN_DIGITS = 6

MESSAGES = {
    "name": n_("En anonym drøfting kan ikke inneholde navn på brukeren eller barna."),
    "number": n_("En anonym drøfting kan ikke inneholde fødselsnummer, telefonnummer eller saksnummer."),
}


def identifying_content(text: str, names: Iterable[str], key: Callable[[str], str]) -> list[str]:
    """Problem codes ("name", "number") for what in `text` could identify someone.

    A name matches when any of its words (three letters or more) appears as a whole word,
    compared through `key` (the search key, so case and composed letters do not matter).
    Runs of six or more digits (spaces allowed) and case numbers count as identifying.
    """
    words = {key(w) for w in _WORD.findall(text)}
    parts = {key(p) for name in names for p in _WORD.findall(name) if len(p) >= _MIN_NAME_PART}
    found: list[str] = []
    if words & parts:
        found.append("name")
    digits = (m.group().replace(" ", "") for m in _DIGIT_RUN.finditer(text))
    if _CASE_NUMBER.search(text) or any(len(d) >= _MIN_DIGITS for d in digits):
        found.append("number")
    return found


def require_anonymous(texts: Iterable[str], names: Iterable[str], key: Callable[[str], str]) -> None:
    """Raise when any of the texts of an anonymous entry contains something identifying."""
    pool = list(names)
    for text in texts:
        problems = identifying_content(text, pool, key)
        if problems:
            raise ValidationError(MESSAGES[problems[0]], field="summary")
