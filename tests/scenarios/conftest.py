"""Fixtures for the scenario tests (the same small municipality as the service tests)."""

from tests.services.support import world

__all__ = ["world"]
