"""The documented limits of an exchange document, checked without recursion so no input can crash it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from barnearket.services.exchange.codec import ExchangeError

MAX_DEPTH = 40
"""Objects and lists may nest this deep in a whole document (an export nests about ten levels)."""
MAX_DOCUMENT_BYTES = 4 * 1024**3
"""The largest document the import reads (4 GiB); it is read as a stream, case by case."""


def check_depth(value: Any, path: str, start: int = 0) -> None:
    """Refuse nesting deeper than MAX_DEPTH below `path` (which itself lies `start` levels down).

    Numbers the stream reader gave as Decimal (those that are not whole) become floats on the way.
    """
    if not isinstance(value, dict | list):
        return
    stack: list[tuple[Any, int]] = [(value, start)]
    while stack:
        item, depth = stack.pop()
        if depth >= MAX_DEPTH:
            raise ExchangeError(path, f"dokumentet er nøstet dypere enn {MAX_DEPTH} nivåer")
        keys = item.keys() if isinstance(item, dict) else range(len(item))
        for key in keys:
            child = item[key]
            if isinstance(child, Decimal):
                item[key] = float(child)
            elif isinstance(child, dict | list):
                stack.append((child, depth + 1))
