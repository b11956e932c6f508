"""What the document tests start from: the sample family on a closed file (for the command line), a small
demo file, a UI context over the family, and the shipped forms with a municipality's folder on top."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.forms import FormLibrary, load_standard_library
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.storage.orm.users import Unit
from barnearket.ui.context import UiContext
from barnearket.ui.seams import Dialogs
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers import municipality as kommune
from tests.reports.built import Family, build_family, set_up_sender

DEMO_CASES = 30


@pytest.fixture
def filled(case_path: Path) -> Family:
    """A closed case file holding the sample family, the organisation and the admin's profile."""
    case_file = create_case_file(case_path, login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                                 passphrase=ADMIN_PASSPHRASE, kdf_params=kdf.fast_params_for_tests())
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, ADMIN_LOGIN, Role.ADMIN)
        with case_file.session() as session, session.begin():
            unit = Unit(name="Rustjenesten", service="rus")
            session.add(unit)
            session.flush()
            ctx = ServiceContext(session, actor, SystemClock())
            set_up_sender(ctx, actor.user_id)
            family = build_family(ctx, unit.id)
    finally:
        case_file.close()
    return family


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo file, made once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.barnearket"
    create_demo_file(path, cases=DEMO_CASES, seed=3)
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[ServiceContext]:
    """The demo user (an admin), with the organisation and profile an admin fills in once."""
    case_file = open_case_file(demo_file, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, DEMO_LOGIN, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            set_up_sender(ctx, actor.user_id)
            yield ctx
            session.rollback()
    finally:
        case_file.close()


@pytest.fixture
def ui(case_file: CaseFile, actor: Actor) -> Iterator[tuple[UiContext, Family]]:
    """A UI context on a real file holding the sample family; dialogs answer from a queue."""
    ctx = UiContext(case_file=case_file, actor=actor, clock=SystemClock(), forms=None, paths=None,
                    dialogs=Dialogs(headless=True))
    with ctx.unit_of_work() as sctx:
        unit = Unit(name="Rustjenesten", service="rus")
        sctx.session.add(unit)
        sctx.session.flush()
        set_up_sender(sctx, actor.user_id)
        family = build_family(sctx, unit.id)
    yield ctx, family


@pytest.fixture
def forms(tmp_path: Path) -> FormLibrary:
    """The shipped forms with the municipality's folder on top."""
    return load_standard_library([kommune.write_folder(tmp_path / "kommune")])
