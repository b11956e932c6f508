"""Reads one definition file from disk into a typed form, or fails naming file, line and problem."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from barnearket.domain.forms.catalogs import FormFile
from barnearket.domain.forms.errors import FormError, SchemaError
from barnearket.domain.forms.header import Header, parse_header
from barnearket.domain.forms.locate import line_of
from barnearket.domain.forms.model import Kind
from barnearket.domain.forms.parse_catalogs import (
    parse_items,
    parse_outcomes,
    parse_rules,
    parse_scale,
)
from barnearket.domain.forms.parse_forms import parse_question_set, parse_sheet, parse_steps
from barnearket.domain.forms.parse_guidance import parse_help, parse_signs
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.domain.forms.raw import Table, reading_in
from barnearket.domain.forms.scope import PendingRef
from barnearket.domain.language import active, t

_Parser = Callable[[Table, Header], tuple[FormFile, list[PendingRef]]]
_PARSERS: dict[Kind, _Parser] = {
    Kind.SHEET: parse_sheet,
    Kind.STEPS: parse_steps,
    Kind.SCALE: lambda doc, header: (parse_scale(doc, header), []),
    Kind.CATEGORIES: lambda doc, header: (parse_items(doc, header), []),
    Kind.PURPOSES: lambda doc, header: (parse_items(doc, header), []),
    Kind.SERVICES: lambda doc, header: (parse_items(doc, header), []),
    Kind.OUTCOMES: lambda doc, header: (parse_outcomes(doc, header), []),
    Kind.RULES: lambda doc, header: (parse_rules(doc, header), []),
    Kind.HELP: lambda doc, header: (parse_help(doc, header), []),
    Kind.SIGNS: lambda doc, header: (parse_signs(doc, header), []),
    Kind.QUESTIONS: parse_question_set,
}
_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True)
class LoadedFile:
    """A parsed file with its text (to locate later problems) and its cross-file references."""

    form: FormFile
    text: str
    pending: tuple[PendingRef, ...]


def load_form(path: Path) -> FormFile:
    """Load one file on its own; references to other files (`options_from`) are not checked."""
    return read_form(path).form


def read_form(path: Path) -> LoadedFile:
    """Load one file, keeping what the library needs for cross-file checks.

    Texts come in the program's language where the file has them (`label_nn`, `help_en` ...); a
    municipality's own file that lacks one shows the bokmål text with a visible mark."""
    text = _read_text(path)
    document = _parse_toml(path, text)
    shipped = path.resolve().parent == shipped_forms_dir().resolve()
    try:
        with reading_in(active(), mark_missing=not shipped):
            table = Table(document, ())
            header = parse_header(table, path)
            form, pending = _PARSERS[header["kind"]](table, header)
    except SchemaError as problem:
        raise error_at(path, text, problem) from None
    return LoadedFile(form, text, tuple(pending))


def error_at(path: Path, text: str, problem: SchemaError) -> FormError:
    """Turn a located SchemaError into a FormError with a line number."""
    if problem.earlier is None:
        return FormError(path, line_of(text, problem.loc), problem.message)
    return FormError(path, line_of(text, problem.loc), "{message} (første gang på linje {first})",
                     message=problem.message, first=line_of(text, problem.earlier))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormError(path, None, "kan ikke lese filen ({reason})", reason=exc.strerror) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormError(path, line, "filen er ikke lagret som UTF-8") from None


def _parse_toml(path: Path, text: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_AT.search(message)
        if found is None:  # "at end of document" and the like
            line = max(1, len(text.splitlines()))
            problem = re.sub(r"\s*\(at [^)]*\)$", "", message)
        else:
            line = int(found.group(1))
            problem = t("{message}, kolonne {column}", message=message[: found.start()],
                        column=found.group(2))
        raise FormError(path, line, "ugyldig TOML: {detail}", detail=problem) from None
