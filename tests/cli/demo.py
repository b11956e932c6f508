"""A demo municipality made by the `demo` command itself, on a new case file or on an empty server database.

The server's database is made beside the session's template (same cluster, its own owner); the
command gets the owner's password on standard input, as IT would type it. Every demo login has the
passphrase `demo`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE
from barnearket.storage.location import StoreLocation
from tests.cli.stores import STORES, CliStore, Ran

DAY = ("--today", "2026-03-02")


def make_demo(store: CliStore, address: str, *, cases: int, seed: int, owner_password: str | None) -> Ran:
    """Run `demo ADDRESS --cases N --seed S` (the owner's password first on stdin for a server)."""
    asked = ("--passphrase-stdin",) if owner_password else ()
    more = (owner_password,) if owner_password else ()
    return store.run_process("demo", address, "--cases", str(cases), "--seed", str(seed), *DAY, *asked,
                             who=None, more=more)


@contextmanager
def demo_store(kind: str, folder: Path, request: pytest.FixtureRequest, *, cases: int, seed: int,
               keep_roles: bool = False) -> Iterator[CliStore]:
    """A demo store of `kind` made by the command; a server database is dropped afterwards (with the
    demo's login roles, unless `keep_roles`: another demo database of the module still uses them)."""
    phrases = {DEMO_LOGIN: DEMO_PASSPHRASE}
    if kind == "file":
        path = folder / "demo.barnearket"
        store = CliStore(kind, StoreLocation.file(path), 0, phrases)
        made = make_demo(store, str(path), cases=cases, seed=seed, owner_password=None)
        assert made.code == 0, made.err
        assert "demo" in made.out and "oppdiktet" in made.out
        yield store
        return
    cluster = request.getfixturevalue("pg_cluster")
    name, owner, password = cluster.new_database()
    try:
        store = CliStore(kind, StoreLocation.server(cluster.tcp_url(name)), 0, {**phrases, owner: password})
        made = make_demo(store, cluster.tcp_url(name, user=owner), cases=cases, seed=seed,
                         owner_password=password)
        assert made.code == 0, made.err
        assert "demo" in made.out and "oppdiktet" in made.out
        yield store
    finally:
        if keep_roles:
            import psycopg

            with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as con:
                con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                con.execute(f'DROP ROLE IF EXISTS "{owner}"')
        else:
            cluster.drop_database(name)


@pytest.fixture(scope="module", params=STORES)
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CliStore]:
    """A 40-case demo made by the command: a case file, then a server database (one per test module)."""
    with demo_store(request.param, tmp_path_factory.mktemp("cli"), request, cases=40, seed=5) as store:
        yield store
