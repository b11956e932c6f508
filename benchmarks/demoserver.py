"""A throwaway PostgreSQL cluster with a demo municipality, for the benchmarks that need a server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DemoServer:
    """Where the demo database is, and its owner."""

    cluster: Any
    name: str
    owner: str
    password: str
    url: str


@contextmanager
def demo_server(cases: int, seed: int) -> Iterator[DemoServer | None]:
    """A cluster (None without PostgreSQL) holding a `cases`-case demo database; removed afterwards."""
    from tests.server.cluster import create_cluster, destroy_cluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        yield None
        return
    cluster = create_cluster(bindir)
    try:
        name, owner, password = cluster.new_database()
        url = cluster.socket_url(name)
        from barnearket.services.serverdemo import create_demo_database
        from barnearket.storage.server.connect import ServerLocation

        create_demo_database(ServerLocation.parse(url), owner, password, cases=cases, seed=seed)
        yield DemoServer(cluster, name, owner, password, url)
    finally:
        destroy_cluster(cluster)
