"""Describes each column of a case table as a field of the document: its name, kind and type."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlalchemy import Boolean, Column, Date, Integer, String

from barnearket.services.exchange.spec import DERIVED, ENUMS, Part, table_of
from barnearket.storage.orm.base import UtcDateTime

VERSION_COLUMNS = ("row_version", "changed_by", "changed_at")
"""A record's edit version and who stored it: kept within one store, not carried by the format."""

JSON_COLUMNS = frozenset({("sheet_answers", "value"), ("observations", "form_answers"),
                          ("consultations", "form_answers"), ("parent_conversations", "form_answers"),
                          ("decisions", "form_answers")})
"""Text columns that hold JSON; the document carries the parsed value."""


class Kind(StrEnum):
    """How a field's value is written: as is, or as a reference that survives a new file."""

    PLAIN = "plain"
    USER = "user"
    UNIT = "unit"
    CHILD = "child"
    SHEET = "sheet"


class ValueType(StrEnum):
    """The JSON shape of a plain value."""

    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    JSON = "json"


_REFERENCES = {"users": Kind.USER, "units": Kind.UNIT, "children": Kind.CHILD, "sheets": Kind.SHEET}


@dataclass(frozen=True)
class Field:
    """One column as it appears in the document."""

    column: str
    key: str
    kind: Kind
    value_type: ValueType
    nullable: bool
    length: int | None = None
    enum: type[StrEnum] | None = None
    default: object = None
    """The column's default, used when a document leaves the field out."""


@cache
def fields_of(part: Part) -> tuple[Field, ...]:
    """The document fields of a part's rows: every column but the id, the link, derived ones and the
    row's edit version (a new file starts every record at version 1)."""
    table = table_of(part)
    return tuple(
        _field(table.name, col) for col in table.columns
        if col.name not in ("id", part.link, *VERSION_COLUMNS) and col.name not in DERIVED
    )


def _field(table: str, col: Column[object]) -> Field:
    targets = {fk.column.table.name for fk in col.foreign_keys}
    if targets:
        kind = _REFERENCES.get(targets.pop())
        if kind is None:
            raise TypeError(f"{table}.{col.name} points at a table the exchange format does not know")
        return Field(col.name, _reference_key(col.name, kind), kind, ValueType.INTEGER, bool(col.nullable))
    length = col.type.length if isinstance(col.type, String) else None
    default = getattr(col.default, "arg", None) if getattr(col.default, "is_scalar", False) else None
    return Field(col.name, col.name, Kind.PLAIN, _type(table, col), bool(col.nullable), length,
                 ENUMS.get((table, col.name)), default)


def _reference_key(name: str, kind: Kind) -> str:
    if kind is Kind.USER:
        return name.removesuffix("_id")
    if kind is Kind.SHEET:
        return name
    return str(kind)


def _type(table: str, col: Column[object]) -> ValueType:
    if (table, col.name) in JSON_COLUMNS:
        return ValueType.JSON
    checks: tuple[tuple[type[object], ValueType], ...] = (
        (UtcDateTime, ValueType.DATETIME), (Date, ValueType.DATE), (Boolean, ValueType.BOOLEAN),
        (Integer, ValueType.INTEGER), (String, ValueType.TEXT),
    )
    for sql_type, kind in checks:
        if isinstance(col.type, sql_type):
            return kind
    raise TypeError(f"{table}.{col.name} has a column type the exchange format does not know")

