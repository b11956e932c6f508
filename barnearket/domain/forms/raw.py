"""Typed reading of parsed TOML tables: every getter checks its type and knows its location."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from barnearket.domain.forms.errors import Loc, SchemaError
from barnearket.domain.language import t

_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
TRANSLATABLE = frozenset({"label", "help", "description", "title", "prompt", "why", "subject", "body",
                          "keywords"})
"""Keys whose text (or list of words) may have a translation beside it: `label_nn`, `keywords_en` ..."""
FALLBACK_MARK = " [bokmål]"
"""Added to a text shown in bokmål because a municipality's own form has no translation of it."""
_reading: ContextVar[tuple[str, bool]] = ContextVar("barnearket_form_language", default=("nb", False))


@contextmanager
def reading_in(language: str, mark_missing: bool) -> Iterator[None]:
    """Read form texts in `language` inside the block; `mark_missing` marks texts left in bokmål."""
    token = _reading.set((language, mark_missing))
    try:
        yield
    finally:
        _reading.reset(token)


def check_id(value: str, loc: Loc) -> str:
    """Return `value` if it is a stable snake_case id, else raise a SchemaError at `loc`."""
    if not _ID.fullmatch(value):
        raise SchemaError(
            loc,
            "'{value}' er ikke en gyldig id: bruk små bokstaver a-z, tall og understrek, "
            "start med en bokstav, høyst 64 tegn",
            value=value,
        )
    return value


class Table:
    """One TOML table (or inline table) with its location in the file."""

    def __init__(self, raw: object, loc: Loc, what: str = "") -> None:
        """`what`: the expected shape, in the program's language, for the message when `raw` is no table."""
        if not isinstance(raw, Mapping):
            raise SchemaError(loc, "skal være {what}", what=what or t("en tabell"))
        self._raw: Mapping[str, object] = raw
        self.loc = loc

    def at(self, key: str | int) -> Loc:
        """The location of one of this table's keys."""
        return (*self.loc, key)

    def check_keys(self, allowed: Iterable[str]) -> None:
        """Reject the first key (in file order) that is not allowed here."""
        names = tuple(allowed)
        for key in self._raw:
            base, _, suffix = key.rpartition("_")
            if key not in names and not (suffix in ("nn", "en") and base in names and base in TRANSLATABLE):
                raise SchemaError(self.at(key), "ukjent nøkkel '{key}' (tillatt her: {allowed})",
                                  key=key, allowed=", ".join(names))

    def keys(self) -> tuple[str, ...]:
        """The keys present, in file order."""
        return tuple(self._raw)

    def has(self, key: str) -> bool:
        """Whether the key is present."""
        return key in self._raw

    def raw(self, key: str) -> object:
        """The untyped value, or None if absent."""
        return self._raw.get(key)

    def text(self, key: str) -> str:
        """A required, non-blank string."""
        value = self.optional_text(key)
        if value is None:
            raise SchemaError(self.loc, "mangler '{key}'", key=key)
        return value

    def optional_text(self, key: str) -> str | None:
        """A string that may be absent; if present it must not be blank."""
        value = self._raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise SchemaError(self.at(key), "'{key}' skal være tekst i anførselstegn", key=key)
        if not value.strip():
            raise SchemaError(self.at(key), "'{key}' kan ikke være tom", key=key)
        return self._translated(key, value.strip())

    def _translated(self, key: str, text: str) -> str:
        """The text in the language being read, when the file has it; else bokmål (marked if asked)."""
        language, mark_missing = _reading.get()
        if language == "nb" or key not in TRANSLATABLE:
            return text
        other = self._raw.get(f"{key}_{language}")
        if isinstance(other, str) and other.strip():
            return other.strip()
        return text + FALLBACK_MARK if mark_missing else text

    def ident(self, key: str = "id") -> str:
        """A required snake_case id."""
        return check_id(self.text(key), self.at(key))

    def optional_ident(self, key: str) -> str | None:
        """A snake_case id that may be absent."""
        value = self.optional_text(key)
        return None if value is None else check_id(value, self.at(key))

    def flag(self, key: str, default: bool = False) -> bool:
        """A boolean (true/false) with a default."""
        value = self._raw.get(key, default)
        if not isinstance(value, bool):
            raise SchemaError(self.at(key), "'{key}' skal være true eller false", key=key)
        return value

    def integer(self, key: str) -> int:
        """A required whole number."""
        value = self.optional_integer(key)
        if value is None:
            raise SchemaError(self.loc, "mangler '{key}'", key=key)
        return value

    def optional_integer(self, key: str) -> int | None:
        """A whole number that may be absent."""
        value = self._raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise SchemaError(self.at(key), "'{key}' skal være et helt tall", key=key)
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        """A required, non-empty list of strings."""
        value = self._raw.get(key)
        if not isinstance(value, list) or not value:
            raise SchemaError(self.at(key), "'{key}' skal være en liste med minst ett svar-id", key=key)
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise SchemaError((*self.at(key), index), "'{key}' skal bare inneholde tekst", key=key)
        return tuple(value)

    def translated_strings(self, key: str) -> tuple[str, ...]:
        """An optional list of strings in the language being read (`key_nn`), else the bokmål list."""
        language, _ = _reading.get()
        own = f"{key}_{language}"
        if language != "nb" and key in TRANSLATABLE and self.has(own):
            return self.strings(own)
        return self.strings(key) if self.has(key) else ()

    def tables(self, key: str) -> list[Table]:
        """A list of tables ([[key]] or key = [{...}, ...]); empty if absent."""
        value = self._raw.get(key, [])
        if not isinstance(value, list):
            raise SchemaError(self.at(key), "'{key}' skal være en liste med tabeller ([[{key}]])", key=key)
        what = t("en tabell (se [[{key}]])", key=key)
        return [Table(item, (*self.at(key), i), what) for i, item in enumerate(value)]

    def table(self, key: str) -> Table | None:
        """A sub-table that may be absent."""
        value = self._raw.get(key)
        return None if value is None else Table(value, self.at(key))
