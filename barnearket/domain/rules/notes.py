"""Non-blocking findings the rules return: information and warnings shown to the worker."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from barnearket.domain.language import t


class Severity(StrEnum):
    """How strongly a note asks for attention; no note ever blocks the worker."""

    INFO = "info"
    WARNING = "warning"


@dataclass(frozen=True)
class Note:
    """One finding: a stable code, a Norwegian message without personal data, and an optional ref.

    `ref` names what the note is about (a recipient service id, a step, a section), never a person.
    """

    code: str
    message: str
    severity: Severity = Severity.INFO
    ref: str | None = None


def info(code: str, message: str, ref: str | None = None, **values: object) -> Note:
    """An informational note; `message` (bokmål, `{name}` filled from `values`) in the active language."""
    return Note(code, t(message, **values), Severity.INFO, ref)


def warning(code: str, message: str, ref: str | None = None, **values: object) -> Note:
    """A warning: worth acting on, but never a reason to stop."""
    return Note(code, t(message, **values), Severity.WARNING, ref)
