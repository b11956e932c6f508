"""Turns stored column values into JSON values and back, checking and cleaning what comes in."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from barnearket.domain import text
from barnearket.domain.errors import ValidationError
from barnearket.services.exchange.fields import Field, ValueType

JsonValue = Any


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
    if not isinstance(value, str):
        raise TypeError
    cleaned = text.clean_note(value, limit=field.length or text.NOTE_LIMIT).text
    if field.length is not None and len(cleaned) > field.length:
        raise ValueError
    return cleaned


def _integer(value: JsonValue, field: Field) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
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
    if not isinstance(value, str):
        raise TypeError
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError
    return parsed.astimezone(UTC)


def _json(value: JsonValue, field: Field) -> str:
    return json.dumps(clean_json(value), ensure_ascii=False, sort_keys=True)


def clean_json(value: JsonValue) -> JsonValue:
    """Every text inside an answer cleaned by the text rule; other JSON values are kept."""
    if isinstance(value, str):
        return text.clean_note(value).text
    if isinstance(value, list):
        return [clean_json(v) for v in value]
    if isinstance(value, dict):
        return {text.clean_line(str(k), limit=200).text: clean_json(v) for k, v in value.items()}
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
