"""Checks on what is recorded about a child (born or unborn) before it is stored."""

from __future__ import annotations

from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model.people import ChildDetails


def check_child(details: ChildDetails, today: date) -> None:
    """Raise when the child's details contradict each other or lie in the future."""
    if details.unborn:
        _check_unborn(details)
        return
    if not details.name.strip():
        raise ValidationError("Barnet må ha et navn.", field="name")
    if details.due_date is not None:
        raise ValidationError("Termindato gjelder bare ufødte barn.", field="due_date")
    if details.birth_date is not None and details.birth_date > today:
        raise ValidationError("Fødselsdatoen kan ikke ligge fram i tid.", field="birth_date")


def _check_unborn(details: ChildDetails) -> None:
    if details.due_date is None:
        raise ValidationError("Et ufødt barn må ha en termindato.", field="due_date")
    if details.birth_date is not None or details.identity_number is not None:
        raise ValidationError(
            "Et ufødt barn kan ikke ha fødselsdato eller fødselsnummer.", field="birth_date"
        )
