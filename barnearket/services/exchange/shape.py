"""What a row of an exchange document may hold: its fields, its keys, lists of catalogue ids."""

from __future__ import annotations

from functools import cache
from typing import Any

from barnearket.domain.errors import ValidationError
from barnearket.services import common
from barnearket.services.exchange.codec import ExchangeError
from barnearket.services.exchange.fields import Field, fields_of
from barnearket.services.exchange.spec import IDENTITY_COLUMNS, Part, table_of


@cache
def plan(part: Part) -> tuple[tuple[Field, bool], ...]:
    """The part's fields, each with whether it holds an identity number."""
    table = table_of(part).name
    return tuple((f, (table, f.column) in IDENTITY_COLUMNS) for f in fields_of(part))


@cache
def allowed(part: Part) -> frozenset[str]:
    """The keys a row of the part may have."""
    return frozenset({f.key for f in fields_of(part)} | {s.key for s in part.parts}
                     | ({"ref"} if part.numbered else set()))


def as_list(raw: Any, path: str) -> list[Any]:
    """A list from the document (None counts as empty)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ExchangeError(path, "skal være en liste")
    return raw


def catalogue_ids(values: list[Any], path: str) -> frozenset[str]:
    """Distinct, valid catalogue ids (categories, services)."""
    if not all(isinstance(v, str) for v in values) or len(set(values)) != len(values):
        raise ExchangeError(path, "skal være en liste med ulike tekster")
    try:
        return common.ids(values, "katalogverdier")
    except ValidationError:
        raise ExchangeError(path, "inneholder en ugyldig katalogverdi") from None
