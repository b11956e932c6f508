"""Helpers for server tests: a Barnearket database made with `init`, and raw connections per person."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from barnearket.storage.server.connect import ServerLocation
from tests.server.fixtures import PgDatabase

ADMIN = "admin"
ADMIN_NAME = "Ánte Ođđasa-Ærlig"
PASSWORD = "riktig passordfrase æøå"


@dataclass(frozen=True)
class Made:
    """A database after `init`: where it is, and the owner's login."""

    db: PgDatabase

    @property
    def location(self) -> ServerLocation:
        """The socket address (no TLS needed)."""
        return ServerLocation.parse(self.db.socket_url)

    def raw(self, login: str, password: str = PASSWORD, *, autocommit: bool = True) -> psycopg.Connection:
        """A person's own psycopg connection (not the app's)."""
        return psycopg.connect(host=str(self.db.cluster.socket_dir), port=self.db.cluster.port,
                               dbname=self.db.name, user=login, password=password, autocommit=autocommit)

    def owner(self) -> psycopg.Connection:
        """The database owner's connection."""
        return self.raw(self.db.owner, self.db.password)
