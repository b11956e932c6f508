"""Fixtures for the service tests: every test runs on the case file and on the server."""

from tests.seam.both import case_file
from tests.services.support import world

__all__ = ["case_file", "world"]
