"""Barnearket: a case tool that helps home services follow up the children of the users they treat."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("barnearket")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    """`__version__` is read from the installed metadata when first asked for (it costs 40 ms at start)."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'barnearket' has no attribute {name!r}")
