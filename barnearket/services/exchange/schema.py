"""Builds the JSON Schema of the exchange format from the same table list the code reads and writes."""

from __future__ import annotations

import json
from typing import Any

from barnearket.services.exchange.fields import Field, Kind, ValueType, fields_of
from barnearket.services.exchange.spec import (
    CASE,
    ENUMS,
    FORMAT_NAME,
    FORMAT_VERSION,
    Part,
    Texts,
    table_of,
    walk,
)

Schema = dict[str, Any]
CATALOGUE_ID = {"type": "string", "pattern": "^[a-z][a-z0-9_.-]{0,59}$"}
_PLAIN: dict[ValueType, Schema] = {
    ValueType.TEXT: {"type": "string"},
    ValueType.INTEGER: {"type": "integer"},
    ValueType.BOOLEAN: {"type": "boolean"},
    ValueType.DATE: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    ValueType.DATETIME: {"type": "string", "format": "date-time",
                         "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$"},
    ValueType.JSON: {"description": "Any JSON value: the answer as the form's question type stores it."},
}
_REFERENCES: dict[Kind, Schema] = {
    Kind.USER: {"type": "string", "description": "Login of a person listed in `users`."},
    Kind.UNIT: {"type": "string", "description": "Key of a unit listed in `units`."},
    Kind.CHILD: {"type": "integer", "minimum": 1, "description": "`ref` of a child of the same case."},
    Kind.SHEET: {"type": "integer", "minimum": 1,
                 "description": "`version` of an earlier sheet of the same case."},
}


def build_schema() -> Schema:
    """The whole schema (draft 2020-12)."""
    defs = {table_of(p).name: _part(p) for p in walk(CASE)}
    defs["unit"] = _object({"key": {"type": "string"}, "name": {"type": "string"},
                            "service": {"type": "string"}, "active": {"type": "boolean"}})
    defs["user"] = _object({
        "login": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{1,63}$"},
        "full_name": {"type": "string"}, "role": {"enum": sorted(e.value for e in ENUMS[("users", "role")])},
        **{k: {"type": "string"} for k in ("job_title", "phone", "email")},
    })
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:barnearket:exchange:{FORMAT_VERSION}",
        "title": "Barnearket exchange document",
        "description": "Whole cases with every entry; see docs/exchange-format.md.",
        **_object({
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "units": _array({"$ref": "#/$defs/unit"}),
            "users": _array({"$ref": "#/$defs/user"}),
            "cases": _array({"$ref": "#/$defs/cases"}),
        }),
        "$defs": defs,
    }


def _part(part: Part) -> Schema:
    table = table_of(part).name
    properties: Schema = {"ref": {"type": "integer", "minimum": 1}} if part.numbered else {}
    properties.update({f.key: _field(table, f) for f in fields_of(part)})
    for sub in part.parts:
        if isinstance(sub, Part):
            properties[sub.key] = _array({"$ref": f"#/$defs/{table_of(sub).name}"})
        elif isinstance(sub, Texts):
            names = ENUMS.get((table_of(sub).name, sub.key_column))
            properties[sub.key] = {
                "type": "object", "additionalProperties": {"type": "string"},
                **({"propertyNames": {"enum": sorted(e.value for e in names)}} if names else {}),
            }
        else:
            properties[sub.key] = {**_array(CATALOGUE_ID), "uniqueItems": True}
    return _object(properties)


def _field(table: str, item: Field) -> Schema:
    schema = dict(_REFERENCES[item.kind] if item.kind is not Kind.PLAIN else _PLAIN[item.value_type])
    if item.enum is not None:
        schema = {"enum": sorted(e.value for e in item.enum)}
    elif item.length is not None:
        schema["maxLength"] = item.length
    if item.nullable and item.value_type is not ValueType.JSON:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _object(properties: Schema) -> Schema:
    return {"type": "object", "required": list(properties), "additionalProperties": False,
            "properties": properties}


def _array(items: Schema) -> Schema:
    return {"type": "array", "items": items}


def schema_text() -> str:
    """The schema as the text stored in docs/exchange.schema.json (a test checks it is current).

    Regenerate with `python -m barnearket.services.exchange.schema > docs/exchange.schema.json`.
    """
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
