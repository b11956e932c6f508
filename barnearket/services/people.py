"""Validates and cleans what is recorded about a person: identity number, birth date and name."""

from __future__ import annotations

from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.identity import InvalidIdentityNumber, parse_identity_number
from barnearket.services.context import ServiceContext
from barnearket.services.settings import allows_synthetic_ids


def identity(
    ctx: ServiceContext, number: str | None, birth_date: date | None
) -> tuple[str | None, date | None]:
    """The identity number as eleven digits and the birth date (read from the number if not given).

    A birth date typed by the worker wins over the number's date part: from 2032 the date part
    need not be the birth date.
    """
    if birth_date is not None and birth_date > ctx.clock.today():
        raise ValidationError("Fødselsdatoen kan ikke ligge fram i tid.", field="birth_date")
    if number is None or not number.strip():
        return None, birth_date
    try:
        parsed = parse_identity_number(
            number, allow_synthetic=allows_synthetic_ids(ctx.session), today=ctx.clock.today()
        )
    except InvalidIdentityNumber as exc:
        raise ValidationError(exc.message, field="identity_number") from None
    return parsed.digits, birth_date or parsed.birth_date
