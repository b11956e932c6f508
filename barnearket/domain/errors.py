"""Errors raised for wrong input, each with a Norwegian message that holds no personal data."""

from __future__ import annotations


class DomainError(Exception):
    """Base for errors a user can act on; `message` is shown as is and never holds personal data."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """The input breaks a rule (a missing reason, a date in the future, a locked record...)."""


class NotFoundError(ValidationError):
    """The object asked for does not exist (any more) in this case file."""


class AccessDeniedError(DomainError):
    """The acting user may not see or change this object."""
