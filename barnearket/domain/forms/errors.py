"""Errors for broken definition files, always naming the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path
from typing import TypeAlias

Loc: TypeAlias = tuple[str | int, ...]
"""Where a value sits in a TOML document: keys and array indexes, e.g. ("sections", 2, "id")."""


class SchemaError(Exception):
    """A problem in one file's content, located by key path; the loader adds the line number."""

    def __init__(self, loc: Loc, message: str, *, earlier: Loc | None = None) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message
        self.earlier = earlier


class FormError(Exception):
    """A definition file (or folder) that cannot be used; `line` is 1-based, None if unknown."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class FormNotFoundError(KeyError):
    """No definition with the asked id (and version) is loaded."""
