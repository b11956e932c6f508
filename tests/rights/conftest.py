"""Fixtures for the tests of the family's rights: the services' small municipality."""

from tests.services.support import world

__all__ = ["world"]
