"""Fixtures for the scenario tests: the service tests' small municipality, on the file and on the server."""

from tests.seam.both import case_file
from tests.services.support import world

__all__ = ["case_file", "world"]
