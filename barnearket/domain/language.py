"""The three written languages and the text catalogues for the layers without Qt (documents, CLI).

Bokmål is the source: every text in the code is bokmål, and `resources/translations/texts_<lang>.toml`
maps a bokmål text to its nynorsk or English form. A text missing from a catalogue comes out in
bokmål (the tests find such texts). `{name}` placeholders are filled after the lookup, so a catalogue
may move them. The program's language is set once for the process (`use`: the window's language, the
CLI's `--lang`), so worker threads write in it too; a document renderer overrides it in a context
variable for the time it builds one document (`speaking`), so nothing else changes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from barnearket.domain.errors import ValidationError

SOURCE = "nb"
LANGUAGES = ("nb", "nn", "en")
NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}
"""Each language named in itself, as a language menu shows it."""


def check_language(code: str) -> str:
    """`code` if it is one of ours (case and spaces ignored), else ValidationError."""
    cleaned = code.strip().lower()
    if cleaned not in LANGUAGES:
        raise ValidationError("Ukjent språk. Velg nb (bokmål), nn (nynorsk) eller en (engelsk).",
                              field="language")
    return cleaned


def catalogue_dir() -> Path:
    """`resources/translations/` in a checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


@dataclass(frozen=True)
class Catalogue:
    """One language's texts, keyed by the bokmål text.

    Attributes:
        language: "nb", "nn" or "en".
        texts: bokmål text -> text in `language` (empty for bokmål).
    """

    language: str
    texts: Mapping[str, str] = field(default_factory=dict)

    def text(self, source: str, **values: object) -> str:
        """`source` in this language (bokmål when missing), with `{name}` placeholders filled."""
        found = self.texts.get(source) or source
        return found.format(**values) if values else found

    def has(self, source: str) -> bool:
        """Whether the catalogue translates `source` (bokmål always does)."""
        return self.language == SOURCE or bool(self.texts.get(source))


def read_catalogue(path: Path, language: str) -> Catalogue:
    """A catalogue from a TOML file of `"bokmål" = "translation"` lines (tables only group them)."""
    import tomllib  # not needed in bokmål, so not before the unlock window

    with path.open("rb") as stream:
        raw = tomllib.load(stream)
    texts: dict[str, str] = {}
    for key, value in raw.items():
        group = value if isinstance(value, dict) else {key: value}
        texts.update({k: v for k, v in group.items() if isinstance(v, str)})
    return Catalogue(language, texts)


@cache
def catalogue(language: str) -> Catalogue:
    """The shipped catalogue of `language` (empty for bokmål, or when the file is missing)."""
    if language == SOURCE:
        return Catalogue(language)
    path = catalogue_dir() / f"texts_{language}.toml"
    if not path.is_file():
        return Catalogue(language)
    return read_catalogue(path, language)


_process = [SOURCE]
"""The program's language, one per process (a list so `use` needs no `global`)."""
_active: ContextVar[str | None] = ContextVar("barnearket_language", default=None)


def active() -> str:
    """The language texts are written in right now."""
    return _active.get() or _process[0]


def use(language: str) -> None:
    """Write in `language` from now on, in every thread (the window's language; the CLI's `--lang`)."""
    _process[0] = check_language(language)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Write in `language` inside the block (a document in the organisation's language)."""
    token = _active.set(check_language(language or SOURCE))
    try:
        yield
    finally:
        _active.reset(token)


def t(source: str, **values: object) -> str:
    """`source` (bokmål) in the active language, with `{name}` placeholders filled."""
    return catalogue(active()).text(source, **values)


def n_(source: str) -> str:
    """Marks a bokmål constant for the catalogues; translate it with `t` where it is used."""
    return source
