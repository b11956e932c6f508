"""The document tests' family, reused for the language tests."""

from __future__ import annotations

from tests.reports.conftest import family, world

__all__ = ["family", "world"]
