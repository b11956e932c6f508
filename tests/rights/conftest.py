"""Fixtures for the tests of the family's rights: the services' small municipality, the family on a file
of its own, and a small municipality on a server."""

from tests.rights.family_file import family_file
from tests.rights.server_town import town
from tests.services.support import world

__all__ = ["family_file", "town", "world"]
