"""A Barnearket database built once per session and cloned per test, so server runs of the shared
suites cost a `CREATE DATABASE … TEMPLATE` (a file copy) instead of an `init` each.

The template's owner, its first administrator and the group roles are kept for the whole session
(`Cluster.keep`); a clone gets the database-level grants `init` gives, which PostgreSQL does not copy.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from barnearket.storage.server.roles import ALL_GROUPS, GROUPS
from tests.server.cluster import Cluster
from tests.server.fixtures import PgDatabase
from tests.server.helpers import ADMIN, ADMIN_NAME, PASSWORD, Made


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> PgDatabase:
    """One database after `init` (admin `ADMIN` / `PASSWORD`), never used directly by a test."""
    from barnearket.storage.server.setup import init_database

    name, owner, password = pg_cluster.new_database()
    template = PgDatabase(pg_cluster, name, owner, password)
    pg_cluster.keep.update({owner, ADMIN, *GROUPS.values()})
    init_database(Made(template).location, owner, password, admin_login=ADMIN, admin_name=ADMIN_NAME,
                  admin_password=PASSWORD)
    return template


@pytest.fixture
def pg_clone(pg_cluster: Cluster, pg_template: PgDatabase) -> Iterator[Made]:
    """A fresh copy of the template, as `pg_made` would build it; dropped afterwards."""
    import psycopg

    pg_cluster._counter[0] += 1
    name = f"barnearket_kopi_{pg_cluster._counter[0]}"
    with psycopg.connect(pg_cluster.superuser_dsn(), autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template.name}" OWNER "{pg_template.owner}"')
        con.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
        con.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO {ALL_GROUPS}')
        con.execute(f"ALTER ROLE \"{ADMIN}\" LOGIN PASSWORD '{PASSWORD}'")
    try:
        yield Made(PgDatabase(pg_cluster, name, pg_template.owner, pg_template.password))
    finally:
        with psycopg.connect(pg_cluster.superuser_dsn(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
