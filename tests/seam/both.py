"""The parametrized `case_file` of the shared suites: an encrypted file, or a server database.

A suite's conftest re-exports `case_file` from here, and every test in it that asks for `case_file`
(directly, or through `actor`, `ctx`, `world`) runs once on each store. On the server the tests
work through the database owner's connection with the first administrator as the actor: the suites
test what the services and storage do on PostgreSQL (SQL, types, the audit triggers), while who
may see what is tested through each person's own login in tests/server and tests/seam. A test that
is about the file by its nature carries `@pytest.mark.file_only("why")` and runs on the file alone
(tests/conftest.py deselects its server run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile, LoggedIn
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.users import User
from barnearket.storage.serverstore import ServerStore
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE

STORES = ("file", "server")


def owner_store(made: object) -> ServerStore:
    """The clone `made` opened through its owner's connection, logged in as its first administrator."""
    from barnearket.storage.server.connect import ServerLocation, server_engine
    from tests.server.helpers import ADMIN, Made

    assert isinstance(made, Made)
    engine = server_engine(ServerLocation.parse(made.db.socket_url), made.db.owner, made.db.password)
    with Session(engine) as session:
        admin = session.scalars(select(User).where(User.login == ADMIN)).one()
        user = LoggedIn(admin.id, admin.login, admin.full_name, admin.role)
    return ServerStore(StoreLocation.server(made.db.socket_url), engine, user)


@pytest.fixture(params=STORES)
def case_file(request: pytest.FixtureRequest, case_path: Path) -> Iterator[CaseFile]:
    """A new store unlocked by its administrator: the encrypted file, then the server."""
    if request.param == "file":
        opened: CaseFile | ServerStore = create_case_file(
            case_path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
            kdf_params=kdf.fast_params_for_tests())
    else:
        opened = owner_store(request.getfixturevalue("pg_clone"))
    try:
        yield opened  # type: ignore[misc]
    finally:
        opened.close()
