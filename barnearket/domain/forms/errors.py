"""Errors for broken definition files, always naming the file, the line and the problem.

A problem is written in bokmål with `{name}` placeholders, like a DomainError's message, and comes
out in the program's language (`forms check --lang nn`, the window's start-up form errors).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeAlias

from barnearket.domain.errors import _render

Loc: TypeAlias = tuple[str | int, ...]
"""Where a value sits in a TOML document: keys and array indexes, e.g. ("sections", 2, "id")."""


class SchemaError(Exception):
    """A problem in one file's content, located by key path; the loader adds the line number."""

    def __init__(self, loc: Loc, message: str, *, earlier: Loc | None = None, **values: object) -> None:
        self.source, self.values = message, dict(values)
        self.message = _render(message, values)
        super().__init__(self.message)
        self.loc = loc
        self.earlier = earlier


class FormError(Exception):
    """A definition file (or folder) that cannot be used; `line` is 1-based, None if unknown.

    `problem` is a bokmål message with `{name}` placeholders filled from `values`, or a text already
    in the program's language (a SchemaError's message).
    """

    def __init__(self, path: Path, line: int | None, problem: str, **values: object) -> None:
        self.problem = _render(problem, values)
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {self.problem}")
        self.path = path
        self.line = line


class FormNotFoundError(KeyError):
    """No definition with the asked id (and version) is loaded."""
