"""The documented limits of an exchange document, checked without recursion so no input can crash it."""

from __future__ import annotations

from typing import Any

from barnearket.services.exchange.codec import ExchangeError

MAX_DEPTH = 40
"""Objects and lists may nest this deep in a whole document (an export nests about ten levels)."""
MAX_DOCUMENT_BYTES = 4 * 1024**3
"""The largest document the import reads (4 GiB); it is read as a stream, case by case."""


def check_depth(value: Any, path: str, start: int = 0) -> None:
    """Refuse nesting deeper than MAX_DEPTH below `path` (which itself lies `start` levels down)."""
    stack: list[tuple[Any, int]] = [(value, start)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise ExchangeError(path, f"dokumentet er nøstet dypere enn {MAX_DEPTH} nivåer")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
