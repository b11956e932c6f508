"""Fixtures for the language tests: the document tests' family (with its file for the command line), a
municipality's partly translated form, and bokmål again after a test that switched language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from barnearket.domain import language
from tests.languages.local_forms import local_purposes
from tests.reports.conftest import family, filled, world

__all__ = ["family", "filled", "local_purposes", "world"]


@pytest.fixture
def back_to_bokmal() -> Iterator[None]:
    """The program speaks bokmål again after the test."""
    yield
    language.use("nb")
