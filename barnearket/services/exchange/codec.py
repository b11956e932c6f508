"""Turns stored column values into JSON values and back, checking and cleaning what comes in."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from barnearket.domain import text
from barnearket.domain.errors import ValidationError
from barnearket.services.exchange.fields import Field, ValueType

JsonValue = Any

INTEGER_LIMIT = 2**31 - 1
"""Whole numbers in a document (versions, levels, references) stay within ±this."""
ANSWER_NUMBER_LIMIT = 2**53
"""Numbers inside an answer stay exactly representable."""
ANSWER_DEPTH = 16
"""Lists and objects inside one answer may nest this deep."""
ANSWER_BYTES = 200_000
"""One answer's stored JSON text may be this long."""


class ExchangeError(ValidationError):
    """The document cannot be read; the message names the place (a JSON path), never a value."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}", field=path)


def encode(field: Field, value: object) -> JsonValue:
    """The JSON form of a stored plain value."""
    if value is None:
        return None
    if field.value_type is ValueType.DATETIME:
        assert isinstance(value, datetime)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if field.value_type is ValueType.DATE:
        assert isinstance(value, date)
        return value.isoformat()
    if field.value_type is ValueType.JSON:
        assert isinstance(value, str)
        return json.loads(value)
    return value


class BadValue(Exception):  # noqa: N818 - a problem with one value, turned into ExchangeError
    """A value that does not fit its field; the caller adds where it was."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def decode(field: Field, value: JsonValue, *, clean: bool = True) -> object:
    """The stored form of a JSON value; raises BadValue if it does not fit the field.

    Texts are cleaned by the text rule unless `clean` is False (rows this program generated).
    """
    if value is None:
        if not field.nullable:
            raise BadValue("verdien mangler")
        return None
    reader = _READERS[field.value_type]
    if not clean:
        reader = _TRUSTED.get(field.value_type, reader)
    try:
        result = reader(value, field)
    except (TypeError, ValueError):
        raise BadValue(f"ugyldig verdi (forventet {_EXPECTED[field.value_type]})") from None
    if field.enum is not None and result not in _values(field.enum):
        raise BadValue("verdien er ikke en av de tillatte")
    return result


@cache
def _values(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(e.value for e in enum)


def _text(value: JsonValue, field: Field) -> str:
    """Cleaned by the text rule; an over-long text is refused, never cut."""
    if not isinstance(value, str):
        raise TypeError
    limit = field.length or text.NOTE_LIMIT
    if len(value) > 2 * limit + 100:  # far too long: refuse before cleaning it all
        raise BadValue(f"teksten er lengre enn {limit} tegn")
    cleaned = text.clean_note(value, limit=len(value) + 1).text
    if len(cleaned) > limit:
        raise BadValue(f"teksten er lengre enn {limit} tegn")
    if not cleaned and any(not ch.isspace() for ch in value):
        raise BadValue("teksten består bare av usynlige tegn eller styretegn")
    return cleaned


def _integer(value: JsonValue, field: Field) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
    if not -INTEGER_LIMIT <= value <= INTEGER_LIMIT:
        raise BadValue("tallet er utenfor det tillatte området")
    return value


def _boolean(value: JsonValue, field: Field) -> bool:
    if not isinstance(value, bool):
        raise TypeError
    return value


def _date(value: JsonValue, field: Field) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError
    return date.fromisoformat(value)


def _datetime(value: JsonValue, field: Field) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise TypeError
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 lies before year 1 in UTC
        raise BadValue("tidspunktet er urimelig") from None


def _json(value: JsonValue, field: Field) -> str:
    stored = json.dumps(clean_json(value), ensure_ascii=False, sort_keys=True)
    if len(stored) > ANSWER_BYTES:
        raise BadValue(f"svaret er større enn {ANSWER_BYTES} tegn")
    return stored


def clean_json(value: JsonValue, depth: int = 0) -> JsonValue:
    """Every text inside an answer cleaned by the text rule; other JSON values are kept.

    Raises BadValue for NaN or infinite numbers, numbers beyond ±2**53 and nesting deeper than
    ANSWER_DEPTH, so the next export is valid JSON that any reader can take.
    """
    if depth > ANSWER_DEPTH:
        raise BadValue(f"svaret er nøstet dypere enn {ANSWER_DEPTH} nivåer")
    if isinstance(value, str):
        if len(value) > ANSWER_BYTES:
            raise BadValue(f"svaret er større enn {ANSWER_BYTES} tegn")
        return text.clean_note(value).text
    if isinstance(value, list):
        return [clean_json(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {text.clean_line(str(k), limit=200).text: clean_json(v, depth + 1) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        raise BadValue("svaret inneholder et tall som ikke er endelig (NaN eller uendelig)")
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > ANSWER_NUMBER_LIMIT:
        raise BadValue("svaret inneholder et tall utenfor det tillatte området")
    if value is None or isinstance(value, bool | int | float):
        return value
    raise TypeError


def _trusted_text(value: JsonValue, field: Field) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _trusted_json(value: JsonValue, field: Field) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_TRUSTED = {ValueType.TEXT: _trusted_text, ValueType.JSON: _trusted_json}
_READERS = {
    ValueType.TEXT: _text, ValueType.INTEGER: _integer, ValueType.BOOLEAN: _boolean, ValueType.DATE: _date,
    ValueType.DATETIME: _datetime, ValueType.JSON: _json,
}
_EXPECTED = {
    ValueType.TEXT: "tekst", ValueType.INTEGER: "heltall", ValueType.BOOLEAN: "true eller false",
    ValueType.DATE: "dato ÅÅÅÅ-MM-DD", ValueType.DATETIME: "tidspunkt med tidssone",
    ValueType.JSON: "JSON-verdi",
}
