"""Pytest fixtures for a real PostgreSQL server, registered as a plugin in tests/conftest.py.

`pg_cluster` is one throwaway cluster per test session; `pg_database` is a fresh empty database
per test, owned by its own role with CREATEROLE (what a municipality's IT hands over for `init`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from tests.server.cluster import Cluster, create_cluster, destroy_cluster, find_bindir

if TYPE_CHECKING:
    from tests.server.helpers import Made


@dataclass(frozen=True)
class PgDatabase:
    """An empty database and the owner's login, with URLs of both forms."""

    cluster: Cluster
    name: str
    owner: str
    password: str

    @property
    def socket_url(self) -> str:
        """Over the Unix socket (no TLS needed)."""
        return self.cluster.socket_url(self.name)

    @property
    def tcp_url(self) -> str:
        """Over TCP with TLS verified against the test CA."""
        return self.cluster.tcp_url(self.name)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A running PostgreSQL cluster for the whole session, stopped at the end."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL er ikke installert (fant verken pg_config eller /usr/lib/postgresql)")
    cluster = create_cluster(bindir)
    try:
        yield cluster
    finally:
        destroy_cluster(cluster)


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> Iterator[PgDatabase]:
    """A fresh empty database owned by a new CREATEROLE owner; dropped with its roles afterwards."""
    name, owner, password = pg_cluster.new_database()
    try:
        yield PgDatabase(pg_cluster, name, owner, password)
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def pg_made(pg_database: PgDatabase) -> Made:
    """A database built by `init_database`, with its first administrator."""
    from barnearket.storage.server.setup import init_database
    from tests.server.helpers import ADMIN, ADMIN_NAME, PASSWORD, Made

    made = Made(pg_database)
    init_database(made.location, pg_database.owner, pg_database.password, admin_login=ADMIN,
                  admin_name=ADMIN_NAME, admin_password=PASSWORD)
    return made
