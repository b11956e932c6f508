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
    """The acting user may not see or change this object.

    `action`, `object_type` and `object_id` say what was refused, so that a caller whose
    transaction is rolled back by the error can still log the refusal in a transaction of its own.
    """

    def __init__(self, message: str, *, action: str = "view", object_type: str | None = None,
                 object_id: int | None = None) -> None:
        super().__init__(message)
        self.action, self.object_type, self.object_id = action, object_type, object_id


class ReadOnlyCaseError(ValidationError):
    """The case is transferred to the patient record and can no longer be changed."""
