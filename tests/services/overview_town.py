"""The seeded municipality in a file built once per test module, for the overview tests (no tests here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from barnearket.domain.clock import FixedClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.users import Unit
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.services.overview_support import Built, build
from tests.services.support import START, World, _user


@dataclass
class Town:
    """The seeded municipality in a file built once per test module (tests only read it)."""

    world: World
    built: Built


def new_file(folder: Path) -> CaseFile:
    """A new encrypted case file (cheap KDF) unlocked by its admin."""
    return create_case_file(folder / "by.barnearket", login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                            passphrase=ADMIN_PASSPHRASE, kdf_params=kdf.fast_params_for_tests())


def new_world(case_file: CaseFile, session: Session) -> World:
    """The units and people of the `world` fixture, in a session the caller has begun."""
    assert case_file.user is not None
    rus, psyk = Unit(name="Rustjenesten", service="rus"), Unit(name="Psykisk helse", service="psyk")
    session.add_all([rus, psyk])
    session.flush()
    return World(
        case_file=case_file, session=session, clock=FixedClock(START),
        admin=Actor(case_file.user.id, ADMIN_LOGIN, Role.ADMIN),
        worker=_user(session, "kari", "Kari Ødegård", Role.SAKSBEHANDLER, rus.id),
        colleague=_user(session, "ante", "Ánte Čeavrris", Role.SAKSBEHANDLER, psyk.id),
        coordinator=_user(session, "koord", "Sunná Ŋuolas", Role.KOORDINATOR, None),
        rus=rus.id, psyk=psyk.id,
    )


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Town]:
    """The same small municipality as `world`, filled by `build`, shared by a module's tests."""
    case_file = new_file(tmp_path_factory.mktemp("town"))
    try:
        with case_file.session() as session, session.begin():
            world = new_world(case_file, session)
            yield Town(world, build(world))
    finally:
        case_file.close()


@pytest.fixture
def seeded(town: Town) -> World:
    """The seeded municipality's file (shared by the module's tests, which only read)."""
    return town.world


@pytest.fixture
def made(town: Town) -> Built:
    """What the builder made in it."""
    return town.built
