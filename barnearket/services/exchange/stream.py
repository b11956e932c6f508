"""Reads an exchange document from a file as a stream, so memory stays bounded whatever its size.

Two passes over the file: the first reads the small header (format, version, units, users) and
checks the whole text is valid JSON within the nesting limit, without keeping the cases; the second
hands the cases over one at a time. Whole numbers of any size are read exactly and refused later
by range; others become floats (NaN and Infinity are not JSON and are refused by the parser).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson

from barnearket.services.exchange.codec import ExchangeError
from barnearket.services.exchange.limits import MAX_DEPTH, MAX_DOCUMENT_BYTES, check_depth

Document = dict[str, Any]
_SMALL = ("units", "users")
_NOT_JSON = "filen er ikke gyldig JSON (eller ikke UTF-8)"


def read_header(path: Path) -> Document:
    """Everything but the cases, with `cases` as an empty list when the document has that list."""
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise ExchangeError("$", f"dokumentet er større enn {MAX_DOCUMENT_BYTES // 1024**3} GiB")
    header: Document = {}
    builders: dict[str, ijson.ObjectBuilder] = {}
    depth = 0
    try:
        with path.open("rb") as handle:
            for prefix, event, value in ijson.parse(handle):
                depth += event in ("start_map", "start_array")
                depth -= event in ("end_map", "end_array")
                if depth > MAX_DEPTH:
                    raise ExchangeError(_path(prefix), f"dokumentet er nøstet dypere enn {MAX_DEPTH} nivåer")
                _take(header, builders, prefix, event, value)
    except (ijson.JSONError, UnicodeDecodeError):
        raise ExchangeError("$", _NOT_JSON) from None
    for key, builder in builders.items():
        header[key] = builder.value
    return header


def _take(header: Document, builders: dict[str, Any], prefix: str, event: str, value: Any) -> None:
    if prefix == "" and event == "start_map":
        header["__map__"] = True
    elif prefix == "" and event == "map_key":
        header.setdefault(value, None)
    top = prefix.split(".", 1)[0]
    if top in _SMALL:
        builders.setdefault(top, ijson.ObjectBuilder()).event(event, value)
    elif top == "cases" and prefix == "cases" and event == "start_array":
        header["cases"] = []
    elif prefix in ("format", "format_version") and event not in ("start_map", "start_array", "end_map",
                                                                  "end_array", "map_key"):
        header[prefix] = value
    elif prefix in ("format", "format_version"):
        header[prefix] = ["ikke en verdi"]


def header_document(header: Document) -> Any:
    """The header as the checks expect it (a list, not a map, at the top is not a document)."""
    if not header.pop("__map__", False):
        return None
    return header


def iter_cases(path: Path) -> Iterator[Any]:
    """The cases, one at a time, each checked against the nesting limit."""
    try:
        with path.open("rb") as handle:
            for n, case in enumerate(ijson.items(handle, "cases.item")):
                check_depth(case, f"$.cases[{n}]", start=2)
                yield case
    except (ijson.JSONError, UnicodeDecodeError):
        raise ExchangeError("$", _NOT_JSON) from None


def _path(prefix: str) -> str:
    parts = ["[*]" if part == "item" else f".{part}" for part in prefix.split(".") if part]
    return "$" + "".join(parts[:8]) + ("…" if len(parts) > 8 else "")
