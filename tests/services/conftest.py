"""Fixtures for the service tests."""

from tests.services.support import world

__all__ = ["world"]
