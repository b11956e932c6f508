"""Errors raised for wrong input, each with a Norwegian message that holds no personal data.

A message is written in bokmål with `{name}` placeholders; the error keeps that text (`source`) and
its values, and `message` is the text in the language the program writes in (`domain/language.py`),
so the window and the command line show it in nynorsk or English when that is chosen.
"""

from __future__ import annotations

from collections.abc import Mapping


def _render(source: str, values: Mapping[str, object]) -> str:
    """`source` in the active language; imported late because language.py raises ValidationError."""
    from barnearket.domain.language import t

    return t(source, **values)


class DomainError(Exception):
    """Base for errors a user can act on; `message` is shown as is and never holds personal data.

    Attributes:
        source: the bokmål text with its `{name}` placeholders, the message's id in the catalogues.
        values: what fills the placeholders.
        message: the text in the active language.
    """

    def __init__(self, message: str, *, field: str | None = None, **values: object) -> None:
        self.source, self.values = message, dict(values)
        self.message = _render(message, values)
        super().__init__(self.message)
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
                 object_id: int | None = None, **values: object) -> None:
        super().__init__(message, field=None, **values)
        self.action, self.object_type, self.object_id = action, object_type, object_id


class ReadOnlyCaseError(ValidationError):
    """The case is transferred to the patient record and can no longer be changed."""
