"""A small municipality on a fresh server for the rights tests: two units, five people, one of Kari's
families already closed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError
from barnearket.domain.roles import Role
from barnearket.services.cases import close_case
from barnearket.services.common import log_refusal
from barnearket.services.concerns import close_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit, list_units
from barnearket.storage.location import StoreLocation
from barnearket.storage.server.setup import add_person
from barnearket.storage.store import Store, open_store
from tests.rights.family import Family, allow_synthetic_ids, write_family
from tests.server.helpers import ADMIN, PASSWORD, Made

RUS, PSYK = "Rustjenesten", "Psykisk helse"
PEOPLE = {  # login: (role, units)
    "kari": (Role.SAKSBEHANDLER, [RUS]),
    "per": (Role.SAKSBEHANDLER, [PSYK]),
    "sunna": (Role.KOORDINATOR, [RUS]),
    "ellen": (Role.KOORDINATOR, [PSYK]),
    "inga": (Role.ADMIN, [RUS]),
}


@contextmanager
def work(location: StoreLocation, login: str) -> Iterator[ServiceContext]:
    """One committed unit of work as `login`; a refusal is logged in a transaction of its own."""
    store: Store = open_store(location, login=login, passphrase=PASSWORD)
    try:
        assert store.user is not None
        actor = Actor(store.user.id, login, Role(store.user.role))
        try:
            with store.session() as session, session.begin():
                yield ServiceContext(session, actor, SystemClock())
        except AccessDeniedError as refusal:
            with store.session() as session, session.begin():
                log_refusal(ServiceContext(session, actor, SystemClock()), refusal)
            raise
    finally:
        store.close()


@pytest.fixture
def town(pg_made: Made) -> tuple[StoreLocation, Family]:
    """Two units, the people above (the first admin is in no unit), and Kari's family case, closed."""
    location = StoreLocation.server(pg_made.db.tcp_url)
    with work(location, ADMIN) as ctx:
        for name in (RUS, PSYK):
            add_unit(ctx, name=name, service="rus")
        allow_synthetic_ids(ctx)
    for login, (role, units) in PEOPLE.items():
        with work(location, ADMIN) as ctx:
            add_person(ctx.session, login, login.title() + " Ŋuolas", role, units, PASSWORD)
    with work(location, "kari") as ctx:
        unit = next(u.id for u in list_units(ctx) if u.name == RUS)
        family = write_family(ctx, unit)
        close_concern(ctx, family.concern_id, "Bekymringen er borte")
        close_case(ctx, family.case_id)
    return location, family
